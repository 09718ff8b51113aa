import type { Payload, Where } from 'payload'

import type { DeliveryBatch, DeliveryClaim } from '@/payload-types'
import { idsOf } from '@/lib/ids'

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
  leaseSeconds,
}: {
  payload: Payload
  editionId: string | number
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
      const claimed = await tryClaim({ payload, editionId, batch, staleBefore })
      if (claimed) return claimed
    }
    afterId = batches.at(-1)!.id
  }
}

const tryClaim = async ({
  payload,
  editionId,
  batch,
  staleBefore,
}: {
  payload: Payload
  editionId: string | number
  batch: DeliveryBatch
  staleBefore: number
}): Promise<ClaimedBatch | undefined> => {
  const latest = await latestClaim(payload, batch.id)
  const isHeld =
    latest && !latest.isReleased && new Date(latest.heartbeatAt).getTime() > staleBefore
  if (isHeld) return undefined
  const generation = (latest?.generation ?? 0) + 1
  let claim: DeliveryClaim
  try {
    claim = await payload.db.create({
      collection: 'delivery-claims',
      data: {
        key: `${batch.id}:${generation}`,
        edition: editionId,
        batch: batch.id,
        generation,
        heartbeatAt: new Date().toISOString(),
        isReleased: false,
      },
    })
  } catch {
    // Another worker inserted this generation first: the batch is theirs.
    return undefined
  }
  // Read again now that it is ours: it may have been finished while we were deciding.
  const current = await payload.db.findOne<DeliveryBatch>({
    collection: 'delivery-batches',
    where: { id: { equals: batch.id } },
  })
  if (!current || (current.state !== 'pending' && current.state !== 'submitting')) {
    await releaseClaim(payload, claim)
    return undefined
  }
  if (current.state === 'pending') {
    await skipUnsubscribed({ payload, editionId, batchKey: current.batchKey })
  }
  const attempts = (current.attempts ?? 0) + 1
  await payload.db.updateOne({
    collection: 'delivery-batches',
    id: current.id,
    data: { state: 'submitting', attempts },
    returning: false,
  })
  return { id: current.id, batchKey: current.batchKey, attempts, claim }
}

/** Still ours? A worker that stalled past its lease may have been taken over. */
export const isStillHeld = async (payload: Payload, batch: ClaimedBatch) =>
  (await latestClaim(payload, batch.id))?.generation === batch.claim.generation

/** A sign of life during long waits, so nobody takes the batch over while this worker lives. */
export const heartbeat = (payload: Payload, batch: ClaimedBatch) =>
  payload.db.updateOne({
    collection: 'delivery-claims',
    id: batch.claim.id,
    data: { heartbeatAt: new Date().toISOString() },
    returning: false,
  })

/** Gives a batch back so the next worker, or this one after a resume, can take it at once. */
export const releaseClaim = (payload: Payload, claim: Pick<DeliveryClaim, 'id'>) =>
  payload.db.updateOne({
    collection: 'delivery-claims',
    id: claim.id,
    data: { isReleased: true },
    returning: false,
  })

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

/**
 * Skips the deliveries whose subscriber is no longer confirmed (unsubscribed, bounced, erased).
 * Runs before the batch is first sent; after it the batch's message list is fixed, so every retry
 * sends exactly the same request. The others stay pending while their batch is submitting: the
 * batch carries that state, which saves a write per recipient.
 */
const skipUnsubscribed = async ({
  payload,
  editionId,
  batchKey,
}: {
  payload: Payload
  editionId: string | number
  batchKey: string
}) => {
  const inBatch: Where = {
    and: [
      { edition: { equals: editionId } },
      { batchKey: { equals: batchKey } },
      { state: { in: ['pending', 'submitting'] } },
    ],
  }
  const { docs: deliveries } = await payload.db.find<{ id: string | number; subscriber: unknown }>({
    collection: 'deliveries',
    where: inBatch,
    pagination: false,
    limit: 0,
  })
  const subscriberIds = idsOf(deliveries.map(({ subscriber }) => subscriber))
  const { docs: confirmed } = await payload.db.find<{ id: string | number }>({
    collection: 'subscribers',
    where: { and: [{ id: { in: subscriberIds } }, { status: { equals: 'confirmed' } }] },
    pagination: false,
    limit: 0,
    select: { id: true },
  })
  const stillConfirmed = new Set(confirmed.map(({ id }) => String(id)))
  const skipped = deliveries.filter(({ subscriber }) => {
    const [subscriberId] = idsOf([subscriber])
    return subscriberId === undefined || !stillConfirmed.has(String(subscriberId))
  })
  if (skipped.length) {
    await payload.db.updateMany({
      collection: 'deliveries',
      where: { id: { in: skipped.map(({ id }) => id) } },
      data: {
        state: 'skipped',
        lastError: 'Afgemeld of niet meer bevestigd voordat de batch verzonden werd.',
      },
      returning: false,
    })
  }
}
