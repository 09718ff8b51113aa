import { municipalityIdsOf } from '@/lib/municipalities'
import type { User } from '@/payload-types'

import { checkRole, regionalRoles } from './checkRole'

/**
 * The municipalities a user's figures cover: all of them (undefined) for the regional roles, the
 * user's own for a municipal editor.
 */
export const municipalitiesInScope = (user: User | null | undefined) =>
  checkRole(regionalRoles, user) ? undefined : municipalityIdsOf(user)
