import type { AdminViewServerProps } from 'payload'

import { adminT } from '@/i18n/admin'

import { parseYear } from '../periods'
import { decideScope, queryValue } from '../scope'

/**
 * What both monitor pages read from their request: the viewer, their language, the year asked
 * for (`?jaar=`) and whose figures they may see (`?gemeente=`, decided on the server).
 */
export const monitorViewRequest = (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const { payload, user, i18n } = req
  const year = parseYear(queryValue(view.searchParams?.jaar))
  const decision = decideScope({ user, requested: queryValue(view.searchParams?.gemeente) })
  return { payload, i18n, t: adminT(i18n), year, decision }
}
