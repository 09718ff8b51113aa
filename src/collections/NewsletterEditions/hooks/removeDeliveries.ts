import { APIError } from 'payload'
import type { CollectionBeforeDeleteHook } from 'payload'

import { adminT } from '@/i18n/admin'
import { removeEditionDeliveries } from '@/newsletter/delivery/state'
import type { NewsletterEdition } from '@/payload-types'

/**
 * An edition takes its delivery records with it; one that is being sent cannot be deleted until it
 * is cancelled, so no worker is left sending an edition that no longer exists.
 */
export const removeDeliveries: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const edition = await req.payload.db.findOne<NewsletterEdition>({
    collection: 'newsletter-editions',
    where: { id: { equals: id } },
    req,
  })
  if (edition?.status === 'sending' || edition?.status === 'paused') {
    throw new APIError(
      adminT(req)('custom:newsletterEditions:sendActions:deleteWhileSending'),
      409,
      null,
      true,
    )
  }
  await removeEditionDeliveries({ payload: req.payload, editionId: id, req })
}
