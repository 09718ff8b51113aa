import type { Locale } from '@/i18n'
import { siteTranslator } from '@/i18n/site'

/** Where the page sits: the home page, the pages in between, then this page (not a link). */
export const Breadcrumbs = ({
  locale,
  trail = [],
  current,
}: {
  locale: Locale
  trail?: { href: string; label: string }[]
  current: string
}) => {
  const t = siteTranslator(locale)
  return (
    <nav className="breadcrumbs" aria-label={t('layout.breadcrumbs')}>
      <ol>
        <li>
          <a href={`/${locale}`}>{t('layout.home')}</a>
        </li>
        {trail.map(({ href, label }) => (
          <li key={href}>
            <a href={href}>{label}</a>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  )
}
