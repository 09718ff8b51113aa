import { describe, expect, it } from 'vitest'

import { useIntegration } from '../support/integration'
import { seedSubscribersOf } from '../support/sending'

const { payload, fixtures, rest, users } = useIntegration({
  emptyAfterEach: ['subscribers'],
  users: {
    editor: {
      email: 'tellen@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['winterswijk'],
    },
    adviser: { email: 'tellen.regio@test.example', roles: ['regio-redactie'] },
  },
})

describe('subscriber counts on the dashboard', () => {
  it('should show a municipal editor only their own municipality, as numbers without addresses', async () => {
    const winterswijk = await fixtures.municipalityId('winterswijk')
    const arnhem = await fixtures.municipalityId('arnhem')
    await seedSubscribersOf({ payload, municipality: winterswijk, count: 6 })
    await seedSubscribersOf({ payload, municipality: arnhem, count: 5 })

    const counts = await rest('GET', '/api/subscribers/counts', { as: users.editor })
    expect(counts.status).toBe(200)
    expect(counts.body).toEqual({
      rows: [
        {
          municipality: { id: winterswijk, name: 'Winterswijk' },
          counts: { confirmed: 6, pending: 0, stopped: 0 },
        },
      ],
    })
    expect(counts.text).not.toContain('@')

    const list = await rest('GET', '/api/subscribers', { as: users.editor })
    expect(list.status).toBe(403)
  })

  it('should show 1 to 4 as "<5" and 0 and 5 or more exactly', async () => {
    const winterswijk = await fixtures.municipalityId('winterswijk')
    await seedSubscribersOf({ payload, municipality: winterswijk, count: 5 })
    await seedSubscribersOf({ payload, municipality: winterswijk, count: 4, status: 'pending' })
    await seedSubscribersOf({
      payload,
      municipality: winterswijk,
      count: 1,
      status: 'unsubscribed',
    })

    const { body } = await rest('GET', '/api/subscribers/counts', { as: users.editor })
    const [row] = body.rows
    expect(row.counts.pending).toBe('<5')
    expect(row.counts.stopped).toBe('<5')
    expect(row.counts.confirmed).toBe(5)
  })

  it('should give the regional team totals in which a hidden number stays hidden', async () => {
    const winterswijk = await fixtures.municipalityId('winterswijk')
    const arnhem = await fixtures.municipalityId('arnhem')
    await seedSubscribersOf({ payload, municipality: winterswijk, count: 3, status: 'pending' })
    await seedSubscribersOf({ payload, municipality: winterswijk, count: 20 })
    await seedSubscribersOf({ payload, municipality: arnhem, count: 10, status: 'pending' })

    const { status, body } = await rest('GET', '/api/subscribers/counts', { as: users.adviser })
    expect(status).toBe(200)
    expect(body.rows).toHaveLength(18)
    const countsOf = (id: number) =>
      body.rows.find((row: { municipality: { id: unknown } }) => row.municipality.id === id).counts
    expect(countsOf(winterswijk)).toEqual({ confirmed: 20, pending: '<5', stopped: 0 })
    // Shown as a number, the region's 13 minus Arnhem's 10 would give Winterswijk's 3 away.
    expect(countsOf(arnhem)).toEqual({ confirmed: 0, pending: 'x', stopped: 0 })
    expect(body.totals).toEqual({ confirmed: 20, pending: 13, stopped: 0 })
  })
})
