import type { Payload, PayloadRequest } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { CommunicationPacks } from '@/collections/CommunicationPacks'
import { PackTemplates } from '@/collections/PackTemplates'
import type { CommunicationPack, PackTemplate, User } from '@/payload-types'
import { loadPackView } from '@/portal/packs'
import { packPreviewPath } from '@/portal/previewUrl'
import { plainText, richText } from '@/seed/lexical'
import { ensureDemoPacks, localTailorings, packTemplateContents } from '@/seed/packs'
import { createFixtures, testPassword } from '../support/fixtures'
import { startPayload } from '../support/payload'
import { rest } from '../support/rest'

let payload: Payload
let fixtures: ReturnType<typeof createFixtures>
let seeded: Awaited<ReturnType<typeof ensureDemoPacks>>
let templates: Map<string, PackTemplate>
let editor: User
let token: string
const createdPacks: (number | string)[] = []

const templateFor = (audience: string) => templates.get(audience)!

/** A pack made directly (as the seed or a regional editor would), removed after the test. */
const makePack = async (
  municipality: string,
  audience: string,
  {
    status = 'published',
    introduction = `Inleiding van ${municipality}`,
    ...data
  }: Partial<Omit<CommunicationPack, 'introduction'>> & {
    status?: 'draft' | 'published'
    introduction?: string
  } = {},
) => {
  const pack = await payload.create({
    collection: 'communication-packs',
    locale: 'nl',
    draft: status === 'draft',
    data: {
      ...data,
      municipality: await fixtures.municipalityId(municipality),
      template: templateFor(audience).id,
      introduction: richText([{ paragraph: introduction }]),
      _status: status,
    },
  })
  createdPacks.push(pack.id)
  return pack
}

const sectionOf = (pack: CommunicationPack, audience: string, point: string) => {
  const section = templateFor(audience).sections!.find((candidate) => candidate.point === point)!
  return pack.sectionChoices!.find((choice) => choice.sectionId === section.id)!
}

beforeAll(async () => {
  payload = await startPayload()
  fixtures = createFixtures(payload)
  seeded = await ensureDemoPacks(payload)
  const { docs } = await payload.find({ collection: 'pack-templates', pagination: false, depth: 0 })
  templates = new Map(docs.map((doc) => [doc.audience, doc]))
  editor = await fixtures.user({
    email: 'redactie.aalten@test.example',
    roles: ['gemeente-redactie'],
    municipalities: ['aalten'],
  })
  const login = await payload.login({
    collection: 'users',
    data: { email: editor.email, password: testPassword },
  })
  token = login.token!
})

afterEach(async () => {
  for (const id of createdPacks.splice(0)) {
    await payload.delete({ collection: 'communication-packs', id }).catch(() => undefined)
  }
})

afterAll(async () => {
  await fixtures.cleanup()
  await payload.delete({ collection: 'communication-packs', where: { id: { exists: true } } })
  await payload.delete({ collection: 'pack-templates', where: { id: { exists: true } } })
  await payload.destroy()
})

