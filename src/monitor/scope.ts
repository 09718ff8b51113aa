import type { PayloadRequest } from 'payload'

import { checkRole, regionalRoles } from '@/access/checkRole'
import { municipalityIdsOf } from '@/lib/municipalities'

import type { Scope } from './aggregate'

export type ScopeDecision =
  | { isAllowed: true; scope: Scope; choices: 'all' | (string | number)[] }
  | { isAllowed: false; status: 401 | 403 }

/**
 * What a viewer may see of the monitor, decided on the server for the dashboard, the CSV files and
 * the yearly overview alike. Regional roles see the whole region or any one municipality; a
 * municipal editor sees only their own municipality (the first of theirs when none is asked for)
 * and is refused another one.
 */
export const decideScope = ({
  user,
  requested,
}: {
  user: PayloadRequest['user']
  requested?: string | null
}): ScopeDecision => {
  if (!user) return { isAllowed: false, status: 401 }
  if (checkRole(regionalRoles, user)) {
    return {
      isAllowed: true,
      scope: requested ? { kind: 'municipality', id: requested } : { kind: 'all' },
      choices: 'all',
    }
  }
  if (!checkRole(['gemeente-redactie'], user)) return { isAllowed: false, status: 403 }
  const own = municipalityIdsOf(user)
  const chosen = requested ? own.find((id) => String(id) === requested) : own[0]
  if (chosen === undefined) return { isAllowed: false, status: 403 }
  return { isAllowed: true, scope: { kind: 'municipality', id: chosen }, choices: own }
}

/** One value of a query parameter as Next hands it to a view (missing and empty alike: undefined). */
export const queryValue = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) || undefined
