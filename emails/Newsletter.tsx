import { Button, Heading, Hr, Img, Text } from '@react-email/components'

import { emailTranslator } from '../src/i18n/email'
import type { EmailT } from '../src/i18n/email'
import { directionOf } from '../src/i18n/locales'
import type { Locale } from '../src/i18n/locales'
import { imageProtocols, safeHref } from '../src/lib/html'
import { Box } from './components/Box'
import { Footer } from './components/Footer'
import { Header } from './components/Header'
import { Layout } from './components/Layout'
import { Ltr } from './components/Ltr'
import { buttonStyle, textStyle, titleStyle } from './components/styles'
import { translateWithNodes } from './components/translate'
import { emailStyle } from './emailStyle'
import { lexicalToEmail } from './richText'
import type { EditionBlock, EditionContent, Recipient } from './types'

/**
 * Stand-ins for the per-recipient values when an edition is rendered once per language; the
 * greeting is one slot because an empty name switches to a different sentence.
 */
export type TokenPlaceholders = {
  greeting: string
  email: string
  unsubscribeUrl: string
  preferencesUrl: string
}

export type NewsletterProps = {
  locale: Locale
  edition: EditionContent
  recipient: Recipient | TokenPlaceholders
  /** Marks a test send with a banner above the mail. */
  isTest?: boolean
}

/** The greeting line; also used to build the greeting slot of a render-once template. */
export const greetingFor = (t: EmailT, name: string | undefined): string =>
  name ? t('newsletter.greeting', { name }) : t('newsletter.greetingGeneric')

export const Newsletter = ({ locale, edition, recipient, isTest = false }: NewsletterProps) => {
  const t = emailTranslator(locale)
  const dir = directionOf(locale)
  const greeting = 'greeting' in recipient ? recipient.greeting : greetingFor(t, recipient.name)
  return (
    <Layout locale={locale} title={edition.title} preheader={edition.preheader}>
      {isTest ? (
        <Box style={testBannerStyle}>
          <Text style={testBannerTextStyle}>{t('newsletter.testBanner')}</Text>
        </Box>
      ) : null}
      <Header t={t} campaignMoment={edition.campaignMoment} />
      <Box style={introBoxStyle}>
        <Heading as="h1" style={titleStyle}>
          {edition.title}
        </Heading>
        <Text style={textStyle}>{greeting}</Text>
        {paragraphs(edition.intro).map((paragraph, index) => (
          <Text key={index} style={textStyle}>
            {paragraph}
          </Text>
        ))}
      </Box>
      {edition.sections.map((section, sectionIndex) => (
        <Box key={sectionIndex} style={sectionStyle}>
          {section.heading ? (
            <Heading as="h2" style={sectionHeadingStyle}>
              {section.heading}
            </Heading>
          ) : null}
          {section.blocks.map((block, blockIndex) => (
            <Block
              key={block.id}
              block={block}
              t={t}
              locale={locale}
              dir={dir}
              titleLevel={section.heading ? 'h3' : 'h2'}
              isFirst={blockIndex === 0}
            />
          ))}
        </Box>
      ))}
      <Footer
        t={t}
        reason={
          // The web version (archive) has no recipient: no address line.
          recipient.email
            ? translateWithNodes(t, 'newsletter.reason', { email: <Ltr>{recipient.email}</Ltr> })
            : null
        }
        webVersionUrl={edition.webVersionUrl}
        preferencesUrl={recipient.preferencesUrl}
        unsubscribeUrl={recipient.unsubscribeUrl}
      />
    </Layout>
  )
}

type BlockProps = {
  block: EditionBlock
  t: EmailT
  locale: Locale
  dir: 'ltr' | 'rtl'
  titleLevel: 'h2' | 'h3'
  isFirst: boolean
}

