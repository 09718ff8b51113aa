import type { User } from '@/payload-types'

export const roles = ['admin', 'regio-redactie', 'gemeente-redactie'] as const

export type Role = (typeof roles)[number]

/** The roles that work across all 18 municipalities. */
export const regionalRoles = ['admin', 'regio-redactie'] as const satisfies readonly Role[]

type UserLike = Pick<User, 'roles'> | null | undefined

export const checkRole = (allowed: readonly Role[], user: UserLike): boolean =>
  Boolean(user?.roles?.some((role) => allowed.includes(role as Role)))
