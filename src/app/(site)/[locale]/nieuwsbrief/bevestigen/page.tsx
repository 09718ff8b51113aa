import type { Metadata } from 'next'

import { siteTranslator } from '@/i18n/site'
import { preferencesUrlFor } from '@/subscribers/links'
import { confirmSubscription } from '@/subscribers/service'
import { TokenProblem } from '../../../components/TokenProblem'
import { firstValue, metadataLocale, pageLocale, pageTitle, sitePayload } from '../../../site'
import type { SearchParams } from '../../../site'

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await metadataLocale(params)
  return { title: pageTitle(locale, siteTranslator(locale)('confirm.title')) }
}

/**
 * The link from the confirmation mail. Confirming twice changes nothing; a link for someone who
 * has since unsubscribed does not bring them back.
 */
export default async function ConfirmPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const token = firstValue((await searchParams).token)
  const t = siteTranslator(locale)
  const result = await confirmSubscription({ payload: await sitePayload(), token })
  if (!result.isValid || result.subscriber.status !== 'confirmed') {
    return (
      <TokenProblem locale={locale} isExpired={!result.isValid && result.reason === 'expired'} />
    )
  }
  return (
    <>
      <h1>{t('confirm.title')}</h1>
      <p className="lead">{t('confirm.done')}</p>
      <p>
        <a className="button-link" href={preferencesUrlFor(result.subscriber)}>
          {t('confirm.preferences')}
        </a>
      </p>
    </>
  )
}
