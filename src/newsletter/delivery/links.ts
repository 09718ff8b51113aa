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

/** The personal links and headers of one mail, from the subscribers module's signed links. */
export const recipientLinks = (subscriber: LinkSubscriber): RecipientLinks => ({
  unsubscribeUrl: unsubscribeUrlFor(subscriber),
  preferencesUrl: preferencesUrlFor(subscriber),
  headers: listUnsubscribeHeadersFor(subscriber),
})
