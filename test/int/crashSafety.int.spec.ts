import { describe, expect, it } from 'vitest'

import { useIntegration } from '../support/integration'
import { createEdition, scheduleNow, seedSubscribers, sendingCollections } from '../support/sending'
import { useFakeResend } from '../support/useFakeResend'
import { useWorkerProcesses } from '../support/workerProcess'

const subscriberCount = 2000
const kills = 5

const { payload, fixtures, users } = useIntegration({
  emptyAfterEach: sendingCollections,
  users: { adviser: { email: 'adviseur.crash@test.example', roles: ['regio-redactie'] } },
})
// The provider's stand-in lives in this process, so it outlives every worker that is killed.
const fake = useFakeResend({ ratePerSecond: 4, latencyMs: 150 })
const { startWorker, killRepeatedly } = useWorkerProcesses({ fake })

describe('a send that survives its worker being killed', () => {
  it(`should deliver to all ${subscriberCount} subscribers exactly once when the worker is SIGKILLed ${kills} times`, async () => {
    await seedSubscribers({ payload, count: subscriberCount })
    const block = await fixtures.buildingBlock('arnhem', { reviewStatus: 'approved' })
    const edition = await createEdition({ fixtures, user: users.adviser, blocks: [block.id] })
    await scheduleNow(payload, users.adviser, edition.id)

    await killRepeatedly(kills)
    expect(fake.messages.length).toBeLessThan(subscriberCount)

    const { exited } = startWorker('--exit-when-idle')
    expect(await exited).toBe(0)

    const recipients = fake.messages.map((message) => message.to[0])
    expect(recipients).toHaveLength(subscriberCount)
    expect(new Set(recipients).size).toBe(subscriberCount)
    const accepted = await payload.count({
      collection: 'deliveries',
      where: { and: [{ edition: { equals: edition.id } }, { state: { equals: 'accepted' } }] },
    })
    expect(accepted.totalDocs).toBe(subscriberCount)
    const sent = await payload.findByID({ collection: 'newsletter-editions', id: edition.id })
    expect(sent.status).toBe('sent')
    await payload.delete({ collection: 'newsletter-editions', id: edition.id })
    expect(await payload.count({ collection: 'deliveries' })).toMatchObject({ totalDocs: 0 })
  }, 240_000)
})
