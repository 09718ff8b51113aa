import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { roles } from '@/access/checkRole'
import { forRoles } from '@/access/endpointGuards'
import { isPublicError } from '@/hooks/readableErrors'
import { adminT } from '@/i18n/admin'
import { formatMoment } from '@/lib/dates'
import { summarizeAudience } from '@/newsletter/delivery/audience'
import { findScheduleProblem, pauseEdition, resumeEdition } from '@/newsletter/delivery/control'
import { queueSend } from '@/newsletter/delivery/jobs'
import { editionProgress } from '@/newsletter/delivery/progress'
import { recipientSourceFor } from '@/newsletter/delivery/recipients'
import type { NewsletterEdition } from '@/payload-types'

import { editionScopeProblem } from '../access'

/**
 * The admin's scheduling dialog and progress panel talk to these: what scheduling would do
 * (counts and problems), schedule, follow the progress, pause, resume and cancel.
 */
export const sendingEndpoints: Endpoint[] = [
  {
    path: '/:id/sending/summary',
    method: 'get',
    handler: forEdition(async (req, edition) => {
      const audience = await summarizeAudience(req.payload, recipientSourceFor(edition))
      const problem = await findScheduleProblem({
        payload: req.payload,
        edition: { ...edition, sendAt: new Date().toISOString() },
        i18n: req.i18n,
        req,
      })
      return Response.json({
        kind: edition.kind ?? 'newsletter',
        audience,
        problem: problem ?? null,
      })
    }),
  },
  {
    path: '/:id/sending/schedule',
    method: 'post',
    handler: forEdition(async (req, edition) => {
      const t = adminT(req)
      const body = (await req.json?.().catch(() => ({}))) as { sendAt?: string | null } | undefined
      const sendAt = body?.sendAt ? new Date(body.sendAt) : new Date()
      if (Number.isNaN(sendAt.getTime())) {
        return Response.json(
          { error: t('custom:newsletterEditions:sendActions:invalidSendAt') },
          { status: 400 },
        )
      }
      try {
        await req.payload.update({
          collection: 'newsletter-editions',
          id: edition.id,
          data: { status: 'scheduled', sendAt: sendAt.toISOString() },
          user: req.user,
          overrideAccess: false,
          req,
        })
      } catch (error) {
        // A refusal says why; a fault goes to the log and reaches the adviser as one clear message.
        if (!isPublicError(error)) throw error
        return Response.json({ error: error.message }, { status: 400 })
      }
      return Response.json({
        message: body?.sendAt
          ? t('custom:newsletterEditions:sendActions:scheduledAt', {
              moment: formatMoment(sendAt, req.i18n.language),
            })
          : t('custom:newsletterEditions:sendActions:scheduledNow'),
      })
    }),
  },
  {
    path: '/:id/sending/progress',
    method: 'get',
    handler: forEdition(async (req, edition) =>
      Response.json(
        await editionProgress({
          payload: req.payload,
          editionId: edition.id,
          withBreakdown: edition.status === 'sent' || edition.status === 'cancelled',
        }),
      ),
    ),
  },
  {
    path: '/:id/sending/pause',
    method: 'post',
    handler: forEdition(async (req, edition) => {
      const t = adminT(req)
      if (edition.status !== 'sending')
        return refuse(t('custom:newsletterEditions:sendActions:onlySendingPauses'))
      await pauseEdition({
        payload: req.payload,
        editionId: edition.id,
        // Kept with the edition in the words of the one who paused it.
        reason: t('custom:newsletterEditions:sendActions:pausedByEditor'),
        req,
      })
      return Response.json({ message: t('custom:newsletterEditions:sendActions:paused') })
    }),
  },
  {
    path: '/:id/sending/resume',
    method: 'post',
    handler: forEdition(async (req, edition) => {
      const t = adminT(req)
      if (edition.status !== 'paused')
        return refuse(t('custom:newsletterEditions:sendActions:onlyPausedResumes'))
      await resumeEdition({ payload: req.payload, editionId: edition.id, req })
      await queueSend({ payload: req.payload, editionId: edition.id, req })
      return Response.json({ message: t('custom:newsletterEditions:sendActions:resumed') })
    }),
  },
  {
    path: '/:id/sending/cancel',
    method: 'post',
    handler: forEdition(async (req, edition) => {
      const t = adminT(req)
      if (!['scheduled', 'sending', 'paused'].includes(edition.status)) {
        return refuse(t('custom:newsletterEditions:sendActions:onlyActiveCancels'))
      }
      await req.payload.update({
        collection: 'newsletter-editions',
        id: edition.id,
        data: { status: 'cancelled' },
        user: req.user,
        overrideAccess: false,
        req,
      })
      return Response.json({ message: t('custom:newsletterEditions:sendActions:cancelled') })
    }),
  },
]

type EditionHandler = (req: PayloadRequest, edition: NewsletterEdition) => Promise<Response>

/**
 * The regional roles send anything; a municipal editor only its own municipalities' pack mailings
 * (`editionScopeProblem`). The edition is read as it was last published, through the user's access.
 */
function forEdition(handler: EditionHandler): PayloadHandler {
  return forRoles(roles, async (req) => {
    const edition = await req.payload
      .findByID({
        collection: 'newsletter-editions',
        id: req.routeParams?.id as string,
        depth: 0,
        draft: false,
        overrideAccess: false,
        user: req.user,
        req,
      })
      .catch(() => undefined)
    if (!edition) {
      return Response.json(
        { error: adminT(req)('custom:newsletterEditions:sendActions:editionNotFound') },
        { status: 404 },
      )
    }
    const problem = editionScopeProblem({ req, edition })
    if (problem) return Response.json({ error: problem }, { status: 403 })
    return handler(req, edition)
  })
}

const refuse = (message: string) => Response.json({ error: message }, { status: 409 })
