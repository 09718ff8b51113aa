import type { Payload, PayloadRequest } from 'payload'

import { blockIdsOf } from '@/newsletter/editionBlocks'
import type { NewsletterEdition } from '@/payload-types'
import { audienceWhere } from './audience'

/** Marks what the delivery engine itself changes, so the scheduling checks let it through. */
export const engineContext = { isDeliveryEngine: true }

type EditionStatus = NewsletterEdition['status']

/** A scheduled edition whose moment has come starts sending: from now on its audience is frozen. */
export const startIfDue = async (payload: Payload, editionId: string | number) => {
  const edition = await payload.db.findOne<NewsletterEdition>({
    collection: 'newsletter-editions',
    where: { id: { equals: editionId } },
  })
  if (edition?.status !== 'scheduled') return false
  if (edition.sendAt && new Date(edition.sendAt).getTime() > Date.now()) return false
  await setStatus(payload, editionId, 'sending', {
    startedAt: new Date().toISOString(),
    finishedAt: null,
    isSnapshotComplete: false,
    pauseReason: null,
  })
  return true
}

export const markSnapshotComplete = (payload: Payload, editionId: string | number) =>
  setDelivery(payload, editionId, { isSnapshotComplete: true })

/** Sent once no delivery waits any more; returns whether the edition is (now) sent. */
export const finishIfDone = async (payload: Payload, editionId: string | number) => {
  const open = await payload.count({
    collection: 'delivery-batches',
    where: {
      and: [{ edition: { equals: editionId } }, { state: { in: ['pending', 'submitting'] } }],
    },
    overrideAccess: true,
  })
  if (open.totalDocs > 0) return false
  await setStatus(payload, editionId, 'sent', { finishedAt: new Date().toISOString() })
  return true
}

export const pauseEdition = (payload: Payload, editionId: string | number, reason: string) =>
  setStatus(payload, editionId, 'paused', { pauseReason: reason })

/**
 * What has not gone out yet will not: batches that were never sent, and their deliveries, become
 * cancelled. A batch a worker is sending right now finishes (the request may already be with the
 * provider) and records what the provider answered.
 */
export const cancelRemaining = async (
  payload: Payload,
  editionId: string | number,
  req?: Partial<PayloadRequest>,
) => {
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
    await payload.db.updateMany({
      collection: 'deliveries',
      where: {
        and: [
          { edition: { equals: editionId } },
          { batchKey: { in: batches.slice(start, start + 100).map(({ batchKey }) => batchKey) } },
          { state: { equals: 'pending' } },
        ],
      },
      data: { state: 'cancelled', lastError: 'Niet verstuurd: de verzending is geannuleerd.' },
      returning: false,
      req,
    })
  }
}

/** Dutch reasons a schedule is refused; the user reads them as they are. */
export const scheduleProblems = {
  noSendAt: 'Kies een verzendmoment, of kies "Nu verzenden".',
  inPast: (sendAt: string) =>
    `Het gekozen verzendmoment (${new Date(sendAt).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam' })}) ligt in het verleden. Wilt u de editie nu verzenden? Kies dan "Nu verzenden".`,
  noApprovedBlocks:
    'Deze editie bevat geen goedgekeurde bouwstenen. Voeg minstens één goedgekeurde bouwsteen toe voordat u hem inplant.',
  emptyAudience:
    'Er zijn geen bevestigde abonnees die passen bij de gekozen gemeenten, doelgroepen en talen. Pas "Voor wie" aan voordat u de editie inplant.',
  notSchedulable: (status: string) =>
    `Een editie met status "${status}" kan niet opnieuw worden ingepland.`,
} as const

/** How long "now" may be ago when it reaches the server: a form sent a few seconds ago is still now. */
const nowTolerance = 5 * 60 * 1000

/** Why this edition cannot be scheduled as it is, or undefined when it can. */
export const findScheduleProblem = async ({
  payload,
  edition,
  req,
}: {
  payload: Payload
  edition: Pick<NewsletterEdition, 'sendAt' | 'sections' | 'audience'>
  req?: Partial<PayloadRequest>
}): Promise<string | undefined> => {
  if (!edition.sendAt) return scheduleProblems.noSendAt
  if (new Date(edition.sendAt).getTime() < Date.now() - nowTolerance) {
    return scheduleProblems.inPast(edition.sendAt)
  }
  const blockIds = blockIdsOf(edition.sections)
  const approved = blockIds.length
    ? await payload.count({
        collection: 'building-blocks',
        where: { and: [{ id: { in: blockIds } }, { reviewStatus: { equals: 'approved' } }] },
        overrideAccess: true,
        req,
      })
    : { totalDocs: 0 }
  if (approved.totalDocs === 0) return scheduleProblems.noApprovedBlocks
  const audience = await payload.count({
    collection: 'subscribers',
    where: audienceWhere({ audience: edition.audience }),
    overrideAccess: true,
    req,
  })
  if (audience.totalDocs === 0) return scheduleProblems.emptyAudience
  return undefined
}

const setStatus = (
  payload: Payload,
  editionId: string | number,
  status: EditionStatus,
  delivery: Partial<NonNullable<NewsletterEdition['delivery']>> = {},
) => updateEdition(payload, editionId, { status, delivery })

const setDelivery = (
  payload: Payload,
  editionId: string | number,
  delivery: Partial<NonNullable<NewsletterEdition['delivery']>>,
) => updateEdition(payload, editionId, { delivery })

const updateEdition = async (
  payload: Payload,
  editionId: string | number,
  data: { status?: EditionStatus; delivery: Partial<NonNullable<NewsletterEdition['delivery']>> },
) => {
  // Through the Local API (not the adapter) so the admin, which shows the latest version, sees it.
  const current = await payload.findByID({
    collection: 'newsletter-editions',
    id: editionId,
    depth: 0,
    draft: false,
    overrideAccess: true,
  })
  await payload.update({
    collection: 'newsletter-editions',
    id: editionId,
    data: { ...data, delivery: { ...current.delivery, ...data.delivery } },
    depth: 0,
    overrideAccess: true,
    context: engineContext,
  })
}
