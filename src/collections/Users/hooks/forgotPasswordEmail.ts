import type { Auth, PayloadRequest } from 'payload'

import { defaultLocale, isLocale } from '@/i18n'
import { publicUrl } from '@/lib/env'
import { passwordResetSubject, renderPasswordReset } from '@/mail/transactional'

type ForgotPassword = NonNullable<Auth['forgotPassword']>

/**
 * Payload's own reset mail links relative to the server when no serverURL is set, which no mail
 * client can follow; this one links to PUBLIC_URL, in the person's admin language. Payload takes
 * only the html: its e-mail adapter makes the same text part from it (see `htmlToText`).
 */
export const forgotPasswordEmailHTML: NonNullable<ForgotPassword['generateEmailHTML']> = async (
  args,
) =>
  (
    await renderPasswordReset({
      locale: adminLocaleOf(args?.req),
      resetUrl: `${publicUrl()}/admin/reset/${encodeURIComponent(args?.token ?? '')}`,
    })
  ).html

export const forgotPasswordEmailSubject: NonNullable<ForgotPassword['generateEmailSubject']> = (
  args,
) => passwordResetSubject(adminLocaleOf(args?.req))

const adminLocaleOf = (req: Partial<PayloadRequest> | undefined) => {
  const language = req?.i18n?.language
  return isLocale(language) ? language : defaultLocale
}
