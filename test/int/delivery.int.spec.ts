import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { startIfDue } from '@/newsletter/delivery/control'
import { editionProgress } from '@/newsletter/delivery/progress'
import { runEditionSend } from '@/newsletter/delivery/sendEdition'
import { snapshotNextPage } from '@/newsletter/delivery/snapshot'
import { sendSettings } from '@/newsletter/delivery/settings'
import { getTransport } from '@/mail/transports'
import type { Transport } from '@/mail/transports/types'
import type { BuildingBlock, User } from '@/payload-types'
import { startFakeResend } from '../support/fakeResend'
import type { FakeResend } from '../support/fakeResend'
import { createFixtures, testPassword } from '../support/fixtures'
import { startPayload } from '../support/payload'
import { rest } from '../support/rest'
import {
  clearSending,
  createEdition,
  runSendingQueue,
  scheduleNow,
  seedSubscribers,
} from '../support/sending'

let payload: Payload
let fixtures: ReturnType<typeof createFixtures>
let adviser: User
let adviserToken: string
let approvedBlock: BuildingBlock
let fake: FakeResend
const editionIds: (string | number)[] = []
const savedEnv = { ...process.env }

const useFake = async (options: Parameters<typeof startFakeResend>[0] = {}) => {
  fake = await startFakeResend({ ratePerSecond: 50, ...options })
  process.env.RESEND_API_KEY = fake.apiKey
  process.env.RESEND_BASE_URL = fake.url
}

const edition = async (audience?: Parameters<typeof createEdition>[0]['audience']) => {
  const doc = await createEdition({ payload, user: adviser, blocks: [approvedBlock.id], audience })
  editionIds.push(doc.id)
  return doc
}

const deliveriesOf = async (editionId: string | number) =>
  (
    await payload.find({
      collection: 'deliveries',
      where: { edition: { equals: editionId } },
      pagination: false,
      depth: 0,
      sort: 'id',
      overrideAccess: true,
    })
  ).docs

const recipientsAtFake = () => fake.messages.flatMap((message) => message.to)

beforeAll(async () => {
  process.env.SEND_RATE_PER_SECOND = '50'
  process.env.SEND_BACKOFF_SECONDS = '0.05'
  payload = await startPayload()
  fixtures = createFixtures(payload)
  adviser = await fixtures.user({ email: 'adviseur.verzending@test.example', roles: ['regio-redactie'] })
  adviserToken = (
    await payload.login({
      collection: 'users',
      data: { email: adviser.email, password: testPassword },
    })
  ).token!
  approvedBlock = await fixtures.buildingBlock('arnhem', {
    title: 'Arnhem kleurt oranje',
    reviewStatus: 'approved',
  })
})

beforeEach(async () => {
  await useFake()
})

afterEach(async () => {
  await fake.close()
  await clearSending(payload)
  for (const key of Object.keys(process.env)) {
    if (key.startsWith('SEND_') && savedEnv[key] === undefined) delete process.env[key]
  }
  process.env.SEND_RATE_PER_SECOND = '50'
  process.env.SEND_BACKOFF_SECONDS = '0.05'
})

afterAll(async () => {
  for (const id of editionIds) {
    await payload.delete({ collection: 'newsletter-editions', id }).catch(() => undefined)
  }
  await fixtures.cleanup()
  process.env = savedEnv
  await payload.destroy()
})

