import { describe, expect, it } from 'vitest'

import { exportTranslations } from '@/translations/exportFile'
import { importTranslations } from '@/translations/importFile'

import {
  directionsOf,
  dutchBody,
  paragraph,
  restoreMunicipalityTexts,
  richText,
  skeleton,
  statusOf,
  text,
  textsOf,
  translated,
  translateFile,
  translators,
  useTranslating,
  withTarget,
} from '../support/translations'

const { payload, fixtures, users } = useTranslating()

describe('export and import', () => {
  it('should bring Arabic and Polish back into the right fields with markup and placeholders intact', async () => {
    await restoreMunicipalityTexts({ payload, fixtures, locales: ['ar', 'pl'] })
    const block = await fixtures.buildingBlock('arnhem', {
      title: 'Hulp voor {{firstName}}',
      summary: 'Eerste regel.\nTweede regel met {{municipality}}.',
      body: dutchBody() as never,
      link: { url: 'https://example.org', label: 'Naar de website' },
      reviewStatus: 'approved',
    })
    const edition = await fixtures.edition({
      title: 'Decembereditie',
      intro: 'Hallo {{firstName}}, dit is de laatste editie van het jaar.',
      heading: 'Uit de gemeenten',
      blocks: [block.id],
      _status: 'published',
    })

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
        user: users.adviser,
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

      const status = await statusOf(payload, 'building-blocks', block.id)
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

    const report = await importTranslations({ payload, xml: hostile, user: users.adviser })
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
})
