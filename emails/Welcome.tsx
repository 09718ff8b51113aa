import { Button, Heading, Text } from '@react-email/components'

import { emailTranslator } from '../src/i18n/email'
import type { Locale } from '../src/i18n/locales'
import { Box } from './components/Box'
import { Footer } from './components/Footer'
import { Header } from './components/Header'
import { Layout } from './components/Layout'
import { buttonStyle, contentBoxStyle, textStyle, titleStyle } from './components/styles'

export type WelcomeProps = {
  locale: Locale
  preferencesUrl: string
  unsubscribeUrl: string
}

/** Sent once the subscription is confirmed: what to expect and how to change or stop it. */
export const Welcome = ({ locale, preferencesUrl, unsubscribeUrl }: WelcomeProps) => {
  const t = emailTranslator(locale)
  return (
    <Layout locale={locale} title={t('welcome.subject')} preheader={t('welcome.preheader')}>
      <Header t={t} />
      <Box style={contentBoxStyle}>
        <Heading as="h1" style={titleStyle}>
          {t('welcome.title')}
        </Heading>
        <Text style={textStyle}>{t('welcome.intro')}</Text>
        <Text style={textStyle}>{t('welcome.what')}</Text>
        <Text style={textStyle}>{t('welcome.preferences')}</Text>
        <Button href={preferencesUrl} style={buttonStyle}>
          {t('welcome.button')}
        </Button>
      </Box>
      <Footer
        t={t}
        reason={t('welcome.reason')}
        preferencesUrl={preferencesUrl}
        unsubscribeUrl={unsubscribeUrl}
      />
    </Layout>
  )
}

Welcome.PreviewProps = {
  locale: 'nl',
  preferencesUrl: 'http://localhost:3000/nl/nieuwsbrief/voorkeuren?token=voorbeeld-token',
  unsubscribeUrl: 'http://localhost:3000/nl/nieuwsbrief/afmelden?token=voorbeeld-token',
} satisfies WelcomeProps

export default Welcome
