import { APIError } from 'payload'
import type {
  Access,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
  Where,
} from 'payload'

import { checkRole, regionalRoles } from '@/access/checkRole'
import { adminT } from '@/i18n/admin'
import { idsOf } from '@/lib/ids'
import { municipalityIdsOf } from '@/lib/municipalities'
import { isPackMailing } from '@/newsletter/editionKinds'
import type { NewsletterEdition, User } from '@/payload-types'

/**
 * Who does what with editions. The region composes and sends newsletters and pack mailings for
 * any municipality; a municipal editor reads the newsletters and makes, previews, tests and sends
 * pack mailings for its own municipalities only (never a newsletter, never "all municipalities").
 */

/** A municipal editor's pack mailings: those that name one of its municipalities. */
const ownPackMailings = (user: User | null | undefined, prefix = ''): Where => ({
  and: [
    { [`${prefix}kind`]: { equals: 'pack-mailing' } },
    { [`${prefix}audience.municipalities`]: { in: municipalityIdsOf(user) } },
  ],
})

const isRegionalUser = (user: User | null | undefined) => checkRole(regionalRoles, user)

const isMunicipalEditor = (user: User | null | undefined) => checkRole(['gemeente-redactie'], user)

export const readEditions: Access = ({ req: { user } }) => {
  if (isRegionalUser(user)) return true
  if (!isMunicipalEditor(user)) return false
  return { or: [{ kind: { not_equals: 'pack-mailing' } }, ownPackMailings(user)] }
}

/** Create is open to editors; `guardEditionScope` checks what they create. */
export const createEditions: Access = ({ req: { user } }) =>
  isRegionalUser(user) || isMunicipalEditor(user)

export const changeEditions: Access = ({ req: { user } }) => {
  if (isRegionalUser(user)) return true
  return isMunicipalEditor(user) ? ownPackMailings(user) : false
}

export const readEditionVersions: Access = ({ req: { user } }) => {
  if (isRegionalUser(user)) return true
  return isMunicipalEditor(user) ? ownPackMailings(user, 'version.') : false
}

/**
 * Why this user may not make or send this edition, in the user's language; undefined when they
 * may. The where-clauses above find a mailing that names one own municipality; this also demands
 * that every municipality it names is the editor's own.
 */
export const editionScopeProblem = ({
  req,
  edition,
}: {
  req: PayloadRequest
  edition: Partial<Pick<NewsletterEdition, 'kind' | 'audience'>>
}): string | undefined => {
  const { user } = req
  if (isRegionalUser(user)) return undefined
  const t = adminT(req)
  if (!isMunicipalEditor(user)) return req.t('error:unauthorized')
  if (!isPackMailing(edition)) return t('custom:packMailings:onlyPackMailings')
  const chosen = idsOf(edition.audience?.municipalities).map(String)
  const own = new Set(municipalityIdsOf(user).map(String))
  if (chosen.length === 0 || chosen.some((id) => !own.has(id))) {
    return t('custom:packMailings:onlyOwnMunicipalities')
  }
  return undefined
}

/** Refuses creating or changing an edition outside the user's scope. */
export const guardEditionScope: CollectionBeforeChangeHook<NewsletterEdition> = ({
  data,
  originalDoc,
  req,
  context,
}) => {
  if (context.isDeliveryEngine || !req.user) return data
  const problem = editionScopeProblem({ req, edition: { ...originalDoc, ...data } })
  if (problem) throw new APIError(problem, 403, null, true)
  return data
}

/** Refuses deleting a pack mailing that also goes to another municipality's organisations. */
export const guardEditionDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user || isRegionalUser(req.user)) return
  const edition = await req.payload.findByID({
    collection: 'newsletter-editions',
    id,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const problem = editionScopeProblem({ req, edition })
  if (problem) throw new APIError(problem, 403, null, true)
}
