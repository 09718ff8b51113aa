import { beforeAll, describe, expect, it } from 'vitest'

import { sendEmail } from '@/mail/transports'
import { subscribe, subscriberJobsQueue } from '@/subscribers/service'

import { useIntegration } from '../support/integration'
import { subscriberCollections } from '../support/subscribers'

const { payload, fixtures, rest, users } = useIntegration({
  emptyAfterEach: subscriberCollections,
  users: { adviser: { email: 'adviseur@test.example', roles: ['regio-redactie'] } },
})
let editionId: number | string

beforeAll(async () => {
  editionId = (await fixtures.edition({ title: 'Editie voor privacy' }, { draft: true })).id
})

/** A confirmed subscriber with one delivery and two stored mails, as after a send. */
const personWithHistory = async (email: string) => {
  const subscriber = await payload.create({
    collection: 'subscribers',
    data: {
      email,
      name: 'Fatma Yılmaz',
      locale: 'tr',
      status: 'confirmed',
      municipality: await fixtures.municipalityId('arnhem'),
      audiences: ['employers'],
      consent: { givenAt: '2026-01-05T09:00:00.000Z', source: 'import', textVersion: '2026-11' },
    },
  })
  await payload.create({
    collection: 'deliveries',
    data: {
      edition: editionId as number,
      subscriber: subscriber.id,
      locale: 'tr',
      municipality: subscriber.municipality as number,
      state: 'delivered',
    },
  })
  for (const subject of ['Welkom', 'Nieuwsbrief november']) {
    await sendEmail(payload, { to: email, subject, html: `<p>${subject}</p>`, text: subject })
  }
  return subscriber
}

describe('privacy rights', () => {
  it('should export everything held on the person as JSON for the regional adviser', async () => {
    const subscriber = await personWithHistory('inzage@example.org')
    const response = await rest('GET', `/api/subscribers/${subscriber.id}/export`, {
      as: users.adviser,
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain('attachment')
    const data = JSON.parse(response.text)
    expect(data.subscriber).toMatchObject({
      email: 'inzage@example.org',
      name: 'Fatma Yılmaz',
      locale: 'tr',
      audiences: ['employers'],
      consent: { source: 'import', givenAt: '2026-01-05T09:00:00.000Z' },
    })
    expect(data.deliveries).toEqual([expect.objectContaining({ state: 'delivered', locale: 'tr' })])
    expect(data.messages.map(({ subject }: { subject: string }) => subject).sort()).toEqual([
      'Nieuwsbrief november',
      'Welkom',
    ])
  })

  it('should erase the person everywhere and keep the deliveries as anonymous counts', async () => {
    const subscriber = await personWithHistory('wissen@example.org')
    const bystander = await personWithHistory('blijft@example.org')

    const response = await rest('POST', `/api/subscribers/${subscriber.id}/erase`, {
      as: users.adviser,
    })
    expect(response.status).toBe(200)

    expect(
      await payload.count({
        collection: 'subscribers',
        where: { email: { equals: 'wissen@example.org' } },
      }),
    ).toMatchObject({ totalDocs: 0 })
    expect(
      (
        await payload.count({
          collection: 'outbox-messages',
          where: { to: { equals: 'wissen@example.org' } },
        })
      ).totalDocs,
    ).toBe(0)
    const { docs: deliveries } = await payload.find({
      collection: 'deliveries',
      depth: 0,
      pagination: false,
    })
    expect(deliveries).toHaveLength(2)
    expect(
      deliveries.filter(({ subscriber: linked }) => linked === null || linked === undefined),
    ).toHaveLength(1)
    // No trace of the address or name anywhere a person could look.
    const everything = JSON.stringify([
      deliveries,
      (await payload.find({ collection: 'outbox-messages', pagination: false })).docs,
      (await payload.find({ collection: 'subscribers', pagination: false })).docs,
    ])
    expect(everything).not.toContain('wissen@example.org')
    expect((await payload.findByID({ collection: 'subscribers', id: bystander.id })).email).toBe(
      'blijft@example.org',
    )

    // A second person erased from the same edition: each keeps a key of its own, so the unique
    // (edition, recipient) index holds on every database (two empty subscribers would not).
    expect(
      (
        await rest('POST', `/api/subscribers/${bystander.id}/erase`, {
          as: users.adviser,
        })
      ).status,
    ).toBe(200)
    const { docs: anonymous } = await payload.find({
      collection: 'deliveries',
      depth: 0,
      pagination: false,
    })
    expect(anonymous.map(({ subscriber: linked }) => linked ?? null)).toEqual([null, null])
    const keys = anonymous.map(({ recipientKey }) => recipientKey)
    expect(keys.every((key) => key?.startsWith('erased-'))).toBe(true)
    expect(new Set(keys).size).toBe(2)
  })

  it('should anonymise the deliveries when an admin deletes the subscriber in the admin', async () => {
    const admin = await fixtures.user({ email: 'beheer@test.example', roles: ['admin'] })
    const subscriber = await personWithHistory('verwijderd@example.org')

    const response = await rest('DELETE', `/api/subscribers/${subscriber.id}`, { as: admin })
    expect(response.status).toBe(200)

    const { docs: deliveries } = await payload.find({
      collection: 'deliveries',
      depth: 0,
      pagination: false,
    })
    expect(deliveries).toEqual([
      expect.objectContaining({ state: 'delivered', locale: 'tr', subscriber: null }),
    ])
    expect(deliveries[0]!.recipientKey).toMatch(/^erased-/)
  })

  it('should drop a sign-up of the erased person still waiting in the queue', async () => {
    const subscriber = await personWithHistory('terug@example.org')
    await subscribe({
      payload,
      signUp: {
        isValid: true,
        email: 'terug@example.org',
        locale: 'nl',
        municipality: null,
        audiences: [],
      },
    })
    await subscribe({
      payload,
      signUp: {
        isValid: true,
        email: 'ander@example.org',
        locale: 'nl',
        municipality: null,
        audiences: [],
      },
    })

    const response = await rest('POST', `/api/subscribers/${subscriber.id}/erase`, {
      as: users.adviser,
    })
    expect(response.status).toBe(200)
    await payload.jobs.run({ queue: subscriberJobsQueue })

    const emails = (
      await payload.find({ collection: 'subscribers', pagination: false, depth: 0 })
    ).docs.map(({ email }) => email)
    expect(emails).not.toContain('terug@example.org')
    expect(emails).toContain('ander@example.org')
  })

  it('should refuse export and erase to a municipal editor', async () => {
    const editor = await fixtures.user({
      email: 'gemeente@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['arnhem'],
    })
    const subscriber = await personWithHistory('beschermd@example.org')
    expect(
      (await rest('GET', `/api/subscribers/${subscriber.id}/export`, { as: editor })).status,
    ).toBe(403)
    expect(
      (await rest('POST', `/api/subscribers/${subscriber.id}/erase`, { as: editor })).status,
    ).toBe(403)
    expect((await rest('POST', `/api/subscribers/${subscriber.id}/erase`)).status).toBe(401)
    expect((await payload.findByID({ collection: 'subscribers', id: subscriber.id })).email).toBe(
      'beschermd@example.org',
    )
  })
})
