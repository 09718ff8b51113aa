import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Visitors read the published version, also when they ask for `draft=true`: without this, a list
 * with `draft=true` would query the latest versions and, finding a newer draft, show nothing.
 * (Access already keeps drafts themselves away from them.)
 */
export const noDraftsForVisitors: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.user || args.overrideAccess) return args
  return { ...args, draft: false }
}