describe('demo communication packs', () => {
  it('should seed four published templates with all four points in nl, en and ar', async () => {
    expect(seeded.createdTemplates).toBe(4)
    const { docs } = await payload.find({
      collection: 'pack-templates',
      locale: 'all',
      pagination: false,
      depth: 0,
    })
    expect(docs.map(({ audience }) => audience).sort()).toEqual([
      'employers',
      'schools',
      'sports-clubs',
      'volunteer-organisations',
    ])
    for (const template of docs) {
      expect(template._status).toBe('published')
      const title = template.title as unknown as Record<string, string>
      const intro = template.intro as unknown as Record<string, unknown>
      for (const locale of ['nl', 'en', 'ar']) {
        expect(title[locale], `${template.audience} ${locale}`).toBeTruthy()
        expect(plainText(intro[locale]).length).toBeGreaterThan(50)
      }
      expect(template.sections!.map(({ point }) => point)).toEqual([
        'national-campaigns',
        'reporting-code',
        'norm',
        'help-nearby',
      ])
      for (const section of template.sections!) {
        const body = section.body as unknown as Record<string, unknown>
        expect(plainText(body.ar)).toMatch(/[\u0600-\u06ff]/)
        expect(plainText(body.en)).not.toEqual(plainText(body.nl))
      }
      expect(template.materials!.length).toBeGreaterThan(0)
    }
  })

  it('should seed the start-of-school-year set: a letter to parents, a poster and the meldcode steps', async () => {
    const schools = await payload.findByID({
      collection: 'pack-templates',
      id: templateFor('schools').id,
      locale: 'nl',
    })
    const schoolYear = schools.materials!.filter(({ schoolYearStart }) => schoolYearStart)
    expect(schoolYear.map(({ kind }) => kind).sort()).toEqual([
      'letter',
      'poster',
      'reporting-code-steps',
    ])
    const steps = plainText(schoolYear.find(({ kind }) => kind === 'reporting-code-steps')!.body)
    for (const step of [
      'Stap 1: signalen in kaart brengen',
      'Stap 2: collegiale consultatie en zo nodig Veilig Thuis raadplegen',
      'Stap 3: gesprek met de betrokkene',
      'Stap 4: wegen van het geweld',
      'Stap 5: beslissen: hulp organiseren en/of melden',
    ])
      expect(steps).toContain(step)
    expect(steps).toContain('afwegingskader')
    const reportingCode = schools.sections!.find(({ point }) => point === 'reporting-code')!
    expect(plainText(reportingCode.body)).toMatch(/VIRA[\s\S]*Multisignaal/)
  })

  it('should seed published packs for the demo municipalities in every audience, with a logo, and one private draft', async () => {
    const demoMunicipalities = ['arnhem', 'winterswijk', 'duiven', 'zevenaar']
    for (const slug of demoMunicipalities) {
      for (const audienceSlug of [
        'scholen',
        'werkgevers',
        'vrijwilligersorganisaties',
        'verenigingen',
      ]) {
        const view = await loadPackView(payload, {
          municipalitySlug: slug,
          audienceSlug,
          locale: 'ar',
        })
        expect(view, `${slug}/${audienceSlug}`).not.toBeNull()
        expect(plainText(view!.introduction)).toMatch(/[\u0600-\u06ff]/)
        expect(view!.logo?.url).toMatch(new RegExp(`logo-${slug}`))
      }
    }
    const winterswijkEmployers = await loadPackView(payload, {
      municipalitySlug: 'winterswijk',
      audienceSlug: 'werkgevers',
      locale: 'nl',
    })
    expect(winterswijkEmployers!.sections.map(({ point }) => point)).not.toContain(
      'national-campaigns',
    )
    const arnhemSchools = await loadPackView(payload, {
      municipalitySlug: 'arnhem',
      audienceSlug: 'scholen',
      locale: 'en',
    })
    const helpNearby = arnhemSchools!.sections.find(({ point }) => point === 'help-nearby')!
    expect(plainText(helpNearby.localNote)).toContain('neighbourhood team')

    const draftOnly = localTailorings.find(({ packs }) =>
      packs.some(({ status }) => status === 'draft'),
    )!
    const { docs: drafts } = await payload.find({
      collection: 'communication-packs',
      where: { municipality: { equals: await fixtures.municipalityId(draftOnly.municipality) } },
      draft: true,
      depth: 0,
    })
    expect(drafts).toHaveLength(1)
    expect(drafts[0]._status).toBe('draft')
    expect(
      await loadPackView(payload, {
        municipalitySlug: draftOnly.municipality,
        audienceSlug: 'werkgevers',
        locale: 'nl',
      }),
    ).toBeNull()
  })

  it('should create nothing when seeded again', async () => {
    expect(await ensureDemoPacks(payload)).toEqual({
      createdTemplates: 0,
      createdPacks: 0,
      createdLogos: 0,
    })
    expect(packTemplateContents).toHaveLength(4)
  })
})

