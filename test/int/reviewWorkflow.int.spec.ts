import { describe, expect, it } from 'vitest'

import { useIntegration } from '../support/integration'

const { payload, fixtures, users } = useIntegration({
  users: {
    editor: {
      email: 'redactie.arnhem@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['arnhem'],
    },
    adviser: { email: 'communicatie@test.example', roles: ['regio-redactie'] },
  },
})

describe('review of building blocks', () => {
  const asEditor = () => ({ user: users.editor, overrideAccess: false as const })
  const asAdviser = () => ({ user: users.adviser, overrideAccess: false as const })

  const submitNewBlock = async (title: string) => {
    const block = await fixtures.create(
      'building-blocks',
      { title, kind: 'news', reviewStatus: 'draft' },
      { as: users.editor },
    )
    expect(block.reviewStatus).toBe('draft')
    const submitted = await payload.update({
      collection: 'building-blocks',
      id: block.id,
      data: { reviewStatus: 'submitted' },
      ...asEditor(),
    })
    expect(submitted.reviewStatus).toBe('submitted')
    expect(submitted.submittedAt).toBeTruthy()
    return submitted
  }

  it('should not let an editor approve or return a building block', async () => {
    const block = await submitNewBlock('Zelf goedgekeurd?')
    await expect(
      payload.update({
        collection: 'building-blocks',
        id: block.id,
        data: { reviewStatus: 'approved' },
        ...asEditor(),
      }),
    ).rejects.toThrow(/reviewStatus|beoordeling/i)
    const unchanged = await payload.findByID({ collection: 'building-blocks', id: block.id })
    expect(unchanged.reviewStatus).toBe('submitted')
  })

  it('should let the adviser see submissions of every municipality and approve one', async () => {
    const block = await submitNewBlock('Klaar voor de nieuwsbrief')
    const winterswijkBlock = await fixtures.buildingBlock('winterswijk', {
      title: 'Ingediend uit Winterswijk',
      reviewStatus: 'submitted',
    })
    const { docs } = await payload.find({
      collection: 'building-blocks',
      where: { reviewStatus: { equals: 'submitted' } },
      ...asAdviser(),
    })
    expect(docs.map((doc) => doc.id)).toEqual(
      expect.arrayContaining([block.id, winterswijkBlock.id]),
    )

    const approved = await payload.update({
      collection: 'building-blocks',
      id: block.id,
      data: { reviewStatus: 'approved' },
      ...asAdviser(),
    })
    expect(approved.reviewStatus).toBe('approved')
    expect(approved.reviewedAt).toBeTruthy()
    const reviewer =
      typeof approved.reviewedBy === 'object' ? approved.reviewedBy?.id : approved.reviewedBy
    expect(reviewer).toBe(users.adviser.id)
  })

  it('should require feedback to return a block, and show that feedback to the editor', async () => {
    const block = await submitNewBlock('Nog niet helemaal')
    await expect(
      payload.update({
        collection: 'building-blocks',
        id: block.id,
        data: { reviewStatus: 'returned' },
        ...asAdviser(),
      }),
    ).rejects.toThrow(/reviewFeedback/)

    await payload.update({
      collection: 'building-blocks',
      id: block.id,
      data: { reviewStatus: 'returned', reviewFeedback: 'Voeg het nummer van Veilig Thuis toe.' },
      ...asAdviser(),
    })
    const seenByEditor = await payload.findByID({
      collection: 'building-blocks',
      id: block.id,
      ...asEditor(),
    })
    expect(seenByEditor.reviewStatus).toBe('returned')
    expect(seenByEditor.reviewFeedback).toBe('Voeg het nummer van Veilig Thuis toe.')
  })

  it('should not let an editor write review feedback', async () => {
    const block = await submitNewBlock('Eigen feedback?')
    const updated = await payload.update({
      collection: 'building-blocks',
      id: block.id,
      data: { reviewFeedback: 'Zelf goedgekeurd' },
      ...asEditor(),
    })
    expect(updated.reviewFeedback ?? null).toBeNull()
  })

  it('should send an approved block back for review when the editor changes it', async () => {
    const block = await submitNewBlock('Later aangepast')
    await payload.update({
      collection: 'building-blocks',
      id: block.id,
      data: { reviewStatus: 'approved' },
      ...asAdviser(),
    })
    const edited = await payload.update({
      collection: 'building-blocks',
      id: block.id,
      data: { summary: 'Een nieuwe zin die nog niemand heeft gelezen.' },
      ...asEditor(),
    })
    expect(edited.reviewStatus).toBe('submitted')
  })

  it('should keep a version of every change', async () => {
    const block = await submitNewBlock('Met geschiedenis')
    await payload.update({
      collection: 'building-blocks',
      id: block.id,
      data: { reviewStatus: 'returned', reviewFeedback: 'Korter graag.' },
      ...asAdviser(),
    })
    const { docs } = await payload.findVersions({
      collection: 'building-blocks',
      where: { parent: { equals: block.id } },
      sort: 'createdAt',
    })
    expect(docs.map((version) => version.version.reviewStatus)).toEqual([
      'draft',
      'submitted',
      'returned',
    ])
  })
})
