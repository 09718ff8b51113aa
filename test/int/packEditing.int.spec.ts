import { describe, expect, it } from 'vitest'

import type { CommunicationPack } from '@/payload-types'
import { plainText, richText } from '@/seed/lexical'

import { useIntegration } from '../support/integration'
import { useDemoPacks } from '../support/packs'

const { payload, fixtures, rest } = useIntegration()
const packs = useDemoPacks({ payload, fixtures })
const { templateFor, makePack } = packs

describe('a gemeente-redacteur and other municipalities’ packs', () => {
  it('should refuse to create a pack for another municipality, locally and through REST', async () => {
    const rheden = await fixtures.municipalityId('rheden')
    await expect(
      payload.create({
        collection: 'communication-packs',
        data: { municipality: rheden, template: templateFor('schools').id },
        user: packs.editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const refused = await rest('POST', '/api/communication-packs', {
      as: packs.editor,
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
        user: packs.editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const patched = await rest('PATCH', `/api/communication-packs/${other.id}`, {
      as: packs.editor,
      body: { routeNote: 'Overschreven' },
    })
    expect([403, 404]).toContain(patched.status)
    await expect(
      payload.delete({
        collection: 'communication-packs',
        id: other.id,
        user: packs.editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const deleted = await rest('DELETE', `/api/communication-packs/${other.id}`, {
      as: packs.editor,
    })
    expect([403, 404]).toContain(deleted.status)

    const unchanged = await payload.findByID({ collection: 'communication-packs', id: other.id })
    expect(unchanged.routeNote).toBeFalsy()
    expect(plainText(unchanged.introduction)).toBe('Van Rheden')
  })

  it('should put a new pack in the editor’s own municipality and add the template’s sections on save', async () => {
    const created = await rest('POST', '/api/communication-packs?draft=true', {
      as: packs.editor,
      body: { template: templateFor('employers').id },
    })
    expect(created.status).toBe(201)
    const pack = created.body.doc as CommunicationPack
    fixtures.track('communication-packs', pack.id)
    expect(pack.municipality).toMatchObject({ slug: 'aalten' })
    expect(pack.audience).toBe('employers')
    expect(pack.sectionChoices!.map(({ heading }) => heading)).toEqual(
      templateFor('employers').sections!.map(({ title }) => title),
    )
    expect(pack.sectionChoices!.every(({ include }) => include === true)).toBe(true)

    const updated = await rest('PATCH', `/api/communication-packs/${pack.id}`, {
      as: packs.editor,
      body: { routeNote: 'Inloopspreekuur op dinsdag' },
    })
    expect(updated.status).toBe(200)
  })

  it('should refuse a second pack for the same audience with a clear Dutch message', async () => {
    await makePack('aalten', 'employers')
    const message = 'Er is al een pakket voor werkgevers in Aalten; pas dat aan.'
    const refused = await rest('POST', '/api/communication-packs', {
      as: packs.editor,
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
        user: packs.editor,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ data: { errors: [{ path: 'template', message }] } })

    // Changing an existing pack to a taken audience is refused the same way.
    const schools = await makePack('aalten', 'schools')
    const moved = await rest('PATCH', `/api/communication-packs/${schools.id}`, {
      as: packs.editor,
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
        as: packs.editor,
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

describe('regional templates', () => {
  it('should refuse a second template for the same audience with a clear Dutch message', async () => {
    const adviser = await fixtures.user({
      email: 'communicatie.sjablonen@test.example',
      roles: ['regio-redactie'],
    })
    const refused = await rest('POST', '/api/pack-templates', {
      as: adviser,
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
    await fixtures.update({
      collection: 'pack-templates',
      id: draftTemplate!.id,
      data: { _status: 'draft' },
    })
    const refused = await rest('PATCH', `/api/communication-packs/${pack.id}`, {
      as: packs.editor,
      body: { template: draftTemplate!.id },
    })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors[0].path).toBe('template')
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
        as: packs.editor,
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
