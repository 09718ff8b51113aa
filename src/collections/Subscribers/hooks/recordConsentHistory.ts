import type { CollectionBeforeChangeHook } from 'payload'

import { historyEntriesFor } from '@/subscribers/consentHistory'
import type { SignUpRequest } from '@/subscribers/consentHistory'

/**
 * Appends to the consent history whatever this change means (new consent, new status, a sign-up
 * waiting for confirmation) and keeps every earlier entry as it was. Runs on every write, by any
 * path (the sign-up job, an import, an editor in the admin), after field access has dropped
 * anything a user sent for the history itself: nobody can edit or remove an entry.
 */
export const recordConsentHistory: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  context,
}) => {
  const earlier = (originalDoc?.consentHistory ?? []) as Record<string, unknown>[]
  const added = historyEntriesFor({
    before: originalDoc,
    after: {
      status: data.status ?? originalDoc?.status,
      consent: data.consent ?? originalDoc?.consent,
    },
    request: context.signUpRequest as SignUpRequest | undefined,
    now: new Date(),
  })
  data.consentHistory = [...earlier, ...added]
  return data
}
