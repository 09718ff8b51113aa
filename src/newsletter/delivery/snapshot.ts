import type { Payload } from 'payload'

import { idFromText } from '@/lib/ids'
import type { DeliveryBatch, NewsletterEdition } from '@/payload-types'

import { recipientSourceFor } from './recipients'
import type { EditionRecipients } from './recipients'
import { recordFrozenPage } from './state'

/**
 * Freezes the next page of the audience into deliveries: one batch of recipients (subscribers or
 * organisations, by the edition's kind), in id order after the last batch frozen (never the whole
 * list in memory). The batch row is written last, as the page's commit mark: after a crash
 * half-way, the page is frozen again, the deliveries already there are kept. Returns false once
 * the whole audience is frozen.
 */
export const snapshotNextPage = async ({
  payload,
  edition,
  batchSize,
}: {
  payload: Payload
  edition: EditionRecipients & Pick<NewsletterEdition, 'sending'>
  batchSize: number
}): Promise<boolean> => {
  const source = recipientSourceFor(edition)
  const { docs: lastBatches } = await payload.db.find<DeliveryBatch>({
    collection: 'delivery-batches',
    where: { edition: { equals: edition.id } },
    sort: '-id',
    limit: 1,
    pagination: false,
  })
  const cursor = lastBatches[0] ? idFromText(payload, lastBatches[0].lastSubscriber) : undefined
  const where = source.where(edition.sending?.startedAt)
  const { docs: rows } = await payload.db.find<Record<string, unknown> & { id: string | number }>({
    collection: source.collection,
    where: cursor === undefined ? where : { and: [where, { id: { greater_than: cursor } }] },
    sort: 'id',
    limit: batchSize,
    pagination: false,
    select: { [source.localeField]: true, municipality: true },
  })
  if (rows.length === 0) return false

  const recipients = rows.map(source.toFrozen)
  const batchKey = `${recipients[0].id}-${recipients.at(-1)!.id}`
  const { docs: alreadyFrozen } = await payload.db.find<{
    id: string | number
    recipientKey: string
  }>({
    collection: 'deliveries',
    where: {
      and: [
        { edition: { equals: edition.id } },
        { recipientKey: { in: recipients.map(({ id }) => source.keyOf(id)) } },
      ],
    },
    pagination: false,
    limit: 0,
    select: { recipientKey: true },
  })
  await recordFrozenPage({
    payload,
    editionId: edition.id,
    batchKey,
    source,
    recipients,
    alreadyFrozen,
  })
  return recipients.length === batchSize
}