describe('sending an edition', () => {
  it('should send every confirmed subscriber the edition once, in their own language, with one-click unsubscribe and tags', async () => {
    const ids = await seedSubscribers({ payload, count: 250 })
    await seedSubscribers({ payload, count: 1, prefix: 'nog-niet-bevestigd' }).then(([id]) =>
      payload.db.updateOne({ collection: 'subscribers', id, data: { status: 'pending' } }),
    )
    const doc = await edition()
    await scheduleNow(payload, adviser, doc.id)

    expect(await runSendingQueue(payload, doc.id)).toBe('sent')

    expect(fake.messages).toHaveLength(250)
    expect(new Set(recipientsAtFake()).size).toBe(250)
    expect(recipientsAtFake()).not.toContain('nog-niet-bevestigd0@example.org')
    expect(fake.batches.every((batch) => batch.validation === 'permissive')).toBe(true)
    expect(Math.max(...fake.batches.map((batch) => batch.messageIds.length))).toBeLessThanOrEqual(100)
    const arabic = fake.messages.find((message) => message.to[0] === 'abonnee2@example.org')!
    expect(arabic.html).toContain('lang="ar"')
    expect(arabic.tags).toEqual([
      { name: 'kind', value: 'newsletter' },
      { name: 'edition', value: String(doc.id) },
      { name: 'locale', value: 'ar' },
    ])
    expect(arabic.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
    expect(arabic.headers?.['List-Unsubscribe']).toMatch(
      /^<http[^>]+\/api\/subscribers\/unsubscribe\?token=unsubscribe\.[^>]+>, <http[^>]+\/ar\/nieuwsbrief\/afmelden\?token=[^>]+>$/,
    )

    const deliveries = await deliveriesOf(doc.id)
    expect(deliveries).toHaveLength(ids.length)
    expect(deliveries.every((delivery) => delivery.state === 'accepted')).toBe(true)
    expect(new Set(deliveries.map((delivery) => delivery.providerMessageId)).size).toBe(250)

    const progress = await editionProgress({ payload, editionId: doc.id, withBreakdown: true })
    expect(progress).toMatchObject({ status: 'sent', total: 250, accepted: 250, failed: 0, remaining: 0 })
    expect(progress.byLanguage?.map(({ code, accepted }) => [code, accepted])).toEqual([
      ['nl', 42],
      ['en', 42],
      ['ar', 42],
      ['tr', 42],
      ['pl', 41],
      ['uk', 41],
    ])
  })

  it('should lose nothing and send nothing twice through dropped answers, server errors and rate limits', async () => {
    await fake.close()
    let seed = 7
    const seeded = () => {
      seed = (seed * 16807) % 2147483647
      return seed / 2147483647
    }
    await useFake({
      ratePerSecond: 5,
      random: seeded,
      randomFaults: { dropAfterAccepting: 0.1, serverError: 0.05 },
    })
    // Asking faster than the provider allows puts the rate limit under pressure too.
    process.env.SEND_RATE_PER_SECOND = '8'
    process.env.SEND_BATCH_SIZE = '20'
    await seedSubscribers({ payload, count: 600 })
    const doc = await edition()
    await scheduleNow(payload, adviser, doc.id)

    expect(await runSendingQueue(payload, doc.id)).toBe('sent')

    const statuses = fake.requests.map((request) => request.status)
    expect(statuses).toContain(429)
    expect(statuses).toContain(500)
    expect(statuses).toContain('dropped')
    expect(fake.messages).toHaveLength(600)
    expect(new Set(recipientsAtFake()).size).toBe(600)
    const deliveries = await deliveriesOf(doc.id)
    expect(deliveries.filter((delivery) => delivery.state === 'accepted')).toHaveLength(600)
  })

  it('should never send a batch twice when two workers send the same edition at once', async () => {
    process.env.SEND_BATCH_SIZE = '10'
    await seedSubscribers({ payload, count: 200 })
    const doc = await edition()
    await scheduleNow(payload, adviser, doc.id)
    await startIfDue(payload, doc.id)
    const requestsBy = { first: 0, second: 0 }
    const countingTransport = (worker: keyof typeof requestsBy): Transport => {
      const real = getTransport(payload)
      return {
        ...real,
        sendBatch: (messages, options) => {
          requestsBy[worker] += 1
          return real.sendBatch(messages, options)
        },
      }
    }

    const outcomes = await Promise.all([
      runEditionSend({ payload, editionId: doc.id, transport: countingTransport('first') }),
      runEditionSend({ payload, editionId: doc.id, transport: countingTransport('second') }),
    ])

    expect(outcomes).toContain('sent')
    expect(requestsBy.first).toBeGreaterThan(0)
    expect(requestsBy.second).toBeGreaterThan(0)
    expect(fake.requests).toHaveLength(20)
    expect(new Set(fake.requests.map((request) => request.headers['idempotency-key'])).size).toBe(20)
    expect(new Set(recipientsAtFake()).size).toBe(200)
    expect(fake.messages).toHaveLength(200)
  })

  it('should skip a subscriber who unsubscribes after the audience was frozen but before their batch goes', async () => {
    process.env.SEND_BATCH_SIZE = '10'
    const ids = await seedSubscribers({ payload, count: 30 })
    const doc = await edition()
    await scheduleNow(payload, adviser, doc.id)
    await startIfDue(payload, doc.id)
    const started = await payload.findByID({ collection: 'newsletter-editions', id: doc.id, depth: 0 })
    while (await snapshotNextPage({ payload, edition: started, batchSize: 10 })) {
      // freezing page by page
    }
    await payload.update({
      collection: 'subscribers',
      id: ids[25],
      data: { status: 'unsubscribed' },
      overrideAccess: true,
    })

    expect(await runSendingQueue(payload, doc.id)).toBe('sent')

    expect(fake.messages).toHaveLength(29)
    expect(recipientsAtFake()).not.toContain('abonnee25@example.org')
    const skipped = (await deliveriesOf(doc.id)).filter((delivery) => delivery.state === 'skipped')
    expect(skipped.map((delivery) => delivery.subscriber)).toEqual([ids[25]])
  })

  it('should send nothing more after the edition is cancelled half-way, and say so', async () => {
    process.env.SEND_BATCH_SIZE = '10'
    await seedSubscribers({ payload, count: 50 })
    const doc = await edition()
    await scheduleNow(payload, adviser, doc.id)
    await startIfDue(payload, doc.id)
    const real = getTransport(payload)
    let calls = 0
    // The adviser presses "Annuleren" while the second batch is on its way.
    const transport: Transport = {
      ...real,
      sendBatch: async (messages, options) => {
        calls += 1
        if (calls === 2) {
          const response = await rest('POST', `/api/newsletter-editions/${doc.id}/sending/cancel`, {
            token: adviserToken,
          })
          expect(response.status).toBe(200)
        }
        return real.sendBatch(messages, options)
      },
    }

    expect(await runEditionSend({ payload, editionId: doc.id, transport })).toBe('cancelled')

    // Let a worker that comes later find nothing to do either.
    await runSendingQueue(payload, doc.id)
    expect(fake.messages).toHaveLength(20)
    const deliveries = await deliveriesOf(doc.id)
    expect(deliveries.filter((delivery) => delivery.state === 'accepted')).toHaveLength(20)
    // Frozen but not sent: cancelled, with the reason. Not yet frozen: never a delivery at all.
    const notSent = deliveries.filter((delivery) => delivery.state !== 'accepted')
    expect(notSent.length).toBeGreaterThan(0)
    expect(notSent.every((delivery) => delivery.state === 'cancelled')).toBe(true)
    expect(notSent[0].lastError).toBe('Niet verstuurd: de verzending is geannuleerd.')
    const progress = await editionProgress({ payload, editionId: doc.id })
    expect(progress).toMatchObject({
      status: 'cancelled',
      accepted: 20,
      cancelled: notSent.length,
      remaining: 0,
      etaSeconds: null,
    })
  })

  it('should mark only the rejected address failed, with the reason, and send the rest', async () => {
    const ids = await seedSubscribers({ payload, count: 5 })
    await payload.db.updateOne({ collection: 'subscribers', id: ids[2], data: { email: 'geen-adres' } })
    const doc = await edition()
    await scheduleNow(payload, adviser, doc.id)

    expect(await runSendingQueue(payload, doc.id)).toBe('sent')

    expect(fake.messages).toHaveLength(4)
    const deliveries = await deliveriesOf(doc.id)
    const failed = deliveries.filter((delivery) => delivery.state === 'failed')
    expect(failed.map((delivery) => delivery.subscriber)).toEqual([ids[2]])
    expect(failed[0].lastError).toMatch(/Invalid `to` field/)
    const progress = await editionProgress({ payload, editionId: doc.id, withBreakdown: true })
    expect(progress.failureReasons).toEqual([{ reason: failed[0].lastError, count: 1 }])
  })

  it('should pause with a clear message after too many failures in a row, and finish after resuming', async () => {
    process.env.SEND_MAX_CONSECUTIVE_FAILURES = '3'
    await seedSubscribers({ payload, count: 5 })
    fake.injectFault({ kind: 'server-error', count: 3 })
    const doc = await edition()
    await scheduleNow(payload, adviser, doc.id)

    expect(await runSendingQueue(payload, doc.id)).toBe('paused')
    const paused = await editionProgress({ payload, editionId: doc.id })
    expect(paused.pauseReason).toMatch(/^Gepauzeerd: 3 pogingen achter elkaar mislukt .*500/)
    expect(fake.messages).toHaveLength(0)

    const resumed = await rest('POST', `/api/newsletter-editions/${doc.id}/sending/resume`, {
      token: adviserToken,
    })
    expect(resumed.status).toBe(200)
    expect(await runSendingQueue(payload, doc.id)).toBe('sent')
    expect(fake.messages).toHaveLength(5)
  })
})

describe('scheduling an edition', () => {
  it('should schedule and send through a REST PATCH by the regio-redactie', async () => {
    await seedSubscribers({ payload, count: 3 })
    const doc = await edition()
    const response = await rest('PATCH', `/api/newsletter-editions/${doc.id}`, {
      token: adviserToken,
      body: { status: 'scheduled', sendAt: new Date().toISOString() },
    })
    expect(response.status).toBe(200)
    expect(response.body.doc.status).toBe('scheduled')

    expect(await runSendingQueue(payload, doc.id)).toBe('sent')
    expect(fake.messages).toHaveLength(3)
  })

  it('should not send a scheduled edition before its moment', async () => {
    await seedSubscribers({ payload, count: 3 })
    const doc = await edition()
    await payload.update({
      collection: 'newsletter-editions',
      id: doc.id,
      data: { status: 'scheduled', sendAt: new Date(Date.now() + 3_600_000).toISOString() },
      user: adviser,
      overrideAccess: false,
    })
    await payload.jobs.run({ queue: 'sending' })
    const after = await payload.findByID({ collection: 'newsletter-editions', id: doc.id, depth: 0 })
    expect(after.status).toBe('scheduled')
    expect(fake.requests).toHaveLength(0)
  })

  it('should refuse an edition without approved building blocks, with a clear message', async () => {
    await seedSubscribers({ payload, count: 3 })
    const withdrawn = await fixtures.buildingBlock('arnhem', { reviewStatus: 'approved' })
    const doc = await createEdition({ payload, user: adviser, blocks: [withdrawn.id] })
    editionIds.push(doc.id)
    await payload.update({
      collection: 'building-blocks',
      id: withdrawn.id,
      data: { reviewStatus: 'draft' },
      context: { skipReviewWorkflow: true },
    })
    const response = await rest('PATCH', `/api/newsletter-editions/${doc.id}`, {
      token: adviserToken,
      body: { status: 'scheduled', sendAt: new Date().toISOString() },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toBe(
      'Deze editie bevat geen goedgekeurde bouwstenen. Voeg minstens één goedgekeurde bouwsteen toe voordat u hem inplant.',
    )
  })

  it('should refuse an edition nobody would receive, with a clear message', async () => {
    await seedSubscribers({ payload, count: 3, locales: ['nl'] })
    const doc = await edition({ languages: ['uk'] })
    const response = await rest('PATCH', `/api/newsletter-editions/${doc.id}`, {
      token: adviserToken,
      body: { status: 'scheduled', sendAt: new Date().toISOString() },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/^Er zijn geen bevestigde abonnees/)
  })

  it('should ask to send now when the moment lies in the past', async () => {
    await seedSubscribers({ payload, count: 3 })
    const doc = await edition()
    const response = await rest('POST', `/api/newsletter-editions/${doc.id}/sending/schedule`, {
      token: adviserToken,
      body: { sendAt: '2020-01-01T09:00:00.000Z' },
    })
    expect(response.status).toBe(400)
    expect(response.body.error).toMatch(/ligt in het verleden\. Wilt u de editie nu verzenden\?/)
  })

  it('should summarise the audience per language and per municipality before scheduling', async () => {
    const arnhem = await fixtures.municipalityId('arnhem')
    const aalten = await fixtures.municipalityId('aalten')
    await seedSubscribers({ payload, count: 6, locales: ['nl', 'tr'], municipalities: [arnhem, aalten, arnhem] })
    const doc = await edition()
    const response = await rest('GET', `/api/newsletter-editions/${doc.id}/sending/summary`, {
      token: adviserToken,
    })
    expect(response.status).toBe(200)
    expect(response.body.problem).toBeNull()
    expect(response.body.audience.total).toBe(6)
    expect(response.body.audience.byLanguage).toEqual([
      { code: 'nl', label: 'Nederlands', count: 3 },
      { code: 'tr', label: 'Türkçe', count: 3 },
    ])
    expect(
      response.body.audience.byMunicipality.map(({ name, count }: { name: string; count: number }) => [
        name,
        count,
      ]),
    ).toEqual([
      ['Aalten', 2],
      ['Arnhem', 4],
    ])
  })

  it('should keep the batch size within the provider limit whatever is configured', () => {
    expect(sendSettings({ SEND_BATCH_SIZE: '500' }).batchSize).toBe(100)
    expect(sendSettings({ SEND_RATE_PER_SECOND: 'veel' }).ratePerSecond).toBe(2)
  })
})
