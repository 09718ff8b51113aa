import type { Payload } from 'payload'

import type { DeliveryBatch, NewsletterEdition } from '@/payload-types'
import { idFromText, idsOf } from '@/lib/ids'
import { audienceWhere } from './audience'
import { recipientKeyOf } from './recipientKey'
import { insertDeliveries } from './bulkWrites'

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
  edition: Pick<NewsletterEdition, 'id' | 'audience' | 'delivery'>
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
  const where = audienceWhere({ audience: edition.audience, frozenAt: edition.delivery?.startedAt })
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
  const { docs: existing } = await payload.db.find<{ id: string | number; subscriber: unknown }>({
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
  const alreadyFrozen = new Set(existing.map(({ subscriber }) => String(idsOf([subscriber])[0])))
  const now = new Date().toISOString()
  await insertDeliveries(
    payload,
    subscribers
      .filter((subscriber) => !alreadyFrozen.has(String(subscriber.id)))
      .map((subscriber) => ({
        edition: edition.id,
        subscriber: subscriber.id,
        recipientKey: recipientKeyOf(subscriber.id),
        locale: subscriber.locale,
        municipality: idsOf([subscriber.municipality])[0] ?? null,
        state: 'pending',
        batchKey,
        attempts: 0,
        createdAt: now,
        updatedAt: now,
      })),
  )
  if (existing.length) {
    // A page frozen again after a crash may be cut differently: its deliveries join this batch.
    await payload.db.updateMany({
      collection: 'deliveries',
      where: { id: { in: existing.map(({ id }) => id) } },
      data: { batchKey },
      returning: false,
    })
  }
  await payload.db
    .create({
      collection: 'delivery-batches',
      data: {
        edition: edition.id,
        batchKey,
        size: subscribers.length,
        state: 'pending',
        lastSubscriber: String(subscribers.at(-1)!.id),
        attempts: 0,
      },
    })
    .catch(async (error: unknown) => {
      if (!(await isFrozen(payload, edition.id, batchKey))) throw error
    })
  return subscribers.length === batchSize
}

const isFrozen = async (payload: Payload, editionId: string | number, batchKey: string) =>
  (
    await payload.db.count({
      collection: 'delivery-batches',
      where: { and: [{ edition: { equals: editionId } }, { batchKey: { equals: batchKey } }] },
    })
  ).totalDocs > 0
