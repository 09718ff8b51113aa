import type { Locale } from '@/i18n'

import type { EditionBlock, EditionContent, Recipient } from '../../emails/types'

/**
 * Editions and recipients for the e-mail tests and the render benchmark: realistic length and
 * markup (rich text, lists, links, images), fixed ids and dates so snapshots stay stable.
 */

const baseUrl = 'http://localhost:3000'

const text = (value: string, format = 0) => ({ type: 'text', version: 1, text: value, format })

const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, children })

const link = (url: string, label: string) => ({
  type: 'link',
  version: 3,
  fields: { linkType: 'custom', url, newTab: true },
  children: [text(label)],
})

const list = (listType: 'bullet' | 'number', items: string[]) => ({
  type: 'list',
  version: 1,
  listType,
  tag: listType === 'number' ? 'ol' : 'ul',
  start: 1,
  children: items.map((item, index) => ({
    type: 'listitem',
    version: 1,
    value: index + 1,
    children: [text(item)],
  })),
})

/** Rich text of a typical building block: three paragraphs, a heading, a list and a link. */
export const richBody = (seed: number) => ({
  root: {
    type: 'root',
    version: 1,
    children: [
      paragraph(
        text('Steeds meer scholen in de regio werken met een vaste '),
        text('aandachtsfunctionaris', 1),
        text(
          '. Leerkrachten weten daardoor bij wie ze terechtkunnen als ze zich zorgen maken over een leerling, en signalen komen eerder op tafel.',
        ),
      ),
      { type: 'heading', version: 1, tag: 'h3', children: [text(`Wat werkt (${seed})`)] },
      paragraph(
        text(
          '"We bespreken zorgen nu in het team, niet meer alleen," vertelt een intern begeleider. ',
        ),
        text('Dat geeft rust en overzicht.', 2),
      ),
      list('bullet', [
        'Een vast aanspreekpunt per school',
        'Jaarlijkse training over de meldcode',
        'Korte lijnen met het lokale team',
      ]),
      paragraph(
        text('Meer weten? Lees het '),
        link(`${baseUrl}/nl/verhalen/aanspreekpunt-${seed}`, 'hele verhaal'),
        text(' of bel het lokale team van uw gemeente.'),
      ),
      paragraph(
        text(
          'De gemeente zorgt samen met Veilig Thuis voor scholing en voor een plek waar vragen terechtkunnen, ook in de schoolvakanties.',
        ),
      ),
    ],
  },
})

const kinds: EditionBlock['kind'][] = ['news', 'event', 'story', 'call-to-action', 'background']
const municipalities = ['Arnhem', 'Doetinchem', 'Winterswijk', 'Zevenaar', 'Berkelland', 'Renkum']

const titles: Record<Locale, string> = {
  nl: 'Week tegen Kindermishandeling: wat doet uw gemeente?',
  en: 'Week against Child Abuse: what is your municipality doing?',
  ar: 'أسبوع مكافحة إساءة معاملة الأطفال: ماذا تفعل بلديتكم؟',
  tr: 'Çocuk İstismarına Karşı Hafta: belediyeniz ne yapıyor?',
  pl: 'Tydzień przeciwko krzywdzeniu dzieci: co robi Państwa gmina?',
  uk: 'Тиждень протидії жорстокому поводженню з дітьми: що робить ваш муніципалітет?',
}

/**
 * An edition with `sections` × `blocksPerSection` blocks. Every second block has an image and the
 * third block of each section is only available in Dutch (in every language but Dutch).
 */