const Block = ({ block, t, locale, dir, titleLevel, isFirst }: BlockProps) => {
  // Dutch text shown in, say, an Arabic mail keeps its own language and direction; the words the
  // mail adds inside it (date line, button) switch back to the reader's.
  const content = block.isInDutchFallback ? ({ lang: 'nl', dir: 'ltr' } as const) : {}
  const reader = block.isInDutchFallback ? { lang: locale, dir } : {}
  const body = block.body ? lexicalToEmail(block.body, { dir: content.dir ?? dir }) : undefined
  const image = block.image ? fitImage(block.image) : undefined
  const linkUrl = block.link ? safeHref(block.link.url) : undefined
  return (
    <>
      {isFirst ? null : <Hr style={dividerStyle} />}
      {image ? (
        <Img
          src={image.url}
          srcSet={image.retinaUrl ? `${image.retinaUrl} 2x` : undefined}
          alt={image.alt}
          width={image.width}
          height={image.height}
          style={{ ...imageStyle, maxWidth: `${image.width}px` }}
        />
      ) : null}
      <Text style={metaStyle}>
        {t('newsletter.blockSource', {
          kind: t(`newsletter.kinds.${block.kind}`),
          municipality: block.municipalityName,
        })}
      </Text>
      <Box {...content}>
        <Heading
          as={titleLevel}
          style={titleLevel === 'h2' ? blockTitleH2Style : blockTitleH3Style}
        >
          {block.title}
        </Heading>
        {block.eventDate ? (
          <Text style={eventDateStyle} {...reader}>
            {t('newsletter.eventDate', { date: formatEventDate(block.eventDate, locale) })}
          </Text>
        ) : null}
        {block.summary ? <Text style={summaryStyle}>{block.summary}</Text> : null}
        {body?.html ? <div dangerouslySetInnerHTML={{ __html: body.html }} /> : null}
        {linkUrl ? (
          <Button href={linkUrl} style={buttonStyle} {...(block.link?.label ? {} : reader)}>
            {block.link?.label || t('newsletter.readMore')}
          </Button>
        ) : null}
      </Box>
      {block.isInDutchFallback ? (
        <Text style={fallbackNoteStyle} lang={locale} dir={dir}>
          {t('newsletter.dutchOnly')}
        </Text>
      ) : null}
    </>
  )
}

const paragraphs = (text: string | undefined): string[] =>
  (text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)

/** Never wider than the text column; the height follows so the image keeps its proportions. */
const fitImage = (image: NonNullable<EditionBlock['image']>) => {
  const url = safeHref(image.url, { protocols: imageProtocols })
  if (!url || image.width <= 0 || image.height <= 0) return undefined
  const width = Math.min(image.width, emailStyle.contentWidth)
  return {
    url,
    retinaUrl: image.retinaUrl
      ? safeHref(image.retinaUrl, { protocols: imageProtocols })
      : undefined,
    alt: image.alt,
    width,
    height: Math.round((image.height * width) / image.width),
  }
}

const formatEventDate = (value: string, locale: Locale): string => {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return value
  const timeZone = 'Europe/Amsterdam'
  const clock = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' })
  const hasTime = clock.format(date) !== '00:00'
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'full',
    timeStyle: hasTime ? 'short' : undefined,
    timeZone,
  }).format(date)
}

const baseText = {
  fontFamily: emailStyle.fonts.body,
  color: emailStyle.colors.text,
}

const testBannerStyle = {
  backgroundColor: emailStyle.colors.testBanner,
  padding: `${emailStyle.spacing.sm} ${emailStyle.spacing.lg}`,
  borderBottom: `2px solid ${emailStyle.colors.testBannerText}`,
}

const testBannerTextStyle = {
  ...baseText,
  margin: 0,
  fontSize: emailStyle.fontSizes.small,
  lineHeight: emailStyle.lineHeights.small,
  fontWeight: 'bold',
  color: emailStyle.colors.testBannerText,
}

const introBoxStyle = {
  padding: `${emailStyle.spacing.xl} ${emailStyle.spacing.lg} ${emailStyle.spacing.sm}`,
}

const sectionStyle = {
  padding: `${emailStyle.spacing.sm} ${emailStyle.spacing.lg} ${emailStyle.spacing.lg}`,
}

const sectionHeadingStyle = {
  ...baseText,
  margin: `${emailStyle.spacing.md} 0 ${emailStyle.spacing.md}`,
  paddingBottom: emailStyle.spacing.xs,
  borderBottom: `2px solid ${emailStyle.colors.accent}`,
  fontSize: emailStyle.fontSizes.h2,
  lineHeight: emailStyle.lineHeights.heading,
  color: emailStyle.colors.brand,
}

const dividerStyle = {
  margin: `${emailStyle.spacing.lg} 0`,
  borderTop: `1px solid ${emailStyle.colors.border}`,
}

const imageStyle = {
  width: '100%',
  height: 'auto',
  margin: `0 0 ${emailStyle.spacing.md}`,
}

const metaStyle = {
  ...baseText,
  margin: `0 0 ${emailStyle.spacing.xs}`,
  fontSize: emailStyle.fontSizes.small,
  lineHeight: emailStyle.lineHeights.small,
  fontWeight: 'bold',
  textTransform: 'uppercase' as const,
  letterSpacing: '0.04em',
  color: emailStyle.colors.muted,
}

const blockTitleH2Style = {
  ...baseText,
  margin: `0 0 ${emailStyle.spacing.sm}`,
  fontSize: emailStyle.fontSizes.h2,
  lineHeight: emailStyle.lineHeights.heading,
}

const blockTitleH3Style = {
  ...blockTitleH2Style,
  fontSize: emailStyle.fontSizes.h3,
}

const eventDateStyle = {
  ...textStyle,
  margin: `0 0 ${emailStyle.spacing.sm}`,
  fontWeight: 'bold',
}

