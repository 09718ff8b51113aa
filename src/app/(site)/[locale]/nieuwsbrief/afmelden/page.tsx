import type { Metadata } from 'next'

import { siteTranslator } from '@/i18n/site'

import { TokenProblem } from '../../../components/TokenProblem'
import { metadataLocale, pageTitle, signedLinkPage } from '../../../site'
import type { SearchParams } from '../../../site'
import { unsubscribeAction } from '../actions'

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await metadataLocale(params)
  return { title: pageTitle(locale, siteTranslator(locale)('unsubscribe.title')) }
}

/**
 * Opening the link only asks; the button does it. Virus scanners and link previews open every
 * link in a mail, and must not unsubscribe anyone by doing so.
 */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { locale, token, found, t } = await signedLinkPage({
    params,
    searchParams,
    purpose: 'unsubscribe',
  })
  if (!found.isValid) {
    return <TokenProblem locale={locale} isExpired={found.reason === 'expired'} />
  }
  const { subscriber } = found
  if (subscriber.status !== 'confirmed' && subscriber.status !== 'pending') {
    return (
      <div role="status">
        <h1>{t('unsubscribe.doneTitle')}</h1>
        <p className="lead">{t('unsubscribe.done')}</p>
        <p>
          <a className="button-link" href={`/${locale}/nieuwsbrief`}>
            {t('unsubscribe.again')}
          </a>
        </p>
      </div>
    )
  }
  return (
    <>
      <h1>{t('unsubscribe.title')}</h1>
      <p className="lead">
        {t('unsubscribe.question', { email: '\u2068' + subscriber.email + '\u2069' })}
      </p>
      <form action={unsubscribeAction}>
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="pageLocale" value={locale} />
        <button type="submit" className="button">
          {t('unsubscribe.button')}
        </button>
      </form>
    </>
  )
}
