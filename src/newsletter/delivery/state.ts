import type { Payload, PayloadRequest, Where } from 'payload'

import { idsOf } from '@/lib/ids'
import type { Delivery, DeliveryClaim } from '@/payload-types'

import { insertDeliveries, markAccepted } from './bulkWrites'
import type { AcceptedDelivery } from './bulkWrites'
import { erasedRecipientKey } from './recipientKey'
import type { FrozenRecipient, RecipientSource } from './recipients'

/**
 * The one place that changes deliveries, batches and claims, as Ghost's email-event storage and
 * listmonk's store do: the engine, the admin's controls, webhooks and erasure name a transition
 * here and never write these collections themselves. Reads stay with whoever needs them.
 *
 * Writes go through the database adapter (no hooks, no access checks: the engine is the only
 * actor) except where a person's request is involved, which passes `req` for its transaction.
 */

/**
 * Where one delivery stands. "Accepted" means the provider took it, not that it arrived: webhooks
 * move it on to delivered, bounced or complained.
 */
export const deliveryStates = [
  'pending',
  'submitting',
  'accepted',
  'delivered',
  'bounced',
  'complained',
  'failed',
  'skipped',
  'cancelled',
] as const

export type DeliveryState = (typeof deliveryStates)[number]

/** Where one batch stands: its state is the lock (pending -> submitting -> accepted | failed). */
export const batchStates = ['pending', 'submitting', 'accepted', 'failed', 'cancelled'] as const

export type BatchState = (typeof batchStates)[number]

export type { AcceptedDelivery }

/** A delivery row as it is inserted, without Payload's hooks: every column is given. */
export type NewDelivery = {
  edition: string | number
  /** One of the two, by the edition's kind. */
  subscriber?: string | number | null
  organisation?: string | number | null
  /** The recipient source's key: the unique index is on (edition, recipientKey). */
  recipientKey: string
  locale: string
  municipality: string | number | null
  state: DeliveryState
  batchKey: string | null
  attempts: number
  acceptedAt?: string | null
  deliveredAt?: string | null
  lastError?: string | null
  createdAt: string
  updatedAt: string
}

/** The batch a worker holds, as far as recording its outcome needs it. */
export type HeldBatch = { id: string | number; attempts: number; claim: Pick<DeliveryClaim, 'id'> }

/**
 * Records one frozen page of the audience: its deliveries, then the batch row. The batch row is
 * the page's commit mark: after a crash half-way the page is frozen again, and the deliveries
 * already there are kept (their unique key) and join the batch.
 */
export const recordFrozenPage = async ({
  payload,
  editionId,
  batchKey,
  source,
  recipients,
  alreadyFrozen,
}: {
  payload: Payload
  editionId: string | number
  batchKey: string
  source: Pick<RecipientSource, 'relation' | 'keyOf'>
  /** The page, in id order. */
  recipients: FrozenRecipient[]
  /** Deliveries of this page made by an earlier attempt. */
  alreadyFrozen: { id: string | number; recipientKey: string }[]
}) => {
  const frozenKeys = new Set(alreadyFrozen.map(({ recipientKey }) => recipientKey))
  const now = new Date().toISOString()
  await insertDeliveries(
    payload,
    recipients
      .filter((recipient) => !frozenKeys.has(source.keyOf(recipient.id)))
      .map((recipient) => ({
        edition: editionId,
        [source.relation]: recipient.id,
        recipientKey: source.keyOf(recipient.id),
        locale: recipient.locale,
        municipality: idsOf([recipient.municipality])[0] ?? null,
        state: 'pending',
        batchKey,
        attempts: 0,
        createdAt: now,
        updatedAt: now,
      })),
  )
  if (alreadyFrozen.length) {
    // A page frozen again after a crash may be cut differently: its deliveries join this batch.
    await payload.db.updateMany({
      collection: 'deliveries',
      where: { id: { in: alreadyFrozen.map(({ id }) => id) } },
      data: { batchKey },
      returning: false,
    })
  }
  await payload.db
    .create({
      collection: 'delivery-batches',
      data: {
        edition: editionId,
        batchKey,
        size: recipients.length,
        state: 'pending',
        lastSubscriber: String(recipients.at(-1)!.id),
        attempts: 0,
      },
    })
    .catch(async (error: unknown) => {
      // Another worker froze the same page at the same moment: its mark counts.
      if (!(await isFrozen(payload, editionId, batchKey))) throw error
    })
}

