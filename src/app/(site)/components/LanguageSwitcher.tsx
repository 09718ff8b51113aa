'use client'

import { usePathname } from 'next/navigation'
import { useEffect, useState } from 'react'

type Language = { code: string; label: string; dir: 'ltr' | 'rtl' }

/**
 * Links to the same page in every language: only the first path segment changes, and the query
 * (a token in a mail link, for instance) comes along. The path is known while the server renders,
 * so cached pages carry working links; the query is only known in the browser and is added there.
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
  const [query, setQuery] = useState('')
  useEffect(() => setQuery(window.location.search), [pathname])
  const rest = pathname.split('/').slice(2).join('/')
  return (
    <nav className="language-switcher" aria-label={label}>
      <ul>
        {languages.map(({ code, label: name, dir }) => (
          <li key={code}>
            <a
              href={`/${code}${rest ? `/${rest}` : ''}${query}`}
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
