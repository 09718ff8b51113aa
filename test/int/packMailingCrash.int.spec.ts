import { describe, expect, it } from 'vitest'

import type { Organisation } from '@/payload-types'

import { useIntegration } from '../support/integration'
import { scheduleNow, seedOrganisations, sendingCollections } from '../support/sending'
import { useFakeResend } from '../support/useFakeResend'
import { useWorkerProcesses } from '../support/workerProcess'

const organisationCount = 1200
const kills = 4
const municipalitySlugs = ['aalten', 'arnhem', 'berkelland']

const { payload, fixtures, users } = useIntegration({
  emptyAfterEach: sendingCollections,
  users: { adviser: { email: 'adviseur.pakketcrash@test.example', roles: ['regio-redactie'] } },
})
// The provider's stand-in lives in this process, so it outlives every worker that is killed.
const fake = useFakeResend({ ratePerSecond: 4, latencyMs: 150 })
const { startWorker, killRepeatedly } = useWorkerProcesses({ fake })

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

    await killRepeatedly(kills)
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
