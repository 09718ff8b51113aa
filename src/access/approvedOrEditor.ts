import type { Access } from 'payload'

import { checkRole } from './checkRole'

/** Visitors read only approved building blocks; editors read their own (the plugin narrows it). */
export const approvedOrEditor: Access = ({ req: { user } }) => {
  if (checkRole(['admin', 'regio-redactie', 'gemeente-redactie'], user)) return true
  return { reviewStatus: { equals: 'approved' } }
}
