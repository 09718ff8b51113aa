import { notFound } from 'next/navigation'

/** Any other address under a language: the site's own "not found" page, in that language. */
export default function MissingPage() {
  notFound()
}
