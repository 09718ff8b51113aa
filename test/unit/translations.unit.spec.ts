import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'

import { adminTextsIn } from '@/i18n/admin'
import { contentFingerprint, replaceTextBlocks, slotsOf, unitsOf } from '@/translations/fields'
import {
  checkTarget,
  inlineToSource,
  plainToSource,
  segmentsToInline,
  segmentsToPlain,
} from '@/translations/inline'
import type { LexicalNode, Segment } from '@/translations/inline'
import { fieldHistories, languageStatus } from '@/translations/status'
import { compareUrgency, urgencyRanker } from '@/translations/urgency'
import { readXliff, writeXliff } from '@/translations/xliffFile'

const text = (value: string, format = 0): LexicalNode => ({
  type: 'text',
  text: value,
  format,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})
const link = (...children: LexicalNode[]): LexicalNode => ({
  type: 'link',
  version: 3,
  fields: { linkType: 'custom', url: 'https://example.org', newTab: false },
  children,
})

const inline = [
  text('Hallo {{firstName}}, dit is '),
  text('vet', 1),
  text(' en '),
  link(text('een '), text('link', 2)),
  { type: 'linebreak', version: 1 },
  text('tot ziens'),
]

const fields = [
  { name: 'title', type: 'text', localized: true, label: { nl: 'Titel', en: 'Title' } },
  { name: 'kind', type: 'text' },
  {
    name: 'sections',
    type: 'array',
    label: { nl: 'Rubrieken', en: 'Sections' },
    flattenedFields: [{ name: 'heading', type: 'text', localized: true, label: 'Kop' }],
  },
  {
    name: 'link',
    type: 'group',
    flattenedFields: [{ name: 'label', type: 'text', localized: true, label: 'Linktekst' }],
  },
  { name: 'body', type: 'richText', localized: true, label: 'Tekst' },
] as unknown as FlattenedField[]

describe('inline text', () => {
  it('should rebuild formatting, links, breaks and placeholders exactly from an untouched target', () => {
    const source = inlineToSource(inline)
    const check = checkTarget(source, source.segments)
    expect(check.isValid).toBe(true)
    expect(segmentsToInline(source, source.segments)).toEqual(inline)
  })

  it('should let a translator move codes around within the sentence', () => {
    const source = inlineToSource(inline)
    const ids = JSON.stringify(source.segments)
    expect(ids).toContain('"ph"')
    const [placeholder, bold, linkCode, lineBreak] = [
      source.segments.find((segment) => typeof segment === 'object' && 'ph' in segment) as Segment,
      source.segments.find((segment) => typeof segment === 'object' && 'pc' in segment) as {
        pc: string
      },
      source.segments.filter((segment) => typeof segment === 'object' && 'pc' in segment)[1] as {
        pc: string
        contents: Segment[]
      },
      source.segments.filter(
        (segment) => typeof segment === 'object' && 'ph' in segment,
      )[1] as Segment,
    ]
    const target: Segment[] = [
      { pc: bold.pc, contents: ['Bold'] },
      ' first, ',
      placeholder,
      ', then ',
      { ...linkCode, contents: ['a ', ...linkCode.contents.slice(1)] },
      lineBreak,
      'bye',
    ]
    const check = checkTarget(source, target)
    expect(check).toEqual({ isValid: true, segments: target })
    const rebuilt = segmentsToInline(source, target)
    expect(rebuilt[0]).toMatchObject({ type: 'text', text: 'Bold', format: 1 })
    expect(rebuilt[1]).toMatchObject({
      type: 'text',
      text: ' first, {{firstName}}, then ',
      format: 0,
    })
    expect(rebuilt[2]).toMatchObject({ type: 'link', fields: { url: 'https://example.org' } })
  })

  it('should refuse unknown codes, doubled codes, markup typed as text and lost placeholders', () => {
    const source = plainToSource('Doe mee in {{municipality}}.')
    expect(checkTarget(source, ['Join in ', { ph: '9' }, '.'])).toMatchObject({
      reason: expect.stringMatching(/onbekende code/),
    })
    expect(checkTarget(source, ['Join in ', { ph: '1' }, { ph: '1' }])).toMatchObject({
      reason: expect.stringMatching(/dubbel/),
    })
    expect(checkTarget(source, ['Join <script>alert(1)</script>', { ph: '1' }])).toMatchObject({
      reason: expect.stringMatching(/HTML-opmaak/),
    })
    expect(checkTarget(source, ['Join in Arnhem.'])).toMatchObject({
      reason: expect.stringMatching(/\{\{municipality\}\}/),
    })
    expect(checkTarget(source, ['Join in ', { ph: '1' }, ' {{firstName}}'])).toMatchObject({
      reason: expect.stringMatching(/plaatshouders kloppen niet/),
    })
  })

  it('should give the reason in the language of the admin who imports', () => {
    const source = plainToSource('Doe mee in {{municipality}}.')
    expect(checkTarget(source, ['Join in Arnhem.'], adminTextsIn('en'))).toEqual({
      isValid: false,
      reason: 'missing or present twice: {{municipality}}',
    })
  })

  it('should refuse a link put inside formatting, where it cannot be rebuilt', () => {
    const source = inlineToSource([text('vet', 1), link(text('link'))])
    expect(
      checkTarget(source, [{ pc: '1', contents: [{ pc: '2', contents: ['link'] }] }]),
    ).toMatchObject({
      isValid: false,
    })
  })

  it('should keep line breaks of a textarea as codes and put them back', () => {
    const source = plainToSource('Eerste regel\nTweede regel')
    expect(source.segments).toEqual(['Eerste regel', { ph: '1' }, 'Tweede regel'])
    expect(segmentsToPlain(source, ['First line', { ph: '1' }, 'Second line'])).toBe(
      'First line\nSecond line',
    )
  })
})

