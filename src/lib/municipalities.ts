import type { User } from '@/payload-types'

type Id = string | number

/** The ids of the municipalities a user is an editor for, whether populated or not. */
export const municipalityIdsOf = (user: Pick<User, 'municipalities'> | null | undefined): Id[] =>
  (user?.municipalities ?? [])
    .map(({ municipality }): Id | null | undefined =>
      typeof municipality === 'object' && municipality !== null ? municipality.id : municipality,
    )
    .filter((id): id is Id => id !== null && id !== undefined)
