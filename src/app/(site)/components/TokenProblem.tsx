import type { Locale } from '@/i18n'
import { siteTranslator } from '@/i18n/site'

/**
 * What a visitor sees for a link that does not work: why, that nothing changed, and the way on.
 * It never says whether an address is on the list.
 */
export const TokenProblem = ({ locale, isExpired }: { locale: Locale; isExpired: boolean }) => {
  const t = siteTranslator(locale)
  return (
    <>
      <h1>{t('token.title')}</h1>
      <p>{t(isExpired ? 'token.expired' : 'token.invalid')}</p>
      <p>
        <a className="button-link" href={`/${locale}/nieuwsbrief`}>
          {t('token.again')}
        </a>
      </p>
    </>
  )
}
