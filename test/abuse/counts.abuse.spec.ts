import { beforeEach, expect, it } from 'vitest'

import type { Shown } from '@/lib/smallNumbers'
import type { SubscriberCounts } from '@/subscribers/counts'

import { describeAttacks } from '../support/abuse'
import { useIntegration } from '../support/integration'
import { addSubscribers } from '../support/subscribers'

const { payload, fixtures, rest, users } = useIntegration({
  emptyAfterEach: ['subscribers'],
  users: {
    editor: {
      email: 'redactie.winterswijk@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['winterswijk'],
    },
    admin: { email: 'beheer@test.example', roles: ['admin'] },
  },
})

const groups = ['confirmed', 'pending', 'stopped'] as const

/** The figures a sum is made of, with the sum last: one hidden among them can be worked out. */
const isOneHidden = (figures: Shown[]) =>
  figures.filter((figure) => typeof figure !== 'number').length === 1

const countsAs = async (as: (typeof users)['editor']) => {
  const { status, body } = await rest('GET', '/api/subscribers/counts', { as })
  expect(status).toBe(200)
  return body as SubscriberCounts
}

beforeEach(async () => {
  // Winterswijk: 3 people awaiting confirmation among 12 confirmed; Arnhem: 2 who stopped.
  const winterswijk = await fixtures.municipalityId('winterswijk')
  const arnhem = await fixtures.municipalityId('arnhem')
  await addSubscribers(payload, [
    { municipality: winterswijk, status: 'pending', count: 3 },
    { municipality: winterswijk, status: 'confirmed', count: 12 },
    { municipality: arnhem, status: 'confirmed', count: 40 },
    { municipality: arnhem, status: 'bounced', count: 2 },
  ])
})

describeAttacks('counts', 'a count of 1 to 4 people is never shown or derivable', () => {
  it('should answer an editor "<5" for the 3 people awaiting confirmation, never 3', async () => {
    const { rows, totals } = await countsAs(users.editor)
    expect(rows).toHaveLength(1)
    expect(rows[0]!.counts.pending).toBe('<5')
    expect(totals).toBeUndefined()
    const figures = [...Object.values(rows[0]!.counts), rows[0]!.total]
    expect(figures.filter((figure) => figure === 3 || figure === 2)).toEqual([])
  })

  it('should keep an editor from working the small number out of their row total', async () => {
    const { rows } = await countsAs(users.editor)
    const row = rows[0]!
    expect(isOneHidden([...groups.map((group) => row.counts[group]), row.total])).toBe(false)
  })

  it('should keep an admin from working a small number out of a row, a column or the totals', async () => {
    const { rows, totals } = await countsAs(users.admin)
    expect(totals).toBeDefined()
    const sums: Shown[][] = [
      ...rows.map((row) => [...groups.map((group) => row.counts[group]), row.total]),
      [...groups.map((group) => totals!.counts[group]), totals!.total],
      ...groups.map((group) => [...rows.map((row) => row.counts[group]), totals!.counts[group]]),
      [...rows.map((row) => row.total), totals!.total],
    ]
    for (const sum of sums) expect(isOneHidden(sum)).toBe(false)
    const arnhem = rows.find(({ municipality }) => municipality.name === 'Arnhem')!
    expect(arnhem.counts.stopped).toBe('<5')
  })

  it('should answer an editor the same hidden figures as the regional team sees for that municipality', async () => {
    const [own] = (await countsAs(users.editor)).rows
    const all = await countsAs(users.admin)
    expect(all.rows.find(({ municipality }) => municipality.id === own!.municipality.id)).toEqual(
      own,
    )
  })
})
