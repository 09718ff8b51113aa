import type { User } from '@/payload-types'
import { idsOf } from './ids'

/** The ids of the municipalities a user is an editor for, whether populated or not. */
export const municipalityIdsOf = (user: Pick<User, 'municipalities'> | null | undefined) =>
  idsOf((user?.municipalities ?? []).map(({ municipality }) => municipality))