describe('a gemeente-redacteur and other municipalities’ packs', () => {
  it('should refuse to create a pack for another municipality, locally and through REST', async () => {
    const rheden = await fixtures.municipalityId('rheden')
    await expect(
      payload.create({
        collection: 'communication-packs',
        data: { municipality: rheden, template: templateFor('schools').id },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const refused = await rest('POST', '/api/communication-packs', {
      token,
      body: { municipality: rheden, template: templateFor('schools').id },
    })
    expect(refused.status).toBeGreaterThanOrEqual(400)
    const { totalDocs } = await payload.count({
      collection: 'communication-packs',
      where: { municipality: { equals: rheden } },
    })
    expect(totalDocs).toBe(0)
  })

  it('should refuse to update or delete another municipality’s pack, locally and through REST', async () => {
    const other = await makePack('rheden', 'schools', { introduction: 'Van Rheden' })
    await expect(
      payload.update({
        collection: 'communication-packs',
        id: other.id,
        data: { routeNote: 'Overschreven' },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const patched = await rest('PATCH', `/api/communication-packs/${other.id}`, {
      token,
      body: { routeNote: 'Overschreven' },
    })
    expect([403, 404]).toContain(patched.status)
    await expect(
      payload.delete({
        collection: 'communication-packs',
        id: other.id,
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const deleted = await rest('DELETE', `/api/communication-packs/${other.id}`, { token })
    expect([403, 404]).toContain(deleted.status)

    const unchanged = await payload.findByID({ collection: 'communication-packs', id: other.id })
    expect(unchanged.routeNote).toBeFalsy()
    expect(plainText(unchanged.introduction)).toBe('Van Rheden')
  })

  it('should put a new pack in the editor’s own municipality and add the template’s sections on save', async () => {
    const created = await rest('POST', '/api/communication-packs?draft=true', {
      token,
      body: { template: templateFor('employers').id },
    })
    expect(created.status).toBe(201)
    const pack = created.body.doc as CommunicationPack
    createdPacks.push(pack.id)
    expect(pack.municipality).toMatchObject({ slug: 'aalten' })
    expect(pack.audience).toBe('employers')
    expect(pack.sectionChoices!.map(({ heading }) => heading)).toEqual(
      templateFor('employers').sections!.map(({ title }) => title),
    )
    expect(pack.sectionChoices!.every(({ include }) => include === true)).toBe(true)

    const updated = await rest('PATCH', `/api/communication-packs/${pack.id}`, {
      token,
      body: { routeNote: 'Inloopspreekuur op dinsdag' },
    })
    expect(updated.status).toBe(200)
  })

  it('should refuse a second pack for the same audience with a clear Dutch message', async () => {
    await makePack('aalten', 'employers')
    const message = 'Er is al een pakket voor werkgevers in Aalten; pas dat aan.'
    const refused = await rest('POST', '/api/communication-packs', {
      token,
      body: { template: templateFor('employers').id },
    })
    expect(refused.status).toBe(400)
    // The admin shows this message in its toast, and marks the template field.
    expect(refused.body.errors[0].message).toBe(message)
    expect(refused.body.errors[0].data.errors[0]).toMatchObject({ path: 'template', message })
    await expect(
      payload.create({
        collection: 'communication-packs',
        data: { template: templateFor('employers').id },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'template', message }] } })

    // Changing an existing pack to a taken audience is refused the same way.
    const schools = await makePack('aalten', 'schools')
    const moved = await rest('PATCH', `/api/communication-packs/${schools.id}`, {
      token,
      body: { template: templateFor('employers').id },
    })
    expect(moved.status).toBe(400)
    expect(moved.text).toContain(message)
  })
})

describe('versions of packs', () => {
  it('should not show a gemeente-redacteur the versions of another municipality’s packs', async () => {
    const other = await makePack('rheden', 'schools', {
      status: 'draft',
      introduction: 'Concept van Rheden',
    })
    const own = await makePack('aalten', 'schools', {
      status: 'draft',
      introduction: 'Concept van Aalten',
    })
    const { status, body, text } = await rest(
      'GET',
      '/api/communication-packs/versions?limit=200&depth=0',
      {
        token,
      },
    )
    expect(status).toBe(200)
    const parents = body.docs.map(({ parent }: { parent: number }) => parent)
    expect(parents).toContain(own.id)
    expect(parents).not.toContain(other.id)
    expect(text).not.toContain('Concept van Rheden')
    const visitor = await rest('GET', '/api/communication-packs/versions?limit=200')
    expect(visitor.text).not.toContain('Concept van')
  })
})

describe('editing a pack in another language', () => {
  it('should keep the Dutch text when the editor saves the English or Arabic version', async () => {
    const pack = await makePack('aalten', 'schools', { introduction: 'Nederlandse inleiding' })
    for (const [locale, text] of [
      ['en', 'English introduction'],
      ['ar', 'مقدمة باللغة العربية'],
    ]) {
      const saved = await rest('PATCH', `/api/communication-packs/${pack.id}?locale=${locale}`, {
        token,
        body: { introduction: richText([{ paragraph: text }], locale === 'ar' ? 'rtl' : 'ltr') },
      })
      expect(saved.status).toBe(200)
    }
    const all = (await payload.findByID({
      collection: 'communication-packs',
      id: pack.id,
      locale: 'all',
    })) as unknown as { introduction: Record<string, unknown> }
    expect(plainText(all.introduction.nl)).toBe('Nederlandse inleiding')
    expect(plainText(all.introduction.en)).toBe('English introduction')
    expect(plainText(all.introduction.ar)).toBe('مقدمة باللغة العربية')
  })
})

describe('regional templates', () => {
  it('should refuse a second template for the same audience with a clear Dutch message', async () => {
    const adviser = await fixtures.user({
      email: 'communicatie.sjablonen@test.example',
      roles: ['regio-redactie'],
    })
    const login = await payload.login({
      collection: 'users',
      data: { email: adviser.email, password: testPassword },
    })
    const refused = await rest('POST', '/api/pack-templates', {
      token: login.token,
      body: { title: 'Tweede sjabloon', audience: 'schools' },
    })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].message).toBe('Er is al een sjabloon voor scholen; pas dat aan.')
    const { totalDocs } = await payload.count({
      collection: 'pack-templates',
      where: { audience: { equals: 'schools' } },
    })
    expect(totalDocs).toBe(1)
  })
})

describe('choosing a template', () => {
  it('should only offer templates the region has published', async () => {
    const pack = await makePack('aalten', 'schools')
    const {
      docs: [draftTemplate],
    } = await payload.find({
      collection: 'pack-templates',
      where: { audience: { equals: 'employers' } },
      depth: 0,
    })
    await payload.update({
      collection: 'pack-templates',
      id: draftTemplate!.id,
      data: { _status: 'draft' },
    })
    try {
      const refused = await rest('PATCH', `/api/communication-packs/${pack.id}`, {
        token,
        body: { template: draftTemplate!.id },
      })
      expect(refused.status).toBe(400)
      expect(refused.body.errors[0].data.errors[0].path).toBe('template')
    } finally {
      await payload.update({
        collection: 'pack-templates',
        id: draftTemplate!.id,
        data: { _status: 'published' },
      })
    }
  })
})

describe('what visitors see', () => {
  it('should never show unpublished packs to visitors, in lists, by id or with draft=true', async () => {
    const draft = await makePack('rheden', 'sports-clubs', {
      status: 'draft',
      introduction: 'Geheim concept',
    })
    for (const path of [
      '/api/communication-packs?limit=100',
      '/api/communication-packs?limit=100&draft=true',
      `/api/communication-packs?where[id][equals]=${draft.id}&draft=true`,
    ]) {
      const { status, body, text } = await rest('GET', path)
      expect(status, path).toBe(200)
      expect(
        body.docs.map(({ id }: CommunicationPack) => id),
        path,
      ).not.toContain(draft.id)
      expect(text, path).not.toContain('Geheim concept')
      expect(
        body.docs.every((doc: CommunicationPack) => doc._status === 'published'),
        path,
      ).toBe(true)
    }
    for (const path of [
      `/api/communication-packs/${draft.id}`,
      `/api/communication-packs/${draft.id}?draft=true`,
    ]) {
      const { status, text } = await rest('GET', path)
      expect([403, 404], path).toContain(status)
      expect(text, path).not.toContain('Geheim concept')
    }
    expect(
      await loadPackView(payload, {
        municipalitySlug: 'rheden',
        audienceSlug: 'verenigingen',
        locale: 'nl',
      }),
    ).toBeNull()
  })

  it('should show visitors the published version while a newer draft waits', async () => {
    const pack = await makePack('rheden', 'schools', { introduction: 'Gepubliceerde tekst' })
    await payload.update({
      collection: 'communication-packs',
      id: pack.id,
      locale: 'nl',
      draft: true,
      data: { introduction: richText([{ paragraph: 'Nieuwe concepttekst' }]) },
    })
    for (const path of [
      `/api/communication-packs/${pack.id}`,
      `/api/communication-packs/${pack.id}?draft=true`,
      `/api/communication-packs?where[id][equals]=${pack.id}&draft=true`,
    ]) {
      const { status, text } = await rest('GET', path)
      expect(status, path).toBe(200)
      expect(text, path).toContain('Gepubliceerde tekst')
      expect(text, path).not.toContain('Nieuwe concepttekst')
    }
    const published = await loadPackView(payload, {
      municipalitySlug: 'rheden',
      audienceSlug: 'scholen',
      locale: 'nl',
    })
    expect(plainText(published!.introduction)).toBe('Gepubliceerde tekst')
    const preview = await loadPackView(payload, {
      municipalitySlug: 'rheden',
      audienceSlug: 'scholen',
      locale: 'nl',
      draft: true,
    })
    expect(plainText(preview!.introduction)).toBe('Nieuwe concepttekst')
  })

  it('should not let visitors read the regional templates themselves', async () => {
    const list = await rest('GET', '/api/pack-templates')
    expect(list.status === 403 || list.body?.docs?.length === 0).toBe(true)
    const byId = await rest('GET', `/api/pack-templates/${templateFor('schools').id}`)
    expect([403, 404]).toContain(byId.status)
    const versions = await rest('GET', '/api/pack-templates/versions')
    expect(versions.status === 403 || versions.body?.docs?.length === 0).toBe(true)

    // Nor through a published pack: the relationship stays an id for them.
    const pack = await makePack('rheden', 'employers')
    const viaPack = await rest('GET', `/api/communication-packs/${pack.id}?depth=2`)
    expect(viaPack.status).toBe(200)
    expect(viaPack.body.template).toBe(templateFor('employers').id)
  })
})

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
    expect(view!.route.localTeam).toEqual(municipality.localTeam)
    expect(view!.route.veiligThuis).toMatchObject({
      organisation: 'Veilig Thuis Noord Oost Gelderland',
      phone: '0800-2000',
    })
    expect(view!.route.referralIndex?.name).toBe('Multisignaal')
    expect(view!.route.routeNote).toBe('Inloop in het dorpshuis')
    expect(view!.route.contactDetailsChecked).toBe(false)

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
    await payload.update({
      collection: 'pack-templates',
      id: template.id,
      locale: 'nl',
      data: { sections: [...originalSections, { point: 'other', title: 'Nieuw onderdeel' }] },
    })
    try {
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
    } finally {
      await payload.update({
        collection: 'pack-templates',
        id: template.id,
        locale: 'nl',
        data: { sections: originalSections },
      })
    }
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
    expect(await PackTemplates.admin!.preview!(template, previewOptions('nl', editor))).toBe(
      '/nl/gemeente/aalten/scholen/voorbeeld',
    )
    expect(await PackTemplates.admin!.preview!(template, previewOptions('en'))).toMatch(
      /^\/en\/gemeente\/[a-z-]+\/scholen\/voorbeeld$/,
    )
  })
})
