import type { CollectionAfterChangeHook } from 'payload'

import { queueSend } from '@/newsletter/delivery/jobs'
import { cancelRemaining } from '@/newsletter/delivery/state'
import type { NewsletterEdition } from '@/payload-types'

/**
 * A newly scheduled edition gets its send job, waiting until its moment (a job does not run before
 * then). A cancelled send stops at once: what was still waiting is marked not sent.
 */
export const queueScheduledSend: CollectionAfterChangeHook<NewsletterEdition> = async ({
  doc,
  previousDoc,
  context,
  req,
}) => {
  if (context.isDeliveryEngine) return doc
  const isNewlyScheduled =
    doc.status === 'scheduled' &&
    (previousDoc?.status !== 'scheduled' || doc.sendAt !== previousDoc?.sendAt)
  if (isNewlyScheduled) {
    await queueSend({ payload: req.payload, editionId: doc.id, sendAt: doc.sendAt, req })
  }
  if (
    doc.status === 'cancelled' &&
    (previousDoc?.status === 'sending' || previousDoc?.status === 'paused')
  ) {
    await cancelRemaining({ payload: req.payload, editionId: doc.id, req })
  }
  return doc
}
