import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { hasRegionalAccess } from '@/access/checkRole'
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
  const isRegional = hasRegionalAccess(req.user)
  const previous = operation === 'update' ? originalDoc?.reviewStatus : undefined
  let next = data.reviewStatus ?? previous ?? 'draft'
  const isEnglish = req.i18n?.language === 'en'

  if (!isRegional && req.user && next !== previous && decisions.has(next)) {
    throw new ValidationError({
      collection: 'building-blocks',
      errors: [
        {
          path: 'reviewStatus',
          message: isEnglish
            ? 'Only the regional editors can approve or return a building block. Set it to "Submitted" instead.'
            : 'Alleen de regio-redactie kan een bouwsteen goedkeuren of terugsturen. Zet hem op "Ingediend".',
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
          message: isEnglish
            ? 'Say what should change before returning the building block.'
            : 'Schrijf feedback: wat moet er anders voordat je de bouwsteen terugstuurt?',
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
