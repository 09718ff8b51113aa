import { describe, expect, it } from 'vitest'

import { ensureDemoPacks } from '@/seed/packs'
import { exportTranslations } from '@/translations/exportFile'
import { importTranslations } from '@/translations/importFile'
import { loadTranslationOverview } from '@/translations/overview'

import {
  restoreMunicipalityTexts,
  statusOf,
  translateFile,
  useTranslating,
} from '../support/translations'

// What the pack seed makes, those that point at others first.
const { payload, fixtures, users } = useTranslating({
  emptyAfterEach: ['communication-packs', 'pack-templates', 'media'],
})

describe('translating packs', () => {
  it('should translate the seeded pack templates’ rows and the packs, keeping their other languages', async () => {
    await restoreMunicipalityTexts({ payload, fixtures, locales: ['tr'] })
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
      user: users.adviser,
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
    const after = await statusOf(payload, 'pack-templates', schools.id)
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
    expect((await statusOf(payload, 'communication-packs', pack.id))?.languages.tr?.state).toBe(
      'current',
    )
  })
})
