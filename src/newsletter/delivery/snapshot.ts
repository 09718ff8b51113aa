import type { Payload } from 'payload'

import { idFromText } from '@/lib/ids'
import type { DeliveryBatch, NewsletterEdition } from '@/payload-types'

import { audienceWhere } from './audience'
import { recordFrozenPage } from './state'

/**
 * Freezes the next page of the audience into deliveries: one batch of subscribers, in id order
 * after the last batch frozen (never the whole list in memory). The batch row is written last,
 * as the page's commit mark: after a crash half-way, the page is frozen again, the deliveries
 * already there are kept. Returns false once the whole audience is frozen.
 */
export const snapshotNextPage = async ({
  payload,
  edition,
  batchSize,
}: {
  payload: Payload
  edition: Pick<NewsletterEdition, 'id' | 'audience' | 'sending'>
  batchSize: number
}): Promise<boolean> => {
  const { docs: lastBatches } = await payload.db.find<DeliveryBatch>({
    collection: 'delivery-batches',
    where: { edition: { equals: edition.id } },
    sort: '-id',
    limit: 1,
    pagination: false,
  })
  const cursor = lastBatches[0] ? idFromText(payload, lastBatches[0].lastSubscriber) : undefined
  const where = audienceWhere({ audience: edition.audience, frozenAt: edition.sending?.startedAt })
  const { docs: subscribers } = await payload.db.find<{
    id: string | number
    locale: string
    municipality?: unknown
  }>({
    collection: 'subscribers',
    where: cursor === undefined ? where : { and: [where, { id: { greater_than: cursor } }] },
    sort: 'id',
    limit: batchSize,
    pagination: false,
    select: { locale: true, municipality: true },
  })
  if (subscribers.length === 0) return false

  const batchKey = `${subscribers[0].id}-${subscribers.at(-1)!.id}`
  const { docs: alreadyFrozen } = await payload.db.find<{
    id: string | number
    subscriber: unknown
  }>({
    collection: 'deliveries',
    where: {
      and: [
        { edition: { equals: edition.id } },
        { subscriber: { in: subscribers.map(({ id }) => id) } },
      ],
    },
    pagination: false,
    limit: 0,
    select: { subscriber: true },
  })
  await recordFrozenPage({ payload, editionId: edition.id, batchKey, subscribers, alreadyFrozen })
  return subscribers.length === batchSize
}
