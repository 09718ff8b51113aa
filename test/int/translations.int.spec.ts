import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { exportTranslations } from '@/translations/exportFile'
import { importTranslations } from '@/translations/importFile'
import { loadTranslationOverview } from '@/translations/overview'
import { ensureDemoPacks } from '@/seed/packs'
import { createFixtures, testPassword } from '../support/fixtures'
import { startPayload } from '../support/payload'
import { rest } from '../support/rest'

let payload: Payload
let fixtures: ReturnType<typeof createFixtures>
let adviser: User
const editionIds: (string | number)[] = []

const text = (value: string, format = 0) => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  style: '',
  mode: 'normal',
  detail: 0,
})
const paragraph = (...children: unknown[]) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children,
})
const richText = (...children: unknown[]) => ({
  root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children },
})

/** Bold, italic, a link, a line break, a bulleted list and placeholders: what must survive. */
const dutchBody = () =>
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
const translators = {
  ar: (value: string) => value.toUpperCase(),
  pl: (value: string) => value.replace(/a/g, 'ą').replace(/e/g, 'ę').replace(/o/g, 'ó'),
}

/** What a translator makes of a Dutch text: words change, placeholders stay. */
const translated = (dutch: string, translate: (value: string) => string) =>
  dutch
    .split(/(\{\{\w+\}\})/)
    .map((part, index) => (index % 2 ? part : translate(part)))
    .join('')

/** Fills every empty target with the translated source, keeping every code where it was. */
const translateFile = (
  xml: string,
  translate: (value: string) => string,
  pick: (unitId: string) => boolean = () => true,
) =>
  xml.replace(
    /<unit id="([^"]+)"([^>]*)>([\s\S]*?)<source>([\s\S]*?)<\/source>\s*<target><\/target>/g,
    (match, unitId: string, attributes: string, before: string, source: string) => {
      if (!pick(unitId)) return match
      const target = source
        .split(/(<[^>]+>)/)
        .map((part) => (part.startsWith('<') ? part : translate(part)))
        .join('')
      return `<unit id="${unitId}"${attributes}>${before}<source>${source}</source>\n<target>${target}</target>`
    },
  )

const withTarget = (xml: string, unitId: string, target: string) =>
  xml.replace(
    new RegExp(`(<unit id="${unitId.replace(/\./g, '\\.')}"[^>]*>[\\s\\S]*?<target>)(</target>)`),
    (_, start: string, end: string) => `${start}${target}${end}`,
  )

/** The rich text without words and reading direction: formatting, links, lists and breaks. */
const skeleton = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value), (key, entry) =>
    key === 'text' || key === 'direction' ? '' : entry,
  )

const directionsOf = (value: unknown): string[] => {
  const found = new Set<string>()
  JSON.parse(JSON.stringify(value), (key, entry) => {
    if (key === 'direction') found.add(entry)
    return entry
  })
  return [...found]
}

const textsOf = (value: unknown): string[] => {
  const found: string[] = []
  JSON.parse(JSON.stringify(value), (key, entry) => {
    if (key === 'text') found.push(entry)
    return entry
  })
  return found
}

const statusOf = async (collection: string, id: string | number) => {
  const overview = await loadTranslationOverview({ payload })
  return overview.find(
    (entry) => entry.collection === collection && String(entry.id) === String(id),
  )
}

beforeAll(async () => {
  payload = await startPayload()
  fixtures = createFixtures(payload)
  // Outside the fixtures: those are cleaned after every test, the adviser serves them all.
  adviser = await payload.create({
    collection: 'users',
    data: { email: 'vertalingen@test.example', password: testPassword, roles: ['regio-redactie'] },
  })
})

afterEach(async () => {
  for (const id of editionIds.splice(0)) {
    await payload.delete({ collection: 'newsletter-editions', id }).catch(() => undefined)
  }
  await fixtures.cleanup()
})

afterAll(async () => {
  await payload.delete({ collection: 'users', id: adviser.id })
  await payload.destroy()
})

