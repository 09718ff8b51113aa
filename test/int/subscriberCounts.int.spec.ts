import { describe, expect, it } from 'vitest'

import { useIntegration } from '../support/integration'

const { payload, fixtures, rest } = useIntegration({ emptyAfterEach: ['subscribers'] })

describe('counts for municipal editors', () => {
  it('should show a municipal editor counts for their own municipality and no addresses', async () => {
    const editor = await fixtures.user({
      email: 'tellen@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['winterswijk'],
    })
    const winterswijk = await fixtures.municipalityId('winterswijk')
    const arnhem = await fixtures.municipalityId('arnhem')
    for (const [email, municipality, status] of [
      ['w1@example.org', winterswijk, 'confirmed'],
      ['w2@example.org', winterswijk, 'confirmed'],
      ['w3@example.org', winterswijk, 'pending'],
      ['a1@example.org', arnhem, 'confirmed'],
    ] as const) {
      await payload.create({
        collection: 'subscribers',
        data: { email, municipality, status, locale: 'nl' },
      })
    }
    const counts = await rest('GET', '/api/subscribers/counts', { as: editor })
    expect(counts.status).toBe(200)
    expect(counts.body).toEqual([
      {
        municipality: { id: winterswijk, name: 'Winterswijk' },
        byStatus: { pending: 1, confirmed: 2, unsubscribed: 0, bounced: 0, complained: 0 },
      },
    ])
    expect(counts.text).not.toContain('@')

    const list = await rest('GET', '/api/subscribers', { as: editor })
    expect(list.status).toBe(403)
  })
})
