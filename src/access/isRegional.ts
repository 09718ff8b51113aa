import type { Access, FieldAccess } from 'payload'

import { checkRole, regionalRoles } from './checkRole'

/** Admin and regio-redactie: the roles that review and work across every municipality. */
export const isRegional: Access = ({ req: { user } }) => checkRole(regionalRoles, user)

export const isRegionalField: FieldAccess = ({ req: { user } }) => checkRole(regionalRoles, user)
