import { beforeAll, beforeEach, expect, it } from 'vitest'

import type { Shown } from '@/lib/smallNumbers'
import type { User } from '@/payload-types'
import type { SubscriberCounts } from '@/subscribers/counts'

import { describeAttacks } from '../support/abuse'
import { runSendingQueue, scheduleNow, seedSubscribersOf, useSending } from '../support/sending'

const { payload, fixtures, rest, users, edition } = useSending()

const groups = ['confirmed', 'pending', 'stopped'] as const
let editor: User
let ids: Record<'winterswijk' | 'arnhem' | 'aalten', number>

/** The figures a sum is made of, with the sum last: one hidden among them can be worked out. */
const isOneHidden = (figures: Shown[]) =>
  figures.filter((figure) => typeof figure !== 'number').length === 1

const countsAs = async (as: User) => {
  const { status, body } = await rest('GET', '/api/subscribers/counts', { as })
  expect(status).toBe(200)
  return body as SubscriberCounts
}

beforeAll(async () => {
  editor = await fixtures.user({
    email: 'redactie.winterswijk@test.example',
    roles: ['gemeente-redactie'],
    municipalities: ['winterswijk'],
  })
  ids = {
    winterswijk: await fixtures.municipalityId('winterswijk'),
    arnhem: await fixtures.municipalityId('arnhem'),
    aalten: await fixtures.municipalityId('aalten'),
  }
})

beforeEach(async () => {
  // Winterswijk: 3 awaiting confirmation beside 12 confirmed; Arnhem: 2 who bounced beside 40;
  // Aalten: 8 awaiting confirmation, which the region's total of those would give Winterswijk's 3.
  await seedSubscribersOf({ payload, municipality: ids.winterswijk, count: 3, status: 'pending' })
  await seedSubscribersOf({ payload, municipality: ids.winterswijk, count: 12 })
  await seedSubscribersOf({ payload, municipality: ids.arnhem, count: 40 })
  await seedSubscribersOf({ payload, municipality: ids.arnhem, count: 2, status: 'bounced' })
  await seedSubscribersOf({ payload, municipality: ids.aalten, count: 8, status: 'pending' })
})

describeAttacks('counts', 'a count of 1 to 4 people is never shown or derivable', () => {
  it('should answer an editor "<5" for the 3 people awaiting confirmation, never 3', async () => {
    const { rows } = await countsAs(editor)
    expect(rows).toHaveLength(1)
    expect(rows[0]!.counts.pending).toBe('<5')
    expect(Object.values(rows[0]!.counts)).not.toContain(3)
  })

  it('should give an editor no total to subtract their shown figures from', async () => {
    const { rows, totals } = await countsAs(editor)
    expect(totals).toBeUndefined()
    expect(Object.keys(rows[0]!)).toEqual(['municipality', 'counts'])
  })

  it('should keep the regional team from working a small number out of the region totals', async () => {
    const { rows, totals } = await countsAs(users.adviser)
    expect(totals).toBeDefined()
    for (const group of groups) {
      expect(isOneHidden([...rows.map(({ counts }) => counts[group]), totals![group]])).toBe(false)
    }
    const countsOf = (id: number) => rows.find(({ municipality }) => municipality.id === id)!.counts
    expect(countsOf(ids.arnhem).stopped).toBe('<5')
    expect(countsOf(ids.aalten).pending).toBe('x')
  })

  it('should answer an editor the same hidden figures as the regional team sees for that municipality', async () => {
    const [own] = (await countsAs(editor)).rows
    const all = await countsAs(users.adviser)
    expect(all.rows.find(({ municipality }) => municipality.id === own!.municipality.id)).toEqual(
      own,
    )
  })

  it('should keep the 3 recipients in Aalten out of a send report, also as its total minus the rest', async () => {
    await seedSubscribersOf({ payload, municipality: ids.aalten, count: 3 })
    const doc = await edition()
    await scheduleNow(payload, users.adviser, doc.id)
    expect(await runSendingQueue(payload, doc.id)).toBe('sent')

    const { body } = await rest('GET', `/api/newsletter-editions/${doc.id}/sending/progress`, {
      as: users.adviser,
    })
    // The whole send is exact for whoever runs it; its parts add up to it.
    expect(body.accepted).toBe(55)
    const aalten = body.byMunicipality.find(({ id }: { id: unknown }) => id === ids.aalten)
    expect(aalten.accepted).toBe('<5')
    for (const parts of [body.byMunicipality, body.byLanguage]) {
      for (const key of ['accepted', 'failed']) {
        const column = parts.map((part: Record<string, Shown>) => part[key]!)
        expect(isOneHidden([...column, body[key]])).toBe(false)
      }
    }
  })
})
