'use client'

import { usePathname, useSearchParams } from 'next/navigation'

type Language = { code: string; label: string; dir: 'ltr' | 'rtl' }

/**
 * Links to the same page in every language: only the first path segment changes, and the query
 * (a token in a mail link, for instance) comes along. The only client code of the frame: the
 * server layout does not know the current path.
 */
export const LanguageSwitcher = ({
  current,
  label,
  languages,
}: {
  current: string
  label: string
  languages: Language[]
}) => {
  const pathname = usePathname() ?? `/${current}`
  const query = useSearchParams()?.toString()
  const rest = pathname.split('/').slice(2).join('/')
  return (
    <nav className="language-switcher" aria-label={label}>
      <ul>
        {languages.map(({ code, label: name, dir }) => (
          <li key={code}>
            <a
              href={`/${code}${rest ? `/${rest}` : ''}${query ? `?${query}` : ''}`}
              hrefLang={code}
              lang={code}
              dir={dir}
              aria-current={code === current ? 'page' : undefined}
            >
              {name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
