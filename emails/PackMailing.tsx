import { Button, Link, Text } from '@react-email/components'

import { emailTranslator } from '../src/i18n/email'
import type { EmailT } from '../src/i18n/email'
import type { Locale } from '../src/i18n/locales'
import { Ltr } from './components/Ltr'
import { FallbackLink, ShortMail } from './components/ShortMail'
import { buttonStyle, linkStyle, textStyle } from './components/styles'
import { translateWithNodes } from './components/translate'

/** The pack audiences, as the mail names them. */
export type PackMailingAudience =
  'schools' | 'employers' | 'volunteer-organisations' | 'sports-clubs'

/**
 * What one pack mailing shows in one language for one municipality: the pack link and the
 * signature differ per municipality, so this is the unit rendered once.
 */
export type PackMailingContent = {
  locale: Locale
  /** The edition's title: the subject line. */
  subject: string
  preheader: string
  /** The editor's short personal note, if any. */
  message?: string
  campaignMoment?: string
  municipalityName: string
  audience: PackMailingAudience
  /** Absolute URL of the pack as one PDF (cached, the same for everyone). */
  pdfUrl: string
}

/** Per-recipient values filled in after the one render per (edition, language, municipality). */
export type PackMailingRecipient = {
  email: string
  /** The contact person's name; empty gives the generic greeting. */
  name?: string
  /** The pack page through the open counter (a signed token per delivery). */
  packUrl: string
  optOutUrl: string
}

/** Stand-ins for the per-recipient values when the mail is rendered once. */
export type PackMailingPlaceholders = {
  greeting: string
  email: string
  packUrl: string
  optOutUrl: string
}

export type PackMailingProps = {
  content: PackMailingContent
  recipient: PackMailingRecipient | PackMailingPlaceholders
  isTest?: boolean
}

/** The greeting line; also used to build the greeting slot of a render-once template. */
export const packGreetingFor = (t: EmailT, name: string | undefined): string =>
  name ? t('packMailing.greeting', { name }) : t('packMailing.greetingGeneric')

/**
 * A short, personal mail from the municipality to an organisation's contact person: what the pack
 * is, why now, one prominent link to the pack page in the reader's language, and the PDF.
 */
export const PackMailing = ({ content, recipient, isTest = false }: PackMailingProps) => {
  const { locale, municipalityName, campaignMoment } = content
  const t = emailTranslator(locale)
  const audience = t(`packMailing.audiences.${content.audience}`)
  const greeting = 'greeting' in recipient ? recipient.greeting : packGreetingFor(t, recipient.name)
  return (
    <ShortMail
      locale={locale}
      t={t}
      subject={content.subject}
      preheader={content.preheader}
      heading={t('packMailing.heading', { audience, municipality: municipalityName })}
      campaignMoment={campaignMoment}
      footer={{
        reason: translateWithNodes(t, 'packMailing.reason', {
          email: <Ltr>{recipient.email}</Ltr>,
          municipality: municipalityName,
        }),
        unsubscribeUrl: recipient.optOutUrl,
        unsubscribeLabel: t('packMailing.optOut'),
      }}
    >
      {isTest ? <Text style={testBannerStyle}>{t('packMailing.testBanner')}</Text> : null}
      <Text style={textStyle}>{greeting}</Text>
      {content.message ? <Text style={noteStyle}>{content.message}</Text> : null}
      <Text style={textStyle}>
        {t('packMailing.intro', { audience, municipality: municipalityName })}
      </Text>
      <Text style={textStyle}>
        {campaignMoment
          ? t('packMailing.whyMoment', { moment: campaignMoment })
          : t('packMailing.whyAlways')}
      </Text>
      <Button href={recipient.packUrl} style={buttonStyle}>
        {t('packMailing.button')}
      </Button>
      <FallbackLink t={t} href={recipient.packUrl} />
      <Text style={textStyle}>
        <Link href={content.pdfUrl} style={linkStyle}>
          {t('packMailing.pdf')}
        </Link>
      </Text>
      <Text style={textStyle}>
        {t('packMailing.signOff')}
        <br />
        {t('packMailing.signature', { municipality: municipalityName })}
      </Text>
    </ShortMail>
  )
}

const testBannerStyle = { ...textStyle, fontWeight: 700 }

const noteStyle = { ...textStyle, fontStyle: 'italic' }

PackMailing.PreviewProps = {
  content: {
    locale: 'nl',
    subject: 'Het pakket voor scholen, klaar voor het nieuwe schooljaar',
    preheader: 'Kant-en-klare teksten en posters voor uw school.',
    message: 'Wij horen graag wat u ervan vindt.',
    campaignMoment: 'Start van het schooljaar',
    municipalityName: 'Aalten',
    audience: 'schools',
    pdfUrl: 'https://samenveilig.example/nl/gemeente/aalten/scholen/pdf',
  },
  recipient: {
    email: 'directie@school.example',
    name: 'Jeroen Bakker',
    packUrl: 'https://samenveilig.example/api/pack-mailings/open?token=voorbeeld',
    optOutUrl: 'https://samenveilig.example/nl/organisaties/afmelden?token=voorbeeld',
  },
} satisfies PackMailingProps

export default PackMailing
