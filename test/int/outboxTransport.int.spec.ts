import { describe, expect, it } from 'vitest'

import { emailFrom } from '@/lib/env'
import { createOutboxTransport } from '@/mail/transports/outbox'
import type { SendResult } from '@/mail/transports/types'

import { useIntegration } from '../support/integration'
import { testMessage } from '../support/transports'

const collection = 'outbox-messages'
const { payload, fixtures } = useIntegration({ emptyAfterEach: [collection] })

const outboxId = (result: SendResult) => {
  if (!result.ok) throw new Error(`Expected an accepted message, got: ${result.error}`)
  return Number(result.providerMessageId.replace(/^outbox_/, ''))
}

const countOutbox = async () => (await payload.count({ collection })).totalDocs

describe('outbox transport', () => {
  it('should store a sent message with its html and text part', async () => {
    const sent = testMessage('lid@test.example', { replyTo: 'redactie@example.org' })
    const result = await createOutboxTransport(payload).send(sent)
    expect(result).toEqual({ ok: true, providerMessageId: expect.stringMatching(/^outbox_\d+$/) })
    const stored = await payload.findByID({ collection, id: outboxId(result) })
    // Every part: to, from, reply-to, subject, html, text, headers and tags.
    expect(stored).toMatchObject(sent)
  })

  it('should store a send with an idempotency key once', async () => {
    const transport = createOutboxTransport(payload)
    const first = await transport.send(testMessage('a@test.example'), {
      idempotencyKey: 'bevestiging-a',
    })
    const again = await transport.send(testMessage('a@test.example'), {
      idempotencyKey: 'bevestiging-a',
    })
    expect(again).toEqual(first)
    expect(await countOutbox()).toBe(1)
  })

  it('should store a batch in order, and store nothing for a repeated batch key', async () => {
    const transport = createOutboxTransport(payload)
    const batch = ['a@test.example', 'b@test.example', 'c@test.example'].map((to) =>
      testMessage(to),
    )
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
    const batch = ['a@test.example', 'b@test.example', 'c@test.example'].map((to) =>
      testMessage(to),
    )
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
      testMessage(`lid${index}@test.example`),
    )
    await expect(transport.sendBatch(batch, { idempotencyKey: 'te-groot' })).rejects.toThrow(
      RangeError,
    )
    expect(await countOutbox()).toBe(0)
  })
})

describe('who reads the outbox', () => {
  it('should let the admin and the regio-redactie read it, and not a gemeente-redactie', async () => {
    const admin = await fixtures.user({ email: 'beheer@test.example', roles: ['admin'] })
    const adviser = await fixtures.user({ email: 'regio@test.example', roles: ['regio-redactie'] })
    const editor = await fixtures.user({
      email: 'redactie.doesburg@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['doesburg'],
    })
    const result = await createOutboxTransport(payload).send(testMessage('lid@test.example'))

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
    const result = await createOutboxTransport(payload).send(testMessage('lid@test.example'))
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

describe("Payload's own mails", () => {
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
