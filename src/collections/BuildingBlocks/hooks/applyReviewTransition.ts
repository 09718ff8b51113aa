import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import { checkRole, regionalRoles } from '@/access/checkRole'
import { adminT } from '@/i18n/admin'
import type { BuildingBlock } from '@/payload-types'

const decisions = new Set(['approved', 'returned'])

/**
 * Guards the review workflow: editors may only save a concept or submit it; approving and
 * returning are the regional editors' decisions, and returning needs feedback. An editor who
 * changes an approved block sends it back for review, so no unreviewed text goes out.
 */
export const applyReviewTransition: CollectionBeforeChangeHook<BuildingBlock> = ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  if (context?.skipReviewWorkflow) return data
  const isRegional = checkRole(regionalRoles, req.user)
  const previous = operation === 'update' ? originalDoc?.reviewStatus : undefined
  let next = data.reviewStatus ?? previous ?? 'draft'
  const t = adminT(req)

  if (!isRegional && req.user && next !== previous && decisions.has(next)) {
    throw new ValidationError({
      collection: 'building-blocks',
      errors: [
        {
          path: 'reviewStatus',
          message: t('custom:buildingBlocks:reviewTransition:onlyRegionalDecides'),
        },
      ],
    })
  }

  if (!isRegional && req.user && previous === 'approved' && next === 'approved') {
    next = 'submitted'
  }

  const feedback = data.reviewFeedback ?? originalDoc?.reviewFeedback
  if (next === 'returned' && next !== previous && !feedback?.trim()) {
    throw new ValidationError({
      collection: 'building-blocks',
      errors: [
        {
          path: 'reviewFeedback',
          message: t('custom:buildingBlocks:reviewTransition:feedbackRequired'),
        },
      ],
    })
  }

  const now = new Date().toISOString()
  const result = { ...data, reviewStatus: next }
  if (next !== previous) {
    if (next === 'submitted') result.submittedAt = now
    if (decisions.has(next)) {
      result.reviewedAt = now
      result.reviewedBy = req.user?.id ?? null
    }
  }
  return result
}
