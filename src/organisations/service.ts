import type { Payload } from 'payload'

import { verifyToken } from '@/lib/signedTokens'
import type { TokenCheck } from '@/lib/signedTokens'
import type { Organisation } from '@/payload-types'

export type OrganisationLinkResult =
  | { isValid: true; organisation: Organisation }
  | Extract<TokenCheck, { isValid: false }>
  | { isValid: false; reason: 'unknown' }

/** The organisation a signed opt-out link is for, or why the link does not work. */
export const organisationForToken = async ({
  payload,
  token,
  now,
}: {
  payload: Payload
  token: unknown
  now?: number
}): Promise<OrganisationLinkResult> => {
  const check = verifyToken({ token, purpose: 'organisation-opt-out', now })
  if (!check.isValid) return check
  const organisation = await payload
    .findByID({ collection: 'organisations', id: check.subjectId, depth: 0, disableErrors: true })
    .catch(() => null)
  // Erased while the mail was still in a mailbox.
  if (!organisation) return { isValid: false, reason: 'unknown' }
  return { isValid: true, organisation }
}

/**
 * Stops pack mailings to the organisation of a valid opt-out token, at once. Opting out again
 * changes nothing (the first date stays); a bounced address stays bounced.
 */
export const optOutOrganisation = async ({
  payload,
  token,
  now = new Date(),
}: {
  payload: Payload
  token: unknown
  now?: Date
}): Promise<OrganisationLinkResult> => {
  const found = await organisationForToken({ payload, token })
  if (!found.isValid || found.organisation.status === 'opted-out') return found
  const organisation = await payload.update({
    collection: 'organisations',
    id: found.organisation.id,
    data: { status: 'opted-out', optedOutAt: now.toISOString() },
    depth: 0,
  })
  return { isValid: true, organisation }
}
