'use client'

import { usePathname } from 'next/navigation'

export type NotFoundTexts = Record<string, { title: string; text: string; home: string }>

/**
 * "Page not found" in the visitor's language. Next renders not-found pages without the route's
 * parameters, so the language comes from the first segment of the address (Dutch when that is
 * not one of ours), and every language's three sentences come along from the server.
 */
export const NotFoundMessage = ({
  texts,
  fallback,
}: {
  texts: NotFoundTexts
  fallback: string
}) => {
  const segment = usePathname()?.split('/')[1] ?? ''
  const locale = segment in texts ? segment : fallback
  const { title, text, home } = texts[locale] ?? texts[fallback]!
  return (
    <>
      <title>{`${title} – Samen Veilig`}</title>
      <h1>{title}</h1>
      <p className="lead">{text}</p>
      <p>
        <a className="button-link" href={`/${locale}`}>
          {home}
        </a>
      </p>
    </>
  )
}
