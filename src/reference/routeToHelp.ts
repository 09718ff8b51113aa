import type { Municipality } from '@/payload-types'

/**
 * Whether a municipality's local route to help may be shown to the public. Only a check with
 * a date and a name counts: until then visitors, the PDF and mails show the regional route
 * (Veilig Thuis, 112, the referral index) and nothing from the local fields, which may still
 * hold placeholders. A check older than a year is still shown but flagged to editors.
 */
export const routeToHelpStaleAfterDays = 365

export type RouteToHelpStatus = 'verified' | 'stale' | 'unverified'

export type LocalRouteToHelp = {
  localTeam: {
    name?: string | null
    phone?: string | null
    email?: string | null
    website?: string | null
    openingHours?: string | null
    address?: string | null
  }
  designatedOfficer: {
    name?: string | null
    phone?: string | null
    email?: string | null
  }
}

export type RouteToHelpCheck = {
  status: RouteToHelpStatus
  checkedAt: string | null
  checkedBy: string | null
  /** Whole days since the check; null when never checked. */
  ageInDays: number | null
  /** The local details, only when checked (verified or stale); otherwise null. */
  local: LocalRouteToHelp | null
}

type MunicipalityRoute = Pick<Municipality, 'localTeam' | 'designatedOfficer' | 'verification'>

export const routeToHelpOf = (
  municipality: MunicipalityRoute,
  { now = new Date() }: { now?: Date } = {},
): RouteToHelpCheck => {
  const checkedAt = municipality.verification?.checkedAt || null
  const checkedBy = municipality.verification?.checkedBy?.trim() || null
  if (!checkedAt || !checkedBy) {
    return { status: 'unverified', checkedAt, checkedBy, ageInDays: null, local: null }
  }
  const ageInDays = Math.max(
    0,
    Math.floor((now.getTime() - new Date(checkedAt).getTime()) / dayInMs),
  )
  const { localTeam, designatedOfficer } = municipality
  return {
    status: ageInDays > routeToHelpStaleAfterDays ? 'stale' : 'verified',
    checkedAt,
    checkedBy,
    ageInDays,
    local: {
      localTeam: {
        name: localTeam?.name,
        phone: localTeam?.phone,
        email: localTeam?.email,
        website: localTeam?.website,
        openingHours: localTeam?.openingHours,
        address: localTeam?.address,
      },
      designatedOfficer: {
        name: designatedOfficer?.name,
        phone: designatedOfficer?.phone,
        email: designatedOfficer?.email,
      },
    },
  }
}

/** Whether the public may see the local details (a stale check still counts). */
export const isRouteToHelpShown = (check: RouteToHelpCheck) => check.local !== null

const dayInMs = 24 * 60 * 60 * 1000