const summaryStyle = {
  ...textStyle,
  fontWeight: 'bold',
}

const fallbackNoteStyle = {
  ...baseText,
  margin: `${emailStyle.spacing.sm} 0 0`,
  fontSize: emailStyle.fontSizes.small,
  lineHeight: emailStyle.lineHeights.small,
  fontStyle: 'italic',
  color: emailStyle.colors.muted,
}

const previewBody = (paragraphs: unknown[]) => ({
  root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: paragraphs },
})

const previewText = (text: string, format = 0) => ({ type: 'text', version: 1, text, format })

const previewParagraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, children })

Newsletter.PreviewProps = {
  locale: 'nl',
  edition: {
    id: 'voorbeeld',
    locale: 'nl',
    title: 'Week tegen Kindermishandeling: wat doet uw gemeente?',
    intro:
      'Van 16 tot en met 22 november is het de Week tegen Kindermishandeling. In deze editie leest u wat gemeenten, scholen en verenigingen in onze regio doen, en hoe u zelf kunt helpen.',
    preheader:
      'Gemeenten, scholen en verenigingen over wat werkt. Plus: de meldcode in vijf stappen.',
    campaignMoment: 'Week tegen Kindermishandeling',
    webVersionUrl: 'http://localhost:3000/nl/nieuwsbrief/voorbeeld',
    sections: [
      {
        heading: 'Nieuws uit de regio',
        blocks: [
          {
            id: 'blok-1',
            kind: 'news',
            title: 'Arnhem kleurt oranje tijdens Orange the World',
            summary: 'Van 25 november tot 10 december lichten gebouwen in de hele regio oranje op.',
            body: previewBody([
              previewParagraph(
                previewText('Met de oranje verlichting vragen we aandacht voor '),
                previewText('geweld tegen vrouwen en meisjes', 1),
                previewText('. Kijk op de kaart welke gebouwen meedoen.'),
              ),
              {
                type: 'list',
                version: 1,
                listType: 'bullet',
                tag: 'ul',
                start: 1,
                children: [
                  {
                    type: 'listitem',
                    version: 1,
                    value: 1,
                    children: [previewText('Stadhuis Arnhem')],
                  },
                  {
                    type: 'listitem',
                    version: 1,
                    value: 2,
                    children: [previewText('Eusebiuskerk')],
                  },
                ],
              },
            ]),
            link: {
              url: 'http://localhost:3000/nl/nieuws/orange-the-world',
              label: 'Bekijk de kaart',
            },
            municipalityName: 'Arnhem',
            isInDutchFallback: false,
          },
          {
            id: 'blok-2',
            kind: 'event',
            title: 'Informatieavond voor sportverenigingen',
            summary: 'Wat doet u als een trainer zich zorgen maakt over een kind?',
            eventDate: '2026-11-18T19:30:00.000Z',
            municipalityName: 'Doetinchem',
            link: { url: 'http://localhost:3000/nl/agenda/informatieavond-sport' },
            isInDutchFallback: false,
          },
        ],
      },
      {
        heading: 'Wat werkt',
        blocks: [
          {
            id: 'blok-3',
            kind: 'story',
            title: 'Een vast aanspreekpunt op elke school in Winterswijk',
            body: previewBody([
              previewParagraph(
                previewText(
                  '"Leerkrachten weten nu bij wie ze terechtkunnen," vertelt de aandachtsfunctionaris. ',
                ),
                previewText('Signalen komen eerder op tafel.', 2),
              ),
            ]),
            municipalityName: 'Winterswijk',
            isInDutchFallback: false,
          },
          {
            id: 'blok-4',
            kind: 'background',
            title: 'De meldcode in vijf stappen',
            body: previewBody([
              {
                type: 'list',
                version: 1,
                listType: 'number',
                tag: 'ol',
                start: 1,
                children: [
                  'Signalen in kaart brengen',
                  'Collegiale consultatie en zo nodig Veilig Thuis raadplegen',
                  'Gesprek met de cliënt',
                  'Wegen van het geweld met het afwegingskader',
                  'Beslissen: zelf hulp organiseren en/of melden',
                ].map((text, index) => ({
                  type: 'listitem',
                  version: 1,
                  value: index + 1,
                  children: [previewText(text)],
                })),
              },
            ]),
            municipalityName: 'Arnhem',
            isInDutchFallback: false,
          },
        ],
      },
    ],
  },
  recipient: {
    email: 'j.jansen@example.org',
    name: 'Jan Jansen',
    preferencesUrl: 'http://localhost:3000/nl/nieuwsbrief/voorkeuren?voorbeeld=1',
    unsubscribeUrl: 'http://localhost:3000/nl/nieuwsbrief/afmelden?voorbeeld=1',
  },
} satisfies NewsletterProps

export default Newsletter
