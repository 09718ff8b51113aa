import { Button, Text } from '@react-email/components'

import { emailTranslator } from '../src/i18n/email'
import type { Locale } from '../src/i18n/locales'
import { ShortMail } from './components/ShortMail'
import { buttonStyle, textStyle } from './components/styles'

export type WelcomeProps = {
  locale: Locale
  preferencesUrl: string
  unsubscribeUrl: string
}

/** Sent once the subscription is confirmed: what to expect and how to change or stop it. */
export const Welcome = ({ locale, preferencesUrl, unsubscribeUrl }: WelcomeProps) => {
  const t = emailTranslator(locale)
  return (
    <ShortMail
      locale={locale}
      t={t}
      subject={t('welcome.subject')}
      preheader={t('welcome.preheader')}
      heading={t('welcome.title')}
      footer={{ reason: t('welcome.reason'), preferencesUrl, unsubscribeUrl }}
    >
      <Text style={textStyle}>{t('welcome.intro')}</Text>
      <Text style={textStyle}>{t('welcome.what')}</Text>
      <Text style={textStyle}>{t('welcome.preferences')}</Text>
      <Button href={preferencesUrl} style={buttonStyle}>
        {t('welcome.button')}
      </Button>
    </ShortMail>
  )
}

Welcome.PreviewProps = {
  locale: 'nl',
  preferencesUrl: 'http://localhost:3000/nl/nieuwsbrief/voorkeuren?token=voorbeeld-token',
  unsubscribeUrl: 'http://localhost:3000/nl/nieuwsbrief/afmelden?token=voorbeeld-token',
} satisfies WelcomeProps

export default Welcome