describe('translatable fields', () => {
  it('should find localized text fields in groups and array rows, named by row id', () => {
    const doc = {
      title: 'Titel',
      kind: 'news',
      sections: [{ id: 'row1', heading: 'Kop 1' }],
      link: { label: 'Lees meer' },
      body: {
        root: { type: 'root', children: [{ type: 'paragraph', children: [text('Alinea')] }] },
      },
    }
    expect(slotsOf(fields, doc).map(({ key, labels }) => [key, labels.join(' › ')])).toEqual([
      ['title', 'Titel'],
      ['sections.row1.heading', 'Rubrieken 1 › Kop'],
      ['link.label', 'link › Linktekst'],
      ['body', 'Tekst'],
    ])
    expect(unitsOf(fields, doc).map(({ id }) => id)).toEqual([
      'title',
      'sections.row1.heading',
      'link.label',
      'body.t0',
    ])
  })

  it('should change every paragraph fingerprint of a rich text when a paragraph is added', () => {
    const body = (paragraphs: string[]) => ({
      root: {
        type: 'root',
        children: paragraphs.map((value) => ({ type: 'paragraph', children: [text(value)] })),
      },
    })
    const before = unitsOf(fields, { body: body(['Een', 'Twee']) })
    const after = unitsOf(fields, { body: body(['Een', 'Twee', 'Drie']) })
    expect(after[0].hash).not.toBe(before[0].hash)
    const replaced = replaceTextBlocks(body(['Een', 'Twee']), new Map([[1, [text('Two')]]]))
    expect(replaced).toEqual(body(['Een', 'Two']))
  })
})

describe('content fingerprint', () => {
  it('should ignore what the editor rewrites on a save without changes, and see every word', () => {
    const body = (extra: Record<string, unknown>, words = 'Alinea') => ({
      root: {
        type: 'root',
        children: [{ type: 'paragraph', ...extra, children: [{ ...text(words), ...extra }] }],
      },
    })
    const saved = contentFingerprint('richText', body({}))
    expect(
      contentFingerprint('richText', body({ direction: 'ltr', indent: 0, textFormat: 0 })),
    ).toBe(saved)
    expect(contentFingerprint('richText', body({}, 'Alinea!'))).not.toBe(saved)
    expect(contentFingerprint('richText', body({ format: 1 }))).not.toBe(saved)
  })
})

describe('translation state from versions', () => {
  const snapshot = (
    at: string,
    title: Record<string, string>,
    linkLabel: Record<string, string> = {},
  ) => ({
    at,
    doc: { title, link: { label: linkLabel } },
  })

  it('should call a translation outdated only when Dutch changed after it', () => {
    const histories = fieldHistories(
      fields,
      [
        snapshot('2026-01-01', { nl: 'Een' }),
        snapshot('2026-01-02', { nl: 'Een', en: 'One', pl: 'Jeden' }),
        snapshot('2026-01-03', { nl: 'Eén', en: 'One', pl: 'Jeden' }),
        snapshot('2026-01-04', { nl: 'Eén', en: 'One', pl: 'Jedno' }),
      ],
      ['nl', 'en', 'pl', 'ar'],
    )
    expect(languageStatus(histories, 'en')).toMatchObject({
      state: 'outdated',
      outdatedFields: ['Titel'],
    })
    expect(languageStatus(histories, 'pl')?.state).toBe('current')
    expect(languageStatus(histories, 'ar')?.state).toBe('missing')
  })

  it('should call a partly translated document incomplete', () => {
    const histories = fieldHistories(
      fields,
      [snapshot('2026-01-01', { nl: 'Een', en: 'One' }, { nl: 'Meer' })],
      ['nl', 'en'],
    )
    expect(languageStatus(histories, 'en')).toMatchObject({
      state: 'incomplete',
      missingFields: ['link › Linktekst'],
    })
  })

  it('should take the oldest kept version as the baseline when history was pruned', () => {
    const histories = fieldHistories(
      fields,
      [snapshot('2026-03-01', { nl: 'Eén', en: 'One' })],
      ['nl', 'en'],
    )
    expect(languageStatus(histories, 'en')?.state).toBe('current')
  })
})

