import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { siteTranslator } from '@/i18n/site'
import { confirmUrlFor, oneClickUnsubscribeUrlFor, preferencesUrlFor } from '@/subscribers/links'
import { purgeFailedSignUpJobs } from '@/subscribers/purge'
import { subscribeRateLimiter } from '@/subscribers/rateLimit'
import {
  confirmSubscription,
  subscriberForToken,
  subscriberJobsQueue,
  updatePreferences,
} from '@/subscribers/service'
import { signToken } from '@/subscribers/tokens'
import { startFakeResend } from '../support/fakeResend'
import type { FakeResend } from '../support/fakeResend'
import { createFixtures } from '../support/fixtures'
import { startPayload } from '../support/payload'
import { rest } from '../support/rest'
import { clearSubscriberData, linkIn, outboxTo, tokenOf } from '../support/subscribers'

let payload: Payload
let fixtures: ReturnType<typeof createFixtures>
const savedEnvironment = {
  RESEND_API_KEY: process.env.RESEND_API_KEY,
  RESEND_BASE_URL: process.env.RESEND_BASE_URL,
  SUBSCRIBE_RATE_LIMIT: process.env.SUBSCRIBE_RATE_LIMIT,
}

beforeAll(async () => {
  delete process.env.RESEND_API_KEY
  delete process.env.RESEND_BASE_URL
  payload = await startPayload()
  fixtures = createFixtures(payload)
})

beforeEach(() => subscribeRateLimiter.reset())

afterEach(async () => {
  // A job left behind would mail an address a later test uses.
  await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
  await clearSubscriberData(payload)
  await fixtures.cleanup()
})

