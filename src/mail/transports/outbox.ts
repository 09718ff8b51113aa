import type { Payload } from 'payload'

import type { OutboxMessage } from '@/payload-types'

import { assertBatchFits, providerMaxBatchSize } from './limits'
import type { OutgoingMessage, SendResult, Transport } from './types'

const collection = 'outbox-messages'

/**
 * Stores messages instead of sending them: what development, the demo and tests use when no
 * RESEND_API_KEY is set. It keeps Resend's idempotency promise, so a delivery engine that retries
 * behaves the same against both.
 */
export const createOutboxTransport = (payload: Payload): Transport => {
  const store = async (
    message: OutgoingMessage,
    keys: Pick<OutboxMessage, 'idempotencyKey' | 'batchKey' | 'batchIndex'>,
  ) =>
    payload.create({
      collection,
      data: {
        to: message.to,
        from: message.from,
        replyTo: message.replyTo,
        subject: message.subject,
        html: message.html,
        text: message.text,
        headers: message.headers ?? null,
        tags: message.tags ?? null,
        ...keys,
      },
      depth: 0,
      overrideAccess: true,
    })

  return {
    name: 'outbox',
    maxBatchSize: providerMaxBatchSize,

    send: async (message, options) => {
      const idempotencyKey = options?.idempotencyKey
      if (idempotencyKey) {
        const { docs } = await payload.find({
          collection,
          where: { idempotencyKey: { equals: idempotencyKey } },
          limit: 1,
          depth: 0,
          select: {},
          overrideAccess: true,
        })
        if (docs[0]) return accepted(docs[0])
      }
      return accepted(await store(message, { idempotencyKey }))
    },

    sendBatch: async (messages, { idempotencyKey }) => {
      assertBatchFits(messages, providerMaxBatchSize)
      const { docs } = await payload.find({
        collection,
        where: { batchKey: { equals: idempotencyKey } },
        pagination: false,
        depth: 0,
        select: { batchIndex: true },
        overrideAccess: true,
      })
      // Keyed by position, so a batch cut off half-way (a crash, a restart) is completed by the
      // retry instead of being stored twice or left short.
      const earlier = new Map(docs.map((doc) => [doc.batchIndex, doc]))
      const results: SendResult[] = []
      for (const [batchIndex, message] of messages.entries()) {
        const doc =
          earlier.get(batchIndex) ??
          (await store(message, { batchKey: idempotencyKey, batchIndex }))
        results.push(accepted(doc))
      }
      return results
    },
  }
}

const accepted = (doc: Pick<OutboxMessage, 'id'>): SendResult => ({
  ok: true,
  providerMessageId: `outbox_${doc.id}`,
})
