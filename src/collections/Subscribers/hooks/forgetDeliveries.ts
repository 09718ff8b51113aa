import type { CollectionBeforeDeleteHook } from 'payload'

import { forgetRecipient } from '@/newsletter/delivery/state'

/**
 * However a subscriber is deleted (erasure, an admin's delete, the clean-up of unconfirmed
 * sign-ups), their deliveries stay only as anonymous counts: anonymised before the row goes,
 * while the link still finds them.
 */
export const forgetDeliveries: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await forgetRecipient({ payload: req.payload, subscriberId: id, req })
}
