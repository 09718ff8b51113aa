import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { sendEmail } from '@/mail/transports'
import { subscribe, subscriberJobsQueue } from '@/subscribers/service'
import type { User } from '@/payload-types'
import { createFixtures, testPassword } from '../support/fixtures'
import { startPayload } from '../support/payload'
import { rest } from '../support/rest'
import { clearSubscriberData } from '../support/subscribers'

let payload: Payload
let fixtures: ReturnType<typeof createFixtures>
let editionId: number | string
const savedKey = process.env.RESEND_API_KEY

beforeAll(async () => {
  delete process.env.RESEND_API_KEY
  payload = await startPayload()
  fixtures = createFixtures(payload)
  const edition = await payload.create({
    collection: 'newsletter-editions',
    draft: true,
    data: { title: 'Editie voor privacy', status: 'draft', sections: [] },
  })
  editionId = edition.id
})

afterEach(async () => {
  await clearSubscriberData(payload)
  await fixtures.cleanup()
})

afterAll(async () => {
  await payload.delete({ collection: 'newsletter-editions', id: editionId }).catch(() => undefined)
  await payload.destroy()
  if (savedKey !== undefined) process.env.RESEND_API_KEY = savedKey
})

const login = async (user: User) =>
  (
    await payload.login({
      collection: 'users',
      data: { email: user.email, password: testPassword },
    })
  ).token as string

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
    const adviser = await fixtures.user({
      email: 'adviseur@test.example',
      roles: ['regio-redactie'],
    })
    const subscriber = await personWithHistory('inzage@example.org')
    const response = await rest('GET', `/api/subscribers/${subscriber.id}/export`, {
      token: await login(adviser),
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
    const adviser = await fixtures.user({
      email: 'adviseur2@test.example',
      roles: ['regio-redactie'],
    })
    const subscriber = await personWithHistory('wissen@example.org')
    const bystander = await personWithHistory('blijft@example.org')

    const response = await rest('POST', `/api/subscribers/${subscriber.id}/erase`, {
      token: await login(adviser),
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
          token: await login(adviser),
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

    const response = await rest('DELETE', `/api/subscribers/${subscriber.id}`, {
      token: await login(admin),
    })
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
    const adviser = await fixtures.user({
      email: 'adviseur3@test.example',
      roles: ['regio-redactie'],
    })
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
      token: await login(adviser),
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
    const token = await login(editor)
    expect((await rest('GET', `/api/subscribers/${subscriber.id}/export`, { token })).status).toBe(
      403,
    )
    expect((await rest('POST', `/api/subscribers/${subscriber.id}/erase`, { token })).status).toBe(
      403,
    )
    expect((await rest('POST', `/api/subscribers/${subscriber.id}/erase`)).status).toBe(401)
    expect((await payload.findByID({ collection: 'subscribers', id: subscriber.id })).email).toBe(
      'beschermd@example.org',
    )
  })
})

describe('counts for municipal editors', () => {
  it('should show a municipal editor counts for their own municipality and no addresses', async () => {
    const editor = await fixtures.user({
      email: 'tellen@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['winterswijk'],
    })
    const winterswijk = await fixtures.municipalityId('winterswijk')
    const arnhem = await fixtures.municipalityId('arnhem')
    for (const [email, municipality, status] of [
      ['w1@example.org', winterswijk, 'confirmed'],
      ['w2@example.org', winterswijk, 'confirmed'],
      ['w3@example.org', winterswijk, 'pending'],
      ['a1@example.org', arnhem, 'confirmed'],
    ] as const) {
      await payload.create({
        collection: 'subscribers',
        data: { email, municipality, status, locale: 'nl' },
      })
    }
    const token = await login(editor)
    const counts = await rest('GET', '/api/subscribers/counts', { token })
    expect(counts.status).toBe(200)
    expect(counts.body).toEqual([
      {
        municipality: { id: winterswijk, name: 'Winterswijk' },
        byStatus: { pending: 1, confirmed: 2, unsubscribed: 0, bounced: 0, complained: 0 },
      },
    ])
    expect(counts.text).not.toContain('@')

    const list = await rest('GET', '/api/subscribers', { token })
    expect(list.status).toBe(403)
  })
})

describe('the nightly clean-up', () => {
  it('should delete pending sign-ups, handled webhook ids and outbox messages older than 30 days through the nightly job', async () => {
    const daysAgo = (days: number) =>
      new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString()
    for (const [email, status, sentAt] of [
      ['oud@example.org', 'pending', daysAgo(31)],
      ['recent@example.org', 'pending', daysAgo(29)],
      ['oud-bevestigd@example.org', 'confirmed', daysAgo(200)],
    ] as const) {
      await payload.create({
        collection: 'subscribers',
        data: { email, status, locale: 'nl', lastConfirmationSentAt: sentAt },
      })
    }
    const oldEvent = await payload.create({
      collection: 'webhook-events',
      data: { eventId: 'msg_old', type: 'email.delivered' },
    })
    await payload.update({
      collection: 'webhook-events',
      id: oldEvent.id,
      data: { createdAt: daysAgo(31) } as never,
    })
    await payload.create({
      collection: 'webhook-events',
      data: { eventId: 'msg_new', type: 'email.delivered' },
    })
    for (const subject of ['Oud bericht', 'Nieuw bericht']) {
      await sendEmail(payload, { to: 'postvak@example.org', subject, html: '<p>.</p>', text: '.' })
    }
    const [oldMessage] = (
      await payload.find({
        collection: 'outbox-messages',
        where: { subject: { equals: 'Oud bericht' } },
        depth: 0,
      })
    ).docs
    await payload.update({
      collection: 'outbox-messages',
      id: oldMessage!.id,
      data: { createdAt: daysAgo(31) } as never,
    })
    await payload.jobs.queue({ task: 'purgeUnconfirmedSubscribers', input: {}, queue: 'nightly' })
    await payload.jobs.run({ queue: 'nightly' })

    const { docs } = await payload.find({
      collection: 'subscribers',
      sort: 'email',
      pagination: false,
    })
    expect(docs.map(({ email }) => email)).toEqual([
      'oud-bevestigd@example.org',
      'recent@example.org',
    ])
    const { docs: events } = await payload.find({ collection: 'webhook-events', pagination: false })
    expect(events.map(({ eventId }) => eventId)).toEqual(['msg_new'])
    const { docs: messages } = await payload.find({
      collection: 'outbox-messages',
      pagination: false,
    })
    expect(messages.map(({ subject }) => subject)).toEqual(['Nieuw bericht'])
  })
})