describe('translation state', () => {
  it('should mark a translation outdated after the Dutch text changes, and missing where none exists', async () => {
    const block = await fixtures.buildingBlock('arnhem', {
      title: 'Oranje verlichting',
      summary: 'Het stadhuis kleurt oranje.',
    })
    await payload.update({
      collection: 'building-blocks',
      id: block.id,
      locale: 'pl',
      data: { title: 'Pomarańczowe oświetlenie', summary: 'Ratusz świeci na pomarańczowo.' },
      context: { skipReviewWorkflow: true },
    })
    const before = await statusOf('building-blocks', block.id)
    expect(before?.languages.pl?.state).toBe('current')
    expect(before?.languages.ar?.state).toBe('missing')

    await payload.update({
      collection: 'building-blocks',
      id: block.id,
      locale: 'nl',
      data: { summary: 'Het stadhuis en de Eusebiuskerk kleuren oranje.' },
      context: { skipReviewWorkflow: true },
    })
    const after = await statusOf('building-blocks', block.id)
    expect(after?.languages.pl?.state).toBe('outdated')
    expect(after?.languages.pl?.outdatedFields).toEqual(['Samenvatting'])
    expect(after?.languages.ar?.state).toBe('missing')

    await payload.update({
      collection: 'building-blocks',
      id: block.id,
      locale: 'pl',
      data: { summary: 'Ratusz i kościół świecą na pomarańczowo.' },
      context: { skipReviewWorkflow: true },
    })
    expect((await statusOf('building-blocks', block.id))?.languages.pl?.state).toBe('current')
  })

  it('should put an edition with a send date and its blocks before other blocks', async () => {
    const loose = await fixtures.buildingBlock('aalten', {
      title: 'Losse bouwsteen',
      reviewStatus: 'approved',
    })
    const used = await fixtures.buildingBlock('arnhem', {
      title: 'Gebruikte bouwsteen',
      reviewStatus: 'approved',
    })
    const edition = await payload.create({
      collection: 'newsletter-editions',
      data: {
        title: 'Novembereditie',
        sendAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        sections: [{ heading: 'Nieuws', blocks: [used.id] }],
      },
      draft: true,
    })
    editionIds.push(edition.id)
    const ids = (await loadTranslationOverview({ payload }))
      .filter((entry) => entry.languages.ar)
      .map((entry) => `${entry.collection}:${entry.id}`)
    expect(ids.indexOf(`newsletter-editions:${edition.id}`)).toBeLessThan(
      ids.indexOf(`building-blocks:${used.id}`),
    )
    expect(ids.indexOf(`building-blocks:${used.id}`)).toBeLessThan(
      ids.indexOf(`building-blocks:${loose.id}`),
    )
  })
})

