import { handleFormStateLocking } from '@payloadcms/ui/utilities/handleFormStateLocking'
import { createLocalReq } from 'payload'
import { beforeAll, expect, inject, it } from 'vitest'

import type { BuildingBlock, Media, Organisation } from '@/payload-types'

import { describeAttacks } from '../support/abuse'
import { graphql } from '../support/graphql'
import { useIntegration } from '../support/integration'

/*
 * A municipal editor of Winterswijk (A) against Arnhem's (B) content, files, organisations,
 * subscribers and locks, through REST, GraphQL, the Local API and the admin's own lock path.
 */
const { payload, fixtures, rest, users } = useIntegration({
  users: {
    editor: {
      email: 'redactie.winterswijk@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['winterswijk'],
    },
    arnhemEditor: {
      email: 'redactie.arnhem@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['arnhem'],
    },
    adviser: { email: 'adviseur@test.example', roles: ['regio-redactie'] },
  },
})

let ownBlock: BuildingBlock
let otherBlock: BuildingBlock
let otherImage: Media
let otherOrganisation: Organisation

const token = async (email: string) => {
  const { token } = await payload.login({
    collection: 'users',
    data: { email, password: 'Test-wachtwoord-123!' },
  })
  return token!
}

const lockOn = (collection: string, id: number | string, userId: number | string) => ({
  document: { relationTo: collection, value: id },
  user: { relationTo: 'users', value: userId },
})

/** A lock as the admin takes one, straight in the database, for a rightful editor. */
const rightfulLock = async (
  collection: 'building-blocks' | 'subscribers',
  id: number | string,
  userId: number | string,
) => {
  const lock = await payload.create({
    collection: 'payload-locked-documents',
    data: lockOn(collection, id, userId) as never,
  })
  fixtures.track('payload-locked-documents', lock.id)
  return lock
}

beforeAll(async () => {
  ownBlock = await fixtures.buildingBlock('winterswijk', { title: 'Bouwsteen uit Winterswijk' })
  otherBlock = await fixtures.buildingBlock('arnhem', { title: 'Bouwsteen uit Arnhem' })
  await fixtures.image({ municipality: 'winterswijk', name: 'eigen.png' })
  otherImage = await fixtures.image({ municipality: 'arnhem', name: 'arnhem-concept.png' })
  otherOrganisation = await fixtures.create('organisations', {
    name: 'Sportclub Arnhem-Zuid',
    email: 'secretaris@arnhemzuid.example.org',
    kind: 'club',
    audience: 'sports-clubs',
    language: 'nl',
    source: 'manual',
    status: 'active',
    municipality: await fixtures.municipalityId('arnhem'),
  } as never)
})

