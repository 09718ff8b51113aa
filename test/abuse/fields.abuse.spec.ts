import { beforeAll, expect, it } from 'vitest'

import type { BuildingBlock } from '@/payload-types'

import { describeAttacks } from '../support/abuse'
import { testPassword } from '../support/fixtures'
import { graphql } from '../support/graphql'
import { useIntegration } from '../support/integration'

const { payload, fixtures, rest, users } = useIntegration({
  users: {
    editor: {
      email: 'redactie.winterswijk@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['winterswijk'],
    },
    adviser: { email: 'adviseur@test.example', roles: ['regio-redactie'] },
  },
})

let approved: BuildingBlock
const internalFields = ['reviewFeedback', 'reviewedBy', 'reviewedAt', 'submittedAt'] as const

const token = async (email: string) =>
  (await payload.login({ collection: 'users', data: { email, password: testPassword } })).token!

beforeAll(async () => {
  approved = await fixtures.buildingBlock('winterswijk', {
    title: 'Goedgekeurde bouwsteen',
    reviewStatus: 'approved',
    reviewFeedback: 'Interne opmerking van de regio',
    submittedAt: '2026-11-30T09:00:00.000Z',
    reviewedAt: '2026-12-01T09:00:00.000Z',
    reviewedBy: users.adviser.id,
  })
})

describeAttacks('fields', 'internal review data stays internal', () => {
  it('should keep review feedback, reviewer and dates out of a block’s public JSON', async () => {
    const { status, body, text } = await rest('GET', `/api/building-blocks/${approved.id}`)
    expect(status).toBe(200)
    for (const field of internalFields) expect(body).not.toHaveProperty(field)
    expect(text).not.toContain('Interne opmerking')
  })

  it('should keep review data out of the public list and its depth-populated reviewer', async () => {
    const { text } = await rest('GET', '/api/building-blocks?depth=2&limit=100')
    expect(text).toContain('Goedgekeurde bouwsteen')
    expect(text).not.toContain('Interne opmerking')
    expect(text).not.toContain(users.adviser.email)
  })

  it('should keep review data out of anonymous GraphQL', async () => {
    const { body } = await graphql(
      `{ BuildingBlock(id: ${approved.id}) { title reviewFeedback reviewedAt reviewedBy { email } } }`,
    )
    const block = body.data?.BuildingBlock as Record<string, unknown> | null
    expect(block?.title).toBe('Goedgekeurde bouwsteen')
    expect(block?.reviewFeedback ?? null).toBeNull()
    expect(block?.reviewedAt ?? null).toBeNull()
    expect(block?.reviewedBy ?? null).toBeNull()
  })

  it('should refuse visitors the version history with its review data', async () => {
    const { status, text } = await rest('GET', '/api/building-blocks/versions')
    expect(status).toBe(403)
    expect(text).not.toContain('Interne opmerking')
  })

  it('should still show the editor the review feedback on the own block', async () => {
    const { body } = await rest('GET', `/api/building-blocks/${approved.id}`, { as: users.editor })
    expect(body.reviewFeedback).toBe('Interne opmerking van de regio')
  })
})

