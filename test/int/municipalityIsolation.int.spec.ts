import { beforeAll, describe, expect, it } from 'vitest'

import type { BuildingBlock, User } from '@/payload-types'

import { useIntegration } from '../support/integration'

const { payload, fixtures, rest } = useIntegration()
let editor: User
let own: BuildingBlock
let other: BuildingBlock

describe('municipality isolation for a gemeente-redacteur', () => {
  beforeAll(async () => {
    editor = await fixtures.user({
      email: 'redactie.winterswijk@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['winterswijk'],
    })
    own = await fixtures.buildingBlock('winterswijk', { title: 'Bouwsteen uit Winterswijk' })
    other = await fixtures.buildingBlock('arnhem', { title: 'Bouwsteen uit Arnhem' })
  })

  describe('through the REST API', () => {
    it('should list only the own municipality’s building blocks', async () => {
      const { status, body } = await rest('GET', '/api/building-blocks?limit=100', { as: editor })
      expect(status).toBe(200)
      const titles = body.docs.map((doc: BuildingBlock) => doc.title)
      expect(titles).toContain('Bouwsteen uit Winterswijk')
      expect(titles).not.toContain('Bouwsteen uit Arnhem')
    })

    it('should refuse to read another municipality’s building block by id', async () => {
      expect((await rest('GET', `/api/building-blocks/${other.id}`, { as: editor })).status).toBe(
        404,
      )
      expect((await rest('GET', `/api/building-blocks/${own.id}`, { as: editor })).status).toBe(200)
    })

    it('should refuse to update another municipality’s building block and allow the own one', async () => {
      const refused = await rest('PATCH', `/api/building-blocks/${other.id}`, {
        as: editor,
        body: { title: 'Overschreven' },
      })
      expect([403, 404]).toContain(refused.status)
      const unchanged = await payload.findByID({ collection: 'building-blocks', id: other.id })
      expect(unchanged.title).toBe('Bouwsteen uit Arnhem')

      await fixtures.restoreLater({
        collection: 'building-blocks',
        id: own.id,
        fields: ['summary'],
        context: { skipReviewWorkflow: true },
      })
      const allowed = await rest('PATCH', `/api/building-blocks/${own.id}`, {
        as: editor,
        body: { summary: 'Aangevuld door de redactie' },
      })
      expect(allowed.status).toBe(200)
      expect(allowed.body.doc.summary).toBe('Aangevuld door de redactie')
    })

    it('should refuse to delete another municipality’s building block', async () => {
      const refused = await rest('DELETE', `/api/building-blocks/${other.id}`, { as: editor })
      expect([403, 404]).toContain(refused.status)
      expect(await payload.findByID({ collection: 'building-blocks', id: other.id })).toBeTruthy()
    })

    it('should refuse to create a building block for another municipality', async () => {
      const arnhem = await fixtures.municipalityId('arnhem')
      const refused = await rest('POST', '/api/building-blocks', {
        as: editor,
        body: { title: 'Ingeschoven', kind: 'news', municipality: arnhem },
      })
      expect(refused.status).toBeGreaterThanOrEqual(400)
      const { totalDocs } = await payload.count({
        collection: 'building-blocks',
        where: { title: { equals: 'Ingeschoven' } },
      })
      expect(totalDocs).toBe(0)
    })

    it('should refuse to update another municipality’s record and allow the own one', async () => {
      const arnhem = await fixtures.municipalityId('arnhem')
      const winterswijk = await fixtures.municipalityId('winterswijk')
      const refused = await rest('PATCH', `/api/municipalities/${arnhem}`, {
        as: editor,
        body: { localTeam: { name: 'Overgenomen' } },
      })
      expect([403, 404]).toContain(refused.status)
      const arnhemDoc = await payload.findByID({ collection: 'municipalities', id: arnhem })
      expect(arnhemDoc.localTeam?.name).not.toBe('Overgenomen')

      await fixtures.restoreLater({
        collection: 'municipalities',
        id: winterswijk,
        fields: ['localTeam'],
      })
      const allowed = await rest('PATCH', `/api/municipalities/${winterswijk}`, {
        as: editor,
        body: { localTeam: { name: 'Sociaal team Winterswijk' } },
      })
      expect(allowed.status).toBe(200)
      expect(allowed.body.doc.localTeam.name).toBe('Sociaal team Winterswijk')
    })

    it('should not let an editor change the name or region of the own municipality', async () => {
      const winterswijk = await fixtures.municipalityId('winterswijk')
      await rest('PATCH', `/api/municipalities/${winterswijk}`, {
        as: editor,
        body: { name: 'Andere naam' },
      })
      const doc = await payload.findByID({ collection: 'municipalities', id: winterswijk })
      expect(doc.name).toBe('Winterswijk')
    })
  })

  describe('through the Local API with overrideAccess: false', () => {
    const asEditor = () => ({ user: editor, overrideAccess: false as const })

    it('should find only the own municipality’s building blocks', async () => {
      const { docs } = await payload.find({ collection: 'building-blocks', ...asEditor() })
      expect(docs.map((doc) => doc.id)).toContain(own.id)
      expect(docs.map((doc) => doc.id)).not.toContain(other.id)
    })

    it('should refuse read, update and delete of another municipality’s building block', async () => {
      await expect(
        payload.findByID({ collection: 'building-blocks', id: other.id, ...asEditor() }),
      ).rejects.toThrow()
      await expect(
        payload.update({
          collection: 'building-blocks',
          id: other.id,
          data: { title: 'x' },
          ...asEditor(),
        }),
      ).rejects.toThrow()
      await expect(
        payload.delete({ collection: 'building-blocks', id: other.id, ...asEditor() }),
      ).rejects.toThrow()
      const unchanged = await payload.findByID({ collection: 'building-blocks', id: other.id })
      expect(unchanged.title).toBe('Bouwsteen uit Arnhem')
    })

    it('should refuse update of another municipality’s record', async () => {
      const arnhem = await fixtures.municipalityId('arnhem')
      await expect(
        payload.update({
          collection: 'municipalities',
          id: arnhem,
          data: { localTeam: { name: 'x' } },
          ...asEditor(),
        }),
      ).rejects.toThrow()
    })

    it('should place a new building block in the editor’s only municipality', async () => {
      const doc = await fixtures.create(
        'building-blocks',
        { title: 'Nieuw uit Winterswijk', kind: 'story', reviewStatus: 'draft' },
        { as: editor },
      )
      const municipality =
        typeof doc.municipality === 'object' ? doc.municipality?.id : doc.municipality
      expect(municipality).toBe(await fixtures.municipalityId('winterswijk'))
    })
  })
})

