import type { Payload, PayloadRequest } from 'payload'

import type { Subscriber } from '@/payload-types'

/**
 * Everything held on one person (AVG article 15): the subscriber record with its consent proof,
 * every delivery to them and every stored message to their address.
 */
export const exportSubscriberData = async ({
  payload,
  id,
  req,
}: {
  payload: Payload
  id: string | number
  req?: Partial<PayloadRequest>
}) => {
  const subscriber = await payload.findByID({ collection: 'subscribers', id, depth: 0, req })
  const { docs: deliveries } = await payload.find({
    collection: 'deliveries',
    where: { subscriber: { equals: subscriber.id } },
    pagination: false,
    depth: 0,
    req,
  })
  const { docs: messages } = await payload.find({
    collection: 'outbox-messages',
    where: { to: { equals: subscriber.email } },
    pagination: false,
    depth: 0,
    select: { to: true, subject: true, text: true, tags: true, createdAt: true },
    req,
  })
  return {
    exportedAt: new Date().toISOString(),
    subscriber,
    deliveries: deliveries.map(({ subscriber: _subscriber, ...delivery }) => delivery),
    messages,
  }
}

/**
 * Erases a person (AVG article 17): the subscriber row and every stored message to the address
 * go; deliveries stay as anonymous counts (edition, language, municipality, state) without a link
 * to the person. The Subscribers collection anonymises them when the row is deleted, so an
 * admin's plain delete does the same.
 */
export const eraseSubscriber = async ({
  payload,
  id,
  req,
}: {
  payload: Payload
  id: string | number
  req?: Partial<PayloadRequest>
}): Promise<{ deliveriesAnonymised: number; messagesDeleted: number }> => {
  const subscriber: Subscriber = await payload.findByID({
    collection: 'subscribers',
    id,
    depth: 0,
    req,
  })
  const { totalDocs: deliveriesAnonymised } = await payload.count({
    collection: 'deliveries',
    where: { subscriber: { equals: subscriber.id } },
    req,
  })
  const deleted = await payload.delete({
    collection: 'outbox-messages',
    where: { to: { equals: subscriber.email } },
    depth: 0,
    req,
  })
  // A sign-up still waiting in the queue would bring the person back a minute later.
  await deleteQueuedSignUps({ payload, email: subscriber.email, req })
  await payload.delete({ collection: 'subscribers', id: subscriber.id, req })
  return { deliveriesAnonymised, messagesDeleted: deleted.docs.length }
}

/**
 * Removes sign-ups for `email` that wait in the job queue (or failed and wait for the nightly
 * purge). The queue holds at most a few minutes of sign-ups, read a page at a time.
 */
const deleteQueuedSignUps = async ({
  payload,
  email,
  req,
}: {
  payload: Payload
  email: string
  req?: Partial<PayloadRequest>
}) => {
  const address = email.trim().toLowerCase()
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [{ taskSlug: { equals: 'handleSignUp' } }, { completedAt: { exists: false } }],
      },
      select: { input: true },
      depth: 0,
      limit: 100,
      page,
      sort: 'createdAt',
      req,
    })
    const matching = docs.filter(
      ({ input }) =>
        String((input as { email?: unknown } | null)?.email ?? '')
          .trim()
          .toLowerCase() === address,
    )
    for (const { id } of matching) {
      await payload.delete({ collection: 'payload-jobs', id, req })
    }
    if (!hasNextPage) return
    if (matching.length) page--
  }
}
