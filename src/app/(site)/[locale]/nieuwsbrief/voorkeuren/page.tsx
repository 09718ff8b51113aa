import type { Metadata } from 'next'

import type { Audience } from '@/fields/taxonomy'
import { siteTranslator } from '@/i18n/site'
import { unsubscribeUrlFor } from '@/subscribers/links'

import { PreferenceFields } from '../../../components/PreferenceFields'
import { TokenProblem } from '../../../components/TokenProblem'
import {
  firstValue,
  metadataLocale,
  municipalityOptions,
  pageTitle,
  signedLinkPage,
} from '../../../site'
import type { SearchParams } from '../../../site'
import { savePreferencesAction } from '../actions'

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await metadataLocale(params)
  return { title: pageTitle(locale, siteTranslator(locale)('preferences.title')) }
}

/** Language, municipality and audiences, changed through the signed link in every mail. */
export default async function PreferencesPage({ params, searchParams }: Props) {
  const { locale, query, token, found, t } = await signedLinkPage({
    params,
    searchParams,
    purpose: 'preferences',
  })
  if (!found.isValid) return <TokenProblem locale={locale} isExpired={found.reason === 'expired'} />
  const { subscriber } = found
  const municipalities = await municipalityOptions()
  const chosenMunicipality = municipalities.find(({ id }) => id === subscriber.municipality)?.slug

  return (
    <>
      <h1>{t('preferences.title')}</h1>
      {firstValue(query.opgeslagen) === '1' ? (
        <div className="notice notice--success" role="status">
          <p>{t('preferences.saved')}</p>
        </div>
      ) : null}
      <p className="lead">
        {t('preferences.intro', { email: '\u2068' + subscriber.email + '\u2069' })}
      </p>
      <form action={savePreferencesAction} className="form">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="pageLocale" value={locale} />
        <PreferenceFields
          t={t}
          municipalities={municipalities}
          locale={subscriber.locale}
          municipality={chosenMunicipality}
          chosenAudiences={(subscriber.audiences ?? []) as Audience[]}
        />
        <button type="submit" className="button">
          {t('preferences.save')}
        </button>
      </form>
      <p>
        <a href={unsubscribeUrlFor(subscriber)}>{t('preferences.unsubscribe')}</a>
      </p>
    </>
  )
}
