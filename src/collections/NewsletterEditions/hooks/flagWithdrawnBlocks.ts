import type { FieldHook } from 'payload'

import { blockIdsOf } from '@/newsletter/editionBlocks'
import type { NewsletterEdition } from '@/payload-types'

/**
 * A block can lose its approval after it was put in an edition. The edition names those blocks,
 * so the adviser sees why they are missing from the mail instead of finding out after sending.
 */
export const flagWithdrawnBlocks: FieldHook<NewsletterEdition> = async ({ data, req }) => {
  const ids = blockIdsOf(data?.sections)
  if (ids.length === 0) return null
  const { docs } = await req.payload.find({
    collection: 'building-blocks',
    where: { and: [{ id: { in: ids } }, { reviewStatus: { not_equals: 'approved' } }] },
    depth: 0,
    limit: ids.length,
    select: { title: true },
    req,
  })
  if (docs.length === 0) return null
  return docs.map(({ title }) => `• ${title}`).join('\n')
}
