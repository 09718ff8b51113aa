import type { CollectionConfig } from 'payload'

import { isRegional } from '@/access/isRegional'
import { label } from '@/fields/labels'

/**
 * One row per content change that makes cached portal pages stale: the pages' cache tags and
 * when. Written by src/portal/invalidations.ts from any process (app, worker, seed), read by every
 * app instance's page cache (src/portal/sharedCacheHandler.mjs), so all of them drop the pages.
 */
export const PortalInvalidations: CollectionConfig = {
  slug: 'portal-invalidations',
  labels: {
    singular: label('custom:portalInvalidations:invalidation'),
    plural: label('custom:portalInvalidations:invalidations'),
  },
  admin: { hidden: true },
  access: {
    read: isRegional,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  timestamps: false,
  fields: [
    /** Next.js cache tags, one per line. */
    { name: 'tags', type: 'textarea', required: true },
    /** Milliseconds since 1970, compared with the cached pages' own time. */
    { name: 'at', type: 'number', required: true, index: true },
  ],
}
