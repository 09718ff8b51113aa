import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { directionOf, locales } from '@/i18n'
import { siteTranslator } from '@/i18n/site'

import { LanguageSwitcher } from '../components/LanguageSwitcher'
import { frameLocale } from '../site'
import '../site.css'

export const metadata: Metadata = {
  title: 'Samen Veilig',
}

/**
 * The public site's frame in the visitor's language: `lang` and `dir` on <html> (Arabic reads
 * right to left), a skip link as the first stop for keyboard users, header, footer and a
 * language switcher that stays on the same page.
 */
export default async function SiteLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  // An unknown language still gets a frame (in Dutch) around the page that says "not found".
  const locale = await frameLocale(params)
  const t = siteTranslator(locale)
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        <a className="skip-link" href="#inhoud">
          {t('layout.skipLink')}
        </a>
        <header className="site-header">
          <div className="site-width site-header__inner">
            <a className="site-brand" href={`/${locale}`}>
              <span className="site-brand__name">{t('layout.siteName')}</span>
              <span className="site-brand__region">{t('layout.region')}</span>
            </a>
            <LanguageSwitcher
              current={locale}
              label={t('layout.languageNav')}
              languages={locales.map(({ code, label, dir }) => ({ code, label, dir }))}
            />
          </div>
        </header>
        <main id="inhoud" tabIndex={-1} className="site-width site-main">
          {children}
        </main>
        <footer className="site-footer">
          <div className="site-width">
            <nav aria-label={t('layout.footerNav')}>
              <ul>
                <li>
                  <a href={`/${locale}`}>{t('layout.home')}</a>
                </li>
                <li>
                  <a href={`/${locale}/nieuwsbrief`}>{t('layout.subscribe')}</a>
                </li>
                <li>
                  <a href={`/${locale}/archief`}>{t('layout.archive')}</a>
                </li>
                <li>
                  <a href={`/${locale}/toegankelijkheidsverklaring`}>{t('layout.accessibility')}</a>
                </li>
              </ul>
            </nav>
            <p>{t('layout.footerHelp')}</p>
            <p>{t('layout.footerAbout')}</p>
          </div>
        </footer>
      </body>
    </html>
  )
}
