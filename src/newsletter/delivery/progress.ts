import type { Payload, Where } from 'payload'

import { locales } from '@/i18n'
import { municipalitiesByName } from '@/lib/municipalities'
import { suppressBreakdown } from '@/lib/smallNumbers'
import type { Shown } from '@/lib/smallNumbers'
import type { NewsletterEdition } from '@/payload-types'

import { recipientSourceFor } from './recipients'
import { sendSettings } from './settings'

export type OutcomeCounts = {
  /** Taken by the provider (and perhaps delivered, bounced or complained about since). */
  accepted: number
  delivered: number
  bounced: number
  failed: number
}

export type SendProgress = {
  status: NewsletterEdition['status']
  sendAt: string | null
  startedAt: string | null
  finishedAt: string | null
  pauseReason: string | null
  total: number
  accepted: number
  failed: number
  skipped: number
  cancelled: number
  remaining: number
  /** Seconds until the rest is with the provider at the configured rate; null when nothing is left. */
  etaSeconds: number | null
  /** Why deliveries failed, most frequent first; null when the provider gave no reason. */
  failureReasons: { reason: string | null; count: number }[]
  /** The parts of a finished send, with 1 to 4 hidden (`suppressBreakdown`). */
  byLanguage?: ({ code: string; label: string } & ShownOutcomes)[]
  byMunicipality?: ({ id: string | number | null; name: string } & ShownOutcomes)[]
}

export type ShownOutcomes = Record<keyof OutcomeCounts, Shown>

const outcomeKeys = ['accepted', 'delivered', 'bounced', 'failed'] as const

const acceptedStates = ['accepted', 'delivered', 'bounced', 'complained']

/**
 * Where an edition's send stands, counted from its deliveries (the job that sends them is
 * deleted when it finishes; the deliveries stay). With `withBreakdown`, the counts per language
 * and per municipality shown after sending.
 *
 * The figures of the send as a whole are exact: the one who runs the send needs them to follow it,
 * pause it or look into failures. The parts per language and municipality single out small groups
 * of recipients, so they hide 1 to 4 like every other count of people.
 */
export const editionProgress = async ({
  payload,
  editionId,
  withBreakdown = false,
}: {
  payload: Payload
  editionId: string | number
  withBreakdown?: boolean
}): Promise<SendProgress> => {
  const edition = await payload.findByID({
    collection: 'newsletter-editions',
    id: editionId,
    depth: 0,
    draft: false,
    overrideAccess: true,
  })
  const ofEdition: Where = { edition: { equals: editionId } }
  const count = async (...conditions: Where[]) =>
    (
      await payload.count({
        collection: 'deliveries',
        where: { and: [ofEdition, ...conditions] },
        overrideAccess: true,
      })
    ).totalDocs
  const [frozen, accepted, failed, skipped, cancelled] = await Promise.all([
    count(),
    count({ state: { in: acceptedStates } }),
    count({ state: { equals: 'failed' } }),
    count({ state: { equals: 'skipped' } }),
    count({ state: { equals: 'cancelled' } }),
  ])
  const sending = edition.sending
  // While the audience is still being frozen, the rest of it counts as remaining too.
  const notYetFrozen =
    edition.status === 'sending' && sending?.startedAt && !sending.isSnapshotComplete
      ? Math.max(
          0,
          (
            await payload.count({
              collection: recipientSourceFor(edition).collection,
              where: recipientSourceFor(edition).where(sending.startedAt),
              overrideAccess: true,
            })
          ).totalDocs - frozen,
        )
      : 0
  const total = frozen + notYetFrozen
  const remaining = Math.max(0, total - accepted - failed - skipped - cancelled)
  const { batchSize, ratePerSecond } = sendSettings()
  const isActive = edition.status === 'sending' || edition.status === 'paused'

  const { docs: failedRows } = failed
    ? await payload.find({
        collection: 'deliveries',
        where: { and: [ofEdition, { state: { equals: 'failed' } }] },
        limit: 1000,
        depth: 0,
        select: { lastError: true },
        overrideAccess: true,
      })
    : { docs: [] }
  const reasons = new Map<string | null, number>()
  for (const { lastError } of failedRows) {
    const reason = lastError || null
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1)
  }

  const outcomes = async (condition: Where): Promise<OutcomeCounts> => {
    const [acceptedHere, delivered, bounced, failedHere] = await Promise.all([
      count(condition, { state: { in: acceptedStates } }),
      count(condition, { state: { equals: 'delivered' } }),
      count(condition, { state: { equals: 'bounced' } }),
      count(condition, { state: { equals: 'failed' } }),
    ])
    return { accepted: acceptedHere, delivered, bounced, failed: failedHere }
  }
  const hasOutcome = (counts: OutcomeCounts) => counts.accepted + counts.failed > 0

  return {
    status: edition.status,
    sendAt: edition.sendAt ?? null,
    startedAt: sending?.startedAt ?? null,
    finishedAt: sending?.finishedAt ?? null,
    pauseReason: edition.status === 'paused' ? (sending?.pauseReason ?? null) : null,
    total,
    accepted,
    failed,
    skipped,
    cancelled,
    remaining,
    etaSeconds:
      isActive && remaining > 0 ? Math.ceil(remaining / (batchSize * ratePerSecond)) : null,
    failureReasons: [...reasons]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count),
    ...(withBreakdown
      ? {
          byLanguage: suppressBreakdown(
            (
              await Promise.all(
                locales.map(async ({ code, label }) => ({
                  code,
                  label,
                  ...(await outcomes({ locale: { equals: code } })),
                })),
              )
            ).filter(hasOutcome),
            outcomeKeys,
          ),
          byMunicipality: suppressBreakdown(
            await municipalityBreakdown(payload, outcomes, hasOutcome),
            outcomeKeys,
          ),
        }
      : {}),
  }
}

const municipalityBreakdown = async (
  payload: Payload,
  outcomes: (condition: Where) => Promise<OutcomeCounts>,
  hasOutcome: (counts: OutcomeCounts) => boolean,
) => {
  const docs = await municipalitiesByName(payload)
  const rows = await Promise.all([
    ...docs.map(async ({ id, name }) => ({
      id,
      name,
      ...(await outcomes({ municipality: { equals: id } })),
    })),
    outcomes({ municipality: { exists: false } }).then((counts) => ({
      id: null,
      name: 'Geen gemeente gekozen',
      ...counts,
    })),
  ])
  return rows.filter(hasOutcome)
}