describeAttacks('fields', 'only the review transition writes who reviewed and when', () => {
  it('should ignore an editor writing reviewed-by and reviewed-at on the own block', async () => {
    const draft = await fixtures.buildingBlock('winterswijk', { title: 'Concept' })
    const { status } = await rest('PATCH', `/api/building-blocks/${draft.id}`, {
      as: users.editor,
      body: { reviewedBy: users.editor.id, reviewedAt: '2026-01-01T00:00:00.000Z' },
    })
    expect(status).toBe(200)
    const after = await payload.findByID({ collection: 'building-blocks', id: draft.id, depth: 0 })
    expect(after.reviewedBy ?? null).toBeNull()
    expect(after.reviewedAt ?? null).toBeNull()
  })

  it('should ignore an editor setting reviewed-by when creating a block over GraphQL', async () => {
    const { body } = await graphql(
      `mutation { createBuildingBlock(data: { title: "Zelf beoordeeld", kind: news, reviewStatus: draft, reviewedBy: ${users.editor.id}, reviewedAt: "2026-01-01T00:00:00.000Z" }) { id } }`,
      { token: await token(users.editor.email) },
    )
    const id = (body.data?.createBuildingBlock as { id: number } | undefined)?.id
    expect(id).toBeDefined()
    fixtures.track('building-blocks', id!)
    const created = await payload.findByID({ collection: 'building-blocks', id: id!, depth: 0 })
    expect(created.reviewedBy ?? null).toBeNull()
    expect(created.reviewedAt ?? null).toBeNull()
  })

  it('should ignore the adviser overwriting reviewed-at by hand', async () => {
    await fixtures.restoreLater({
      collection: 'building-blocks',
      id: approved.id,
      fields: ['reviewedAt'],
      context: { skipReviewWorkflow: true },
    })
    await rest('PATCH', `/api/building-blocks/${approved.id}`, {
      as: users.adviser,
      body: { reviewedAt: '2020-01-01T00:00:00.000Z' },
    })
    const after = await payload.findByID({ collection: 'building-blocks', id: approved.id })
    expect(after.reviewedAt).toBe('2026-12-01T09:00:00.000Z')
  })

  it('should let the approval itself record the reviewer and the time', async () => {
    const submitted = await fixtures.buildingBlock('winterswijk', {
      title: 'Ingediend',
      reviewStatus: 'submitted',
    })
    const { status } = await rest('PATCH', `/api/building-blocks/${submitted.id}`, {
      as: users.adviser,
      body: { reviewStatus: 'approved' },
    })
    expect(status).toBe(200)
    const after = await payload.findByID({
      collection: 'building-blocks',
      id: submitted.id,
      depth: 0,
    })
    expect(after.reviewedBy).toBe(users.adviser.id)
    expect(after.reviewedAt).toEqual(expect.any(String))
  })

  it('should ignore an editor writing review feedback', async () => {
    const draft = await fixtures.buildingBlock('winterswijk', { title: 'Zonder feedback' })
    await rest('PATCH', `/api/building-blocks/${draft.id}`, {
      as: users.editor,
      body: { reviewFeedback: 'Door mijzelf goedgekeurd' },
    })
    const after = await payload.findByID({ collection: 'building-blocks', id: draft.id })
    expect(after.reviewFeedback ?? null).toBeNull()
  })
})

describeAttacks('fields', 'no editor raises their own role or municipalities', () => {
  it('should ignore an editor making themselves administrator', async () => {
    await rest('PATCH', `/api/users/${users.editor.id}`, {
      as: users.editor,
      body: { roles: ['admin'] },
    })
    const after = await payload.findByID({ collection: 'users', id: users.editor.id })
    expect(after.roles).toEqual(['gemeente-redactie'])
  })

  it('should ignore an editor adding another municipality to themselves', async () => {
    const arnhem = await fixtures.municipalityId('arnhem')
    await rest('PATCH', `/api/users/${users.editor.id}`, {
      as: users.editor,
      body: { municipalities: [{ municipality: arnhem }] },
    })
    const after = await payload.findByID({ collection: 'users', id: users.editor.id, depth: 0 })
    expect(after.municipalities?.map(({ municipality }) => municipality)).toEqual([
      await fixtures.municipalityId('winterswijk'),
    ])
  })

  it('should ignore an editor raising their role over GraphQL', async () => {
    await graphql(
      `mutation { updateUser(id: ${users.editor.id}, data: { roles: admin }) { id } }`,
      {
        token: await token(users.editor.email),
      },
    )
    const after = await payload.findByID({ collection: 'users', id: users.editor.id })
    expect(after.roles).toEqual(['gemeente-redactie'])
  })

  it('should refuse an editor reading another user', async () => {
    const { status } = await rest('GET', `/api/users/${users.adviser.id}`, { as: users.editor })
    expect([403, 404]).toContain(status)
  })
})

describeAttacks('fields', 'only the app decides when a file is public', () => {
  it('should ignore an editor marking the own draft image public', async () => {
    const image = await fixtures.image({ municipality: 'winterswijk', name: 'concept.png' })
    await rest('PATCH', `/api/media/${image.id}`, { as: users.editor, body: { isPublic: true } })
    expect((await payload.findByID({ collection: 'media', id: image.id })).isPublic).toBe(false)
    expect((await rest('GET', '/api/media/file/concept.png')).status).toBe(403)
  })
})