export const sampleEdition = ({
  locale = 'nl',
  sections = 2,
  blocksPerSection = 2,
}: { locale?: Locale; sections?: number; blocksPerSection?: number } = {}): EditionContent => ({
  id: 42,
  locale,
  title: titles[locale],
  intro:
    'Van 16 tot en met 22 november is het de Week tegen Kindermishandeling. In deze editie leest u wat gemeenten, scholen en verenigingen in onze regio doen.\n\nEn hoe u zelf kunt helpen.',
  preheader:
    'Gemeenten, scholen en verenigingen over wat werkt. Plus: de meldcode in vijf stappen.',
  campaignMoment: 'Week tegen Kindermishandeling',
  webVersionUrl: `${baseUrl}/${locale}/nieuwsbrief/42`,
  sections: Array.from({ length: sections }, (_, sectionIndex) => ({
    heading: sectionIndex === 0 ? 'Nieuws uit de regio' : `Wat werkt (${sectionIndex + 1})`,
    blocks: Array.from({ length: blocksPerSection }, (_, blockIndex): EditionBlock => {
      const number = sectionIndex * blocksPerSection + blockIndex + 1
      return {
        id: `block-${number}`,
        kind: kinds[(number - 1) % kinds.length],
        title: `Een vast aanspreekpunt op elke school (${number})`,
        summary: 'Leerkrachten weten bij wie ze terechtkunnen als ze zich zorgen maken.',
        body: richBody(number),
        image:
          number % 2 === 1
            ? {
                url: `${baseUrl}/api/media/file/schoolplein-${number}-600x400.jpg`,
                retinaUrl: `${baseUrl}/api/media/file/schoolplein-${number}-1200x800.jpg`,
                alt: 'Kinderen spelen op een schoolplein',
                width: 600,
                height: 400,
              }
            : undefined,
        link:
          number % 3 === 0
            ? { url: `${baseUrl}/nl/agenda/informatieavond-${number}` }
            : { url: `${baseUrl}/nl/nieuws/bericht-${number}`, label: 'Lees het hele bericht' },
        eventDate:
          kinds[(number - 1) % kinds.length] === 'event' ? '2026-11-18T18:30:00.000Z' : undefined,
        municipalityName: municipalities[(number - 1) % municipalities.length],
        isInDutchFallback: locale !== 'nl' && blockIndex === 2,
      }
    }),
  })),
})

/** Recipients whose values test escaping, whitespace, scripts and encodings. */
export const awkwardRecipients: Recipient[] = [
  {
    email: 'jan+nieuwsbrief@example.org',
    name: 'Jan & Piet <b>de Vries</b>',
    unsubscribeUrl: `${baseUrl}/nl/nieuwsbrief/afmelden?token=abc&lang=nl`,
    preferencesUrl: `${baseUrl}/nl/nieuwsbrief/voorkeuren?token=abc&x="1"`,
  },
  {
    email: "o'neill@example.org",
    name: `Siobhán O'Neill "Bob"`,
    unsubscribeUrl: `${baseUrl}/en/nieuwsbrief/afmelden?token=it's`,
    preferencesUrl: `${baseUrl}/en/nieuwsbrief/voorkeuren?token=<x>`,
  },
  {
    email: 'm.alahmad+ar@example.org',
    name: 'محمد الأحمد',
    unsubscribeUrl: `${baseUrl}/ar/nieuwsbrief/afmelden?token=%D8%A7`,
    preferencesUrl: `${baseUrl}/ar/nieuwsbrief/voorkeuren?token=%D8%A7`,
  },
  {
    email: 'zonder.naam@example.org',
    unsubscribeUrl: `${baseUrl}/nl/nieuwsbrief/afmelden?token=1`,
    preferencesUrl: `${baseUrl}/nl/nieuwsbrief/voorkeuren?token=1`,
  },
  {
    email: 'leeg@example.org',
    name: '   ',
    unsubscribeUrl: `${baseUrl}/nl/nieuwsbrief/afmelden?token=2`,
    preferencesUrl: `${baseUrl}/nl/nieuwsbrief/voorkeuren?token=2`,
  },
  {
    email: ' spaties@example.org ',
    name: '  Anna\t\n  van\u200b den   Berg  ',
    unsubscribeUrl: ` ${baseUrl}/nl/nieuwsbrief/afmelden?token=3 `,
    preferencesUrl: `${baseUrl}/nl/nieuwsbrief/voorkeuren?token=with space`,
  },
  {
    email: 'injectie@example.org',
    name: '{{email}} $t(brand.name) <script>alert(1)</script> __sv_0_greeting__',
    unsubscribeUrl: `${baseUrl}/nl/nieuwsbrief/afmelden?token=4`,
    preferencesUrl: `${baseUrl}/nl/nieuwsbrief/voorkeuren?token=4`,
  },
  {
    email: 'emoji@example.org',
    name: 'Zoë 🌷 Dąbrowska-Şahin Ірина \ud800 nul\u0000teken',
    unsubscribeUrl: `${baseUrl}/nl/nieuwsbrief/afmelden?token=5`,
    preferencesUrl: `${baseUrl}/nl/nieuwsbrief/voorkeuren?token=5`,
  },
]

/** A plain recipient for the benchmark. */
export const recipientNumber = (number: number, locale: Locale): Recipient => ({
  email: `abonnee${number}+${locale}@example.org`,
  name: number % 5 === 0 ? undefined : `Abonnee ${number} & co`,
  unsubscribeUrl: `${baseUrl}/${locale}/nieuwsbrief/afmelden?token=t${number}&s=1`,
  preferencesUrl: `${baseUrl}/${locale}/nieuwsbrief/voorkeuren?token=t${number}`,
})
