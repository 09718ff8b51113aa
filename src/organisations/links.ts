import { defaultLocale, isLocale } from '@/i18n'
import { publicUrl } from '@/lib/env'
import { signToken } from '@/lib/signedTokens'

/** What a link needs of an organisation: its id, and its language for the page the link opens. */
export type LinkOrganisation = {
  id: string | number
  language?: string | null
  /** Links made for an older version are revoked (see `renewLinkVersion`). */
  linkVersion?: number | null
}

/**
 * The opt-out link a contact person clicks in a pack mailing. It opens a page with a button: link
 * scanners follow links, so opening it must not opt anyone out.
 */
export const optOutUrlFor = (organisation: LinkOrganisation): string => {
  const locale = isLocale(organisation.language) ? organisation.language : defaultLocale
  return `${publicUrl()}/${locale}/organisaties/afmelden?token=${encodeURIComponent(optOutToken(organisation))}`
}

/** The RFC 8058 one-click address: mail clients POST `List-Unsubscribe=One-Click` to it. */
export const oneClickOptOutUrlFor = (organisation: LinkOrganisation): string =>
  `${publicUrl()}/api/organisations/opt-out?token=${encodeURIComponent(optOutToken(organisation))}`

/** `List-Unsubscribe` (one click and the page) and `List-Unsubscribe-Post` for a pack mailing. */
export const optOutHeadersFor = (organisation: LinkOrganisation): Record<string, string> => ({
  'List-Unsubscribe': `<${oneClickOptOutUrlFor(organisation)}>, <${optOutUrlFor(organisation)}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
})

const optOutToken = (organisation: LinkOrganisation) =>
  signToken({
    purpose: 'organisation-opt-out',
    subjectId: organisation.id,
    linkVersion: organisation.linkVersion,
  })
