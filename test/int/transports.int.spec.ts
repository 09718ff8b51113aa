import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { emailFrom } from '@/lib/env'
import { getTransport, sendEmail } from '@/mail/transports'
import { createOutboxTransport } from '@/mail/transports/outbox'
import { createResendTransport } from '@/mail/transports/resend'
import type { OutgoingMessage, SendResult } from '@/mail/transports/types'
import { startFakeResend, type FakeResend } from '../support/fakeResend'
import { createFixtures } from '../support/fixtures'
import { startPayload } from '../support/payload'

const collection = 'outbox-messages'

let payload: Payload
// A key in the environment would send real mail from a test, and pick the wrong transport.
const savedEnvironment = {
  RESEND_API_KEY: process.env.RESEND_API_KEY,
  RESEND_BASE_URL: process.env.RESEND_BASE_URL,
}

beforeAll(async () => {
  delete process.env.RESEND_API_KEY
  delete process.env.RESEND_BASE_URL
  payload = await startPayload()
})

afterEach(async () => {
  await payload.delete({ collection, where: { id: { exists: true } } })
})

afterAll(async () => {
  await payload.destroy()
  for (const [name, value] of Object.entries(savedEnvironment)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

const message = (to: string, overrides: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
  to,
  from: 'Samen Veilig <nieuwsbrief@example.org>',
  subject: `Nieuwsbrief voor ${to}`,
  html: `<p>Hallo ${to}</p>`,
  text: `Hallo ${to}`,
  headers: { 'List-Unsubscribe': '<https://example.org/afmelden>' },
  tags: [{ name: 'edition', value: '7' }],
  ...overrides,
})

const outboxId = (result: SendResult) => {
  if (!result.ok) throw new Error(`Expected an accepted message, got: ${result.error}`)
  return Number(result.providerMessageId.replace(/^outbox_/, ''))
}

const countOutbox = async () => (await payload.count({ collection })).totalDocs

describe('outbox transport', () => {
  it('should store a sent message with its html and text part', async () => {
    const result = await createOutboxTransport(payload).send(
      message('lid@test.example', { replyTo: 'redactie@example.org' }),
    )
    expect(result).toEqual({ ok: true, providerMessageId: expect.stringMatching(/^outbox_\d+$/) })
    const stored = await payload.findByID({ collection, id: outboxId(result) })
    expect(stored).toMatchObject({
      to: 'lid@test.example',
      from: 'Samen Veilig <nieuwsbrief@example.org>',
      replyTo: 'redactie@example.org',
      subject: 'Nieuwsbrief voor lid@test.example',
      html: '<p>Hallo lid@test.example</p>',
      text: 'Hallo lid@test.example',
      headers: { 'List-Unsubscribe': '<https://example.org/afmelden>' },
      tags: [{ name: 'edition', value: '7' }],
    })
  })

  it('should store a send with an idempotency key once', async () => {
    const transport = createOutboxTransport(payload)
    const first = await transport.send(message('a@test.example'), {
      idempotencyKey: 'bevestiging-a',
    })
    const again = await transport.send(message('a@test.example'), {
      idempotencyKey: 'bevestiging-a',
    })
    expect(again).toEqual(first)
    expect(await countOutbox()).toBe(1)
  })

  it('should store a batch in order, and store nothing for a repeated batch key', async () => {
    const transport = createOutboxTransport(payload)
    const batch = ['a@test.example', 'b@test.example', 'c@test.example'].map((to) => message(to))
    const results = await transport.sendBatch(batch, { idempotencyKey: 'editie-7/batch-1' })
    const again = await transport.sendBatch(batch, { idempotencyKey: 'editie-7/batch-1' })

    expect(again).toEqual(results)
    expect(await countOutbox()).toBe(3)
    const stored = await Promise.all(
      results.map((result) => payload.findByID({ collection, id: outboxId(result) })),
    )
    expect(stored.map(({ to, html, text }) => ({ to, html, text }))).toEqual(
      batch.map(({ to, html, text }) => ({ to, html, text })),
    )
  })

  it('should complete a batch that was cut off, without storing its first part again', async () => {
    const transport = createOutboxTransport(payload)
    const batch = ['a@test.example', 'b@test.example', 'c@test.example'].map((to) => message(to))
    const firstPart = await transport.sendBatch(batch.slice(0, 2), {
      idempotencyKey: 'editie-7/batch-2',
    })
    const completed = await transport.sendBatch(batch, { idempotencyKey: 'editie-7/batch-2' })
    expect(completed.slice(0, 2)).toEqual(firstPart)
    expect(completed[2]).toMatchObject({ ok: true })
    expect(await countOutbox()).toBe(3)
  })

  it('should refuse a batch larger than the provider takes', async () => {
    const transport = createOutboxTransport(payload)
    const batch = Array.from({ length: transport.maxBatchSize + 1 }, (_, index) =>
      message(`lid${index}@test.example`),
    )
    await expect(transport.sendBatch(batch, { idempotencyKey: 'te-groot' })).rejects.toThrow(
      RangeError,
    )
    expect(await countOutbox()).toBe(0)
  })
})

describe('who reads the outbox', () => {
  let fixtures: ReturnType<typeof createFixtures>

  beforeAll(() => {
    fixtures = createFixtures(payload)
  })

  afterAll(async () => {
    await fixtures.cleanup()
  })

  it('should let the admin and the regio-redactie read it, and not a gemeente-redactie', async () => {
    const admin = await fixtures.user({ email: 'beheer@test.example', roles: ['admin'] })
    const adviser = await fixtures.user({ email: 'regio@test.example', roles: ['regio-redactie'] })
    const editor = await fixtures.user({
      email: 'redactie.doesburg@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['doesburg'],
    })
    const result = await createOutboxTransport(payload).send(message('lid@test.example'))

    for (const user of [admin, adviser]) {
      const { docs } = await payload.find({ collection, user, overrideAccess: false })
      expect(docs.map((doc) => doc.id)).toEqual([outboxId(result)])
    }
    await expect(
      payload.find({ collection, user: editor, overrideAccess: false }),
    ).rejects.toThrow()
    await expect(
      payload.findByID({ collection, id: outboxId(result), user: editor, overrideAccess: false }),
    ).rejects.toThrow()
  })

  it('should not let the regio-redactie write or delete outbox messages', async () => {
    const adviser = await fixtures.user({ email: 'regio2@test.example', roles: ['regio-redactie'] })
    const result = await createOutboxTransport(payload).send(message('lid@test.example'))
    await expect(
      payload.create({
        collection,
        data: { to: 'x@test.example', from: emailFrom(), subject: 'Vals' },
        user: adviser,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await expect(
      payload.delete({ collection, id: outboxId(result), user: adviser, overrideAccess: false }),
    ).rejects.toThrow()
    expect(await countOutbox()).toBe(1)
  })
})

describe('resend transport against the fake Resend server', () => {
  let fake: FakeResend

  beforeAll(async () => {
    fake = await startFakeResend({ ratePerSecond: 1000 })
    // The SDK's own way to another endpoint; the transport is given no base URL.
    process.env.RESEND_BASE_URL = fake.url
  })

  afterEach(() => {
    fake.messages.length = 0
    fake.batches.length = 0
    fake.requests.length = 0
  })

  afterAll(async () => {
    delete process.env.RESEND_BASE_URL
    await fake.close()
  })

  const transport = () => createResendTransport({ apiKey: fake.apiKey })

  it('should deliver a message with html and text, subject, headers and tags', async () => {
    const result = await transport().send(
      message('lid@test.example', { replyTo: 'redactie@example.org' }),
    )
    expect(result).toEqual({ ok: true, providerMessageId: fake.messages[0]?.id })
    expect(fake.messages[0]).toMatchObject({
      to: ['lid@test.example'],
      from: 'Samen Veilig <nieuwsbrief@example.org>',
      replyTo: 'redactie@example.org',
      subject: 'Nieuwsbrief voor lid@test.example',
      html: '<p>Hallo lid@test.example</p>',
      text: 'Hallo lid@test.example',
      headers: { 'List-Unsubscribe': '<https://example.org/afmelden>' },
      tags: [{ name: 'edition', value: '7' }],
    })
  })

  it('should send a batch permissively: two accepted and the invalid address failed with the reason', async () => {
    const results = await transport().sendBatch(
      [message('a@test.example'), message('geen-adres'), message('c@test.example')],
      { idempotencyKey: 'editie-7/batch-1' },
    )
    expect(fake.requests[0]?.headers['x-batch-validation']).toBe('permissive')
    expect(results).toEqual([
      { ok: true, providerMessageId: fake.messages[0]?.id },
      { ok: false, error: expect.stringContaining('Invalid `to` field'), isRetryable: false },
      { ok: true, providerMessageId: fake.messages[1]?.id },
    ])
    expect(fake.messages.map((sent) => sent.to)).toEqual([['a@test.example'], ['c@test.example']])
  })

  it('should report 429 as retryable after the seconds in retry-after', async () => {
    fake.injectFault({ kind: 'rate-limit', retryAfterSeconds: 7 })
    const result = await transport().send(message('lid@test.example'))
    expect(result).toEqual({
      ok: false,
      error: expect.stringContaining('rate_limit_exceeded'),
      isRetryable: true,
      retryAfterSeconds: 7,
    })
    expect(fake.messages).toHaveLength(0)
  })

  it("should report the server's own rate limit with its retry-after", async () => {
    const limited = await startFakeResend({ ratePerSecond: 1, now: () => 0 })
    try {
      const strict = createResendTransport({ apiKey: limited.apiKey, baseUrl: `${limited.url}/` })
      expect(await strict.send(message('a@test.example'))).toMatchObject({ ok: true })
      expect(await strict.send(message('b@test.example'))).toEqual({
        ok: false,
        error: expect.stringContaining('429'),
        isRetryable: true,
        retryAfterSeconds: 1,
      })
    } finally {
      await limited.close()
    }
  })

  it('should report 500 as retryable, for every message of a batch', async () => {
    fake.injectFault({ kind: 'server-error', count: 2 })
    expect(await transport().send(message('lid@test.example'))).toEqual({
      ok: false,
      error: expect.stringContaining('500'),
      isRetryable: true,
    })
    const results = await transport().sendBatch(
      [message('a@test.example'), message('b@test.example')],
      {
        idempotencyKey: 'editie-7/batch-2',
      },
    )
    expect(results).toEqual([results[0], results[0]])
    expect(results[0]).toMatchObject({ ok: false, isRetryable: true })
  })

  it('should report a dropped connection and a timeout as retryable', async () => {
    fake.injectFault({ kind: 'drop-connection' })
    expect(await transport().send(message('lid@test.example'))).toMatchObject({
      ok: false,
      isRetryable: true,
    })

    fake.injectFault({ kind: 'slow', delayMs: 1000 })
    const impatient = createResendTransport({ apiKey: fake.apiKey, timeoutMs: 20 })
    expect(await impatient.send(message('lid@test.example'))).toMatchObject({
      ok: false,
      isRetryable: true,
    })
  })

  it('should report other client errors as final, with the reason', async () => {
    const wrongKey = createResendTransport({ apiKey: 're_wrong' })
    expect(await wrongKey.send(message('lid@test.example'))).toEqual({
      ok: false,
      error: '403 invalid_api_key: API key is invalid',
      isRetryable: false,
    })
    expect(await transport().send(message('geen-adres'))).toMatchObject({
      ok: false,
      error: expect.stringContaining('422 validation_error'),
      isRetryable: false,
    })
  })

  it('should not let a replayed idempotency key send twice', async () => {
    const first = await transport().send(message('lid@test.example'), {
      idempotencyKey: 'bevestiging-1',
    })
    const again = await transport().send(message('lid@test.example'), {
      idempotencyKey: 'bevestiging-1',
    })
    expect(again).toEqual(first)

    const batch = [message('a@test.example'), message('b@test.example')]
    const results = await transport().sendBatch(batch, { idempotencyKey: 'editie-7/batch-3' })
    expect(await transport().sendBatch(batch, { idempotencyKey: 'editie-7/batch-3' })).toEqual(
      results,
    )

    fake.injectFault({ kind: 'drop-connection', isAfterAccepting: true })
    const lost = await transport().send(message('c@test.example'), {
      idempotencyKey: 'bevestiging-2',
    })
    const retried = await transport().send(message('c@test.example'), {
      idempotencyKey: 'bevestiging-2',
    })
    expect(lost).toMatchObject({ ok: false, isRetryable: true })
    expect(retried).toMatchObject({ ok: true })

    expect(fake.messages.map((sent) => sent.to[0])).toEqual([
      'lid@test.example',
      'a@test.example',
      'b@test.example',
      'c@test.example',
    ])
    expect(fake.batches).toHaveLength(1)
  })
})

describe('choosing the transport', () => {
  let fake: FakeResend

  beforeAll(async () => {
    fake = await startFakeResend({ ratePerSecond: 1000 })
  })

  afterAll(async () => {
    delete process.env.RESEND_API_KEY
    delete process.env.RESEND_BASE_URL
    await fake.close()
  })

  it('should pick the outbox without RESEND_API_KEY and Resend with it', async () => {
    expect(getTransport(payload, {}).name).toBe('outbox')
    expect(getTransport(payload, { RESEND_API_KEY: fake.apiKey }).name).toBe('resend')

    await sendEmail(payload, {
      to: 'lid@test.example',
      subject: 'Via de outbox',
      html: '<p>x</p>',
      text: 'x',
    })
    expect(await countOutbox()).toBe(1)

    process.env.RESEND_API_KEY = fake.apiKey
    process.env.RESEND_BASE_URL = fake.url
    const result = await sendEmail(payload, {
      to: 'lid@test.example',
      subject: 'Via Resend',
      html: '<p>x</p>',
      text: 'x',
    })
    expect(result).toEqual({ ok: true, providerMessageId: fake.messages[0]?.id })
    expect(fake.messages[0]).toMatchObject({ subject: 'Via Resend', from: emailFrom() })
    expect(await countOutbox()).toBe(1)
  })
})

describe("Payload's own mails", () => {
  let fixtures: ReturnType<typeof createFixtures>

  beforeAll(() => {
    fixtures = createFixtures(payload)
  })

  afterAll(async () => {
    await fixtures.cleanup()
  })

  it('should put the forgot-password mail in the outbox, with a text part', async () => {
    const user = await fixtures.user({ email: 'vergeten@test.example', roles: ['regio-redactie'] })
    const token = await payload.forgotPassword({ collection: 'users', data: { email: user.email } })

    const { docs } = await payload.find({ collection, where: { to: { equals: user.email } } })
    expect(docs).toHaveLength(1)
    const [mail] = docs
    const sender = emailFrom().replace(/^\s*(.*?)\s*<(.+)>\s*$/, '"$1" <$2>')
    expect(mail.from).toBe(sender)
    expect(mail.subject).toBeTruthy()
    expect(mail.html).toContain(`/admin/reset/${token}`)
    expect(mail.text).toContain(`/admin/reset/${token}`)
    expect(mail.text).not.toContain('<a')
  })
})
