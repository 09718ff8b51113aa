import type { Payload } from 'payload'

import type { Locale } from '@/i18n'
import { loadTranslationOverview } from '@/translations/overview'

import type { Fixtures } from './fixtures'
import { useIntegration } from './integration'

/** The harness for a translation test file, with the regional adviser who exports and imports. */
export const useTranslating = (
  options: Omit<NonNullable<Parameters<typeof useIntegration>[0]>, 'users'> = {},
) =>
  useIntegration({
    ...options,
    users: { adviser: { email: 'vertalingen@test.example', roles: ['regio-redactie'] } },
  })

/**
 * Rich text, XLIFF files and stand-in translators for the translation tests: what a translator's
 * tool does to an exported file, and how to compare what came back with the Dutch source.
 */

export const text = (value: string, format = 0) => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  style: '',
  mode: 'normal',
  detail: 0,
})
export const paragraph = (...children: unknown[]) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children,
})
export const richText = (...children: unknown[]) => ({
  root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children },
})

/** Bold, italic, a link, a line break, a bulleted list and placeholders: what must survive. */
export const dutchBody = () =>
  richText(
    paragraph(
      text('Beste {{firstName}}, in '),
      text('{{municipality}}', 1),
      text(' helpt het '),
      text('lokale team', 3),
      text('. Lees '),
      {
        type: 'link',
        version: 3,
        direction: 'ltr',
        format: '',
        indent: 0,
        fields: { linkType: 'custom', url: 'https://example.org/hulp', newTab: true },
        children: [text('meer over hulp')],
      },
      text('.'),
      { type: 'linebreak', version: 1 },
      text('Bel 0800-2000.'),
    ),
    {
      type: 'list',
      version: 1,
      listType: 'bullet',
      tag: 'ul',
      start: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [
        {
          type: 'listitem',
          version: 1,
          value: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          children: [text('Praat erover')],
        },
        {
          type: 'listitem',
          version: 1,
          value: 2,
          direction: 'ltr',
          format: '',
          indent: 0,
          children: [text('Vraag ', 0), text('advies', 2)],
        },
      ],
    },
  )

/** Two stand-in translators that change every letter, so each text shows who wrote it. */
export const translators = {
  ar: (value: string) => value.toUpperCase(),
  pl: (value: string) => value.replace(/a/g, 'ą').replace(/e/g, 'ę').replace(/o/g, 'ó'),
}

/** What a translator makes of a Dutch text: words change, placeholders stay. */
export const translated = (dutch: string, translate: (value: string) => string) =>
  dutch
    .split(/(\{\{\w+\}\})/)
    .map((part, index) => (index % 2 ? part : translate(part)))
    .join('')

/** Fills every empty target with the translated source, keeping every code where it was. */
export const translateFile = (
  xml: string,
  translate: (value: string) => string,
  pick: (unitId: string, fileId: string) => boolean = () => true,
) =>
  xml.replace(
    /(<file id="([^"]+)">)([\s\S]*?)(<\/file>)/g,
    (_, open: string, fileId: string, units: string, close: string) =>
      open +
      units.replace(
        /<unit id="([^"]+)"([^>]*)>([\s\S]*?)<source>([\s\S]*?)<\/source>\s*<target><\/target>/g,
        (match, unitId: string, attributes: string, before: string, source: string) => {
          if (!pick(unitId, fileId)) return match
          const target = source
            .split(/(<[^>]+>)/)
            .map((part) => (part.startsWith('<') ? part : translate(part)))
            .join('')
          return `<unit id="${unitId}"${attributes}>${before}<source>${source}</source>\n<target>${target}</target>`
        },
      ) +
      close,
  )

export const withTarget = (xml: string, unitId: string, target: string) =>
  xml.replace(
    new RegExp(`(<unit id="${unitId.replace(/\./g, '\\.')}"[^>]*>[\\s\\S]*?<target>)(</target>)`),
    (_, start: string, end: string) => `${start}${target}${end}`,
  )

/** The rich text without words and reading direction: formatting, links, lists and breaks. */
export const skeleton = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value), (key, entry) =>
    key === 'text' || key === 'direction' ? '' : entry,
  )

export const directionsOf = (value: unknown): string[] => {
  const found = new Set<string>()
  JSON.parse(JSON.stringify(value), (key, entry) => {
    if (key === 'direction') found.add(entry)
    return entry
  })
  return [...found]
}

export const textsOf = (value: unknown): string[] => {
  const found: string[] = []
  JSON.parse(JSON.stringify(value), (key, entry) => {
    if (key === 'text') found.push(entry)
    return entry
  })
  return found
}

/**
 * Puts every municipality's own texts in these languages back after the test: importing a whole
 * exported file translates the reference data too.
 */
export const restoreMunicipalityTexts = async ({
  payload,
  fixtures,
  locales,
}: {
  payload: Payload
  fixtures: Fixtures
  locales: Locale[]
}) => {
  const { docs } = await payload.find({
    collection: 'municipalities',
    pagination: false,
    depth: 0,
  })
  for (const { id } of docs) {
    for (const locale of locales) {
      await fixtures.restoreLater({
        collection: 'municipalities',
        id,
        locale,
        fields: ['localTeam', 'howItWorks'],
      })
    }
  }
}

/** The overview's entry of one document: its state per language. */
export const statusOf = async (payload: Payload, collection: string, id: string | number) => {
  const overview = await loadTranslationOverview({ payload })
  return overview.find(
    (entry) => entry.collection === collection && String(entry.id) === String(id),
  )
}
