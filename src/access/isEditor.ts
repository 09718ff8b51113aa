import type { Access, FieldAccess } from 'payload'

import { checkRole } from './checkRole'

/**
 * Any signed-in editor. For collections under the multi-tenant plugin, the plugin narrows this to
 * the editor's own municipalities.
 */
export const isEditor: Access = ({ req: { user } }) =>
  checkRole(['admin', 'regio-redactie', 'gemeente-redactie'], user)

/** Fields only the editorial roles read (review notes, who reviewed): kept out of public JSON. */
export const isEditorField: FieldAccess = ({ req: { user } }) =>
  checkRole(['admin', 'regio-redactie', 'gemeente-redactie'], user)
