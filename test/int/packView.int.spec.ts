import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { CommunicationPacks } from '@/collections/CommunicationPacks'
import { PackTemplates } from '@/collections/PackTemplates'
import type { User } from '@/payload-types'
import { loadPackView } from '@/portal/packs'
import { packPreviewPath } from '@/portal/previewUrl'
import { plainText, richText } from '@/seed/lexical'

import { useIntegration } from '../support/integration'
import { useDemoPacks } from '../support/packs'

const { payload, fixtures } = useIntegration()
const packs = useDemoPacks({ payload, fixtures })
const { templateFor, makePack, sectionOf } = packs

describe('loadPackView', () => {
  it('should take the route to help from the municipality and its region', async () => {
    await makePack('bronckhorst', 'volunteer-organisations', {
      routeNote: 'Inloop in het dorpshuis',
    })
    const view = await loadPackView(payload, {
      municipalitySlug: 'bronckhorst',
      audienceSlug: 'vrijwilligersorganisaties',
      locale: 'nl',
    })
    const municipality = await payload.findByID({
      collection: 'municipalities',
      id: await fixtures.municipalityId('bronckhorst'),
      locale: 'nl',
    })
    // The fixture's local details are not checked: the public sees the regional route only.
    expect(municipality.localTeam?.name).toBeTruthy()
    expect(view!.route.local).toBeNull()
    expect(view!.route.veiligThuis).toMatchObject({
      organisation: 'Veilig Thuis Noord Oost Gelderland',
      phone: '0800-2000',
    })
    expect(view!.route.referralIndex?.name).toBe('Multisignaal')
    expect(view!.route.routeNote).toBe('Inloop in het dorpshuis')

    await makePack('rheden', 'volunteer-organisations')
    const centraal = await loadPackView(payload, {
      municipalitySlug: 'rheden',
      audienceSlug: 'vrijwilligersorganisaties',
      locale: 'nl',
    })
    expect(centraal!.route.referralIndex?.name).toBe('VIRA')
    expect(centraal!.route.veiligThuis?.organisation).toBe('Veilig Thuis Gelderland-Midden')
  })

  it('should leave out sections switched off and add the local note', async () => {
    const pack = await makePack('aalten', 'sports-clubs')
    const campaigns = sectionOf(pack, 'sports-clubs', 'national-campaigns')
    const norm = sectionOf(pack, 'sports-clubs', 'norm')
    await payload.update({
      collection: 'communication-packs',
      id: pack.id,
      locale: 'nl',
      data: {
        sectionChoices: pack.sectionChoices!.map((choice) =>
          choice.id === campaigns.id
            ? { ...choice, include: false }
            : choice.id === norm.id
              ? { ...choice, localNote: richText([{ paragraph: 'Onze club heeft een VCP.' }]) }
              : choice,
        ),
      },
    })
    const view = await loadPackView(payload, {
      municipalitySlug: 'aalten',
      audienceSlug: 'verenigingen',
      locale: 'nl',
    })
    expect(view!.sections.map(({ point }) => point)).toEqual([
      'reporting-code',
      'norm',
      'help-nearby',
    ])
    expect(plainText(view!.sections.find(({ point }) => point === 'norm')!.localNote)).toBe(
      'Onze club heeft een VCP.',
    )
  })
})

describe('followTemplate', () => {
  it('should add a section the template gained when the pack is saved, switched on', async () => {
    const pack = await makePack('aalten', 'volunteer-organisations')
    const template = await payload.findByID({
      collection: 'pack-templates',
      id: templateFor('volunteer-organisations').id,
      locale: 'nl',
    })
    const originalSections = template.sections!
    await fixtures.update({
      collection: 'pack-templates',
      id: template.id,
      locale: 'nl',
      data: { sections: [...originalSections, { point: 'other', title: 'Nieuw onderdeel' }] },
    })
    const saved = await payload.update({
      collection: 'communication-packs',
      id: pack.id,
      locale: 'nl',
      data: { routeNote: 'Opnieuw opgeslagen' },
    })
    expect(saved.sectionChoices).toHaveLength(originalSections.length + 1)
    const added = saved.sectionChoices!.at(-1)!
    expect(added).toMatchObject({ heading: 'Nieuw onderdeel', include: true })
    // Earlier choices keep their row.
    expect(saved.sectionChoices!.slice(0, -1).map(({ id }) => id)).toEqual(
      pack.sectionChoices!.map(({ id }) => id),
    )
  })
})

describe('preview', () => {
  const previewOptions = (locale: string, user?: User) => ({
    locale,
    token: null,
    req: {
      payload,
      user: user ? { ...user, collection: 'users' } : null,
    } as unknown as PayloadRequest,
  })

  it('should point a pack’s preview at its public page’s preview route in the language being edited', async () => {
    const pack = await makePack('aalten', 'schools')
    const url = await CommunicationPacks.admin!.preview!(
      pack as unknown as Record<string, unknown>,
      previewOptions('ar'),
    )
    expect(url).toBe('/ar/gemeente/aalten/scholen/voorbeeld')
    expect(url).toBe(
      packPreviewPath({ locale: 'ar', municipalitySlug: 'aalten', audienceSlug: 'scholen' }),
    )
    expect(
      await CommunicationPacks.admin!.preview!(
        { ...pack, audience: undefined },
        previewOptions('nl'),
      ),
    ).toBeNull()
  })

  it('should preview a template inside the editor’s own municipality’s pack when it has one', async () => {
    await makePack('aalten', 'schools')
    const template = templateFor('schools') as unknown as Record<string, unknown>
    expect(await PackTemplates.admin!.preview!(template, previewOptions('nl', packs.editor))).toBe(
      '/nl/gemeente/aalten/scholen/voorbeeld',
    )
    expect(await PackTemplates.admin!.preview!(template, previewOptions('en'))).toMatch(
      /^\/en\/gemeente\/[a-z-]+\/scholen\/voorbeeld$/,
    )
  })
})