afterAll(async () => {
  await payload.destroy()
  for (const [name, value] of Object.entries(savedEnvironment)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

let ipCounter = 0

/** Each call comes from its own address unless one is given, so the rate limit stays out of the way. */
const signUp = (body: Record<string, unknown>, ip = `192.0.2.${++ipCounter % 250}`) =>
  rest('POST', '/api/subscribers/subscribe', { body, headers: { 'X-Forwarded-For': ip } })

/** The sign-up and welcome jobs: what the server's autorun or the worker does a moment later. */
const runSubscriberJobs = () => payload.jobs.run({ queue: subscriberJobsQueue })

/** A sign-up as the visitor sends it, and the job that follows it. */
const signUpAndRun = async (body: Record<string, unknown>) => {
  const response = await signUp(body)
  await runSubscriberJobs()
  return response
}

const subscriberByEmail = async (email: string) =>
  (
    await payload.find({
      collection: 'subscribers',
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
    })
  ).docs[0]

const allSubscribers = async () =>
  (await payload.find({ collection: 'subscribers', sort: 'email', pagination: false, depth: 0 }))
    .docs

const databaseMethods = [
  'find',
  'findOne',
  'findDistinct',
  'count',
  'create',
  'updateOne',
  'updateMany',
  'updateJobs',
  'upsert',
  'deleteOne',
  'deleteMany',
] as const

/** What `action` asks of the database, call by call: method and collection. */
const databaseWorkOf = async <T>(action: () => Promise<T>) => {
  const db = payload.db as unknown as Record<string, (...args: unknown[]) => unknown>
  const spies = databaseMethods
    .filter((method) => typeof db[method] === 'function')
    .map((method) => ({ method, spy: vi.spyOn(db, method) }))
  try {
    const result = await action()
    const work = spies
      .flatMap(({ method, spy }) =>
        spy.mock.invocationCallOrder.map((order, index) => ({
          order,
          call: `${method} ${(spy.mock.calls[index]?.[0] as { collection?: string })?.collection}`,
        })),
      )
      .sort((a, b) => a.order - b.order)
      .map(({ call }) => call)
    return { result, work }
  } finally {
    for (const { spy } of spies) spy.mockRestore()
  }
}

describe('subscribing', () => {
  it('should keep a pending subscriber with consent proof and mail a confirmation in the chosen language', async () => {
    const response = await signUp({
      email: '  Nieuw.Lid@Example.org ',
      locale: 'tr',
      municipality: 'arnhem',
      audiences: ['schools', 'residents'],
    })
    expect(response.status).toBe(202)
    expect(response.body).toEqual({ message: siteTranslator('tr')('api.accepted') })
    await runSubscriberJobs()

    const subscriber = await subscriberByEmail('nieuw.lid@example.org')
    expect(subscriber).toMatchObject({
      status: 'pending',
      locale: 'tr',
      municipality: await fixtures.municipalityId('arnhem'),
      audiences: ['schools', 'residents'],
      consent: {
        source: 'api',
        textVersion: expect.any(String),
        givenAt: expect.any(String),
        ipHash: expect.stringMatching(/^[0-9a-f]{32}$/),
      },
    })
    expect(JSON.stringify(subscriber)).not.toContain('192.0.2.')
    const mails = await outboxTo(payload, 'nieuw.lid@example.org')
    expect(mails).toHaveLength(1)
    expect(mails[0]?.subject).toBe(
      (await import('@/i18n/email')).emailTranslator('tr')('confirm.subject'),
    )
    expect(linkIn(mails[0]?.text, 'bevestigen')).toMatch(
      /\/tr\/nieuwsbrief\/bevestigen\?token=confirm\./,
    )
  })

  it('should confirm through the link in the mail and then send the welcome mail once', async () => {
    await signUpAndRun({ email: 'bevestig@example.org', locale: 'ar', audiences: [] })
    const [confirmation] = await outboxTo(payload, 'bevestig@example.org')
    const token = tokenOf(linkIn(confirmation?.text, 'bevestigen'))

    const result = await confirmSubscription({ payload, token })
    expect(result).toMatchObject({ isValid: true, subscriber: { status: 'confirmed' } })
    const subscriber = await subscriberByEmail('bevestig@example.org')
    expect(subscriber?.confirmedAt).toEqual(expect.any(String))
    expect(await outboxTo(payload, 'bevestig@example.org')).toHaveLength(1)
    await runSubscriberJobs()
    // Confirming again (a second press, a reload) sends nothing new.
    await confirmSubscription({ payload, token })
    await runSubscriberJobs()

    const mails = await outboxTo(payload, 'bevestig@example.org')
    expect(mails).toHaveLength(2)
    const welcome = mails[1]
    expect(welcome?.subject).toBe(
      (await import('@/i18n/email')).emailTranslator('ar')('welcome.subject'),
    )
    expect(welcome?.html).toContain('lang="ar"')
    expect(linkIn(welcome?.text, 'voorkeuren')).toContain(
      '/ar/nieuwsbrief/voorkeuren?token=preferences.',
    )
    // One-click unsubscribe (RFC 8058), as on the newsletter.
    expect(welcome?.headers).toEqual({
      'List-Unsubscribe': expect.stringMatching(
        /^<http[^>]+\/api\/subscribers\/unsubscribe\?token=unsubscribe\.[^>]+>, <http[^>]+\/ar\/nieuwsbrief\/afmelden\?token=[^>]+>$/,
      ),
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    })
  })

  it('should answer new, pending and confirmed addresses identically', async () => {
    const body = (email: string) => ({ email, locale: 'nl', municipality: 'doetinchem' })
    await signUpAndRun(body('al-bevestigd@example.org'))
    const confirmed = await subscriberByEmail('al-bevestigd@example.org')
    await payload.update({
      collection: 'subscribers',
      id: confirmed!.id,
      data: { status: 'confirmed' },
    })
    await signUpAndRun(body('wacht@example.org'))

    const answers = await Promise.all(
      ['nieuw@example.org', 'wacht@example.org', 'al-bevestigd@example.org'].map((email) =>
        signUp(body(email)),
      ),
    )
    const comparable = answers.map(({ status, text, headers }) => ({
      status,
      text,
      type: headers.get('content-type'),
    }))
    expect(comparable[0]).toEqual(comparable[1])
    expect(comparable[1]).toEqual(comparable[2])
    expect(comparable[0]?.status).toBe(202)
  })

  it('should do the same work for new, pending and confirmed addresses', async () => {
    const body = (email: string) => ({
      email,
      locale: 'pl',
      municipality: 'doetinchem',
      audiences: ['employers'],
    })
    await signUpAndRun(body('wachtend@example.org'))
    await signUpAndRun(body('net-gemaild@example.org'))
    await signUpAndRun(body('bevestigd@example.org'))
    // Due for a new confirmation mail: the request used to render and send that one itself.
    const pending = await subscriberByEmail('wachtend@example.org')
    await payload.update({
      collection: 'subscribers',
      id: pending!.id,
      data: { lastConfirmationSentAt: new Date(Date.now() - 11 * 60 * 1000).toISOString() },
    })
    const confirmed = await subscriberByEmail('bevestigd@example.org')
    await payload.update({
      collection: 'subscribers',
      id: confirmed!.id,
      data: { status: 'confirmed', confirmedAt: new Date().toISOString() },
    })
    const storedBefore = await allSubscribers()
    const mailsBefore = (await payload.count({ collection: 'outbox-messages' })).totalDocs

    const requests = []
    for (const email of [
      'nieuw@example.org',
      'wachtend@example.org',
      'net-gemaild@example.org',
      'bevestigd@example.org',
    ]) {
      const { result, work } = await databaseWorkOf(() => signUp(body(email)))
      requests.push({
        answer: {
          status: result.status,
          text: result.text,
          type: result.headers.get('content-type'),
        },
        work,
      })
    }
    for (const request of requests) expect(request).toEqual(requests[0])
    expect(requests[0]?.answer.status).toBe(202)
    // Validating (the municipality) and queueing the job, nothing that looks at the address.
    expect(requests[0]?.work).toContain('create payload-jobs')
    expect(requests[0]?.work.join('\n')).not.toMatch(/subscribers|outbox-messages/)
    expect(await allSubscribers()).toEqual(storedBefore)
    expect((await payload.count({ collection: 'outbox-messages' })).totalDocs).toBe(mailsBefore)

    await runSubscriberJobs()
    expect(await outboxTo(payload, 'nieuw@example.org')).toHaveLength(1)
    expect(await outboxTo(payload, 'wachtend@example.org')).toHaveLength(2)
    expect(await outboxTo(payload, 'net-gemaild@example.org')).toHaveLength(1)
    expect(await outboxTo(payload, 'bevestigd@example.org')).toHaveLength(1)
    expect(await subscriberByEmail('nieuw@example.org')).toMatchObject({ status: 'pending' })
    expect(await subscriberByEmail('bevestigd@example.org')).toMatchObject({ status: 'confirmed' })
  })

  it('should send a pending address at most one confirmation mail per 10 minutes', async () => {
    const body = { email: 'geduld@example.org', locale: 'nl' }
    await signUpAndRun(body)
    await signUpAndRun(body)
    expect(await outboxTo(payload, 'geduld@example.org')).toHaveLength(1)

    const subscriber = await subscriberByEmail('geduld@example.org')
    await payload.update({
      collection: 'subscribers',
      id: subscriber!.id,
      data: { lastConfirmationSentAt: new Date(Date.now() - 11 * 60 * 1000).toISOString() },
    })
    await signUpAndRun(body)
    expect(await outboxTo(payload, 'geduld@example.org')).toHaveLength(2)
  })

  it('should not keep an address in a sign-up job that never finished for longer than 30 days', async () => {
    await signUp({ email: 'vastgelopen@example.org' })
    const inThirtyOneDays = new Date(Date.now() + 31 * 24 * 60 * 60 * 1000)
    expect(await purgeFailedSignUpJobs({ payload })).toEqual({ purged: 0 })
    expect(await purgeFailedSignUpJobs({ payload, now: inThirtyOneDays })).toEqual({ purged: 1 })
    expect((await payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(0)
  })

  it('should refuse an invalid address, language, municipality or audience without storing anything', async () => {
    const cases = [
      { email: 'geen-adres', locale: 'nl' },
      { email: 'a@example.org', locale: 'fr' },
      { email: 'a@example.org', municipality: 'amsterdam' },
      { email: 'a@example.org', audiences: ['astronauts'] },
    ]
    for (const body of cases) {
      const response = await signUp(body)
      expect(response.status, JSON.stringify(body)).toBe(400)
    }
    expect((await payload.count({ collection: 'subscribers' })).totalDocs).toBe(0)
  })

  it('should limit sign-ups per IP address to the configured number', async () => {
    process.env.SUBSCRIBE_RATE_LIMIT = '3'
    try {
      const statuses: number[] = []
      for (let index = 0; index < 4; index++) {
        statuses.push((await signUp({ email: `ip${index}@example.org` }, '198.51.100.7')).status)
      }
      expect(statuses).toEqual([202, 202, 202, 429])
      expect((await signUp({ email: 'ander@example.org' }, '198.51.100.8')).status).toBe(202)
      await runSubscriberJobs()
      expect(await subscriberByEmail('ip2@example.org')).toBeDefined()
      expect(await subscriberByEmail('ip3@example.org')).toBeUndefined()
    } finally {
      delete process.env.SUBSCRIBE_RATE_LIMIT
    }
  })

  it('should let other sites post the form from the browser (CORS)', async () => {
    const preflight = await rest('OPTIONS', '/api/subscribers/subscribe', {
      headers: { Origin: 'https://school.example', 'Access-Control-Request-Method': 'POST' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST')
    const response = await rest('POST', '/api/subscribers/subscribe', {
      body: { email: 'ingebed@example.org' },
      headers: { Origin: 'https://school.example', 'X-Forwarded-For': '203.0.113.9' },
    })
    expect(response.status).toBe(202)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    await runSubscriberJobs()
    expect((await subscriberByEmail('ingebed@example.org'))?.consent?.source).toBe(
      'aanmeldformulier op https://school.example',
    )
  })
})

describe('signed links', () => {
  const pendingSubscriber = async (email: string) => {
    await signUpAndRun({ email })
    return (await subscriberByEmail(email))!
  }

  it('should change nothing for a tampered confirmation token', async () => {
    const subscriber = await pendingSubscriber('knoeien@example.org')
    const other = await pendingSubscriber('ander.lid@example.org')
    const token = tokenOf(confirmUrlFor(subscriber)).replace(`.${subscriber.id}.`, `.${other.id}.`)
    expect(await confirmSubscription({ payload, token })).toEqual({
      isValid: false,
      reason: 'tampered',
    })
    expect((await subscriberByEmail('ander.lid@example.org'))?.status).toBe('pending')
  })

  it('should change nothing for a confirmation token older than 7 days', async () => {
    const subscriber = await pendingSubscriber('te-laat@example.org')
    const token = signToken({
      purpose: 'confirm',
      subscriberId: subscriber.id,
      now: Date.now() - 8 * 24 * 60 * 60 * 1000,
    })
    expect(await confirmSubscription({ payload, token })).toEqual({
      isValid: false,
      reason: 'expired',
    })
    expect((await subscriberByEmail('te-laat@example.org'))?.status).toBe('pending')
  })

  it('should refuse an unsubscribe token used as a confirmation token', async () => {
    const subscriber = await pendingSubscriber('verkeerd-doel@example.org')
    const token = signToken({ purpose: 'unsubscribe', subscriberId: subscriber.id })
    expect(await confirmSubscription({ payload, token })).toMatchObject({ isValid: false })
    expect((await subscriberByEmail('verkeerd-doel@example.org'))?.status).toBe('pending')
  })

  it('should update language, municipality and audiences through the preferences link', async () => {
    const subscriber = await pendingSubscriber('voorkeur@example.org')
    const token = tokenOf(preferencesUrlFor(subscriber))
    const result = await updatePreferences({
      payload,
      token,
      preferences: { locale: 'pl', municipality: 'winterswijk', audiences: ['employers'] },
    })
    expect(result).toMatchObject({
      isValid: true,
      subscriber: {
        locale: 'pl',
        municipality: await fixtures.municipalityId('winterswijk'),
        audiences: ['employers'],
      },
    })
  })
})

describe('one-click unsubscribe (RFC 8058)', () => {
  const confirmedSubscriber = async (email: string) => {
    const subscriber = await payload.create({
      collection: 'subscribers',
      data: { email, locale: 'nl', status: 'confirmed', confirmedAt: new Date().toISOString() },
    })
    return subscriber
  }

  const postOneClick = (url: string, body = 'List-Unsubscribe=One-Click') =>
    rest('POST', new URL(url).pathname + new URL(url).search, {
      body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })

  it('should unsubscribe at once with an empty 200 when a mail client posts One-Click', async () => {
    const subscriber = await confirmedSubscriber('klik@example.org')
    const response = await postOneClick(oneClickUnsubscribeUrlFor(subscriber))
    expect(response.status).toBe(200)
    expect(response.text).toBe('')
    const after = await payload.findByID({ collection: 'subscribers', id: subscriber.id })
    expect(after).toMatchObject({ status: 'unsubscribed', unsubscribedAt: expect.any(String) })
  })

  it('should change nothing without the One-Click body or with a tampered token', async () => {
    const subscriber = await confirmedSubscriber('blijft@example.org')
    const url = oneClickUnsubscribeUrlFor(subscriber)
    expect((await postOneClick(url, '')).status).toBe(400)
    expect((await postOneClick(url.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))).status).toBe(400)
    const after = await payload.findByID({ collection: 'subscribers', id: subscriber.id })
    expect(after.status).toBe('confirmed')
  })

  it('should find no subscriber for a link once it has been unsubscribed and erased', async () => {
    const subscriber = await confirmedSubscriber('weg@example.org')
    const token = signToken({ purpose: 'unsubscribe', subscriberId: subscriber.id })
    await payload.delete({ collection: 'subscribers', id: subscriber.id })
    expect(await subscriberForToken({ payload, token, purpose: 'unsubscribe' })).toEqual({
      isValid: false,
      reason: 'unknown',
    })
  })
})

describe('double opt-in through the Resend-compatible server', () => {
  let fake: FakeResend

  beforeAll(async () => {
    fake = await startFakeResend({ ratePerSecond: 100 })
    process.env.RESEND_API_KEY = fake.apiKey
    process.env.RESEND_BASE_URL = fake.url
  })

  afterAll(async () => {
    delete process.env.RESEND_API_KEY
    delete process.env.RESEND_BASE_URL
    await fake.close()
  })

  it('should deliver the confirmation and, after confirming, the welcome mail in the chosen language', async () => {
    await signUpAndRun({ email: 'via-resend@example.org', locale: 'uk', municipality: 'zevenaar' })
    const confirmation = fake.messages.find(({ to }) => to.includes('via-resend@example.org'))
    expect(confirmation?.subject).toBe(
      (await import('@/i18n/email')).emailTranslator('uk')('confirm.subject'),
    )
    expect(confirmation?.html).toContain('Zevenaar')

    const result = await confirmSubscription({
      payload,
      token: tokenOf(linkIn(confirmation?.text, 'bevestigen')),
    })
    expect(result).toMatchObject({ isValid: true })
    await runSubscriberJobs()
    const welcome = fake.messages.filter(({ to }) => to.includes('via-resend@example.org'))[1]
    expect(welcome?.subject).toBe(
      (await import('@/i18n/email')).emailTranslator('uk')('welcome.subject'),
    )
    expect(await outboxTo(payload, 'via-resend@example.org')).toHaveLength(0)
  })
})
