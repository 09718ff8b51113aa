import type { Payload } from 'payload'
import { Resend } from 'resend'
import type { WebhookEventPayload } from 'resend'

import type { Delivery, Subscriber } from '@/payload-types'
import { findByEmail } from './service'

export type WebhookOutcome =
  | { status: 401; reason: string }
  | { status: 503; reason: string }
  | { status: 200; handled: 'processed' | 'duplicate' | 'ignored' }

/**
 * Handles one Resend webhook. The Svix signature is checked over the exact bytes received, so the
 * body must not be parsed and re-serialised first; a signature older than five minutes counts as
 * invalid, which stops replays of captured requests.
 */
export const handleResendWebhook = async ({
  payload,
  rawBody,
  headers,
  secret = process.env.RESEND_WEBHOOK_SECRET,
}: {
  payload: Payload
  rawBody: string
  headers: Headers
  secret?: string
}): Promise<WebhookOutcome> => {
  if (!secret) return { status: 503, reason: 'RESEND_WEBHOOK_SECRET is niet ingesteld.' }
  const id = headers.get('svix-id') ?? ''
  let event: WebhookEventPayload
  try {
    // The SDK wants a key to exist; verifying makes no API call.
    event = new Resend('re_webhook_verification_only').webhooks.verify({
      payload: rawBody,
      headers: {
        id,
        timestamp: headers.get('svix-timestamp') ?? '',
        signature: headers.get('svix-signature') ?? '',
      },
      webhookSecret: secret,
    })
  } catch {
    return { status: 401, reason: 'Ongeldige of verlopen handtekening.' }
  }

  const { totalDocs } = await payload.count({
    collection: 'webhook-events',
    where: { eventId: { equals: id } },
  })
  if (totalDocs > 0) return { status: 200, handled: 'duplicate' }

  const isHandled = await applyEvent(payload, event)
  // Recorded after the work: a crash in between means Resend retries and the work (which only
  // sets states) is done again, instead of an event being marked handled but never applied.
  await payload
    .create({ collection: 'webhook-events', data: { eventId: id, type: event.type }, depth: 0 })
    .catch(() => undefined)
  return { status: 200, handled: isHandled ? 'processed' : 'ignored' }
}

const deliveryStateByEvent = {
  'email.delivered': 'delivered',
  'email.bounced': 'bounced',
  'email.complained': 'complained',
  'email.failed': 'failed',
} as const satisfies Partial<Record<WebhookEventPayload['type'], Delivery['state']>>

type DeliveryEvent = keyof typeof deliveryStateByEvent

const isDeliveryEvent = (type: string): type is DeliveryEvent => type in deliveryStateByEvent

/** Later news never undoes a bounce or complaint (a delivered event can arrive after them). */
const finalStates: Delivery['state'][] = ['bounced', 'complained']

const applyEvent = async (payload: Payload, event: WebhookEventPayload): Promise<boolean> => {
  if (!isDeliveryEvent(event.type)) return false
  const data = event.data as {
    email_id?: string
    created_at?: string
    to?: string[]
    bounce?: { type?: string; subType?: string; message?: string }
    failed?: { reason?: string }
  }
  const { docs } = data.email_id
    ? await payload.find({
        collection: 'deliveries',
        where: { providerMessageId: { equals: data.email_id } },
        limit: 1,
        depth: 0,
        pagination: false,
      })
    : { docs: [] }
  const delivery = docs[0]
  if (delivery && !finalStates.includes(delivery.state)) {
    const state = deliveryStateByEvent[event.type]
    await payload.update({
      collection: 'deliveries',
      id: delivery.id,
      data: {
        state,
        ...(state === 'delivered' ? { deliveredAt: data.created_at ?? event.created_at } : {}),
        ...(state === 'failed' && data.failed?.reason ? { lastError: data.failed.reason } : {}),
      },
      depth: 0,
    })
  }

  const isPermanentBounce = event.type === 'email.bounced' && data.bounce?.type === 'Permanent'
  if (!isPermanentBounce && event.type !== 'email.complained') return true
  const subscriber = await subscriberOf(payload, delivery, data.to?.[0])
  if (!subscriber) return true
  await payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    data: isPermanentBounce
      ? {
          status: 'bounced',
          suppressionReason: `Onbestelbaar (${[data.bounce?.subType, data.bounce?.message].filter(Boolean).join(': ')})`,
        }
      : { status: 'complained', suppressionReason: 'Als spam gemeld door de ontvanger' },
    depth: 0,
  })
  return true
}

const subscriberOf = async (
  payload: Payload,
  delivery: Delivery | undefined,
  address: string | undefined,
): Promise<Pick<Subscriber, 'id'> | undefined> => {
  const linked = delivery?.subscriber
  if (linked !== null && linked !== undefined) {
    return typeof linked === 'object' ? linked : { id: linked }
  }
  return address ? findByEmail(payload, address) : undefined
}
