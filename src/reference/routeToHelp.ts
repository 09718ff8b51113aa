import type { Municipality } from '@/payload-types'

/** After this long, a checked route to help counts as stale: its editors are asked to check again. */
export const routeToHelpStaleAfterDays = 365

export type RouteToHelpStatus = 'verified' | 'stale' | 'unverified'

/** Whether a municipality's local route to help was checked, by whom, and how long ago. */
export const routeToHelpOf = (
  municipality: Pick<Municipality, 'verification'>,
  { now = new Date() }: { now?: Date } = {},
) => {
  const { checkedAt, checkedBy } = municipality.verification ?? {}
  if (!checkedAt || !checkedBy) {
    return {
      status: 'unverified' as RouteToHelpStatus,
      checkedAt: null,
      checkedBy: null,
      ageInDays: null,
    }
  }
  const ageInDays = Math.floor((now.getTime() - new Date(checkedAt).getTime()) / 86_400_000)
  const status: RouteToHelpStatus = ageInDays > routeToHelpStaleAfterDays ? 'stale' : 'verified'
  return { status, checkedAt, checkedBy, ageInDays }
}
