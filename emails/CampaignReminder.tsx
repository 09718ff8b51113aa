import { Button, Link, Text } from '@react-email/components'

import { emailTranslator } from '../src/i18n/email'
import type { Locale } from '../src/i18n/locales'
import { FallbackLink, ShortMail } from './components/ShortMail'
import { buttonStyle, linkStyle, textStyle } from './components/styles'

export type CampaignReminderProps = {
  locale: Locale
  /** The editor's name for the greeting; without it the greeting is generic. */
  editorName?: string
  momentName: string
  /** First and last day of this year's moment, `YYYY-MM-DD`. */
  startsOn: string
  endsOn: string
  /** Absolute URL of the admin page that creates a building block. */
  createBlockUrl: string
  /**
   * For a moment with pack mailings (or the start of the school year): where editors check their
   * route to help and their pack before the organisations get the pack.
   */
  packCheck?: { routeToHelpUrl: string; packsUrl: string }
}

/** The subject line, also the mail's `<title>`. */
export const campaignReminderSubject = (props: CampaignReminderProps): string =>
  emailTranslator(props.locale)('campaignReminder.subject', {
    moment: props.momentName,
    period: periodOf(props),
  })

/** Asks a municipality's editors for building blocks some weeks before a campaign moment. */
export const CampaignReminder = (props: CampaignReminderProps) => {
  const { locale, editorName, momentName, createBlockUrl, packCheck } = props
  const t = emailTranslator(locale)
  return (
    <ShortMail
      locale={locale}
      t={t}
      subject={campaignReminderSubject(props)}
      preheader={t('campaignReminder.preheader', { moment: momentName })}
      heading={t('campaignReminder.title', { moment: momentName })}
      campaignMoment={momentName}
      footer={{ reason: t('campaignReminder.reason') }}
    >
      <Text style={textStyle}>
        {editorName
          ? t('campaignReminder.greeting', { name: editorName })
          : t('campaignReminder.greetingGeneric')}
      </Text>
      <Text style={textStyle}>
        {t('campaignReminder.intro', { moment: momentName, period: periodOf(props) })}
      </Text>
      <Text style={textStyle}>{t('campaignReminder.action')}</Text>
      <Button href={createBlockUrl} style={buttonStyle}>
        {t('campaignReminder.button')}
      </Button>
      <FallbackLink t={t} href={createBlockUrl} />
      {packCheck ? (
        <>
          <Text style={textStyle}>{t('campaignReminder.packCheck')}</Text>
          <Text style={textStyle}>
            <Link href={packCheck.routeToHelpUrl} style={linkStyle}>
              {t('campaignReminder.packCheckRoute')}
            </Link>
            <br />
            <Link href={packCheck.packsUrl} style={linkStyle}>
              {t('campaignReminder.packCheckPacks')}
            </Link>
          </Text>
        </>
      ) : null}
      <Text style={textStyle}>
        {t('campaignReminder.signOff')}
        <br />
        {t('campaignReminder.signature')}
      </Text>
    </ShortMail>
  )
}

const periodOf = ({ locale, startsOn, endsOn }: CampaignReminderProps) =>
  emailTranslator(locale)('campaignReminder.period', {
    start: formatDay(startsOn, locale),
    end: formatDay(endsOn, locale),
  })

/** A calendar day as readers of the language write it, the same wherever the server runs. */
const formatDay = (isoDay: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDay}T00:00:00Z`),
  )

CampaignReminder.PreviewProps = {
  locale: 'nl',
  editorName: 'Fatima El Amrani',
  momentName: 'Week tegen Kindermishandeling',
  startsOn: '2027-11-15',
  endsOn: '2027-11-21',
  createBlockUrl: 'http://localhost:3000/admin/collections/building-blocks/create',
} satisfies CampaignReminderProps

export default CampaignReminder
