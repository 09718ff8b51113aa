import type { Access, FieldAccess } from 'payload'

import { hasRegionalAccess } from './checkRole'

/** Admin and regio-redactie: the roles that review and work across every municipality. */
export const isRegional: Access = ({ req: { user } }) => hasRegionalAccess(user)

export const isRegionalField: FieldAccess = ({ req: { user } }) => hasRegionalAccess(user)
