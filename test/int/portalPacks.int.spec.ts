import { describe, expect, it } from 'vitest'

import { municipalitiesWithPacks } from '@/app/(site)/portal'
import { loadPackView, publishedAudiencesOf } from '@/portal/packs'
import { richText } from '@/seed/lexical'

import { useIntegration } from '../support/integration'

const { payload, fixtures } = useIntegration()

const schoolsTemplate = () =>
  fixtures.packTemplate({
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
  it('should show a published pack to visitors and never a draft-only one', async () => {
    const { id: templateId } = await schoolsTemplate()
    const municipalityId = await fixtures.municipalityId('doesburg')
    const pack = await fixtures.pack({
      municipality: 'doesburg',
      template: templateId,
      status: 'draft',
    })
    const asVisitor = () =>
      loadPackView(payload, { municipalitySlug: 'doesburg', audienceSlug: 'scholen', locale: 'nl' })
    const homeListing = async () =>
      (await municipalitiesWithPacks())
        .find(({ slug }) => slug === 'doesburg')
        ?.audiences.map(({ slug }) => slug)
    expect(await asVisitor()).toBeNull()
    expect(await publishedAudiencesOf(payload, municipalityId)).toEqual([])
    expect(await homeListing()).toEqual([])
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
    expect(view?.sections.map(({ title }) => title)).toEqual(['De norm', 'Hulp dichtbij'])
    expect(view?.materials[0]?.schoolYearStart).toBe(true)
    expect((await publishedAudiencesOf(payload, municipalityId)).map(({ slug }) => slug)).toEqual([
      'scholen',
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
