import { describe, expect, it } from 'vitest'

import { municipalitiesWithPacks } from '@/app/(site)/portal'
import { loadPackView, packAudiencesOf } from '@/portal/packs'
import { richText } from '@/seed/lexical'

import { useIntegration } from '../support/integration'

const { payload, fixtures } = useIntegration()

const schoolsTemplate = (data: { title?: string } = {}) =>
  fixtures.packTemplate({
    ...data,
    sections: [
      {
        point: 'norm',
        title: 'De norm',
        body: richText([{ paragraph: 'Geweld hoort nergens thuis' }]),
      },
      { point: 'help-nearby', title: 'Hulp dichtbij' },
    ],
    materials: [{ kind: 'poster', title: 'Poster', schoolYearStart: true }],
  })

describe('the public pack view', () => {
  it('should show a published pack to visitors and the regional version instead of a draft', async () => {
    const { id: templateId } = await schoolsTemplate({ title: 'Regionaal pakket voor scholen' })
    const municipalityId = await fixtures.municipalityId('doesburg')
    const pack = await fixtures.pack({
      municipality: 'doesburg',
      template: templateId,
      title: 'Pakket voor scholen',
      status: 'draft',
    })
    const asVisitor = () =>
      loadPackView(payload, { municipalitySlug: 'doesburg', audienceSlug: 'scholen', locale: 'nl' })
    const homeListing = async () =>
      (await municipalitiesWithPacks())
        .find(({ slug }) => slug === 'doesburg')
        ?.audiences.map(({ slug }) => slug)
    const regional = await asVisitor()
    expect(regional?.isRegional).toBe(true)
    expect(regional?.title).toBe('Regionaal pakket voor scholen')
    expect(await packAudiencesOf(payload, municipalityId)).toEqual([
      { slug: 'scholen', value: 'schools', isRegional: true },
    ])
    expect(await homeListing()).toEqual(['scholen'])
    const preview = await loadPackView(payload, {
      municipalitySlug: 'doesburg',
      audienceSlug: 'scholen',
      locale: 'nl',
      draft: true,
    })
    expect(preview?.title).toBe('Pakket voor scholen')

    await payload.update({
      collection: 'communication-packs',
      id: pack.id,
      data: { _status: 'published' },
    })
    const view = await asVisitor()
    expect(view?.title).toBe('Pakket voor scholen')
    expect(view?.isRegional).toBe(false)
    expect(view?.sections.map(({ title }) => title)).toEqual(['De norm', 'Hulp dichtbij'])
    expect(view?.materials[0]?.schoolYearStart).toBe(true)
    expect(await packAudiencesOf(payload, municipalityId)).toEqual([
      { slug: 'scholen', value: 'schools', isRegional: false },
    ])
    expect(await homeListing()).toEqual(['scholen'])

    // A newer draft of the template stays off the portal until the region publishes it...
    await payload.update({
      collection: 'pack-templates',
      id: templateId,
      draft: true,
      data: { title: 'Nieuwe titel in de maak', _status: 'draft' },
    })
    expect((await asVisitor())?.title).toBe('Pakket voor scholen')
    // ...and a template taken off line takes its packs with it.
    await payload.update({
      collection: 'pack-templates',
      id: templateId,
      data: { _status: 'draft' },
    })
    expect(await asVisitor()).toBeNull()
  })
})
