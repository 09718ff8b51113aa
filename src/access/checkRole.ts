import type { User } from '@/payload-types'

export const roles = ['admin', 'regio-redactie', 'gemeente-redactie'] as const

export type Role = (typeof roles)[number]

type UserLike = Pick<User, 'roles'> | null | undefined

export const checkRole = (allowed: Role[], user: UserLike): boolean =>
  Boolean(user?.roles?.some((role) => allowed.includes(role as Role)))

/** Regional roles work across all 18 municipalities. */
export const hasRegionalAccess = (user: UserLike): boolean =>
  checkRole(['admin', 'regio-redactie'], user)
