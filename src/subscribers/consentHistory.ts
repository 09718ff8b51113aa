import { subscriberStatuses } from './statuses'
import type { SubscriberStatus } from './statuses'

/**
 * The subscriber's consent and unsubscribe history: only ever added to (see the subscribers
 * collection's `recordConsentHistory` hook), so an unsubscribe, or the consent someone once gave,
 * is never lost when someone else signs the address up again. Erasing the subscriber removes it.
 */
export const consentHistoryEvents = ['consent', 'requested', ...subscriberStatuses] as const

export type ConsentHistoryEvent = (typeof consentHistoryEvents)[number]

export type ConsentProof = {
  givenAt?: string | null
  source?: string | null
  textVersion?: string | null
  ipHash?: string | null
}

/** One entry; for consent and requests `at` is when the consent was given. */
export type ConsentHistoryEntry = Omit<ConsentProof, 'givenAt'> & {
  event: ConsentHistoryEvent
  at: string
  /** A sign-up for an unsubscribed address: what it asked for, applied only when confirmed. */
  preferences?: unknown
}

/** A sign-up that waits for the person's confirmation without changing the subscriber yet. */
export type SignUpRequest = { consent: ConsentProof; preferences: unknown }

type Snapshot = { status?: string | null; consent?: ConsentProof | null }

/** What a change to a subscriber adds to its history: new consent, new status, a new request. */
export const historyEntriesFor = ({
  before,
  after,
  request,
  now,
}: {
  before: Snapshot | undefined
  after: Snapshot
  request?: SignUpRequest
  now: Date
}): ConsentHistoryEntry[] => {
  const at = now.toISOString()
  const entries: ConsentHistoryEntry[] = []
  const consent = after.consent
  if (consent?.givenAt && consent.givenAt !== before?.consent?.givenAt) {
    entries.push({ event: 'consent', at: consent.givenAt, ...proofOf(consent) })
  }
  if (after.status && after.status !== before?.status) {
    entries.push({ event: after.status as SubscriberStatus, at })
  }
  if (request) {
    entries.push({
      event: 'requested',
      at: request.consent.givenAt ?? at,
      ...proofOf(request.consent),
      preferences: request.preferences,
    })
  }
  return entries
}

const proofOf = ({ source, textVersion, ipHash }: ConsentProof) => ({
  source,
  textVersion,
  ipHash,
})
