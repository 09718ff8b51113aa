import type { CollectionBeforeDeleteHook } from 'payload'

import { forgetRecipient } from '@/newsletter/delivery/state'

/**
 * However an organisation is deleted (erasure or an editor's delete), its pack deliveries stay
 * only as anonymous counts: anonymised before the row goes, while the link still finds them.
 */
export const forgetDeliveries: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await forgetRecipient({ payload: req.payload, organisationId: id, req })
}