describe('export and import', () => {
  it('should bring Arabic and Polish back into the right fields with markup and placeholders intact', async () => {
    const block = await fixtures.buildingBlock('arnhem', {
      title: 'Hulp voor {{firstName}}',
      summary: 'Eerste regel.\nTweede regel met {{municipality}}.',
      body: dutchBody() as never,
      link: { url: 'https://example.org', label: 'Naar de website' },
      reviewStatus: 'approved',
    })
    const edition = await payload.create({
      collection: 'newsletter-editions',
      data: {
        title: 'Decembereditie',
        status: 'draft',
        intro: 'Hallo {{firstName}}, dit is de laatste editie van het jaar.',
        sections: [{ heading: 'Uit de gemeenten', blocks: [block.id] }],
        _status: 'published',
      },
    })
    editionIds.push(edition.id)

    for (const locale of ['ar', 'pl'] as const) {
      const translate = translators[locale]
      const { xml, units } = await exportTranslations({ payload, locale })
      expect(xml).toContain('version="2.0"')
      expect(xml).toContain(`trgLang="${locale}"`)
      expect(xml).toContain('equiv="{{firstName}}"')
      expect(units).toBeGreaterThanOrEqual(8)

      const report = await importTranslations({
        payload,
        xml: translateFile(xml, translate),
        user: adviser,
      })
      expect(report.rejected).toBe(0)
      expect(report.saved).toBe(units)
      expect(
        report.units
          .filter(({ fileId }) => fileId.startsWith('newsletter-editions'))
          .map(({ reason }) => reason),
      ).toContain('als concept')

      const result = await payload.findByID({
        collection: 'building-blocks',
        id: block.id,
        locale,
        fallbackLocale: false,
      })
      expect(result.title).toBe(translated('Hulp voor {{firstName}}', translate))
      expect(result.summary).toBe(
        translated('Eerste regel.\nTweede regel met {{municipality}}.', translate),
      )
      expect(result.link?.label).toBe(translate('Naar de website'))
      expect(result.link?.url).toBe('https://example.org')
      expect(skeleton(result.body)).toEqual(skeleton(dutchBody()))
      expect(directionsOf(result.body)).toEqual([locale === 'ar' ? 'rtl' : 'ltr'])
      expect(textsOf(result.body)).toEqual(
        textsOf(dutchBody()).map((value) => translated(value, translate)),
      )
      expect(result.reviewStatus).toBe('approved')

      const draft = await payload.findByID({
        collection: 'newsletter-editions',
        id: edition.id,
        locale,
        fallbackLocale: false,
        draft: true,
      })
      expect(draft.title).toBe(translate('Decembereditie'))
      expect(draft.intro).toBe(
        translated('Hallo {{firstName}}, dit is de laatste editie van het jaar.', translate),
      )
      expect(draft.sections?.[0]?.heading).toBe(translate('Uit de gemeenten'))
      const published = await payload.findByID({
        collection: 'newsletter-editions',
        id: edition.id,
        locale,
        fallbackLocale: false,
      })
      expect(published.title ?? null).toBeNull()

      const status = await statusOf('building-blocks', block.id)
      expect(status?.languages[locale]?.state).toBe('current')
    }

    const dutch = await payload.findByID({
      collection: 'building-blocks',
      id: block.id,
      locale: 'nl',
    })
    expect(dutch.title).toBe('Hulp voor {{firstName}}')
    expect(dutch.body).toEqual(dutchBody())
    const arabic = await payload.findByID({
      collection: 'building-blocks',
      id: block.id,
      locale: 'ar',
      fallbackLocale: false,
    })
    expect(arabic.title).toBe('HULP VOOR {{firstName}}')
    const draftDutch = await payload.findByID({
      collection: 'newsletter-editions',
      id: edition.id,
      locale: 'nl',
      draft: true,
    })
    expect(draftDutch.sections?.[0]?.heading).toBe('Uit de gemeenten')
    const draftArabic = await payload.findByID({
      collection: 'newsletter-editions',
      id: edition.id,
      locale: 'ar',
      fallbackLocale: false,
      draft: true,
    })
    expect(draftArabic.sections?.[0]?.heading).toBe('UIT DE GEMEENTEN')
  })

  it('should report a hostile file per unit and overwrite nothing', async () => {
    const block = await fixtures.buildingBlock('winterswijk', {
      title: 'Oproep aan verenigingen',
      summary: 'Doe mee met {{municipality}}.',
      body: richText(
        paragraph(text('Eerste alinea.')),
        paragraph(text('Tweede alinea in {{municipality}}.')),
      ) as never,
      link: { url: 'https://example.org', label: 'Meer weten' },
    })
    await payload.update({
      collection: 'building-blocks',
      id: block.id,
      locale: 'pl',
      data: { title: 'Stary tytuł' },
      context: { skipReviewWorkflow: true },
    })
    const { xml } = await exportTranslations({ payload, locale: 'pl' })
    const fileId = `building-blocks:${block.id}`
    expect(xml).toContain(`<file id="${fileId}">`)

    // The Dutch summary changes after the export.
    await payload.update({
      collection: 'building-blocks',
      id: block.id,
      locale: 'nl',
      data: { summary: 'Doe allemaal mee met {{municipality}}.' },
      context: { skipReviewWorkflow: true },
    })
    let hostile = translateFile(xml, translators.pl, (unitId) => unitId === 'summary')
    hostile = withTarget(hostile, 'link.label', 'Więcej <script>alert(1)</script>')
    hostile = withTarget(hostile, 'body.t0', 'Pierwszy &lt;img src=x onerror=alert(1)&gt;')
    hostile = withTarget(hostile, 'body.t1', 'Drugi akapit bez miejsca.')
    hostile = hostile.replace(
      '</file>',
      '<unit id="reviewStatus" sv:sourceHash="x"><segment><source>x</source><target>approved</target></segment></unit></file>' +
        '<file id="users:1"><unit id="email"><segment><source>a</source><target>b@evil.example</target></segment></unit></file>' +
        '<file id="building-blocks:999999"><unit id="title"><segment><source>a</source><target>b</target></segment></unit></file>',
    )

    const report = await importTranslations({ payload, xml: hostile, user: adviser })
    const reasonOf = (unitId: string, file = fileId) =>
      report.units.find((unit) => unit.fileId === file && unit.unitId === unitId)?.reason
    expect(report.saved).toBe(0)
    expect(reasonOf('summary')).toMatch(/veranderd sinds de export/)
    expect(reasonOf('link.label')).toMatch(/onbekende opmaak <script>/)
    expect(reasonOf('body.t0')).toMatch(/HTML-opmaak/)
    expect(reasonOf('body.t1')).toMatch(/ontbreekt.*\{\{municipality\}\}/)
    expect(reasonOf('reviewStatus')).toMatch(/onbekend veld/)
    expect(reasonOf('email', 'users:1')).toMatch(/onbekende collectie/)
    expect(reasonOf('title', 'building-blocks:999999')).toMatch(/bestaat niet/)

    const polish = await payload.findByID({
      collection: 'building-blocks',
      id: block.id,
      locale: 'pl',
      fallbackLocale: false,
    })
    expect(polish.title).toBe('Stary tytuł')
    expect(polish.summary ?? null).toBeNull()
    expect(polish.body ?? null).toBeNull()
    expect(polish.link?.label ?? null).toBeNull()
    const dutch = await payload.findByID({
      collection: 'building-blocks',
      id: block.id,
      locale: 'nl',
    })
    expect(dutch.summary).toBe('Doe allemaal mee met {{municipality}}.')
    expect(dutch.reviewStatus).toBe('draft')
  })

  it('should refuse the endpoints to local editors and serve the export to the regional editors', async () => {
    const editor = await fixtures.user({
      email: 'lokaal.vertalingen@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['arnhem'],
    })
    const login = async (email: string) =>
      (await payload.login({ collection: 'users', data: { email, password: testPassword } })).token!
    const editorToken = await login(editor.email)
    expect(
      (await rest('GET', '/api/translations/export?locale=ar', { token: editorToken })).status,
    ).toBe(403)
    expect(
      (await rest('POST', '/api/translations/import', { token: editorToken, body: '<xliff/>' }))
        .status,
    ).toBe(403)
    expect((await rest('GET', '/api/translations/status', { token: editorToken })).status).toBe(403)

    await fixtures.buildingBlock('arnhem', { title: 'Voor de export' })
    const adviserToken = await login(adviser.email)
    const exported = await rest('GET', '/api/translations/export?locale=tr', {
      token: adviserToken,
    })
    expect(exported.status).toBe(200)
    const garbage = await rest('POST', '/api/translations/import', {
      token: adviserToken,
      body: 'geen xml',
    })
    expect(garbage.status).toBe(400)
  })

  it('should translate the seeded pack templates’ rows and the packs, keeping their other languages', async () => {
    await ensureDemoPacks(payload)
    const overview = await loadTranslationOverview({ payload })
    const templates = overview.filter((entry) => entry.collection === 'pack-templates')
    expect(templates).toHaveLength(4)
    for (const template of templates) {
      expect(template.languages.en?.state).toBe('current')
      expect(template.languages.ar?.state).toBe('current')
      expect(template.languages.tr?.state).toBe('missing')
    }

    const { xml } = await exportTranslations({ payload, locale: 'tr' })
    const schools =
      templates.find((entry) => entry.title.toLowerCase().includes('school')) ?? templates[0]
    const fileId = `pack-templates:${schools.id}`
    expect(xml).toMatch(
      new RegExp(`<file id="${fileId}">[\\s\\S]*?<unit id="sections\\.[0-9a-f]+\\.title"`),
    )
    const report = await importTranslations({
      payload,
      xml: translateFile(xml, (value) => value.toUpperCase()),
      user: adviser,
    })
    expect(report.rejected).toBe(0)
    expect(report.saved).toBeGreaterThan(4)

    const turkish = await payload.findByID({
      collection: 'pack-templates',
      id: schools.id,
      locale: 'tr',
      fallbackLocale: false,
      draft: true,
    })
    const dutch = await payload.findByID({
      collection: 'pack-templates',
      id: schools.id,
      locale: 'nl',
      draft: true,
    })
    expect(turkish.title).toBe(dutch.title.toUpperCase())
    expect(turkish.sections?.[0]?.title).toBe(dutch.sections?.[0]?.title.toUpperCase())
    const english = await payload.findByID({
      collection: 'pack-templates',
      id: schools.id,
      locale: 'en',
      fallbackLocale: false,
      draft: true,
    })
    expect(english.sections?.[0]?.title).not.toBe(dutch.sections?.[0]?.title)
    expect(english.sections?.[0]?.title).toBeTruthy()
    const after = await statusOf('pack-templates', schools.id)
    expect(after?.languages.tr?.state).toBe('current')
    expect(after?.languages.en?.state).toBe('current')

    const [pack] = (
      await payload.find({ collection: 'communication-packs', draft: true, limit: 1, depth: 0 })
    ).docs
    const turkishPack = await payload.findByID({
      collection: 'communication-packs',
      id: pack.id,
      locale: 'tr',
      fallbackLocale: false,
      draft: true,
    })
    expect(turkishPack.title).toBe(pack.title?.toUpperCase())
    expect((await statusOf('communication-packs', pack.id))?.languages.tr?.state).toBe('current')
  })
})

