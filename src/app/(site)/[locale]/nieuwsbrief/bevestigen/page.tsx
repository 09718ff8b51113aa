import type { Metadata } from 'next'

import { siteTranslator } from '@/i18n/site'
import { preferencesUrlFor } from '@/subscribers/links'
import { canConfirm } from '@/subscribers/service'

import { TokenProblem } from '../../../components/TokenProblem'
import { metadataLocale, pageTitle, signedLinkPage } from '../../../site'
import type { SearchParams } from '../../../site'
import { confirmAction } from '../actions'

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await metadataLocale(params)
  return { title: pageTitle(locale, siteTranslator(locale)('confirm.askTitle')) }
}

/**
 * The link from the confirmation mail. Opening it only asks; the button confirms. Mail security
 * scanners open every link in a mail, and must not subscribe anyone by doing so. Confirming twice
 * changes nothing; a link for someone who has since unsubscribed does not bring them back, only
 * one that answers a sign-up made after that.
 */
export default async function ConfirmPage({ params, searchParams }: Props) {
  const { locale, token, found, t } = await signedLinkPage({
    params,
    searchParams,
    purpose: 'confirm',
  })
  if (!found.isValid) {
    return <TokenProblem locale={locale} isExpired={found.reason === 'expired'} />
  }
  const { subscriber } = found
  if (subscriber.status === 'confirmed') {
    return (
      <div role="status">
        <h1>{t('confirm.title')}</h1>
        <p className="lead">{t('confirm.done')}</p>
        <p>
          <a className="button-link" href={preferencesUrlFor(subscriber)}>
            {t('confirm.preferences')}
          </a>
        </p>
      </div>
    )
  }
  if (!canConfirm(found)) return <TokenProblem locale={locale} isExpired={false} />
  return (
    <>
      <h1>{t('confirm.askTitle')}</h1>
      <p className="lead">
        {t('confirm.question', { email: '\u2068' + subscriber.email + '\u2069' })}
      </p>
      <form action={confirmAction}>
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="pageLocale" value={locale} />
        <button type="submit" className="button">
          {t('confirm.button')}
        </button>
      </form>
    </>
  )
}
