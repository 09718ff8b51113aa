import type { CollectionBeforeChangeHook } from 'payload'

import type { Municipality } from '@/payload-types'

/**
 * Checking the route to help takes a date and a name: an editor who sets the date and leaves the
 * name empty is the one who checked (their name, else their e-mail address). A new check starts
 * the staleness reminders afresh, so the last reminder sent is cleared.
 */
export const stampRouteToHelpCheck: CollectionBeforeChangeHook<Municipality> = ({
  data,
  originalDoc,
  req,
}) => {
  const verification = data.verification
  if (!verification?.checkedAt) return data
  const checkedBy =
    verification.checkedBy?.trim() || req.user?.name?.trim() || req.user?.email || null
  const isNewCheck = verification.checkedAt !== originalDoc?.verification?.checkedAt
  return {
    ...data,
    verification: {
      ...verification,
      checkedBy,
      ...(isNewCheck ? { reminderSentAt: null } : {}),
    },
  }
}
