import type { Metadata } from 'next'

import { siteTranslator } from '@/i18n/site'
import type { SiteKey } from '@/i18n/site'
import { consentTextVersion } from '@/subscribers/consent'

import { PreferenceFields } from '../../components/PreferenceFields'
import { firstValue, metadataLocale, municipalityOptions, pageLocale, pageTitle } from '../../site'
import type { SearchParams } from '../../site'
import { subscribeAction } from './actions'

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await metadataLocale(params)
  return { title: pageTitle(locale, siteTranslator(locale)('subscribe.title')) }
}

const problems: Record<string, { field: string; message: SiteKey }> = {
  email: { field: 'email', message: 'subscribe.errorEmail' },
  consent: { field: 'consent', message: 'subscribe.errorConsent' },
  rate: { field: 'email', message: 'subscribe.errorRateLimit' },
  busy: { field: 'email', message: 'api.busy' },
  locale: { field: 'locale', message: 'api.invalid' },
  municipality: { field: 'municipality', message: 'api.invalid' },
  audiences: { field: 'audience-schools', message: 'api.invalid' },
}

/** The sign-up form: double opt-in, so the answer is the same for every address. */
export default async function SubscribePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const query = await searchParams
  const t = siteTranslator(locale)
  const problem = problems[firstValue(query.fout) ?? '']
  const isSent = firstValue(query.verzonden) === '1'
  const municipalities = await municipalityOptions()

  return (
    <>
      <h1>{t('subscribe.title')}</h1>
      {isSent ? (
        <div className="notice notice--success" role="status">
          <h2>{t('subscribe.sentTitle')}</h2>
          <p>{t('api.accepted')}</p>
        </div>
      ) : null}
      <p className="lead">{t('subscribe.intro')}</p>
      <form id="formulier" action={subscribeAction} className="form">
        {problem ? (
          <div className="notice notice--error" role="alert">
            <h2>{t('subscribe.errorTitle')}</h2>
            <p>
              <a href={`#${problem.field}`}>{t(problem.message)}</a>
            </p>
          </div>
        ) : null}
        <input type="hidden" name="pageLocale" value={locale} />
        <div className="field">
          <label htmlFor="email">{t('subscribe.email')}</label>
          <p className="hint" id="email-hint">
            {t('subscribe.emailHint')}
          </p>
          <input
            id="email"
            name="email"
            type="email"
            required
            autoComplete="email"
            inputMode="email"
            dir="ltr"
            aria-describedby="email-hint"
            aria-invalid={problem?.field === 'email' ? true : undefined}
          />
        </div>
        <PreferenceFields t={t} municipalities={municipalities} locale={locale} />
        <fieldset className="field consent">
          <legend>{t('subscribe.consentTitle')}</legend>
          <p id="consent-text">{t('subscribe.consent')}</p>
          <p className="hint">{t('subscribe.consentVersion', { version: consentTextVersion })}</p>
          <div className="choice">
            <input
              type="checkbox"
              id="consent"
              name="consent"
              value="yes"
              required
              aria-describedby="consent-text"
              aria-invalid={problem?.field === 'consent' ? true : undefined}
            />
            <label htmlFor="consent">{t('subscribe.consentCheckbox')}</label>
          </div>
        </fieldset>
        <button type="submit" className="button">
          {t('subscribe.submit')}
        </button>
      </form>
    </>
  )
}
