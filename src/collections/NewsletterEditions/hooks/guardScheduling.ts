import { APIError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import { adminT } from '@/i18n/admin'
import { findScheduleProblem } from '@/newsletter/delivery/control'
import type { NewsletterEdition } from '@/payload-types'

/** Only the delivery engine moves an edition into these; people pause, resume and cancel. */
const engineStatuses = ['sending', 'paused', 'sent']

/**
 * Scheduling is refused, with a message the adviser can act on, when the edition has nothing
 * approved to send, nobody to send it to, or a moment in the past (then: send now instead).
 */
export const guardScheduling: CollectionBeforeChangeHook<NewsletterEdition> = async ({
  data,
  originalDoc,
  context,
  req,
}) => {
  if (context.isDeliveryEngine) return data
  // The engine's bookkeeping is not for people (or a stale admin form) to overwrite.
  data.sending = originalDoc?.sending
  const previous = originalDoc?.status ?? 'draft'
  const next = data.status ?? previous
  const t = adminT(req)
  if (next !== previous && engineStatuses.includes(next)) {
    throw new APIError(
      t('custom:newsletterEditions:scheduling:onlyEngineSetsStatus'),
      400,
      null,
      true,
    )
  }
  const isScheduling =
    next === 'scheduled' && (previous !== 'scheduled' || data.sendAt !== originalDoc?.sendAt)
  if (!isScheduling) return data
  if (previous !== 'draft' && previous !== 'scheduled') {
    throw new APIError(
      t('custom:newsletterEditions:scheduling:notSchedulable', { status: previous }),
      400,
      null,
      true,
    )
  }
  const problem = await findScheduleProblem({
    payload: req.payload,
    edition: { ...originalDoc, ...data } as NewsletterEdition,
    i18n: req.i18n,
    req,
  })
  if (problem) throw new APIError(problem, 400, null, true)
  return data
}
