import type { Endpoint, Payload } from 'payload'
import { Resend } from 'resend'
import type { WebhookEventPayload } from 'resend'

import { readCappedBody } from '@/lib/cappedBody'
import { idsOf } from '@/lib/ids'
import { suppressOrganisation } from '@/organisations/suppress'
import type { Delivery } from '@/payload-types'
import { findByEmail } from '@/subscribers/service'
import { suppressSubscriber } from '@/subscribers/suppress'

import { applyProviderEvent } from './state'
import type { ProviderEvent } from './state'

export type WebhookOutcome =
  | { status: 401; reason: string }
  | { status: 503; reason: string }
  | { status: 200; handled: 'processed' | 'duplicate' | 'ignored' }

const webhookBodyLimitBytes = 256 * 1024

/** `POST /api/webhooks/resend`: delivery events and suppressions from Resend. */
export const resendWebhookEndpoint: Endpoint = {
  path: '/webhooks/resend',
  method: 'post',
  handler: async (req) => {
    // Anyone can post here until the signature is checked, which needs the whole body: so the
    // body is capped first (Resend's events are a few kilobytes).
    const body = await readCappedBody({ req: req as Request, maxBytes: webhookBodyLimitBytes })
    if (!body.isRead) return body.response
    const outcome = await handleResendWebhook({
      payload: req.payload,
      rawBody: body.text,
      headers: req.headers,
    })
    if (outcome.status !== 200) {
      return Response.json({ error: outcome.reason }, { status: outcome.status })
    }
    return Response.json({ handled: outcome.handled })
  },
}

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

const handledEvents = [
  'email.delivered',
  'email.bounced',
  'email.complained',
  'email.failed',
] as const satisfies WebhookEventPayload['type'][]

type HandledEvent = (typeof handledEvents)[number]

const isHandledEvent = (type: string): type is HandledEvent =>
  (handledEvents as readonly string[]).includes(type)

type EventData = {
  email_id?: string
  created_at?: string
  to?: string[]
  bounce?: { type?: string; subType?: string; message?: string }
  failed?: { reason?: string }
}

/** Resend's event in the delivery's terms. */
const providerEventOf = (type: HandledEvent, data: EventData, createdAt: string): ProviderEvent => {
  switch (type) {
    case 'email.delivered':
      return { state: 'delivered', deliveredAt: data.created_at ?? createdAt }
    case 'email.bounced':
      return { state: 'bounced' }
    case 'email.complained':
      return { state: 'complained' }
    case 'email.failed':
      return { state: 'failed', reason: data.failed?.reason }
  }
}

const applyEvent = async (payload: Payload, event: WebhookEventPayload): Promise<boolean> => {
  if (!isHandledEvent(event.type)) return false
  const data = event.data as EventData
  const delivery = await applyProviderEvent({
    payload,
    providerMessageId: data.email_id,
    event: providerEventOf(event.type, data, event.created_at),
  })

  const isPermanentBounce = event.type === 'email.bounced' && data.bounce?.type === 'Permanent'
  if (!isPermanentBounce && event.type !== 'email.complained') return true
  const [organisationId] = idsOf([delivery?.organisation])
  if (organisationId !== undefined) {
    await suppressOrganisation({ payload, id: organisationId })
    return true
  }
  const subscriberId = await subscriberIdOf(payload, delivery, data.to?.[0])
  if (subscriberId === undefined) return true
  await suppressSubscriber({
    payload,
    id: subscriberId,
    stop: isPermanentBounce
      ? {
          reason: 'bounced',
          detail: [data.bounce?.subType, data.bounce?.message].filter(Boolean).join(': '),
        }
      : { reason: 'complained' },
  })
  return true
}

/** The person the event is about: the delivery's subscriber, or whoever has the address. */
const subscriberIdOf = async (
  payload: Payload,
  delivery: Delivery | undefined,
  address: string | undefined,
): Promise<string | number | undefined> => {
  const linked = delivery?.subscriber
  if (linked !== null && linked !== undefined) {
    return typeof linked === 'object' ? linked.id : linked
  }
  return address ? (await findByEmail(payload, address))?.id : undefined
}
