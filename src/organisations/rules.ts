import type { Payload, PayloadRequest } from 'payload'

import { idsOf } from '@/lib/ids'

import { audienceOfKind, organisationKinds } from './kinds'
import type { OrganisationKind } from './kinds'

/**
 * A school's BRIN code as DUO writes it: 2 digits and 2 letters or digits (the institution,
 * `12AB`), optionally followed by a 2-digit branch number (the vestiging, `12AB00`).
 */
export const isBrin = (value: string): boolean => /^[0-9]{2}[A-Z0-9]{2}([0-9]{2})?$/.test(value)

/** BRIN codes are compared upper-cased and without spaces, as DUO writes them. */
export const normalizeBrin = (value: string): string => value.replace(/\s+/g, '').toUpperCase()

export const isOrganisationKind = (value: unknown): value is OrganisationKind =>
  organisationKinds.includes(value as OrganisationKind)

/**
 * Fills what an organisation's row can work out itself: the pack audience follows from the kind
 * when nobody chose one, and a BRIN code is written as DUO does.
 */
export const completeOrganisation = <Data extends Record<string, unknown>>(data: Data): Data => {
  const completed: Record<string, unknown> = { ...data }
  if (!completed.audience && isOrganisationKind(completed.kind)) {
    completed.audience = audienceOfKind[completed.kind]
  }
  if (typeof completed.brin === 'string') completed.brin = normalizeBrin(completed.brin) || null
  return completed as Data
}

/**
 * Another organisation of the same municipality with this address, if any: one address is one
 * contact, or a pack would go twice to the same mailbox.
 */
export const organisationWithEmail = async ({
  payload,
  municipality,
  email,
  exceptId,
  req,
}: {
  payload: Payload
  municipality: unknown
  email: string
  exceptId?: string | number
  req?: Partial<PayloadRequest>
}): Promise<{ id: string | number; name: string } | undefined> => {
  const [municipalityId] = idsOf([municipality])
  if (municipalityId === undefined || !email) return undefined
  const { docs } = await payload.find({
    collection: 'organisations',
    where: {
      and: [
        { municipality: { equals: municipalityId } },
        { email: { equals: email.trim().toLowerCase() } },
        ...(exceptId === undefined ? [] : [{ id: { not_equals: exceptId } }]),
      ],
    },
    select: { name: true },
    limit: 1,
    depth: 0,
    req,
  })
  const [existing] = docs
  return existing ? { id: existing.id, name: existing.name } : undefined
}
