import type { Payload } from 'payload'

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
