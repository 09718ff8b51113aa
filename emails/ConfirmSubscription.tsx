import { Button, Heading, Link, Text } from '@react-email/components'

import { emailTranslator } from '../src/i18n/email'
import type { Locale } from '../src/i18n/locales'
import { Box } from './components/Box'
import { Footer } from './components/Footer'
import { Header } from './components/Header'
import { Layout } from './components/Layout'
import { Ltr } from './components/Ltr'
import {
  buttonStyle,
  contentBoxStyle,
  linkStyle,
  smallTextStyle,
  textStyle,
  titleStyle,
} from './components/styles'

export type ConfirmSubscriptionProps = {
  locale: Locale
  /** Absolute URL with the signed confirmation token. */
  confirmUrl: string
  /** The municipality the person chose, if any. */
  municipalityName?: string
  /** How long the confirmation link works; must match the token's lifetime. */
  expiresInDays?: number
}

/** Double opt-in: nothing is sent to the address until the person follows this link. */
export const ConfirmSubscription = ({
  locale,
  confirmUrl,
  municipalityName,
  expiresInDays = 7,
}: ConfirmSubscriptionProps) => {
  const t = emailTranslator(locale)
  return (
    <Layout locale={locale} title={t('confirm.subject')} preheader={t('confirm.preheader')}>
      <Header t={t} />
      <Box style={contentBoxStyle}>
        <Heading as="h1" style={titleStyle}>
          {t('confirm.title')}
        </Heading>
        <Text style={textStyle}>
          {municipalityName
            ? t('confirm.introMunicipality', { municipality: municipalityName })
            : t('confirm.intro')}
        </Text>
        <Text style={textStyle}>{t('confirm.action')}</Text>
        <Button href={confirmUrl} style={buttonStyle}>
          {t('confirm.button')}
        </Button>
        <Text style={textStyle}>{t('confirm.expires', { count: expiresInDays })}</Text>
        <Text style={smallTextStyle}>
          {t('confirm.fallbackLink')}
          <br />
          <Ltr>
            <Link href={confirmUrl} style={linkStyle}>
              {confirmUrl}
            </Link>
          </Ltr>
        </Text>
        <Text style={smallTextStyle}>{t('confirm.notYou')}</Text>
      </Box>
      <Footer t={t} reason={t('confirm.reason')} />
    </Layout>
  )
}

ConfirmSubscription.PreviewProps = {
  locale: 'nl',
  confirmUrl: 'http://localhost:3000/nl/nieuwsbrief/bevestigen?token=voorbeeld-token',
  municipalityName: 'Doetinchem',
  expiresInDays: 7,
} satisfies ConfirmSubscriptionProps

export default ConfirmSubscription
