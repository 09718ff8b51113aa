import { describe, expect, it } from 'vitest'

import { sendEmail } from '@/mail/transports'

import { useIntegration } from '../support/integration'
import { subscriberCollections } from '../support/subscribers'

const { payload } = useIntegration({ emptyAfterEach: subscriberCollections })

describe('the nightly clean-up', () => {
  it('should delete pending sign-ups, handled webhook ids and outbox messages older than 30 days through the nightly job', async () => {
    const daysAgo = (days: number) =>
      new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString()
    for (const [email, status, sentAt] of [
      ['oud@example.org', 'pending', daysAgo(31)],
      ['recent@example.org', 'pending', daysAgo(29)],
      ['oud-bevestigd@example.org', 'confirmed', daysAgo(200)],
    ] as const) {
      await payload.create({
        collection: 'subscribers',
        data: { email, status, locale: 'nl', lastConfirmationSentAt: sentAt },
      })
    }
    const oldEvent = await payload.create({
      collection: 'webhook-events',
      data: { eventId: 'msg_old', type: 'email.delivered' },
    })
    await payload.update({
      collection: 'webhook-events',
      id: oldEvent.id,
      data: { createdAt: daysAgo(31) } as never,
    })
    await payload.create({
      collection: 'webhook-events',
      data: { eventId: 'msg_new', type: 'email.delivered' },
    })
    for (const subject of ['Oud bericht', 'Nieuw bericht']) {
      await sendEmail(payload, { to: 'postvak@example.org', subject, html: '<p>.</p>', text: '.' })
    }
    const [oldMessage] = (
      await payload.find({
        collection: 'outbox-messages',
        where: { subject: { equals: 'Oud bericht' } },
        depth: 0,
      })
    ).docs
    await payload.update({
      collection: 'outbox-messages',
      id: oldMessage!.id,
      data: { createdAt: daysAgo(31) } as never,
    })
    await payload.jobs.queue({ task: 'purgeUnconfirmedSubscribers', input: {}, queue: 'nightly' })
    await payload.jobs.run({ queue: 'nightly' })

    const { docs } = await payload.find({
      collection: 'subscribers',
      sort: 'email',
      pagination: false,
    })
    expect(docs.map(({ email }) => email)).toEqual([
      'oud-bevestigd@example.org',
      'recent@example.org',
    ])
    const { docs: events } = await payload.find({ collection: 'webhook-events', pagination: false })
    expect(events.map(({ eventId }) => eventId)).toEqual(['msg_new'])
    const { docs: messages } = await payload.find({
      collection: 'outbox-messages',
      pagination: false,
    })
    expect(messages.map(({ subject }) => subject)).toEqual(['Nieuw bericht'])
  })
})
