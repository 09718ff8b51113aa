import type { Payload } from 'payload'

import type { User } from '@/payload-types'

import { idsOf } from './ids'

/** The ids of the municipalities a user is an editor for, whether populated or not. */
export const municipalityIdsOf = (user: Pick<User, 'municipalities'> | null | undefined) =>
  idsOf((user?.municipalities ?? []).map(({ municipality }) => municipality))

/**
 * The municipalities (or only `ids`) by name, with what lists, choices and tables show. Everyone
 * may read them (the portal lists them), so this reads without access checks.
 */
export const municipalitiesByName = async (
  payload: Payload,
  { ids }: { ids?: (string | number)[] } = {},
) => {
  const { docs } = await payload.find({
    collection: 'municipalities',
    where: ids ? { id: { in: ids } } : undefined,
    pagination: false,
    depth: 0,
    sort: 'name',
    select: { name: true, slug: true },
    overrideAccess: true,
  })
  return docs.map(({ id, name, slug }) => ({ id, name, slug }))
}

/** The municipal editors (of one municipality, or of all), with what a mail to them needs. */
export const municipalEditors = async (
  payload: Payload,
  { municipality }: { municipality?: string | number } = {},
) => {
  const { docs } = await payload.find({
    collection: 'users',
    where: {
      and: [
        { roles: { contains: 'gemeente-redactie' } },
        ...(municipality === undefined
          ? []
          : [{ 'municipalities.municipality': { equals: municipality } }]),
      ],
    },
    pagination: false,
    depth: 0,
    select: { email: true, name: true },
    overrideAccess: true,
  })
  return docs
}
