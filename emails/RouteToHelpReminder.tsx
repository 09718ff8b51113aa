import { Button, Text } from '@react-email/components'

import { emailTranslator } from '../src/i18n/email'
import type { Locale } from '../src/i18n/locales'
import { formatDay } from '../src/lib/dates'
import { FallbackLink, ShortMail } from './components/ShortMail'
import { buttonStyle, textStyle } from './components/styles'

export type RouteToHelpReminderProps = {
  locale: Locale
  /** The editor's name for the greeting; without it the greeting is generic. */
  editorName?: string
  municipalityName: string
  /** When and by whom the route to help was last checked. */
  checkedAt: string
  checkedBy: string
  /** Absolute URL of the municipality's record in the admin. */
  municipalityUrl: string
}

/** The subject line, also the mail's `<title>`. */
export const routeToHelpReminderSubject = ({
  locale,
  municipalityName,
}: RouteToHelpReminderProps) =>
  emailTranslator(locale)('routeToHelpReminder.subject', { municipality: municipalityName })

/** Asks a municipality's editors to check its route to help again, a year after the last check. */
export const RouteToHelpReminder = (props: RouteToHelpReminderProps) => {
  const { locale, editorName, municipalityName, checkedAt, checkedBy, municipalityUrl } = props
  const t = emailTranslator(locale)
  return (
    <ShortMail
      locale={locale}
      t={t}
      subject={routeToHelpReminderSubject(props)}
      preheader={t('routeToHelpReminder.preheader', { municipality: municipalityName })}
      heading={t('routeToHelpReminder.title')}
      footer={{ reason: t('routeToHelpReminder.reason', { municipality: municipalityName }) }}
    >
      <Text style={textStyle}>
        {editorName
          ? t('routeToHelpReminder.greeting', { name: editorName })
          : t('routeToHelpReminder.greetingGeneric')}
      </Text>
      <Text style={textStyle}>
        {t('routeToHelpReminder.intro', {
          municipality: municipalityName,
          checkedOn: formatDay(checkedAt, locale),
          checkedBy,
        })}
      </Text>
      <Text style={textStyle}>{t('routeToHelpReminder.action')}</Text>
      <Button href={municipalityUrl} style={buttonStyle}>
        {t('routeToHelpReminder.button')}
      </Button>
      <FallbackLink t={t} href={municipalityUrl} />
      <Text style={textStyle}>
        {t('routeToHelpReminder.signOff')}
        <br />
        {t('routeToHelpReminder.signature')}
      </Text>
    </ShortMail>
  )
}

RouteToHelpReminder.PreviewProps = {
  locale: 'nl',
  editorName: 'Fatima El Amrani',
  municipalityName: 'Winterswijk',
  checkedAt: '2025-10-01',
  checkedBy: 'Ans de Vries',
  municipalityUrl: 'http://localhost:3000/admin/collections/municipalities/1',
} satisfies RouteToHelpReminderProps

export default RouteToHelpReminder
