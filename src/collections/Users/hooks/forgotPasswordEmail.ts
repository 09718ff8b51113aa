import type { Auth } from 'payload'

import { publicUrl } from '@/lib/env'
import { escapeHtml } from '@/lib/html'

type ForgotPassword = NonNullable<Auth['forgotPassword']>

/**
 * Payload's own reset mail links relative to the server when no serverURL is set, which no mail
 * client can follow; this one links to PUBLIC_URL and speaks Dutch first.
 */
export const forgotPasswordEmailHTML: NonNullable<ForgotPassword['generateEmailHTML']> = (args) => {
  const link = `${publicUrl()}/admin/reset/${encodeURIComponent(args?.token ?? '')}`
  const isEnglish = args?.req?.i18n?.language === 'en'
  const [greeting, body, action, ignore] = isEnglish
    ? [
        'Hello,',
        'Someone asked to reset the password of your Samen Veilig Toolkit account.',
        'Choose a new password',
        'Did you not ask for this? Then ignore this mail; your password stays as it is. The link works for one hour.',
      ]
    : [
        'Hallo,',
        'Er is gevraagd om het wachtwoord van je account in de Samen Veilig Toolkit opnieuw in te stellen.',
        'Kies een nieuw wachtwoord',
        'Heb je dit niet gevraagd? Negeer deze mail dan; je wachtwoord blijft zoals het is. De link werkt één uur.',
      ]
  return `<!doctype html><html lang="${isEnglish ? 'en' : 'nl'}"><head><meta charset="utf-8"><title>${escapeHtml(action)}</title></head><body style="font-family:Arial,sans-serif;line-height:1.5;color:#1a1a1a"><p>${greeting}</p><p>${escapeHtml(body)}</p><p><a href="${escapeHtml(link)}">${escapeHtml(action)}</a></p><p>${escapeHtml(ignore)}</p></body></html>`
}

export const forgotPasswordEmailSubject: NonNullable<ForgotPassword['generateEmailSubject']> = (
  args,
) =>
  args?.req?.i18n?.language === 'en'
    ? 'Reset your Samen Veilig password'
    : 'Stel je wachtwoord voor Samen Veilig opnieuw in'
