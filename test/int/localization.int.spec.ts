import { describe, expect, it } from 'vitest'

import { useIntegration } from '../support/integration'

const { payload, fixtures } = useIntegration()

describe('localized building blocks', () => {
  it('should fall back to Dutch per field when a block is read in Arabic or Turkish', async () => {
    const block = await fixtures.buildingBlock('arnhem', {
      title: 'Week tegen Kindermishandeling',
      summary: 'Doe mee in de week van 16 november.',
    })
    await payload.update({
      collection: 'building-blocks',
      id: block.id,
      locale: 'ar',
      data: { title: 'أسبوع مكافحة إساءة معاملة الأطفال' },
    })

    const arabic = await payload.findByID({
      collection: 'building-blocks',
      id: block.id,
      locale: 'ar',
    })
    expect(arabic.title).toBe('أسبوع مكافحة إساءة معاملة الأطفال')
    expect(arabic.summary).toBe('Doe mee in de week van 16 november.')

    const turkish = await payload.findByID({
      collection: 'building-blocks',
      id: block.id,
      locale: 'tr',
    })
    expect(turkish.title).toBe('Week tegen Kindermishandeling')
    expect(turkish.summary).toBe('Doe mee in de week van 16 november.')
  })

  it('should return every written language with locale=all', async () => {
    const block = await fixtures.buildingBlock('winterswijk', { title: 'Oproep aan verenigingen' })
    await payload.update({
      collection: 'building-blocks',
      id: block.id,
      locale: 'en',
      data: { title: 'A call to clubs' },
    })

    const all = (await payload.findByID({
      collection: 'building-blocks',
      id: block.id,
      locale: 'all',
    })) as unknown as { title: Record<string, string> }
    expect(all.title).toMatchObject({ nl: 'Oproep aan verenigingen', en: 'A call to clubs' })
    expect(all.title.ar).toBeUndefined()
  })
})
