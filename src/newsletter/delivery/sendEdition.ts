import type { Payload } from 'payload'

import { adminT, adminTextsIn } from '@/i18n/admin'
import { emailFrom } from '@/lib/env'
import { idsOf } from '@/lib/ids'
import { getTransport } from '@/mail/transports'
import type { OutgoingMessage, SendResult, Transport } from '@/mail/transports/types'
import type { Delivery, NewsletterEdition } from '@/payload-types'

import { claimNextBatch, isStillHeld } from './claim'
import type { ClaimedBatch } from './claim'
import { finishIfDone, markSnapshotComplete, pauseEdition } from './control'
import { createSharedPacer } from './pacer'
import type { Pacer } from './pacer'
import { recipientSourceFor } from './recipients'
import type { Composer, RecipientSource } from './recipients'
import { sendSettings } from './settings'
import type { SendSettings } from './settings'
import { snapshotNextPage } from './snapshot'
import {
  cancelRemaining,
  cancelUnsentBatch,
  heartbeat,
  recordBatchOutcome,
  releaseClaim,
  skipErased,
} from './state'
import type { AcceptedDelivery } from './state'

export type SendRunOutcome =
  /** Every delivery has an outcome; the edition is sent. */
  | 'sent'
  /** Paused by a person or by too many failures in a row. */
  | 'paused'
  | 'cancelled'
  /** Not (or no longer) sending: not due yet, or finished by another worker. */
  | 'idle'
  /** The job's time is up or other workers hold the remaining batches: continue in a new job. */
  | 'continue'

/**
 * Works on one sending edition until it is done, paused, cancelled or the job's time is up: freezes
 * the audience page by page, claims batches, sends each as one paced request with its own
 * Idempotency-Key and records every delivery's outcome. Safe to run in any number of workers at
 * once and to kill at any moment: all state is in the database, and what a dead worker left
 * half-done is claimed again and replayed under the same key.
 */
export const runEditionSend = async ({
  payload,
  editionId,
  settings = sendSettings(),
  transport = getTransport(payload),
  pacer = createSharedPacer({ payload, ratePerSecond: settings.ratePerSecond }),
}: {
  payload: Payload
  editionId: string | number
  settings?: SendSettings
  transport?: Transport
  pacer?: Pacer
}): Promise<SendRunOutcome> => {
  const deadline = Date.now() + settings.jobBudgetSeconds * 1000
  // The kind never changes after creation: one source and one composer (templates cache) per run.
  const first = await readEdition(payload, editionId)
  if (!first) return 'idle'
  const source = recipientSourceFor(first)
  const compose = source.composer({ payload, editionId })
  let hasColdTemplates = true
  const failures = { consecutive: 0 }

  for (;;) {
    const edition = await readEdition(payload, editionId)
    if (!edition || edition.status === 'scheduled' || edition.status === 'draft') return 'idle'
    if (edition.status === 'sent') return 'idle'
    if (edition.status === 'cancelled') {
      await cancelRemaining({ payload, editionId })
      return 'cancelled'
    }
    if (edition.status === 'paused') return 'paused'

    // Freezing runs well ahead of sending (a few pages per batch sent, more in the time the
    // pacer would otherwise wait), so the whole audience is in deliveries early in the send while
    // the first mails already go.
    let isFreezing = !edition.sending?.isSnapshotComplete
    for (let page = 0; page < pagesPerBatch && isFreezing; page++) {
      isFreezing = await freezePage(payload, edition, settings)
    }
    // Another worker is sending: claiming a batch now would only keep it from going.
    if (!(await pacer.hasTurn())) return 'continue'
    const batch = await claimNextBatch({
      payload,
      editionId,
      source,
      leaseSeconds: settings.leaseSeconds,
    })
    if (!batch) {
      if (isFreezing) continue
      return (await finishIfDone(payload, editionId)) ? 'sent' : 'continue'
    }
    const outcome = await sendBatch({
      payload,
      editionId,
      batch,
      transport,
      pacer,
      settings,
      source,
      compose,
      failures,
    })
    if (outcome === 'gave-way') return 'continue'
    if (outcome !== 'done') return outcome
    if (Date.now() > deadline) return 'continue'
    while (isFreezing && pacer.msUntilSlot() > spareTimeForPageMs) {
      isFreezing = await freezePage(payload, edition, settings)
    }
    while (hasColdTemplates && pacer.msUntilSlot() > spareTimeForTemplateMs) {
      hasColdTemplates = await compose.warmUp()
    }
  }
}

