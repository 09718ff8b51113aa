import { Resend } from 'resend'
import { afterEach, describe, expect, it } from 'vitest'

import { startFakeResend } from '../support/fakeResend'
import type { FakeResend } from '../support/fakeResend'

/** The fake is only worth something if the real SDK talks to it as it talks to Resend. */

let fake: FakeResend | undefined

afterEach(async () => {
  await fake?.close()
  fake = undefined
})

const email = (to: string, subject = 'Nieuwsbrief') => ({
  from: 'Samen Veilig <nieuwsbrief@example.org>',
  to,
  subject,
  html: '<p>Hallo</p>',
  text: 'Hallo',
})

/** Where the rate limit is not under test, it should not get in the way. */
const startUnlimited = () => startFakeResend({ ratePerSecond: 1000 })

const clientFor = ({ url, apiKey }: FakeResend, key = apiKey) => new Resend(key, { baseUrl: url })

describe('fake Resend server', () => {
  it('should accept an e-mail from the SDK and record every part of it', async () => {
    fake = await startUnlimited()
    const { data, error } = await clientFor(fake).emails.send({
      ...email('lid@test.example'),
      replyTo: 'redactie@example.org',
      headers: { 'List-Unsubscribe': '<https://example.org/afmelden>' },
      tags: [{ name: 'edition', value: '12' }],
    })
    expect(error).toBeNull()
    expect(fake.messages).toEqual([
      {
        id: data?.id,
        from: 'Samen Veilig <nieuwsbrief@example.org>',
        to: ['lid@test.example'],
        subject: 'Nieuwsbrief',
        html: '<p>Hallo</p>',
        text: 'Hallo',
        replyTo: 'redactie@example.org',
        headers: { 'List-Unsubscribe': '<https://example.org/afmelden>' },
        tags: [{ name: 'edition', value: '12' }],
        idempotencyKey: undefined,
      },
    ])
  })

  it('should refuse a wrong API key as Resend does', async () => {
    fake = await startUnlimited()
    const { error } = await clientFor(fake, 're_wrong').emails.send(email('lid@test.example'))
    expect(error).toMatchObject({ statusCode: 403, name: 'invalid_api_key' })
    expect(fake.messages).toHaveLength(0)
  })

  it('should allow ratePerSecond requests per one-second window and answer 429 beyond it', async () => {
    let time = 1_000_000
    fake = await startFakeResend({ ratePerSecond: 2, now: () => time })
    const client = clientFor(fake)
    const first = await client.emails.send(email('a@test.example'))
    const second = await client.emails.send(email('b@test.example'))
    const third = await client.emails.send(email('c@test.example'))
    expect(first.error).toBeNull()
    expect(second.headers).toMatchObject({ 'ratelimit-limit': '2', 'ratelimit-remaining': '0' })
    expect(third.error).toMatchObject({ statusCode: 429, name: 'rate_limit_exceeded' })
    expect(third.headers).toMatchObject({ 'retry-after': '1', 'ratelimit-remaining': '0' })

    time += 1000
    const afterWindow = await client.emails.send(email('c@test.example'))
    expect(afterWindow.error).toBeNull()
    expect(fake.messages.map((message) => message.to[0])).toEqual([
      'a@test.example',
      'b@test.example',
      'c@test.example',
    ])
  })

  it('should replay an idempotent request and refuse the same key with another body', async () => {
    fake = await startUnlimited()
    const client = clientFor(fake)
    const first = await client.emails.send(email('a@test.example'), { idempotencyKey: 'sleutel-1' })
    const replay = await client.emails.send(email('a@test.example'), {
      idempotencyKey: 'sleutel-1',
    })
    const changed = await client.emails.send(email('b@test.example'), {
      idempotencyKey: 'sleutel-1',
    })
    expect(replay.data?.id).toBe(first.data?.id)
    expect(changed.error).toMatchObject({ statusCode: 409, name: 'invalid_idempotent_request' })
    expect(fake.messages).toHaveLength(1)
    expect(fake.requests).toHaveLength(3)
  })

  it('should create the valid e-mails of a permissive batch and list the others by index', async () => {
    fake = await startUnlimited()
    const { data } = await clientFor(fake).batch.send(
      [email('a@test.example'), email('geen-adres'), email('c@test.example')],
      { batchValidation: 'permissive' },
    )
    expect(fake.requests[0].headers['x-batch-validation']).toBe('permissive')
    expect(data?.data).toEqual(fake.messages.map(({ id }) => ({ id })))
    expect(data?.errors).toEqual([{ index: 1, message: expect.stringContaining('`to`') }])
  })

  it('should reject a whole strict batch for one invalid e-mail', async () => {
    fake = await startUnlimited()
    const { error } = await clientFor(fake).batch.send([
      email('a@test.example'),
      email('geen-adres'),
    ])
    expect(error).toMatchObject({ statusCode: 422, name: 'validation_error' })
    expect(fake.messages).toHaveLength(0)
  })

  it('should apply injected faults to the next requests, in order', async () => {
    fake = await startUnlimited()
    const client = clientFor(fake)
    fake.injectFault({ kind: 'server-error', count: 2 })
    fake.injectFault({ kind: 'rate-limit', retryAfterSeconds: 30 })
    fake.injectFault({ kind: 'drop-connection' })
    const statuses = []
    for (let attempt = 0; attempt < 5; attempt++) {
      const { error, headers } = await client.emails.send(email('a@test.example'))
      statuses.push(
        error
          ? `${error.statusCode}${headers?.['retry-after'] ? `/${headers['retry-after']}` : ''}`
          : 'ok',
      )
    }
    expect(statuses).toEqual(['500', '500', '429/30', 'null', 'ok'])
    expect(fake.requests.map((request) => request.status)).toEqual([500, 500, 429, 'dropped', 200])
  })

  it('should keep an e-mail accepted before the connection dropped, once, for its retry', async () => {
    fake = await startUnlimited()
    const client = clientFor(fake)
    fake.injectFault({ kind: 'drop-connection', isAfterAccepting: true })
    const lost = await client.emails.send(email('a@test.example'), { idempotencyKey: 'sleutel-2' })
    const retry = await client.emails.send(email('a@test.example'), { idempotencyKey: 'sleutel-2' })
    expect(lost.error).toMatchObject({ statusCode: null })
    expect(retry.data?.id).toBe(fake.messages[0].id)
    expect(fake.messages).toHaveLength(1)
  })

  it('should answer late when told to be slow', async () => {
    fake = await startUnlimited()
    fake.injectFault({ kind: 'slow', delayMs: 200 })
    const { error } = await clientFor(fake).emails.send(email('a@test.example'), {
      signal: AbortSignal.timeout(20),
    })
    expect(error).toMatchObject({ statusCode: null })
  })
})