/**
 * Deliveries as they were sent earlier, all at once (the demo's history); rows that exist already
 * are left as they are.
 */
export const recordPastDeliveries = (payload: Payload, rows: NewDelivery[]) =>
  insertDeliveries(payload, rows)

/**
 * Inserts generation `generation` of a batch's claim. The unique key makes this the atomic step
 * on every database: of two workers exactly one gets it, the other gets undefined.
 */
export const takeClaim = async ({
  payload,
  editionId,
  batchId,
  generation,
}: {
  payload: Payload
  editionId: string | number
  batchId: string | number
  generation: number
}): Promise<DeliveryClaim | undefined> => {
  try {
    return await payload.db.create({
      collection: 'delivery-claims',
      data: {
        key: `${batchId}:${generation}`,
        edition: editionId,
        batch: batchId,
        generation,
        heartbeatAt: new Date().toISOString(),
        isReleased: false,
      },
    })
  } catch {
    // Another worker inserted this generation first: the batch is theirs.
    return undefined
  }
}

/** A change to all of one edition's records, in the caller's transaction when there is one. */
type EditionWrite = { payload: Payload; editionId: string | number; req?: Partial<PayloadRequest> }

type HeldClaim = { payload: Payload; claim: Pick<DeliveryClaim, 'id'> }

/** A sign of life during long waits, so nobody takes the batch over while this worker lives. */
export const heartbeat = ({ payload, claim }: HeldClaim) =>
  updateClaim({ payload, claim }, { heartbeatAt: new Date().toISOString() })

/** Gives a batch back so the next worker, or this one after a resume, can take it at once. */
export const releaseClaim = ({ payload, claim }: HeldClaim) =>
  updateClaim({ payload, claim }, { isReleased: true })

/** The claimed batch goes to the provider (again): one attempt more. */
export const markBatchSubmitting = ({
  payload,
  batchId,
  attempts,
}: {
  payload: Payload
  batchId: string | number
  attempts: number
}) =>
  payload.db.updateOne({
    collection: 'delivery-batches',
    id: batchId,
    data: { state: 'submitting', attempts },
    returning: false,
  })

/**
 * Skips the deliveries whose recipient can no longer be mailed (a subscriber unsubscribed, bounced
 * or erased; an organisation opted out, bounced or deleted).
 * Runs before the batch is first sent; after it the batch's message list is fixed, so every retry
 * sends exactly the same request. The others stay pending while their batch is submitting: the
 * batch carries that state, which saves a write per recipient.
 */
export const skipUnsubscribed = async ({
  payload,
  editionId,
  batchKey,
  source,
}: {
  payload: Payload
  editionId: string | number
  batchKey: string
  source: Pick<RecipientSource, 'collection' | 'relation' | 'reachable'>
}) => {
  const inBatch: Where = {
    and: [
      { edition: { equals: editionId } },
      { batchKey: { equals: batchKey } },
      { state: { in: ['pending', 'submitting'] } },
    ],
  }
  const { docs: deliveries } = await payload.db.find<
    Record<string, unknown> & { id: string | number }
  >({
    collection: 'deliveries',
    where: inBatch,
    pagination: false,
    limit: 0,
  })
  const recipientIds = idsOf(deliveries.map((delivery) => delivery[source.relation]))
  const { docs: reachable } = await payload.db.find<{ id: string | number }>({
    collection: source.collection,
    where: { and: [{ id: { in: recipientIds } }, source.reachable] },
    pagination: false,
    limit: 0,
    select: { id: true },
  })
  const stillReachable = new Set(reachable.map(({ id }) => String(id)))
  const skipped = deliveries.filter((delivery) => {
    const [recipientId] = idsOf([delivery[source.relation]])
    return recipientId === undefined || !stillReachable.has(String(recipientId))
  })
  await skip({
    payload,
    ids: skipped.map(({ id }) => id),
    reason:
      source.relation === 'organisation'
        ? 'Afgemeld, onbestelbaar of verwijderd voordat de batch verzonden werd.'
        : 'Afgemeld of niet meer bevestigd voordat de batch verzonden werd.',
  })
}

