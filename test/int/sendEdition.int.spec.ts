import { describe, expect, it, vi } from 'vitest'

import { getTransport } from '@/mail/transports'
import type { Transport } from '@/mail/transports/types'
import { startIfDue } from '@/newsletter/delivery/control'
import { editionProgress } from '@/newsletter/delivery/progress'
import { runEditionSend } from '@/newsletter/delivery/sendEdition'
import { snapshotNextPage } from '@/newsletter/delivery/snapshot'

import { runSendingQueue, scheduleNow, seedSubscribers, useSending } from '../support/sending'

const { users, payload, rest, fake, edition, deliveriesOf, recipientsAtFake } = useSending()

describe('sending an edition', () => {
  it('should send every confirmed subscriber the edition once, in their own language, with one-click unsubscribe and tags', async () => {
    const ids = await seedSubscribers({ payload, count: 250 })
    await seedSubscribers({ payload, count: 1, prefix: 'nog-niet-bevestigd' }).then(([id]) =>
      payload.db.updateOne({ collection: 'subscribers', id, data: { status: 'pending' } }),
    )
    const doc = await edition()
    await scheduleNow(payload, users.adviser, doc.id)

    expect(await runSendingQueue(payload, doc.id)).toBe('sent')

    expect(fake.messages).toHaveLength(250)
    expect(new Set(recipientsAtFake()).size).toBe(250)
    expect(recipientsAtFake()).not.toContain('nog-niet-bevestigd0@example.org')
    expect(fake.batches.every((batch) => batch.validation === 'permissive')).toBe(true)
    expect(Math.max(...fake.batches.map((batch) => batch.messageIds.length))).toBeLessThanOrEqual(
      100,
    )
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
    expect(progress).toMatchObject({
      status: 'sent',
      total: 250,
      accepted: 250,
      failed: 0,
      remaining: 0,
    })
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
    let seed = 7
    const seeded = () => {
      seed = (seed * 16807) % 2147483647
      return seed / 2147483647
    }
    await fake.restart({
      ratePerSecond: 5,
      random: seeded,
      randomFaults: { dropAfterAccepting: 0.1, serverError: 0.05 },
    })
    // Asking faster than the provider allows puts the rate limit under pressure too.
    vi.stubEnv('SEND_RATE_PER_SECOND', '8')
    vi.stubEnv('SEND_BATCH_SIZE', '20')
    await seedSubscribers({ payload, count: 600 })
    const doc = await edition()
    await scheduleNow(payload, users.adviser, doc.id)

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

  // The generic path is the one MongoDB takes (adapter writes row by row instead of one statement).
  it.each([
    { path: 'the SQLite fast path', generic: undefined },
    { path: 'the generic database path', generic: '1' },
  ])(
    'should never send a batch twice when two workers send the same edition at once, on $path',
    async ({ generic }) => {
      vi.stubEnv('GENERIC_DATABASE_PATHS', generic)
      vi.stubEnv('SEND_BATCH_SIZE', '10')
      await seedSubscribers({ payload, count: 200 })
      const doc = await edition()
      await scheduleNow(payload, users.adviser, doc.id)
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
      expect(new Set(fake.requests.map((request) => request.headers['idempotency-key'])).size).toBe(
        20,
      )
      expect(new Set(recipientsAtFake()).size).toBe(200)
      expect(fake.messages).toHaveLength(200)
      const deliveries = await deliveriesOf(doc.id)
      expect(deliveries).toHaveLength(200)
      expect(deliveries.every((delivery) => delivery.state === 'accepted')).toBe(true)
      expect(new Set(deliveries.map((delivery) => delivery.providerMessageId)).size).toBe(200)
    },
  )

  it('should skip a subscriber who unsubscribes after the audience was frozen but before their batch goes', async () => {
    vi.stubEnv('SEND_BATCH_SIZE', '10')
    const ids = await seedSubscribers({ payload, count: 30 })
    const doc = await edition()
    await scheduleNow(payload, users.adviser, doc.id)
    await startIfDue(payload, doc.id)
    const started = await payload.findByID({
      collection: 'newsletter-editions',
      id: doc.id,
      depth: 0,
    })
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
    vi.stubEnv('SEND_BATCH_SIZE', '10')
    await seedSubscribers({ payload, count: 50 })
    const doc = await edition()
    await scheduleNow(payload, users.adviser, doc.id)
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
            as: users.adviser,
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
    await payload.db.updateOne({
      collection: 'subscribers',
      id: ids[2],
      data: { email: 'geen-adres' },
    })
    const doc = await edition()
    await scheduleNow(payload, users.adviser, doc.id)

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
    vi.stubEnv('SEND_MAX_CONSECUTIVE_FAILURES', '3')
    await seedSubscribers({ payload, count: 5 })
    fake.injectFault({ kind: 'server-error', count: 3 })
    const doc = await edition()
    await scheduleNow(payload, users.adviser, doc.id)

    expect(await runSendingQueue(payload, doc.id)).toBe('paused')
    const paused = await editionProgress({ payload, editionId: doc.id })
    expect(paused.pauseReason).toMatch(/^Gepauzeerd: 3 pogingen achter elkaar mislukt .*500/)
    expect(fake.messages).toHaveLength(0)

    const resumed = await rest('POST', `/api/newsletter-editions/${doc.id}/sending/resume`, {
      as: users.adviser,
    })
    expect(resumed.status).toBe(200)
    expect(await runSendingQueue(payload, doc.id)).toBe('sent')
    expect(fake.messages).toHaveLength(5)
  })
})
