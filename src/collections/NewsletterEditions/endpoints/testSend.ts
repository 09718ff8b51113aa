import type { Endpoint } from 'payload'

import { roles } from '@/access/checkRole'
import { forRoles } from '@/access/endpointGuards'
import { defaultLocale, isLocale, locales } from '@/i18n'
import { adminT } from '@/i18n/admin'
import { emailFrom } from '@/lib/env'
import { getTransport } from '@/mail/transports'

import { editionScopeProblem } from '../access'
import { readDraftEdition, renderSampleMail } from './sampleMail'

/** Sends the edition in one language to the signed-in adviser, marked as a test. */
export const testSendEndpoint: Endpoint = {
  path: '/:id/test-send',
  method: 'post',
  handler: forRoles(roles, async (req) => {
    const user = req.user!
    const t = adminT(req)
    const body = (await req.json?.().catch(() => ({}))) as
      { locale?: string; municipality?: string } | undefined
    const locale = isLocale(body?.locale) ? body.locale : defaultLocale
    const id = req.routeParams?.id as string
    const edition = await readDraftEdition(req)
    const problem = edition ? editionScopeProblem({ req, edition }) : req.t('error:unauthorized')
    if (!edition || problem) return Response.json({ error: problem }, { status: 403 })
    const { municipalities: _shown, ...rendered } = await renderSampleMail({
      req,
      edition,
      locale,
      municipalityId: body?.municipality,
      isTest: true,
    })
    const transport = getTransport(req.payload)
    const result = await transport.send({
      to: user.email,
      from: emailFrom(),
      ...rendered,
      tags: [
        { name: 'kind', value: 'test' },
        { name: 'edition', value: String(id) },
        { name: 'locale', value: locale },
      ],
    })
    if (!result.ok) {
      return Response.json(
        { error: t('custom:newsletterEditions:testSend:notSent', { reason: result.error }) },
        { status: 502 },
      )
    }
    const language = locales.find(({ code }) => code === locale)?.label ?? locale
    return Response.json({
      message: t('custom:newsletterEditions:testSend:sent', {
        language,
        to: user.email,
        via:
          transport.name === 'outbox'
            ? t('custom:newsletterEditions:testSend:viaOutbox')
            : 'Resend',
      }),
      providerMessageId: result.providerMessageId,
    })
  }),
}
