import type { Metadata } from 'next'

import { siteTranslator } from '@/i18n/site'
import { organisationForToken } from '@/organisations/service'

import { TokenProblem } from '../../../components/TokenProblem'
import { firstValue, metadataLocale, pageLocale, pageTitle, sitePayload } from '../../../site'
import type { SearchParams } from '../../../site'
import { optOutAction } from '../actions'

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await metadataLocale(params)
  return { title: pageTitle(locale, siteTranslator(locale)('organisationOptOut.title')) }
}

/**
 * The opt-out link under a pack mailing. Opening it only asks; the button does it: virus scanners
 * and link previews open every link in a mail, and must not opt an organisation out.
 */
export default async function OrganisationOptOutPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const token = firstValue((await searchParams).token) ?? ''
  const found = await organisationForToken({ payload: await sitePayload(), token })
  const t = siteTranslator(locale)
  if (!found.isValid) {
    return <TokenProblem locale={locale} isExpired={found.reason === 'expired'} />
  }
  // Isolated, so a Latin name reads in the right order inside an Arabic sentence.
  const name = '\u2068' + found.organisation.name + '\u2069'
  if (found.organisation.status === 'opted-out') {
    return (
      <div role="status">
        <h1>{t('organisationOptOut.doneTitle')}</h1>
        <p className="lead">{t('organisationOptOut.done', { name })}</p>
      </div>
    )
  }
  return (
    <>
      <h1>{t('organisationOptOut.title')}</h1>
      <p className="lead">{t('organisationOptOut.question', { name })}</p>
      <form action={optOutAction}>
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="pageLocale" value={locale} />
        <button type="submit" className="button">
          {t('organisationOptOut.button')}
        </button>
      </form>
    </>
  )
}
