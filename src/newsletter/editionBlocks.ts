import { idsOf } from '@/lib/ids'
import type { NewsletterEdition } from '@/payload-types'

/** The building blocks an edition names, in the order of its sections. */
export const blockIdsOf = (sections: NewsletterEdition['sections'] | undefined) =>
  (sections ?? []).flatMap(({ blocks }) => idsOf(blocks))
