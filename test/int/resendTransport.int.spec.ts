import { describe, expect, it, vi } from 'vitest'

import { emailFrom } from '@/lib/env'
import { getTransport, sendEmail } from '@/mail/transports'
import { createResendTransport } from '@/mail/transports/resend'

import { startFakeResend } from '../support/fakeResend'
import { useIntegration } from '../support/integration'
import { testMessage } from '../support/transports'
import { useFakeResend } from '../support/useFakeResend'

const { payload } = useIntegration({ emptyAfterEach: ['outbox-messages'] })

const countOutbox = async () => (await payload.count({ collection: 'outbox-messages' })).totalDocs

describe('resend transport against the fake Resend server', () => {
  // Through RESEND_BASE_URL, the SDK's own way to another endpoint: the transport gets no base URL.
  const fake = useFakeResend({ ratePerSecond: 1000 })

  const transport = () => createResendTransport({ apiKey: fake.apiKey })

  it('should deliver a message with html and text, subject, headers and tags', async () => {
    const sent = testMessage('lid@test.example', { replyTo: 'redactie@example.org' })
    const result = await transport().send(sent)
    expect(result).toEqual({ ok: true, providerMessageId: fake.messages[0]?.id })
    // Every part: to, from, reply-to, subject, html, text, headers and tags.
    expect(fake.messages[0]).toMatchObject({ ...sent, to: [sent.to] })
  })

  it('should send a batch permissively: two accepted and the invalid address failed with the reason', async () => {
    const results = await transport().sendBatch(
      [testMessage('a@test.example'), testMessage('geen-adres'), testMessage('c@test.example')],
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
    const result = await transport().send(testMessage('lid@test.example'))
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
      expect(await strict.send(testMessage('a@test.example'))).toMatchObject({ ok: true })
      expect(await strict.send(testMessage('b@test.example'))).toEqual({
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
    expect(await transport().send(testMessage('lid@test.example'))).toEqual({
      ok: false,
      error: expect.stringContaining('500'),
      isRetryable: true,
    })
    const results = await transport().sendBatch(
      [testMessage('a@test.example'), testMessage('b@test.example')],
      {
        idempotencyKey: 'editie-7/batch-2',
      },
    )
    expect(results).toEqual([results[0], results[0]])
    expect(results[0]).toMatchObject({ ok: false, isRetryable: true })
  })

  it('should report a dropped connection and a timeout as retryable', async () => {
    fake.injectFault({ kind: 'drop-connection' })
    expect(await transport().send(testMessage('lid@test.example'))).toMatchObject({
      ok: false,
      isRetryable: true,
    })

    fake.injectFault({ kind: 'slow', delayMs: 1000 })
    const impatient = createResendTransport({ apiKey: fake.apiKey, timeoutMs: 20 })
    expect(await impatient.send(testMessage('lid@test.example'))).toMatchObject({
      ok: false,
      isRetryable: true,
    })
  })

  it('should report other client errors as final, with the reason', async () => {
    const wrongKey = createResendTransport({ apiKey: 're_wrong' })
    expect(await wrongKey.send(testMessage('lid@test.example'))).toEqual({
      ok: false,
      error: '403 invalid_api_key: API key is invalid',
      isRetryable: false,
    })
    expect(await transport().send(testMessage('geen-adres'))).toMatchObject({
      ok: false,
      error: expect.stringContaining('422 validation_error'),
      isRetryable: false,
    })
  })

  it('should not let a replayed idempotency key send twice', async () => {
    const first = await transport().send(testMessage('lid@test.example'), {
      idempotencyKey: 'bevestiging-1',
    })
    const again = await transport().send(testMessage('lid@test.example'), {
      idempotencyKey: 'bevestiging-1',
    })
    expect(again).toEqual(first)

    const batch = [testMessage('a@test.example'), testMessage('b@test.example')]
    const results = await transport().sendBatch(batch, { idempotencyKey: 'editie-7/batch-3' })
    expect(await transport().sendBatch(batch, { idempotencyKey: 'editie-7/batch-3' })).toEqual(
      results,
    )

    fake.injectFault({ kind: 'drop-connection', isAfterAccepting: true })
    const lost = await transport().send(testMessage('c@test.example'), {
      idempotencyKey: 'bevestiging-2',
    })
    const retried = await transport().send(testMessage('c@test.example'), {
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
  const fake = useFakeResend({ ratePerSecond: 1000 })

  it('should pick the outbox without RESEND_API_KEY and Resend with it', async () => {
    expect(getTransport(payload, {}).name).toBe('outbox')
    expect(getTransport(payload, { RESEND_API_KEY: fake.apiKey }).name).toBe('resend')

    vi.stubEnv('RESEND_API_KEY', undefined)
    await sendEmail(payload, {
      to: 'lid@test.example',
      subject: 'Via de outbox',
      html: '<p>x</p>',
      text: 'x',
    })
    expect(await countOutbox()).toBe(1)

    vi.stubEnv('RESEND_API_KEY', fake.apiKey)
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
