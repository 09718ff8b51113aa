import type { Payload } from 'payload'

import { documentForToken } from '@/lib/signedTokens'
import type { LinkFailure } from '@/lib/signedTokens'
import type { Organisation } from '@/payload-types'

export type OrganisationLinkResult = { isValid: true; organisation: Organisation } | LinkFailure

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
  const found = await documentForToken({
    payload,
    collection: 'organisations',
    token,
    purpose: 'organisation-opt-out',
    now,
  })
  return found.isValid ? { isValid: true, organisation: found.doc } : found
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
