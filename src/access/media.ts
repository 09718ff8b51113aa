import type { Access, FieldAccess, Where } from 'payload'

import { municipalityIdsOf } from '@/lib/municipalities'

import { checkRole, regionalRoles } from './checkRole'

/**
 * Who reads a file (its record, its URL under /api/media/file and every image size): anyone once
 * published content uses it (`isPublic`, kept by src/collections/Media/publicity.ts); before
 * that the regional roles, and a municipal editor the own municipality's and the regional files
 * (no municipality), which every municipality may use.
 */
export const mediaRead: Access = ({ req: { user } }) => {
  if (checkRole(regionalRoles, user)) return true
  const isPublic: Where = { isPublic: { equals: true } }
  if (!checkRole(['gemeente-redactie'], user)) return isPublic
  return {
    or: [
      isPublic,
      { municipality: { exists: false } },
      { municipality: { in: municipalityIdsOf(user) } },
    ],
  }
}

/** Changing or removing a file: the regional roles, a municipal editor only the own municipality's. */
export const mediaChange: Access = ({ req: { user } }) => {
  if (checkRole(regionalRoles, user)) return true
  if (!checkRole(['gemeente-redactie'], user)) return false
  return { municipality: { in: municipalityIdsOf(user) } }
}

/** The version history of a file, under the same rule as changing it. */
export const mediaVersions: Access = ({ req: { user } }) => {
  if (checkRole(regionalRoles, user)) return true
  if (!checkRole(['gemeente-redactie'], user)) return false
  return { 'version.municipality': { in: municipalityIdsOf(user) } }
}

/** Set by the publicity hooks only, never by a request. */
export const nobodyField: FieldAccess = () => false
