import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

import { useIntegration } from '../support/integration'
import { createEdition, scheduleNow, seedSubscribers, sendingCollections } from '../support/sending'
import { useFakeResend } from '../support/useFakeResend'
import { workerNodeArguments } from '../support/workerCommand'

const projectRoot = path.resolve(import.meta.dirname, '../..')
const subscriberCount = 2000
const kills = 5

const { payload, fixtures, users } = useIntegration({
  emptyAfterEach: sendingCollections,
  users: { adviser: { email: 'adviseur.crash@test.example', roles: ['regio-redactie'] } },
})
// The provider's stand-in lives in this process, so it outlives every worker that is killed.
const fake = useFakeResend({ ratePerSecond: 4, latencyMs: 150 })
const workers = new Set<ChildProcess>()

/** `npm run worker`, as a deployment starts it, on this test's database and fake provider. */
const startWorker = (...args: string[]) => {
  const worker = spawn(process.execPath, [...workerNodeArguments(), ...args], {
    cwd: projectRoot,
    env: {
      ...process.env,
      SEND_RATE_PER_SECOND: '4',
      // A killed worker's batch is taken over after a second instead of two minutes.
      SEND_LEASE_SECONDS: '1',
      JOBS_AUTORUN: 'false',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  workers.add(worker)
  const exited = new Promise<number | null>((resolve) =>
    worker.on('exit', (code) => {
      workers.delete(worker)
      resolve(code)
    }),
  )
  return { worker, exited }
}

/** Resolves once the provider has received more than `count` requests. */
const requestsBeyond = async (count: number) => {
  while (fake.requests.length <= count) {
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

afterEach(() => {
  for (const worker of workers) worker.kill('SIGKILL')
})

describe('a send that survives its worker being killed', () => {
  it(`should deliver to all ${subscriberCount} subscribers exactly once when the worker is SIGKILLed ${kills} times`, async () => {
    await seedSubscribers({ payload, count: subscriberCount })
    const block = await fixtures.buildingBlock('arnhem', { reviewStatus: 'approved' })
    const edition = await createEdition({ fixtures, user: users.adviser, blocks: [block.id] })
    await scheduleNow(payload, users.adviser, edition.id)

    for (let kill = 0; kill < kills; kill++) {
      const { worker, exited } = startWorker()
      await requestsBeyond(fake.requests.length)
      // A random moment while it works: freezing, waiting for the window, mid-request, recording.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 600))
      worker.kill('SIGKILL')
      await exited
    }
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
