import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

import type { Organisation } from '@/payload-types'

import { useIntegration } from '../support/integration'
import { scheduleNow, seedOrganisations, sendingCollections } from '../support/sending'
import { useFakeResend } from '../support/useFakeResend'
import { workerNodeArguments } from '../support/workerCommand'

const projectRoot = path.resolve(import.meta.dirname, '../..')
const organisationCount = 1200
const kills = 4
const municipalitySlugs = ['aalten', 'arnhem', 'berkelland']

const { payload, fixtures, users } = useIntegration({
  emptyAfterEach: sendingCollections,
  users: { adviser: { email: 'adviseur.pakketcrash@test.example', roles: ['regio-redactie'] } },
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

describe('a pack mailing that survives its worker being killed', () => {
  it(`should mail all ${organisationCount} organisations exactly once, in their language, with their municipality's pack, when the worker is SIGKILLed ${kills} times`, async () => {
    const municipalities = await Promise.all(municipalitySlugs.map(fixtures.municipalityId))
    await seedOrganisations({ payload, count: organisationCount, municipalities })
    const edition = await payload.create({
      collection: 'newsletter-editions',
      data: {
        kind: 'pack-mailing',
        title: 'Het pakket voor scholen',
        packMailing: { audience: 'schools' },
        status: 'draft',
      },
      user: users.adviser,
      overrideAccess: false,
    })
    await scheduleNow(payload, users.adviser, edition.id)

    for (let kill = 0; kill < kills; kill++) {
      const { worker, exited } = startWorker()
      await requestsBeyond(fake.requests.length)
      // A random moment while it works: freezing, waiting for the window, mid-request, recording.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 600))
      worker.kill('SIGKILL')
      await exited
    }
    expect(fake.messages.length).toBeLessThan(organisationCount)

    const { exited } = startWorker('--exit-when-idle')
    expect(await exited).toBe(0)

    const recipients = fake.messages.map((message) => message.to[0])
    expect(recipients).toHaveLength(organisationCount)
    expect(new Set(recipients).size).toBe(organisationCount)

    const { docs: organisations } = await payload.find({
      collection: 'organisations',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const byEmail = new Map<string, Organisation>(
      organisations.map((organisation) => [organisation.email!, organisation]),
    )
    for (const message of fake.messages) {
      const organisation = byEmail.get(message.to[0]!)!
      const slug = municipalitySlugs[municipalities.indexOf(organisation.municipality as number)]
      expect(message.html).toContain(
        `<html dir="${organisation.language === 'ar' ? 'rtl' : 'ltr'}" lang="${organisation.language}">`,
      )
      expect(message.html).toContain(`/${organisation.language}/gemeente/${slug}/scholen/pdf`)
    }
    const accepted = await payload.count({
      collection: 'deliveries',
      where: { and: [{ edition: { equals: edition.id } }, { state: { equals: 'accepted' } }] },
    })
    expect(accepted.totalDocs).toBe(organisationCount)
    const sent = await payload.findByID({ collection: 'newsletter-editions', id: edition.id })
    expect(sent.status).toBe('sent')
  }, 240_000)
})
