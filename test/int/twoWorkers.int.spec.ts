import { describe, expect, it } from 'vitest'

import { useIntegration } from '../support/integration'
import { createEdition, scheduleNow, seedSubscribers, sendingCollections } from '../support/sending'
import { useFakeResend } from '../support/useFakeResend'
import { useWorkerProcesses } from '../support/workerProcess'

const subscriberCount = 1600

const { payload, fixtures, users } = useIntegration({
  emptyAfterEach: sendingCollections,
  users: { adviser: { email: 'adviseur.workers@test.example', roles: ['regio-redactie'] } },
})
const fake = useFakeResend({ ratePerSecond: 4, latencyMs: 150 })
const { startWorker } = useWorkerProcesses({ fake })

describe('two workers on one SQLite database', () => {
  it('should send one edition with two workers running, every subscriber exactly once', async () => {
    await seedSubscribers({ payload, count: subscriberCount })
    const block = await fixtures.buildingBlock('arnhem', { reviewStatus: 'approved' })
    const edition = await createEdition({ fixtures, user: users.adviser, blocks: [block.id] })
    await scheduleNow(payload, users.adviser, edition.id)

    const workers = [startWorker('--exit-when-idle'), startWorker('--exit-when-idle')]

    expect(await Promise.all(workers.map(({ exited }) => exited))).toEqual([0, 0])
    const recipients = fake.messages.map((message) => message.to[0])
    expect(recipients).toHaveLength(subscriberCount)
    expect(new Set(recipients).size).toBe(subscriberCount)
    const sent = await payload.findByID({ collection: 'newsletter-editions', id: edition.id })
    expect(sent.status).toBe('sent')
    await payload.delete({ collection: 'newsletter-editions', id: edition.id })
  }, 240_000)
})