/** Erased (or deleted) between freezing and sending: nobody to send to, and the row says why. */
export const skipErased = ({ payload, ids }: { payload: Payload; ids: (string | number)[] }) =>
  skip({ payload, ids, reason: 'De abonnee is gewist voordat de batch verzonden werd.' })

/**
 * Every delivery's outcome, then the batch's, then the claim goes back. A crash in between leaves
 * the batch submitting: it is claimed again, replayed by the provider and recorded again, with the
 * same outcome.
 */
export const recordBatchOutcome = async ({
  payload,
  batch,
  accepted,
  failed,
}: {
  payload: Payload
  batch: HeldBatch
  accepted: AcceptedDelivery[]
  failed: { id: string | number; error: string }[]
}) => {
  for (const { id, error } of failed) {
    await payload.db.updateOne({
      collection: 'deliveries',
      id,
      data: { state: 'failed', lastError: error, attempts: batch.attempts },
      returning: false,
    })
  }
  await markAccepted({
    payload,
    deliveries: accepted,
    attempts: batch.attempts,
    acceptedAt: new Date().toISOString(),
  })
  // An empty batch (everyone skipped) counts as done, like one the provider took in part.
  const isAccepted = accepted.length > 0 || failed.length === 0
  await payload.db.updateOne({
    collection: 'delivery-batches',
    id: batch.id,
    data: { state: isAccepted ? 'accepted' : 'failed', lastError: failed[0]?.error ?? null },
    returning: false,
  })
  await releaseClaim({ payload, claim: batch.claim })
}

/** A claimed batch that nobody offered to the provider yet does not go at all. */
export const cancelUnsentBatch = async ({
  payload,
  editionId,
  batch,
}: {
  payload: Payload
  editionId: string | number
  batch: { id: string | number; batchKey: string }
}) => {
  await cancelPendingDeliveries({ payload, editionId, batchKeys: [batch.batchKey] })
  await payload.db.updateOne({
    collection: 'delivery-batches',
    id: batch.id,
    data: { state: 'cancelled' },
    returning: false,
  })
}

/**
 * What has not gone out yet will not: batches that were never sent, and their deliveries, become
 * cancelled. A batch a worker is sending right now finishes (the request may already be with the
 * provider) and records what the provider answered.
 */
export const cancelRemaining = async ({ payload, editionId, req }: EditionWrite) => {
  const { docs: batches } = await payload.db.find<{ id: string | number; batchKey: string }>({
    collection: 'delivery-batches',
    where: { and: [{ edition: { equals: editionId } }, { state: { equals: 'pending' } }] },
    pagination: false,
    limit: 0,
    select: { batchKey: true },
    req,
  })
  if (batches.length) {
    await payload.db.updateMany({
      collection: 'delivery-batches',
      where: { id: { in: batches.map(({ id }) => id) } },
      data: { state: 'cancelled' },
      returning: false,
      req,
    })
  }
  // Only the deliveries of batches never sent: a batch in flight records its own outcome.
  for (let start = 0; start < batches.length; start += 100) {
    await cancelPendingDeliveries({
      payload,
      editionId,
      batchKeys: batches.slice(start, start + 100).map(({ batchKey }) => batchKey),
      req,
    })
  }
}

/** What the provider reported later about one delivery, in our words. */
export type ProviderEvent =
  | { state: 'delivered'; deliveredAt: string }
  | { state: 'bounced' | 'complained' }
  | { state: 'failed'; reason?: string }

/** Later news never undoes a bounce or complaint (a delivered event can arrive after them). */
const finalStates: DeliveryState[] = ['bounced', 'complained']

/**
 * Applies a provider's event to the delivery it names; returns that delivery (as it was), or
 * undefined when no delivery has this provider message id.
 */
