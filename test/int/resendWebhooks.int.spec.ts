import crypto from 'node:crypto'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import type { Delivery, Subscriber } from '@/payload-types'

import { useIntegration } from '../support/integration'
import { subscriberCollections } from '../support/subscribers'

const secret = `whsec_${Buffer.from('samen-veilig-webhook-test-secret').toString('base64')}`
const { payload, fixtures, rest } = useIntegration({
  env: { RESEND_WEBHOOK_SECRET: secret },
  emptyAfterEach: subscriberCollections,
})
let editionId: number | string

beforeAll(async () => {
  editionId = (await fixtures.edition({ title: 'Editie voor webhooks' }, { draft: true })).id
})

/** Signs a body the way Resend (through Svix) does: HMAC-SHA256 over `id.timestamp.body`. */
const sign = (id: string, timestamp: number, body: string, key = secret) =>
  `v1,${crypto
    .createHmac('sha256', Buffer.from(key.replace(/^whsec_/, ''), 'base64'))
    .update(`${id}.${timestamp}.${body}`)
    .digest('base64')}`

const post = (
  event: Record<string, unknown>,
  {
    id = `msg_${crypto.randomUUID()}`,
    timestamp = Math.floor(Date.now() / 1000),
    tamper = (body: string) => body,
    key = secret,
  }: { id?: string; timestamp?: number; tamper?: (body: string) => string; key?: string } = {},
) => {
  const body = JSON.stringify(event)
  return rest('POST', '/api/webhooks/resend', {
    body: tamper(body),
    headers: {
      'Content-Type': 'application/json',
      'svix-id': id,
      'svix-timestamp': String(timestamp),
      'svix-signature': sign(id, timestamp, body, key),
    },
  })
}

const emailEvent = (
  type: string,
  emailId: string,
  to: string,
  extra: Record<string, unknown> = {},
) => ({
  type,
  created_at: '2026-11-20T10:00:00.000Z',
  data: {
    created_at: '2026-11-20T10:00:00.000Z',
    email_id: emailId,
    message_id: `<${emailId}@example.org>`,
    from: 'Samen Veilig <nieuwsbrief@example.org>',
    to: [to],
    subject: 'Nieuwsbrief',
    ...extra,
  },
})

const subscriberWithDelivery = async (email: string, providerMessageId: string) => {
  const subscriber = await payload.create({
    collection: 'subscribers',
    data: { email, locale: 'nl', status: 'confirmed' },
  })
  const delivery = await payload.create({
    collection: 'deliveries',
    data: {
      edition: editionId as number,
      subscriber: subscriber.id,
      locale: 'nl',
      state: 'accepted',
      providerMessageId,
    },
  })
  return { subscriber, delivery }
}

const reload = async ({
  subscriber,
  delivery,
}: {
  subscriber: Subscriber
  delivery: Delivery
}) => ({
  subscriber: await payload.findByID({ collection: 'subscribers', id: subscriber.id, depth: 0 }),
  delivery: await payload.findByID({ collection: 'deliveries', id: delivery.id, depth: 0 }),
})

