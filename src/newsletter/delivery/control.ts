import type { Payload, PayloadRequest } from 'payload'

import { adminT } from '@/i18n/admin'
import type { AdminI18n } from '@/i18n/admin'
import { formatMoment } from '@/lib/dates'
import { blockIdsOf } from '@/newsletter/editionBlocks'
import { isPackMailing } from '@/newsletter/editionKinds'
import type { NewsletterEdition } from '@/payload-types'

import { recipientSourceFor } from './recipients'

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
  setSending(payload, editionId, { isSnapshotComplete: true })

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

/** Paused by a person or by the engine after too many failures; the reason is shown in the admin. */
export const pauseEdition = ({
  payload,
  editionId,
  reason,
  req,
}: {
  payload: Payload
  editionId: string | number
  reason: string
  req?: PayloadRequest
}) => setStatus(payload, editionId, 'paused', { pauseReason: reason }, req)

/** Sending again after a pause; the caller queues the job that goes on with it. */
export const resumeEdition = ({
  payload,
  editionId,
  req,
}: {
  payload: Payload
  editionId: string | number
  req?: PayloadRequest
}) => setStatus(payload, editionId, 'sending', { pauseReason: null }, req)

/** How long "now" may be ago when it reaches the server: a form sent a few seconds ago is still now. */
const nowTolerance = 5 * 60 * 1000

/**
 * Why this edition cannot be scheduled as it is, in words the adviser can act on (in the language
 * of `i18n`), or undefined when it can.
 */
export const findScheduleProblem = async ({
  payload,
  edition,
  i18n,
  req,
}: {
  payload: Payload
  edition: Pick<
    NewsletterEdition,
    'id' | 'sendAt' | 'sections' | 'audience' | 'kind' | 'packMailing'
  >
  i18n: AdminI18n
  req?: Partial<PayloadRequest>
}): Promise<string | undefined> => {
  const t = adminT(i18n)
  if (!edition.sendAt) return t('custom:newsletterEditions:scheduling:noSendAt')
  if (new Date(edition.sendAt).getTime() < Date.now() - nowTolerance) {
    return t('custom:newsletterEditions:scheduling:inPast', {
      moment: formatMoment(edition.sendAt, i18n.language),
    })
  }
  const source = recipientSourceFor(edition)
  const blockIds = blockIdsOf(edition.sections)
  const approved = isPackMailing(edition)
    ? undefined
    : blockIds.length
      ? await payload.count({
          collection: 'building-blocks',
          where: { and: [{ id: { in: blockIds } }, { reviewStatus: { equals: 'approved' } }] },
          overrideAccess: true,
          req,
        })
      : { totalDocs: 0 }
  if (approved?.totalDocs === 0) {
    return t('custom:newsletterEditions:scheduling:noApprovedBlocks')
  }
  const audience = await payload.count({
    collection: source.collection,
    where: source.where(),
    overrideAccess: true,
    req,
  })
  if (audience.totalDocs === 0) {
    return isPackMailing(edition)
      ? t('custom:packMailings:noOrganisations')
      : t('custom:newsletterEditions:scheduling:emptyAudience')
  }
  return undefined
}

type Sending = Partial<NonNullable<NewsletterEdition['sending']>>

const setStatus = (
  payload: Payload,
  editionId: string | number,
  status: EditionStatus,
  sending: Sending = {},
  req?: PayloadRequest,
) => updateEdition(payload, editionId, { status, sending }, req)

const setSending = (payload: Payload, editionId: string | number, sending: Sending) =>
  updateEdition(payload, editionId, { sending })

const updateEdition = async (
  payload: Payload,
  editionId: string | number,
  data: { status?: EditionStatus; sending: Sending },
  req?: PayloadRequest,
) => {
  // Through the Local API (not the adapter) so the admin, which shows the latest version, sees it.
  const current = await payload.findByID({
    collection: 'newsletter-editions',
    id: editionId,
    depth: 0,
    draft: false,
    overrideAccess: true,
    req,
  })
  await payload.update({
    collection: 'newsletter-editions',
    id: editionId,
    data: { ...data, sending: { ...current.sending, ...data.sending } },
    depth: 0,
    overrideAccess: true,
    context: engineContext,
    req,
  })
}