export const applyProviderEvent = async ({
  payload,
  providerMessageId,
  event,
  req,
}: {
  payload: Payload
  providerMessageId: string | undefined
  event: ProviderEvent
  req?: Partial<PayloadRequest>
}): Promise<Delivery | undefined> => {
  if (!providerMessageId) return undefined
  const { docs } = await payload.find({
    collection: 'deliveries',
    where: { providerMessageId: { equals: providerMessageId } },
    limit: 1,
    depth: 0,
    pagination: false,
    req,
  })
  const delivery = docs[0]
  if (delivery && !finalStates.includes(delivery.state)) {
    await payload.update({
      collection: 'deliveries',
      id: delivery.id,
      data: {
        state: event.state,
        ...(event.state === 'delivered' ? { deliveredAt: event.deliveredAt } : {}),
        ...(event.state === 'failed' && event.reason ? { lastError: event.reason } : {}),
      },
      depth: 0,
      req,
    })
  }
  return delivery
}

/**
 * Erasure (AVG article 17): the person's (or organisation's) deliveries stay as anonymous counts
 * (edition, language, municipality, state) without a link to them. Returns how many were
 * anonymised.
 */
export const forgetRecipient = async ({
  payload,
  subscriberId,
  organisationId,
  req,
}: {
  payload: Payload
  req?: Partial<PayloadRequest>
} & (
  | { subscriberId: string | number; organisationId?: never }
  | { organisationId: string | number; subscriberId?: never }
)) => {
  const field = organisationId === undefined ? 'subscriber' : 'organisation'
  const { docs } = await payload.update({
    collection: 'deliveries',
    where: { [field]: { equals: organisationId ?? subscriberId } },
    data: { [field]: null, recipientKey: erasedRecipientKey() },
    depth: 0,
    req,
  })
  return docs.length
}

/** An edition that is deleted takes its deliveries, batches and claims with it. */
export const removeEditionDeliveries = async ({ payload, editionId, req }: EditionWrite) => {
  for (const collection of ['delivery-claims', 'delivery-batches', 'deliveries'] as const) {
    await payload.db.deleteMany({ collection, where: { edition: { equals: editionId } }, req })
  }
}

const updateClaim = ({ payload, claim }: HeldClaim, data: Partial<DeliveryClaim>) =>
  payload.db.updateOne({ collection: 'delivery-claims', id: claim.id, data, returning: false })

const skip = async ({
  payload,
  ids,
  reason,
}: {
  payload: Payload
  ids: (string | number)[]
  reason: string
}) => {
  if (ids.length === 0) return
  await payload.db.updateMany({
    collection: 'deliveries',
    where: { id: { in: ids } },
    data: { state: 'skipped', lastError: reason },
    returning: false,
  })
}

const cancelPendingDeliveries = ({
  payload,
  editionId,
  batchKeys,
  req,
}: {
  payload: Payload
  editionId: string | number
  batchKeys: string[]
  req?: Partial<PayloadRequest>
}) =>
  payload.db.updateMany({
    collection: 'deliveries',
    where: {
      and: [
        { edition: { equals: editionId } },
        { batchKey: { in: batchKeys } },
        { state: { equals: 'pending' } },
      ],
    },
    data: { state: 'cancelled', lastError: 'Niet verstuurd: de verzending is geannuleerd.' },
    returning: false,
    req,
  })

const isFrozen = async (payload: Payload, editionId: string | number, batchKey: string) =>
  (
    await payload.db.count({
      collection: 'delivery-batches',
      where: { and: [{ edition: { equals: editionId } }, { batchKey: { equals: batchKey } }] },
    })
  ).totalDocs > 0

/**
 * A pack mailing's pack link was followed: the first time counts, later clicks (and the same
 * person on another device) change nothing. Only the moment is kept, never who or from where.
 */
export const recordPackOpen = ({
  payload,
  deliveryId,
}: {
  payload: Payload
  deliveryId: string | number
}) =>
  payload.db.updateMany({
    collection: 'deliveries',
    where: { and: [{ id: { equals: deliveryId } }, { openedAt: { exists: false } }] },
    data: { openedAt: new Date().toISOString() },
    returning: false,
  })
