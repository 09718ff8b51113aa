import {
  listUnsubscribeHeadersFor,
  preferencesUrlFor,
  unsubscribeUrlFor,
} from '@/subscribers/links'
import type { LinkSubscriber } from '@/subscribers/links'

export type RecipientLinks = {
  unsubscribeUrl: string
  preferencesUrl: string
  /** `List-Unsubscribe` (one click, RFC 8058, and the page) and `List-Unsubscribe-Post`. */
  headers: Record<string, string>
}

/**
 * The personal links and headers of one mail, from the subscribers module's signed links, made as
 * of `issuedAt`: the same moment on every attempt, so a retried request is byte for byte the first.
 */
export const recipientLinks = (subscriber: LinkSubscriber, issuedAt: number): RecipientLinks => ({
  unsubscribeUrl: unsubscribeUrlFor(subscriber),
  preferencesUrl: preferencesUrlFor(subscriber, issuedAt),
  headers: listUnsubscribeHeadersFor(subscriber),
})