describe('Resend webhooks', () => {
  it('should mark the delivery delivered for a validly signed email.delivered', async () => {
    const created = await subscriberWithDelivery('ontvangen@example.org', 're_delivered_1')
    const response = await post(
      emailEvent('email.delivered', 're_delivered_1', 'ontvangen@example.org'),
    )
    expect(response.status).toBe(200)
    const { delivery, subscriber } = await reload(created)
    expect(delivery).toMatchObject({ state: 'delivered', deliveredAt: '2026-11-20T10:00:00.000Z' })
    expect(subscriber.status).toBe('confirmed')
  })

  it('should suppress the subscriber and mark the delivery for a permanent bounce', async () => {
    const created = await subscriberWithDelivery('bestaat-niet@example.org', 're_bounce_1')
    await post(
      emailEvent('email.bounced', 're_bounce_1', 'bestaat-niet@example.org', {
        bounce: { type: 'Permanent', subType: 'General', message: 'Mailbox does not exist' },
      }),
    )
    const { delivery, subscriber } = await reload(created)
    expect(delivery.state).toBe('bounced')
    expect(subscriber).toMatchObject({
      status: 'bounced',
      suppressionReason: expect.stringContaining('Mailbox does not exist'),
    })
  })

  it('should mark the delivery but keep the subscriber for a transient bounce', async () => {
    const created = await subscriberWithDelivery('vol@example.org', 're_bounce_2')
    await post(
      emailEvent('email.bounced', 're_bounce_2', 'vol@example.org', {
        bounce: { type: 'Transient', subType: 'MailboxFull', message: 'Mailbox full' },
      }),
    )
    const { delivery, subscriber } = await reload(created)
    expect(delivery.state).toBe('bounced')
    expect(subscriber.status).toBe('confirmed')
  })

  it('should suppress the subscriber after a complaint, also without a delivery on record', async () => {
    const created = await subscriberWithDelivery('klager@example.org', 're_complaint_1')
    await post(emailEvent('email.complained', 're_unknown_message', 'klager@example.org'))
    const { subscriber, delivery } = await reload(created)
    expect(subscriber).toMatchObject({
      status: 'complained',
      suppressionReason: expect.any(String),
    })
    expect(delivery.state).toBe('accepted')
  })

  it('should record the reason of a failed delivery', async () => {
    const created = await subscriberWithDelivery('mislukt@example.org', 're_failed_1')
    await post(
      emailEvent('email.failed', 're_failed_1', 'mislukt@example.org', {
        failed: { reason: 'reached_daily_quota' },
      }),
    )
    const { delivery } = await reload(created)
    expect(delivery).toMatchObject({ state: 'failed', lastError: 'reached_daily_quota' })
  })

  it('should answer 401 and change nothing for a tampered body, a wrong key or a stale signature', async () => {
    const created = await subscriberWithDelivery('veilig@example.org', 're_safe_1')
    const event = emailEvent('email.complained', 're_safe_1', 'veilig@example.org')
    const tampered = await post(event, {
      tamper: (body) => body.replace('veilig@example.org', 'ander@example.org'),
    })
    const wrongKey = await post(event, {
      key: `whsec_${Buffer.from('een ander geheim').toString('base64')}`,
    })
    const stale = await post(event, { timestamp: Math.floor(Date.now() / 1000) - 10 * 60 })
    expect([tampered.status, wrongKey.status, stale.status]).toEqual([401, 401, 401])
    const { delivery, subscriber } = await reload(created)
    expect(subscriber.status).toBe('confirmed')
    expect(delivery.state).toBe('accepted')
    expect((await payload.count({ collection: 'webhook-events' })).totalDocs).toBe(0)
  })

  it('should handle the same event id only once', async () => {
    const created = await subscriberWithDelivery('dubbel@example.org', 're_twice_1')
    const id = 'msg_replayed_event'
    const first = await post(emailEvent('email.delivered', 're_twice_1', 'dubbel@example.org'), {
      id,
    })
    // Reset by hand: if the replay were applied again, the state would be delivered once more.
    await payload.update({
      collection: 'deliveries',
      id: created.delivery.id,
      data: { state: 'accepted' },
    })
    const replay = await post(emailEvent('email.delivered', 're_twice_1', 'dubbel@example.org'), {
      id,
    })
    expect(first.body).toEqual({ handled: 'processed' })
    expect(replay.status).toBe(200)
    expect(replay.body).toEqual({ handled: 'duplicate' })
    expect((await reload(created)).delivery.state).toBe('accepted')
  })

  it('should answer 200 and ignore event types it does not handle', async () => {
    const created = await subscriberWithDelivery('geopend@example.org', 're_opened_1')
    const response = await post(emailEvent('email.opened', 're_opened_1', 'geopend@example.org'))
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ handled: 'ignored' })
    expect((await reload(created)).delivery.state).toBe('accepted')
  })

  it('should refuse every event while no webhook secret is configured', async () => {
    vi.stubEnv('RESEND_WEBHOOK_SECRET', undefined)
    const response = await post(emailEvent('email.delivered', 're_x', 'x@example.org'))
    expect(response.status).toBe(503)
  })
})