/** More than freezing one page of 100 takes, so it never delays the next request. */
const spareTimeForPageMs = 100

/** More than rendering one template takes on a busy machine. */
const spareTimeForTemplateMs = 150

const pagesPerBatch = 4

/** Freezes one page; false once the whole audience is frozen. */
const freezePage = async (payload: Payload, edition: NewsletterEdition, settings: SendSettings) => {
  const hasMore = await snapshotNextPage({ payload, edition, batchSize: settings.batchSize })
  if (!hasMore) await markSnapshotComplete(payload, edition.id)
  return hasMore
}

type BatchOutcome = 'done' | 'paused' | 'cancelled' | 'gave-way'

const sendBatch = async ({
  payload,
  editionId,
  batch,
  transport,
  pacer,
  settings,
  source,
  compose,
  failures,
}: {
  payload: Payload
  editionId: string | number
  batch: ClaimedBatch
  transport: Transport
  pacer: Pacer
  settings: SendSettings
  source: RecipientSource
  compose: Composer
  failures: { consecutive: number }
}): Promise<BatchOutcome> => {
  const { deliveries, messages } = await composeBatch({
    payload,
    editionId,
    batch,
    source,
    compose,
  })
  if (messages.length === 0) {
    await recordResults({ payload, batch, deliveries, results: [] })
    return 'done'
  }
  const idempotencyKey = `edition-${editionId}:${batch.batchKey}`

  for (let attempt = 1; ; attempt++) {
    // Still wanted and still ours? A person may have paused or cancelled during a long wait, and
    // a worker that stalled past its lease has been taken over.
    const status = (await readEdition(payload, editionId))?.status
    if (status !== 'sending') {
      // Never offered to the provider by anyone: cancelling means it does not go at all.
      const isUnsent = attempt === 1 && batch.attempts === 1
      if (status === 'cancelled' && isUnsent) await cancelUnsentBatch({ payload, editionId, batch })
      await releaseClaim({ payload, claim: batch.claim })
      return status === 'cancelled' ? 'cancelled' : 'paused'
    }
    if (!(await isStillHeld(payload, batch))) return 'done'
    await heartbeat({ payload, claim: batch.claim })
    // Nothing between taking the slot and the request: the provider counts from its arrival.
    const slot = await pacer.waitForSlot()
    if (!slot) {
      // Another worker took the turn to send: the batch goes back for whoever sends next.
      await releaseClaim({ payload, claim: batch.claim })
      return 'gave-way'
    }
    const results = await transport
      .sendBatch(messages, { idempotencyKey })
      .catch((error: unknown): SendResult[] =>
        messages.map(() => ({
          ok: false,
          error: error instanceof Error ? error.message : String(error),
          isRetryable: true,
        })),
      )
    const batchFailure = sameFailureForAll(results)

    if (batchFailure?.isRetryable) {
      const isRateLimited = batchFailure.error.startsWith('429')
      if (batchFailure.retryAfterSeconds !== undefined)
        await pacer.holdFor(batchFailure.retryAfterSeconds)
      // Being asked to slow down is not a failure of the provider or of our mail.
      if (!isRateLimited) failures.consecutive += 1
      if (failures.consecutive >= settings.maxConsecutiveFailures) {
        await releaseClaim({ payload, claim: batch.claim })
        await pauseEdition({
          payload,
          editionId,
          reason: failurePauseReason(failures.consecutive, batchFailure.error),
        })
        return 'paused'
      }
      if (!isRateLimited && batchFailure.retryAfterSeconds === undefined) {
        await pacer.holdFor(backoffSeconds(settings.backoffSeconds, attempt))
      }
      continue
    }

    await recordResults({ payload, batch, deliveries, results })
    failures.consecutive = results.some((result) => result.ok) ? 0 : failures.consecutive + 1
    if (failures.consecutive >= settings.maxConsecutiveFailures) {
      await pauseEdition({
        payload,
        editionId,
        reason: failurePauseReason(
          failures.consecutive,
          batchFailure?.error ??
            engineT('custom:newsletterEditions:sendActions:allAddressesRefused'),
        ),
      })
      return 'paused'
    }
    return 'done'
  }
}

