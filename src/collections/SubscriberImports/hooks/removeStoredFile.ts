import type { CollectionBeforeDeleteHook } from 'payload'

import type { SubscriberImport } from '@/payload-types'
import { removeImportFile } from '@/subscribers/importRecords'

/**
 * An import deleted before it finished leaves no file behind: the file holds personal data, and
 * its job, finding no record, stops without touching it.
 */
export const removeStoredFile: CollectionBeforeDeleteHook = async ({ req, id }) => {
  const record = await req.payload.db.findOne<SubscriberImport>({
    collection: 'subscriber-imports',
    where: { id: { equals: id } },
    req,
  })
  await removeImportFile(record?.storedFile)
}
