import crypto from 'node:crypto'

import { idsOf } from '@/lib/ids'

/** What makes a delivery unique within its edition: the subscriber, until they are erased. */
export const recipientKeyOf = (subscriberId: string | number) => String(subscriberId)

/** Replaces the key when a person is erased: unique, and nothing left that points to them. */
export const erasedRecipientKey = () => `erased-${crypto.randomUUID()}`

/** A delivery created without a key (the Local API, a seed) gets its subscriber's. */
export const withRecipientKey = <Data extends { recipientKey?: unknown; subscriber?: unknown }>(
  data: Data,
): Data => {
  const [subscriberId] = idsOf([data.subscriber])
  return data.recipientKey || subscriberId === undefined
    ? data
    : { ...data, recipientKey: recipientKeyOf(subscriberId) }
}