describe('urgency', () => {
  it('should order dated editions and their blocks before undated ones, packs, then other blocks', () => {
    const rank = urgencyRanker({
      editions: [
        {
          id: 1,
          title: 'Later',
          status: 'draft',
          sendAt: '2026-12-10T08:00:00Z',
          sections: [{ blocks: [11] }],
        },
        {
          id: 2,
          title: 'Eerder',
          status: 'scheduled',
          sendAt: '2026-12-01T08:00:00Z',
          sections: [{ blocks: [12] }],
        },
        { id: 3, title: 'Verzonden', status: 'sent', sendAt: '2026-01-01T08:00:00Z', sections: [] },
      ],
      moments: [],
      today: new Date('2026-11-29T12:00:00Z'),
    })
    const entries = [
      { key: 'sent', collection: 'newsletter-editions', doc: { id: 3 }, collectionOrder: 0 },
      {
        key: 'loose',
        collection: 'building-blocks',
        doc: { id: 13, reviewStatus: 'approved' },
        collectionOrder: 1,
      },
      { key: 'template', collection: 'pack-templates', doc: { id: 1 }, collectionOrder: 2 },
      { key: 'later', collection: 'newsletter-editions', doc: { id: 1 }, collectionOrder: 0 },
      { key: 'later-block', collection: 'building-blocks', doc: { id: 11 }, collectionOrder: 1 },
      { key: 'earlier', collection: 'newsletter-editions', doc: { id: 2 }, collectionOrder: 0 },
      { key: 'earlier-block', collection: 'building-blocks', doc: { id: 12 }, collectionOrder: 1 },
    ] as const
    const ordered = entries
      .map((entry) => ({
        ...entry,
        urgency: rank({ collection: entry.collection, doc: entry.doc }),
      }))
      .sort(compareUrgency)
      .map(({ key }) => key)
    expect(ordered).toEqual([
      'earlier',
      'earlier-block',
      'later',
      'later-block',
      'template',
      'loose',
      'sent',
    ])
  })
})

describe('XLIFF file', () => {
  it('should write XLIFF 2.0 and read a translated target back with the spaces between codes', async () => {
    const source = inlineToSource([
      text('vet', 1),
      text(' '),
      text('schuin', 2),
      text(' {{firstName}}'),
    ])
    const xml = await writeXliff({
      targetLanguage: 'pl',
      files: [
        {
          id: 'building-blocks:1',
          units: [{ id: 'body.t0', source, hash: 'abc', note: 'Bouwsteen' }],
        },
      ],
    })
    expect(xml).toContain(
      '<xliff xmlns:sv="urn:samen-veilig:translations:1" xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="nl" trgLang="pl">',
    )
    expect(xml).toContain('sv:sourceHash="abc"')
    const translatedXml = xml.replace(
      '<target></target>',
      '<target><pc id="1">gruby</pc> <pc id="2">kursywa</pc> <ph id="3"/></target>',
    )
    const { targetLanguage, units } = await readXliff(translatedXml)
    expect(targetLanguage).toBe('pl')
    expect(units).toEqual([
      {
        fileId: 'building-blocks:1',
        unitId: 'body.t0',
        hash: 'abc',
        target: [
          { pc: '1', contents: ['gruby'] },
          ' ',
          { pc: '2', contents: ['kursywa'] },
          ' ',
          { ph: '3' },
        ],
      },
    ])
  })

  it('should flag elements it does not accept instead of dropping them silently', async () => {
    const xml = (target: string) =>
      `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="nl" trgLang="ar"><file id="f"><unit id="u"><segment><source>a</source><target>${target}</target></segment></unit></file></xliff>`
    expect((await readXliff(xml('<script>alert(1)</script>'))).units[0].problem).toMatch(/<script>/)
    expect((await readXliff(xml('a <sc id="1"/>b<ec startRef="1"/>'))).units[0].problem).toMatch(
      /<sc>/,
    )
    expect((await readXliff(xml('  '))).units[0].target).toBeUndefined()
    expect((await readXliff(xml(''))).units[0]).toEqual({
      fileId: 'f',
      unitId: 'u',
      hash: undefined,
      target: undefined,
    })
    await expect(readXliff('geen xml')).rejects.toThrow(/XLIFF/)
  })
})