describeAttacks('tenants', 'document locks follow the locked document’s access', () => {
  it('should refuse an editor a lock on another municipality’s building block over REST', async () => {
    const refused = await rest('POST', '/api/payload-locked-documents', {
      as: users.editor,
      body: lockOn('building-blocks', otherBlock.id, users.editor.id),
    })
    expect(refused.status).toBe(403)
    const { totalDocs } = await payload.count({ collection: 'payload-locked-documents' })
    expect(totalDocs).toBe(0)
  })

  it('should refuse an editor a lock on another municipality’s building block over GraphQL', async () => {
    const { body } = await graphql(
      `mutation { createPayloadLockedDocument(data: { document: { relationTo: building_blocks, value: ${otherBlock.id} }, user: { relationTo: users, value: ${users.editor.id} } }) { id } }`,
      { token: await token(users.editor.email) },
    )
    expect(body.errors?.length).toBeGreaterThan(0)
    expect((await payload.count({ collection: 'payload-locked-documents' })).totalDocs).toBe(0)
  })

  it('should refuse a lock taken through the admin’s form state on another municipality’s document', async () => {
    const req = await createLocalReq({ user: { ...users.editor, collection: 'users' } }, payload)
    // What the admin's form state runs for the document id the browser names.
    await expect(
      handleFormStateLocking({
        id: otherBlock.id,
        collectionSlug: 'building-blocks',
        req,
        updateLastEdited: true,
      }),
    ).rejects.toThrow()
    expect((await payload.count({ collection: 'payload-locked-documents' })).totalDocs).toBe(0)
  })

  it('should keep the rightful editor’s save free of 423 after the attempts', async () => {
    await rest('POST', '/api/payload-locked-documents', {
      as: users.editor,
      body: lockOn('building-blocks', otherBlock.id, users.editor.id),
    })
    await fixtures.restoreLater({
      collection: 'building-blocks',
      id: otherBlock.id,
      fields: ['summary'],
      context: { skipReviewWorkflow: true },
    })
    const saved = await rest('PATCH', `/api/building-blocks/${otherBlock.id}`, {
      as: users.arnhemEditor,
      body: { summary: 'Aangevuld in Arnhem' },
    })
    expect(saved.status).toBe(200)
  })

  it('should hide another municipality’s locks from an editor’s list', async () => {
    await rightfulLock('building-blocks', otherBlock.id, users.arnhemEditor.id)
    const { status, body } = await rest('GET', '/api/payload-locked-documents?depth=0', {
      as: users.editor,
    })
    expect(status).toBe(200)
    expect(body.totalDocs).toBe(0)
  })

  it('should not show an editor which subscriber record the adviser has open', async () => {
    const subscriber = await fixtures.create('subscribers', {
      email: 'iemand@example.org',
      locale: 'nl',
      status: 'confirmed',
      municipality: await fixtures.municipalityId('arnhem'),
      consent: { givenAt: '2026-01-05T09:00:00.000Z', source: 'import', textVersion: '2026-11' },
    } as never)
    await rightfulLock('subscribers', subscriber.id, users.adviser.id)
    const { body } = await graphql(
      '{ PayloadLockedDocuments { docs { id document { relationTo } } } }',
      {
        token: await token(users.editor.email),
      },
    )
    expect(JSON.stringify(body)).not.toContain('subscribers')
    expect(
      (await rest('GET', '/api/payload-locked-documents', { as: users.adviser })).body.totalDocs,
    ).toBe(1)
  })

  it('should refuse an editor deleting another municipality’s lock', async () => {
    const lock = await rightfulLock('building-blocks', otherBlock.id, users.arnhemEditor.id)
    const byId = await rest('DELETE', `/api/payload-locked-documents/${lock.id}`, {
      as: users.editor,
    })
    expect([403, 404]).toContain(byId.status)
    await rest('DELETE', '/api/payload-locked-documents?where[id][exists]=true', {
      as: users.editor,
    })
    expect((await payload.count({ collection: 'payload-locked-documents' })).totalDocs).toBe(1)
  })

  it('should refuse an editor taking over another municipality’s lock', async () => {
    const lock = await rightfulLock('building-blocks', otherBlock.id, users.arnhemEditor.id)
    const refused = await rest('PATCH', `/api/payload-locked-documents/${lock.id}`, {
      as: users.editor,
      body: { user: { relationTo: 'users', value: users.editor.id } },
    })
    expect([403, 404]).toContain(refused.status)
    const after = await payload.findByID({
      collection: 'payload-locked-documents',
      id: lock.id,
      depth: 0,
    })
    expect(after.user.value).toBe(users.arnhemEditor.id)
  })

  it('should take a lock on the own document only in the own name', async () => {
    const taken = await rest('POST', '/api/payload-locked-documents', {
      as: users.editor,
      body: lockOn('building-blocks', ownBlock.id, users.adviser.id),
    })
    expect(taken.status).toBe(201)
    fixtures.track('payload-locked-documents', taken.body.doc.id)
    const lock = await payload.findByID({
      collection: 'payload-locked-documents',
      id: taken.body.doc.id,
      depth: 0,
    })
    expect(lock.user.value).toBe(users.editor.id)
  })

  it('should refuse a lock on another municipality’s document over HTTP on the built app', async () => {
    const base = inject('abuseBaseUrl')
    const login = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: 'redactie.winterswijk@example.org',
        password: inject('demoPassword'),
      }),
    })
    const { token: demoToken } = (await login.json()) as { token: string }
    const blocks = await fetch(
      `${base}/api/building-blocks?where[municipality.slug][equals]=arnhem&limit=1&depth=0`,
      {
        headers: { Authorization: `JWT ${demoToken}` },
      },
    ).then((response) => response.json() as Promise<{ docs: BuildingBlock[] }>)
    // Winterswijk's editor does not even see Arnhem's blocks; the approved ones are public.
    const arnhem = await fetch(
      `${base}/api/building-blocks?where[municipality.slug][equals]=arnhem&limit=1&depth=0`,
    ).then((response) => response.json() as Promise<{ docs: BuildingBlock[] }>)
    expect(blocks.docs).toHaveLength(0)
    const target = arnhem.docs[0]
    expect(target).toBeTruthy()
    const refused = await fetch(`${base}/api/payload-locked-documents`, {
      method: 'POST',
      headers: { Authorization: `JWT ${demoToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        document: { relationTo: 'building-blocks', value: target!.id },
        user: { relationTo: 'users', value: 1 },
      }),
    })
    expect(refused.status).toBe(403)
  })
})

describeAttacks('tenants', 'a municipal editor reaches only the own municipality’s content', () => {
  it('should keep another municipality’s building blocks out of an editor’s GraphQL list', async () => {
    const { body } = await graphql('{ BuildingBlocks(limit: 100) { docs { title } } }', {
      token: await token(users.editor.email),
    })
    expect(JSON.stringify(body.data)).toContain('Bouwsteen uit Winterswijk')
    expect(JSON.stringify(body.data)).not.toContain('Bouwsteen uit Arnhem')
  })

  it('should refuse an editor another municipality’s building block over GraphQL by id', async () => {
    const { body } = await graphql(`{ BuildingBlock(id: ${otherBlock.id}) { title } }`, {
      token: await token(users.editor.email),
    })
    expect(body.data?.BuildingBlock ?? null).toBeNull()
  })

  it('should refuse an editor updating another municipality’s building block over GraphQL', async () => {
    await graphql(
      `mutation { updateBuildingBlock(id: ${otherBlock.id}, data: { title: "Overgenomen" }) { id } }`,
      { token: await token(users.editor.email) },
    )
    const after = await payload.findByID({ collection: 'building-blocks', id: otherBlock.id })
    expect(after.title).toBe('Bouwsteen uit Arnhem')
  })

  it('should refuse an editor deleting another municipality’s building block over GraphQL', async () => {
    await graphql(`mutation { deleteBuildingBlock(id: ${otherBlock.id}) { id } }`, {
      token: await token(users.editor.email),
    })
    expect(
      await payload.findByID({ collection: 'building-blocks', id: otherBlock.id }),
    ).toBeTruthy()
  })

  it('should keep another municipality’s versions out of an editor’s version list', async () => {
    const { status, body } = await rest('GET', '/api/building-blocks/versions?limit=100&depth=0', {
      as: users.editor,
    })
    expect(status).toBe(200)
    expect(JSON.stringify(body)).not.toContain('Bouwsteen uit Arnhem')
  })

  it('should refuse an editor another municipality’s version by id', async () => {
    const { docs } = await payload.findVersions({
      collection: 'building-blocks',
      where: { parent: { equals: otherBlock.id } },
      limit: 1,
    })
    const version = docs[0]!
    const refused = await rest('GET', `/api/building-blocks/versions/${version.id}`, {
      as: users.editor,
    })
    expect([403, 404]).toContain(refused.status)
  })

  it('should refuse an editor another municipality’s organisation over REST and GraphQL', async () => {
    expect([403, 404]).toContain(
      (await rest('GET', `/api/organisations/${otherOrganisation.id}`, { as: users.editor }))
        .status,
    )
    const { body } = await graphql(`{ Organisation(id: ${otherOrganisation.id}) { name email } }`, {
      token: await token(users.editor.email),
    })
    expect(JSON.stringify(body)).not.toContain('arnhemzuid')
  })

  it('should refuse an editor moving the own organisation to another municipality', async () => {
    const own = await fixtures.create('organisations', {
      name: 'Basisschool De Klimop',
      email: 'info@klimop.example.org',
      kind: 'primary-school',
      audience: 'schools',
      language: 'nl',
      source: 'manual',
      status: 'active',
      municipality: await fixtures.municipalityId('winterswijk'),
    } as never)
    const refused = await rest('PATCH', `/api/organisations/${own.id}`, {
      as: users.editor,
      body: { municipality: await fixtures.municipalityId('arnhem') },
    })
    expect(refused.status).toBeGreaterThanOrEqual(400)
    const after = await payload.findByID({ collection: 'organisations', id: own.id, depth: 0 })
    expect(after.municipality).toBe(await fixtures.municipalityId('winterswijk'))
  })

  it('should refuse an editor the subscriber list', async () => {
    const { status } = await rest('GET', '/api/subscribers', { as: users.editor })
    expect(status).toBe(403)
  })
})

describeAttacks(
  'tenants',
  'files follow their municipality and are public only when published content uses them',
  () => {
    it('should keep another municipality’s unpublished file out of an editor’s media list', async () => {
      const { body } = await rest('GET', '/api/media?limit=100&depth=0', { as: users.editor })
      const names = body.docs.map((doc: Media) => doc.filename)
      expect(names).toContain('eigen.png')
      expect(names).not.toContain('arnhem-concept.png')
    })

    it('should refuse an editor another municipality’s unpublished file and its sizes by URL', async () => {
      for (const filename of [otherImage.filename!, otherImage.sizes!.thumbnail!.filename!]) {
        const response = await rest('GET', `/api/media/file/${filename}`, { as: users.editor })
        expect(response.status).toBe(403)
      }
    })

    it('should refuse an editor changing or deleting another municipality’s file', async () => {
      const changed = await rest('PATCH', `/api/media/${otherImage.id}`, {
        as: users.editor,
        body: { alt: 'Overschreven' },
      })
      expect([403, 404]).toContain(changed.status)
      const deleted = await rest('DELETE', `/api/media/${otherImage.id}`, { as: users.editor })
      expect([403, 404]).toContain(deleted.status)
      const after = await payload.findByID({ collection: 'media', id: otherImage.id })
      expect(after.alt).toBe('Testbeeld')
    })

    it('should refuse an editor attaching another municipality’s image to the own block', async () => {
      const refused = await rest('PATCH', `/api/building-blocks/${ownBlock.id}`, {
        as: users.editor,
        body: { image: otherImage.id },
      })
      expect(refused.status).toBe(400)
      expect(refused.text).toContain('andere gemeente')
      const after = await payload.findByID({
        collection: 'building-blocks',
        id: ownBlock.id,
        depth: 0,
      })
      expect(after.image ?? null).toBeNull()
    })

    it('should refuse attaching another municipality’s public image to the own block', async () => {
      await fixtures.buildingBlock('arnhem', {
        title: 'Goedgekeurd met beeld',
        reviewStatus: 'approved',
        image: otherImage.id,
      })
      expect((await payload.findByID({ collection: 'media', id: otherImage.id })).isPublic).toBe(
        true,
      )
      const refused = await rest('PATCH', `/api/building-blocks/${ownBlock.id}`, {
        as: users.editor,
        body: { image: otherImage.id },
      })
      expect(refused.status).toBe(400)
    })

    it('should refuse an editor attaching another municipality’s image as the own municipality’s logo', async () => {
      const winterswijk = await fixtures.municipalityId('winterswijk')
      const refused = await rest('PATCH', `/api/municipalities/${winterswijk}`, {
        as: users.editor,
        body: { logo: otherImage.id },
      })
      expect(refused.status).toBe(400)
    })

    it('should refuse an editor uploading a file into another municipality', async () => {
      await expect(
        payload.create({
          collection: 'media',
          data: { alt: 'Ingeschoven', municipality: await fixtures.municipalityId('arnhem') },
          file: await pngFile('ingeschoven.png'),
          user: users.editor,
          overrideAccess: false,
        }),
      ).rejects.toThrow()
      const { totalDocs } = await payload.count({
        collection: 'media',
        where: { filename: { equals: 'ingeschoven.png' } },
      })
      expect(totalDocs).toBe(0)
    })

    it('should let an editor use a regional file and keep it from visitors until published', async () => {
      const regional = await fixtures.create(
        'media',
        { alt: 'Regionaal beeld' },
        { file: await pngFile('regionaal.png') },
      )
      expect((await rest('GET', `/api/media/${regional.id}`, { as: users.editor })).status).toBe(
        200,
      )
      expect((await rest('GET', `/api/media/file/regionaal.png`)).status).toBe(403)
      const allowed = await rest('PATCH', `/api/building-blocks/${ownBlock.id}`, {
        as: users.editor,
        body: { image: regional.id },
      })
      expect(allowed.status).toBe(200)
      await fixtures.update({
        collection: 'building-blocks',
        id: ownBlock.id,
        data: { image: null },
      })
    })
  },
)

const pngFile = async (name: string) => {
  const sharp = (await import('sharp')).default
  const data = await sharp({
    create: { width: 20, height: 20, channels: 3, background: '#123456' },
  })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}