describe('visitors without an account', () => {
  it('should read approved building blocks only', async () => {
    await fixtures.buildingBlock('doetinchem', { title: 'Goedgekeurd', reviewStatus: 'approved' })
    await fixtures.buildingBlock('doetinchem', { title: 'Nog concept', reviewStatus: 'draft' })
    const { status, body } = await rest('GET', '/api/building-blocks?limit=100')
    expect(status).toBe(200)
    const titles = body.docs.map((doc: BuildingBlock) => doc.title)
    expect(titles).toContain('Goedgekeurd')
    expect(titles).not.toContain('Nog concept')
  })

  it('should not read users', async () => {
    const { status } = await rest('GET', '/api/users')
    expect(status).toBe(403)
  })
})

describe('regional roles', () => {
  it('should let the regio-redactie see every municipality’s building blocks', async () => {
    const adviser = await fixtures.user({
      email: 'adviseur@test.example',
      roles: ['regio-redactie'],
    })
    await fixtures.buildingBlock('arnhem', { title: 'Uit Arnhem' })
    await fixtures.buildingBlock('aalten', { title: 'Uit Aalten' })
    const { docs } = await payload.find({
      collection: 'building-blocks',
      user: adviser,
      overrideAccess: false,
    })
    expect(docs.map((doc) => doc.title)).toEqual(
      expect.arrayContaining(['Uit Arnhem', 'Uit Aalten']),
    )
  })
})
