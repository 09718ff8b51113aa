import type { Endpoint } from 'payload'

import { regionalRoles } from '@/access/checkRole'
import { forRoles } from '@/access/endpointGuards'
import { defaultLocale, isLocale, locales } from '@/i18n'
import { emailFrom } from '@/lib/env'
import { loadEditionContent } from '@/newsletter/editionContent'
import { renderNewsletter } from '@/mail/newsletter'
import { getTransport } from '@/mail/transports'
import { sampleRecipient } from './sampleRecipient'

const messages = {
  nl: {
    sent: (to: string, language: string, via: string) =>
      `Testbericht (${language}) verstuurd naar ${to} via ${via === 'outbox' ? 'de outbox (niets verlaat deze machine)' : 'Resend'}.`,
    failed: (reason: string) => `Het testbericht is niet verstuurd: ${reason}`,
  },
  en: {
    sent: (to: string, language: string, via: string) =>
      `Test message (${language}) sent to ${to} via ${via === 'outbox' ? 'the outbox (nothing leaves this machine)' : 'Resend'}.`,
    failed: (reason: string) => `The test message was not sent: ${reason}`,
  },
}

/** Sends the edition in one language to the signed-in adviser, marked as a test. */
export const testSendEndpoint: Endpoint = {
  path: '/:id/test-send',
  method: 'post',
  handler: forRoles(regionalRoles, async (req) => {
    const user = req.user!
    const text = req.i18n?.language === 'en' ? messages.en : messages.nl
    const body = (await req.json?.().catch(() => ({}))) as { locale?: string } | undefined
    const locale = isLocale(body?.locale) ? body.locale : defaultLocale
    const id = req.routeParams?.id as string
    const edition = await loadEditionContent({ payload: req.payload, id, locale, req })
    const rendered = await renderNewsletter({
      edition,
      recipient: sampleRecipient(user, locale),
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
      return Response.json({ error: text.failed(result.error) }, { status: 502 })
    }
    const language = locales.find(({ code }) => code === locale)?.label ?? locale
    return Response.json({
      message: text.sent(user.email, language, transport.name),
      providerMessageId: result.providerMessageId,
    })
  }),
}
