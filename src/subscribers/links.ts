import { defaultLocale, isLocale } from '@/i18n'
import { publicUrl } from '@/lib/env'
import { signToken } from '@/lib/signedTokens'

/**
 * What a link needs of a subscriber: its id, its link version (links of an older one are revoked)
 * and its language for the page the link opens.
 */
export type LinkSubscriber = {
  id: string | number
  locale?: string | null
  linkVersion?: number | null
}

/** The confirmation link of the double opt-in mail; it works for 7 days. */
export const confirmUrlFor = (subscriber: LinkSubscriber, now = Date.now()): string =>
  pageUrl(
    subscriber,
    'bevestigen',
    signToken({ purpose: 'confirm', ...signedFor(subscriber), now }),
  )

/**
 * The unsubscribe link people click in a mail. It opens a page with a button: link scanners
 * follow links, so opening it must not unsubscribe anyone.
 */
export const unsubscribeUrlFor = (subscriber: LinkSubscriber): string =>
  pageUrl(subscriber, 'afmelden', signToken({ purpose: 'unsubscribe', ...signedFor(subscriber) }))

/**
 * The RFC 8058 one-click address for the `List-Unsubscribe` header: mail clients POST
 * `List-Unsubscribe=One-Click` to it and the subscriber is unsubscribed at once.
 */
export const oneClickUnsubscribeUrlFor = (subscriber: LinkSubscriber): string =>
  `${publicUrl()}/api/subscribers/unsubscribe?token=${encodeURIComponent(
    signToken({ purpose: 'unsubscribe', ...signedFor(subscriber) }),
  )}`

/**
 * The preferences page (language, municipality, audiences) without logging in; 180 days from
 * `now`. A newsletter passes the time its delivery was planned, so a retried batch carries the
 * very same link and the provider recognises the retry.
 */
export const preferencesUrlFor = (subscriber: LinkSubscriber, now = Date.now()): string =>
  pageUrl(
    subscriber,
    'voorkeuren',
    signToken({ purpose: 'preferences', ...signedFor(subscriber), now }),
  )

/**
 * The headers Gmail and Yahoo require of bulk mail: a one-click unsubscribe address (RFC 8058)
 * and the page as a fallback for clients that only open links.
 */
export const listUnsubscribeHeadersFor = (subscriber: LinkSubscriber): Record<string, string> => ({
  'List-Unsubscribe': `<${oneClickUnsubscribeUrlFor(subscriber)}>, <${unsubscribeUrlFor(subscriber)}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
})

type Page = 'bevestigen' | 'afmelden' | 'voorkeuren'

const pageUrl = (subscriber: LinkSubscriber, page: Page, token: string) => {
  const locale = isLocale(subscriber.locale) ? subscriber.locale : defaultLocale
  return `${publicUrl()}/${locale}/nieuwsbrief/${page}?token=${encodeURIComponent(token)}`
}

const signedFor = ({ id, linkVersion }: LinkSubscriber) => ({ subjectId: id, linkVersion })
