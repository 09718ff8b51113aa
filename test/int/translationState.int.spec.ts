import { describe, expect, it, vi } from 'vitest'

import { exportTranslations } from '@/translations/exportFile'
import { importTranslations } from '@/translations/importFile'
import { loadTranslationOverview } from '@/translations/overview'

import { statusOf, translateFile, translators, useTranslating } from '../support/translations'

const { payload, fixtures, users } = useTranslating()

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
    const before = await statusOf(payload, 'building-blocks', block.id)
    expect(before?.languages.pl?.state).toBe('current')
    expect(before?.languages.ar?.state).toBe('missing')

    await payload.update({
      collection: 'building-blocks',
      id: block.id,
      locale: 'nl',
      data: { summary: 'Het stadhuis en de Eusebiuskerk kleuren oranje.' },
      context: { skipReviewWorkflow: true },
    })
    const after = await statusOf(payload, 'building-blocks', block.id)
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
    expect((await statusOf(payload, 'building-blocks', block.id))?.languages.pl?.state).toBe(
      'current',
    )
  })

  it('should read the versions of a document again only after it changed', async () => {
    const block = await fixtures.buildingBlock('arnhem', {
      title: 'Eenmaal gelezen',
      summary: 'De geschiedenis wordt bewaard.',
    })
    await loadTranslationOverview({ payload })
    const findVersions = vi.spyOn(payload.db, 'findVersions')
    try {
      await loadTranslationOverview({ payload })
      expect(findVersions).not.toHaveBeenCalled()

      await payload.update({
        collection: 'building-blocks',
        id: block.id,
        locale: 'pl',
        data: { title: 'Przeczytane raz', summary: 'Historia jest przechowywana.' },
        context: { skipReviewWorkflow: true },
      })
      // Saving reads versions of its own; only what the overview reads counts here.
      findVersions.mockClear()
      const overview = await loadTranslationOverview({ payload })
      expect(findVersions).toHaveBeenCalledTimes(1)
      expect(JSON.stringify(findVersions.mock.calls[0]![0].where)).toContain(
        JSON.stringify({ parent: { in: [block.id] } }),
      )
      const entry = overview.find(
        ({ collection, id }) => collection === 'building-blocks' && id === block.id,
      )
      expect(entry?.languages.pl?.state).toBe('current')
    } finally {
      findVersions.mockRestore()
    }
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
    const edition = await fixtures.edition(
      {
        title: 'Novembereditie',
        sendAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        heading: 'Nieuws',
        blocks: [used.id],
      },
      { draft: true },
    )
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
    await fixtures.update({
      collection: 'municipalities',
      id: berkelland.id,
      locale: 'nl',
      data: { localTeam: { openingHours: 'Maandag tot en met vrijdag 9.00–17.00 uur' } },
    })
    await fixtures.update({
      collection: 'municipalities',
      id: berkelland.id,
      locale: 'pl',
      data: { localTeam: { openingHours: 'Od poniedziałku do piątku 9.00–17.00' } },
    })
    expect((await statusOf(payload, 'municipalities', berkelland.id))?.languages.pl?.state).toBe(
      'current',
    )

    await fixtures.update({
      collection: 'municipalities',
      id: berkelland.id,
      locale: 'nl',
      data: { localTeam: { openingHours: 'Maandag tot en met donderdag 9.00–17.00 uur' } },
    })
    expect((await statusOf(payload, 'municipalities', berkelland.id))?.languages.pl?.state).toBe(
      'outdated',
    )

    const { xml } = await exportTranslations({ payload, locale: 'pl' })
    expect(xml).toContain('Maandag tot en met donderdag')
    const report = await importTranslations({
      payload,
      // Berkelland's opening hours only: the file holds every municipality's untranslated texts.
      xml: translateFile(
        xml,
        translators.pl,
        (unitId, fileId) =>
          fileId === `municipalities:${berkelland.id}` && unitId.includes('openingHours'),
      ),
      user: users.adviser,
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
    expect((await statusOf(payload, 'municipalities', berkelland.id))?.languages.pl?.state).toBe(
      'current',
    )
  })
})
