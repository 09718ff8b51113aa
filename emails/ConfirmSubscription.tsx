import { Button, Text } from '@react-email/components'

import { emailTranslator } from '../src/i18n/email'
import type { Locale } from '../src/i18n/locales'
import { FallbackLink, ShortMail } from './components/ShortMail'
import { buttonStyle, smallTextStyle, textStyle } from './components/styles'

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
    <ShortMail
      locale={locale}
      t={t}
      subject={t('confirm.subject')}
      preheader={t('confirm.preheader')}
      heading={t('confirm.title')}
      footer={{ reason: t('confirm.reason') }}
    >
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
      <FallbackLink t={t} href={confirmUrl} />
      <Text style={smallTextStyle}>{t('confirm.notYou')}</Text>
    </ShortMail>
  )
}

ConfirmSubscription.PreviewProps = {
  locale: 'nl',
  confirmUrl: 'http://localhost:3000/nl/nieuwsbrief/bevestigen?token=voorbeeld-token',
  municipalityName: 'Doetinchem',
  expiresInDays: 7,
} satisfies ConfirmSubscriptionProps

export default ConfirmSubscription
