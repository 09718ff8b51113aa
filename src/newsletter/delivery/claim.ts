import type { Payload } from 'payload'

import type { DeliveryBatch, DeliveryClaim } from '@/payload-types'

import type { RecipientSource } from './recipients'
import { markBatchSubmitting, releaseClaim, skipUnsubscribed, takeClaim } from './state'

export type ClaimedBatch = Pick<DeliveryBatch, 'id' | 'batchKey'> & {
  attempts: number
  claim: Pick<DeliveryClaim, 'id' | 'generation'>
}

/**
 * Claims the next batch of an edition for this worker: a pending one, or a submitting one whose
 * worker stopped showing signs of life for `leaseSeconds` (it died mid-send; the same
 * Idempotency-Key makes the provider replay what it already accepted). The claim is an insert
 * under a unique key, atomic on SQLite and MongoDB alike, so of two workers only one holds a batch.
 *
 * Claiming a pending batch is the last moment before its mail goes: who unsubscribed since the
 * audience was frozen is skipped here.
 */
export const claimNextBatch = async ({
  payload,
  editionId,
  source,
  leaseSeconds,
}: {
  payload: Payload
  editionId: string | number
  source: RecipientSource
  leaseSeconds: number
}): Promise<ClaimedBatch | undefined> => {
  const staleBefore = Date.now() - leaseSeconds * 1000
  let afterId: string | number | undefined
  // Pages through the open batches in order; normally the first one is free.
  for (;;) {
    const { docs: batches } = await payload.db.find<DeliveryBatch>({
      collection: 'delivery-batches',
      where: {
        and: [
          { edition: { equals: editionId } },
          { state: { in: ['pending', 'submitting'] } },
          ...(afterId === undefined ? [] : [{ id: { greater_than: afterId } }]),
        ],
      },
      sort: 'id',
      limit: 20,
      pagination: false,
    })
    if (batches.length === 0) return undefined
    for (const batch of batches) {
      const claimed = await tryClaim({ payload, editionId, source, batch, staleBefore })
      if (claimed) return claimed
    }
    afterId = batches.at(-1)!.id
  }
}

const tryClaim = async ({
  payload,
  editionId,
  source,
  batch,
  staleBefore,
}: {
  payload: Payload
  editionId: string | number
  source: RecipientSource
  batch: DeliveryBatch
  staleBefore: number
}): Promise<ClaimedBatch | undefined> => {
  const latest = await latestClaim(payload, batch.id)
  const isHeld =
    latest && !latest.isReleased && new Date(latest.heartbeatAt).getTime() > staleBefore
  if (isHeld) return undefined
  const generation = (latest?.generation ?? 0) + 1
  const claim = await takeClaim({ payload, editionId, batchId: batch.id, generation })
  if (!claim) return undefined
  // Read again now that it is ours: it may have been finished while we were deciding.
  const current = await payload.db.findOne<DeliveryBatch>({
    collection: 'delivery-batches',
    where: { id: { equals: batch.id } },
  })
  if (!current || (current.state !== 'pending' && current.state !== 'submitting')) {
    await releaseClaim({ payload, claim })
    return undefined
  }
  if (current.state === 'pending') {
    await skipUnsubscribed({ payload, editionId, batchKey: current.batchKey, source })
  }
  const attempts = (current.attempts ?? 0) + 1
  await markBatchSubmitting({ payload, batchId: current.id, attempts })
  return { id: current.id, batchKey: current.batchKey, attempts, claim }
}

/** Still ours? A worker that stalled past its lease may have been taken over. */
export const isStillHeld = async (payload: Payload, batch: ClaimedBatch) =>
  (await latestClaim(payload, batch.id))?.generation === batch.claim.generation

const latestClaim = async (payload: Payload, batchId: string | number) => {
  const { docs } = await payload.db.find<DeliveryClaim>({
    collection: 'delivery-claims',
    where: { batch: { equals: batchId } },
    sort: '-generation',
    limit: 1,
    pagination: false,
  })
  return docs[0]
}
