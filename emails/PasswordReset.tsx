import { Button, Text } from '@react-email/components'

import { emailTranslator } from '../src/i18n/email'
import type { Locale } from '../src/i18n/locales'
import { FallbackLink, ShortMail } from './components/ShortMail'
import { buttonStyle, smallTextStyle, textStyle } from './components/styles'

export type PasswordResetProps = {
  /** The person's admin language; the admin speaks Dutch and English. */
  locale: Locale
  /** Absolute URL of the admin's reset page, with the token. */
  resetUrl: string
}

/** For an account of the admin (editors, advisers): a link to choose a new password. */
export const PasswordReset = ({ locale, resetUrl }: PasswordResetProps) => {
  const t = emailTranslator(locale)
  return (
    <ShortMail
      locale={locale}
      t={t}
      subject={t('passwordReset.subject')}
      preheader={t('passwordReset.preheader')}
      heading={t('passwordReset.title')}
      footer={{ reason: t('passwordReset.reason') }}
    >
      <Text style={textStyle}>{t('passwordReset.intro')}</Text>
      <Button href={resetUrl} style={buttonStyle}>
        {t('passwordReset.button')}
      </Button>
      <Text style={textStyle}>{t('passwordReset.expires')}</Text>
      <FallbackLink t={t} href={resetUrl} />
      <Text style={smallTextStyle}>{t('passwordReset.notYou')}</Text>
    </ShortMail>
  )
}

PasswordReset.PreviewProps = {
  locale: 'nl',
  resetUrl: 'http://localhost:3000/admin/reset/voorbeeld-token',
} satisfies PasswordResetProps

export default PasswordReset
