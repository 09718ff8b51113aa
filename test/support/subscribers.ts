import type { Payload } from 'payload'

import type { SubscriberStatus } from '@/subscribers/statuses'

/** Outbox messages to one address, oldest first. */
export const outboxTo = async (payload: Payload, to: string) =>
  (
    await payload.find({
      collection: 'outbox-messages',
      where: { to: { equals: to } },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
    })
  ).docs

/** The first link to a site page (`/<locale>/nieuwsbrief/<page>?token=…`) in a mail's text. */
export const linkIn = (text: string | null | undefined, page: string): string => {
  const match = new RegExp(`https?://[^\\s"<>]+/nieuwsbrief/${page}\\?token=[^\\s"<>]+`).exec(
    text ?? '',
  )
  if (!match) throw new Error(`No ${page} link in:\n${text}`)
  return match[0]
}

export const tokenOf = (url: string): string => new URL(url).searchParams.get('token') ?? ''

/** What subscribing, sending and webhooks fill, for `useIntegration({ emptyAfterEach })`. */
export const subscriberCollections = [
  'deliveries',
  'outbox-messages',
  'subscribers',
  'webhook-events',
] as const

/** Subscribers made to be counted: `count` of them per municipality and status. */
export const addSubscribers = async (
  payload: Payload,
  groups: { municipality: number; status: SubscriberStatus; count: number }[],
) => {
  for (const { municipality, status, count } of groups) {
    for (let index = 0; index < count; index++) {
      await payload.create({
        collection: 'subscribers',
        data: {
          email: `${status}.${municipality}.${index}@example.org`,
          municipality,
          status,
          locale: 'nl',
        },
      })
    }
  }
}
