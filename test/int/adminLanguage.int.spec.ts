import { describe, expect, it } from 'vitest'

import { useIntegration } from '../support/integration'

const { payload, fixtures, rest, users } = useIntegration({
  users: {
    editor: {
      email: 'taal.redactie@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['arnhem'],
    },
  },
})

/** An editor tries to approve their own block: the review hook refuses with a sentence. */
const approveOwnBlock = async (headers: Record<string, string>, language?: string) => {
  const block = await fixtures.buildingBlock('arnhem', { reviewStatus: 'submitted' })
  const response = await rest('PATCH', `/api/building-blocks/${block.id}`, {
    as: users.editor,
    body: { reviewStatus: 'approved' },
    headers,
    ...(language ? { language } : {}),
  })
  return { ...response, block }
}

describe('the admin language of a message', () => {
  it('should answer in English when the admin language chosen is English', async () => {
    // The admin keeps the language a user picks in their account in the `payload-lng` cookie.
    const refused = await approveOwnBlock({ Cookie: 'payload-lng=en' })
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors[0].message).toBe(
      'Only the regional editors can approve or return a building block. Set it to "Submitted" instead.',
    )
  })

  it('should answer in English to a browser that asks for English', async () => {
    const refused = await approveOwnBlock({}, 'en-GB,en;q=0.9')
    expect(refused.body.errors[0].data.errors[0].message).toMatch(/^Only the regional editors/)
  })

  it('should answer in Dutch otherwise', async () => {
    const refused = await approveOwnBlock({}, 'de-DE')
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.errors[0].message).toBe(
      'Alleen de regio-redactie kan een bouwsteen goedkeuren of terugsturen. Zet hem op "Ingediend".',
    )
    const unchanged = await payload.findByID({
      collection: 'building-blocks',
      id: refused.block.id,
    })
    expect(unchanged.reviewStatus).toBe('submitted')
  })
})
