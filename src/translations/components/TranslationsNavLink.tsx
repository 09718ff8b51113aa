import Link from 'next/link'

import { wordsFor } from './words'

/** In the admin's navigation, under the collections: the way to the translations overview. */
export const TranslationsNavLink = ({ i18n }: { i18n?: { language?: string } }) => (
  <Link
    href="/admin/vertalingen"
    className="nav__link"
    style={{ display: 'block', padding: '0.5rem 0' }}
  >
    {wordsFor(i18n?.language).title}
  </Link>
)