describe('municipality texts', () => {
  it('should show a municipality’s own texts as outdated after a Dutch edit and bring a translation back', async () => {
    const {
      docs: [berkelland],
    } = await payload.find({
      collection: 'municipalities',
      where: { slug: { equals: 'berkelland' } },
      depth: 0,
      limit: 1,
    })
    const original = await payload.findByID({
      collection: 'municipalities',
      id: berkelland.id,
      locale: 'all',
      depth: 0,
    })
    try {
      await payload.update({
        collection: 'municipalities',
        id: berkelland.id,
        locale: 'nl',
        data: { localTeam: { openingHours: 'Maandag tot en met vrijdag 9.00–17.00 uur' } },
      })
      await payload.update({
        collection: 'municipalities',
        id: berkelland.id,
        locale: 'pl',
        data: { localTeam: { openingHours: 'Od poniedziałku do piątku 9.00–17.00' } },
      })
      expect((await statusOf('municipalities', berkelland.id))?.languages.pl?.state).toBe('current')

      await payload.update({
        collection: 'municipalities',
        id: berkelland.id,
        locale: 'nl',
        data: { localTeam: { openingHours: 'Maandag tot en met donderdag 9.00–17.00 uur' } },
      })
      expect((await statusOf('municipalities', berkelland.id))?.languages.pl?.state).toBe(
        'outdated',
      )

      const { xml } = await exportTranslations({ payload, locale: 'pl' })
      expect(xml).toContain('Maandag tot en met donderdag')
      const report = await importTranslations({
        payload,
        xml: translateFile(xml, translators.pl, (unitId) => unitId.includes('openingHours')),
        user: adviser,
      })
      expect(report.rejected).toBe(0)
      expect(report.units.filter(({ outcome }) => outcome === 'saved')).toHaveLength(1)
      const polish = await payload.findByID({
        collection: 'municipalities',
        id: berkelland.id,
        locale: 'pl',
        fallbackLocale: false,
        depth: 0,
      })
      expect(polish.localTeam?.openingHours).toBe(
        translators.pl('Maandag tot en met donderdag 9.00–17.00 uur'),
      )
      const dutch = await payload.findByID({
        collection: 'municipalities',
        id: berkelland.id,
        locale: 'nl',
        depth: 0,
      })
      expect(dutch.localTeam?.openingHours).toBe('Maandag tot en met donderdag 9.00–17.00 uur')
      expect((await statusOf('municipalities', berkelland.id))?.languages.pl?.state).toBe('current')
    } finally {
      const openingHours = (original.localTeam as { openingHours?: Record<string, string | null> })
        ?.openingHours
      for (const locale of ['nl', 'pl'] as const) {
        await payload.update({
          collection: 'municipalities',
          id: berkelland.id,
          locale,
          data: { localTeam: { openingHours: openingHours?.[locale] ?? null } },
        })
      }
    }
  })
})