type ComposedBatch = {
  /** The deliveries that are in the request, in the order of `messages`. */
  deliveries: Pick<Delivery, 'id'>[]
  messages: OutgoingMessage[]
}

/**
 * The request for a batch, built the same way on every attempt (same deliveries, same order, same
 * content), so the provider recognises a retry by its key and body and replays its answer.
 */
const composeBatch = async ({
  payload,
  editionId,
  batch,
  source,
  compose,
}: {
  payload: Payload
  editionId: string | number
  batch: ClaimedBatch
  source: RecipientSource
  compose: Composer
}): Promise<ComposedBatch> => {
  const { docs: rows } = await payload.db.find<Delivery>({
    collection: 'deliveries',
    where: {
      and: [
        { edition: { equals: editionId } },
        { batchKey: { equals: batch.batchKey } },
        // Whatever was in the first request, also when a crash left it half recorded.
        { state: { in: ['pending', 'submitting', 'accepted', 'failed'] } },
      ],
    },
    sort: 'id',
    pagination: false,
    limit: 0,
  })
  const recipientOf = (row: Delivery) => idsOf([row[source.relation]])[0]
  const contacts = await source.contacts(
    payload,
    rows.map(recipientOf).filter((id) => id !== undefined),
  )
  const byId = new Map(contacts.map((contact) => [String(contact.id), contact]))
  const from = emailFrom()
  const deliveries: ComposedBatch['deliveries'] = []
  const messages: OutgoingMessage[] = []
  for (const row of rows) {
    const recipientId = recipientOf(row)
    const contact = recipientId === undefined ? undefined : byId.get(String(recipientId))
    if (!contact) continue
    const { headers, tags, ...mail } = await compose({ delivery: row, contact })
    deliveries.push(row)
    messages.push({ to: contact.email, from, ...mail, headers, tags })
  }
  const erased = rows.filter((row) => !deliveries.includes(row))
  await skipErased({ payload, ids: erased.map(({ id }) => id) })
  return { deliveries, messages }
}

/** Pairs each delivery in the request with the provider's answer for it. */
const recordResults = ({
  payload,
  batch,
  deliveries,
  results,
}: {
  payload: Payload
  batch: ClaimedBatch
  deliveries: ComposedBatch['deliveries']
  results: SendResult[]
}) => {
  const accepted: AcceptedDelivery[] = []
  const failed: { id: string | number; error: string }[] = []
  for (const [index, { id }] of deliveries.entries()) {
    const result = results[index]
    if (result.ok) accepted.push({ id, providerMessageId: result.providerMessageId })
    else failed.push({ id, error: result.error })
  }
  return recordBatchOutcome({ payload, batch, accepted, failed })
}

const readEdition = async (payload: Payload, id: string | number) =>
  (await payload.db.findOne<NewsletterEdition>({
    collection: 'newsletter-editions',
    where: { id: { equals: id } },
  })) ?? undefined

const sameFailureForAll = (results: SendResult[]) => {
  const [first] = results
  if (!first || first.ok) return undefined
  return results.every((result) => !result.ok && result.error === first.error) ? first : undefined
}

/** base, 2 x base, 4 x base ... up to a minute, with jitter so workers do not retry in step. */
const backoffSeconds = (base: number, attempt: number) =>
  Math.min(60, base * 2 ** (attempt - 1)) * (0.75 + Math.random() * 0.5)

const failurePauseReason = (count: number, error: string) =>
  engineT('custom:newsletterEditions:sendActions:pausedAfterFailures', { count, error })

/** A send runs as a job, for no reader: it writes its pause reason in the admin's first language. */
const engineT = adminT(adminTextsIn('nl'))
