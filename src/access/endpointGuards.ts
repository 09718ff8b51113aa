import type { PayloadHandler, PayloadRequest } from 'payload'

import { checkRole } from './checkRole'
import type { Role } from './checkRole'

/**
 * Refuses a request to a custom endpoint: 401 to a visitor who is not logged in (logging in may
 * help), 403 to a user whose role does not allow it.
 */
export const refuseRequest = (req: PayloadRequest, status: 401 | 403 = req.user ? 403 : 401) =>
  Response.json({ error: req.t('error:unauthorized') }, { status })

/** A custom endpoint's handler that only users with one of `roles` reach. */
export const forRoles =
  (roles: readonly Role[], handler: PayloadHandler): PayloadHandler =>
  (req) =>
    checkRole(roles, req.user) ? handler(req) : refuseRequest(req)
