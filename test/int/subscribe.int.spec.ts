import { beforeEach, describe, expect, it, vi } from 'vitest'

import { emailTranslator } from '@/i18n/email'
import { siteTranslator } from '@/i18n/site'
import { clientAddressHeader } from '@/lib/clientAddress'
import { purgeFailedSignUpJobs } from '@/subscribers/purge'
import { subscribeRateLimiter } from '@/subscribers/rateLimit'

import { linkIn, outboxTo } from '../support/subscribers'
import { useSubscribing } from '../support/subscribing'

const { payload, fixtures, rest, signUp, runSubscriberJobs, signUpAndRun, subscriberByEmail } =
  useSubscribing()

beforeEach(() => subscribeRateLimiter.reset({ payload }))

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
    expect(mails[0]?.subject).toBe(emailTranslator('tr')('confirm.subject'))
    expect(linkIn(mails[0]?.text, 'bevestigen')).toMatch(
      /\/tr\/nieuwsbrief\/bevestigen\?token=confirm\./,
    )
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

  it('should limit sign-ups per client address to the configured number', async () => {
    vi.stubEnv('SUBSCRIBE_RATE_LIMIT', '3')
    const statuses: number[] = []
    for (let index = 0; index < 4; index++) {
      statuses.push((await signUp({ email: `ip${index}@example.org` }, '198.51.100.7')).status)
    }
    expect(statuses).toEqual([202, 202, 202, 429])
    expect((await signUp({ email: 'ander@example.org' }, '198.51.100.8')).status).toBe(202)
    await runSubscriberJobs()
    expect(await subscriberByEmail('ip2@example.org')).toBeDefined()
    expect(await subscriberByEmail('ip3@example.org')).toBeUndefined()
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
      headers: { Origin: 'https://school.example', [clientAddressHeader]: '203.0.113.9' },
    })
    expect(response.status).toBe(202)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    await runSubscriberJobs()
    expect((await subscriberByEmail('ingebed@example.org'))?.consent?.source).toBe(
      'aanmeldformulier op https://school.example',
    )
  })
})
