import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditor } from '@/access/isEditor'
import { label, staticLabel } from '@/fields/labels'
import { assignOnlyMunicipality } from '@/hooks/assignOnlyMunicipality'
import { revalidatePortalAfterChange, revalidatePortalAfterDelete } from '@/portal/revalidate'

import { allowedUploadMimeTypes, refuseUnsafeUpload } from './hooks/refuseUnsafeUpload'

/**
 * Images and PDFs. Images get the sizes e-mails need (600 px column, 1200 px for sharp screens)
 * and the sizes the admin and portal show. Files are public so they can appear in mails.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: label('custom:media:file'),
    plural: label('custom:media:imagesAndFiles'),
  },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'municipality', 'updatedAt'],
    group: staticLabel('custom:groups:content'),
  },
  access: {
    read: anyone,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
  },
  // Versions let the translation overview see when the Dutch alternative text changed.
  versions: { maxPerDoc: 10 },
  hooks: {
    beforeOperation: [refuseUnsafeUpload],
    beforeValidate: [assignOnlyMunicipality],
    afterChange: [revalidatePortalAfterChange],
    afterDelete: [revalidatePortalAfterDelete],
  },
  upload: {
    staticDir: process.env.MEDIA_DIR || path.resolve(process.cwd(), 'media'),
    mimeTypes: allowedUploadMimeTypes,
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 300, height: 300, position: 'centre' },
      { name: 'card', width: 768, height: 512, position: 'centre' },
      { name: 'email', width: 600 },
      { name: 'emailRetina', width: 1200 },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: label('custom:media:alternativeText'),
      admin: {
        description: label('custom:media:describeShownPeopleWhoCannot'),
      },
    },
    { name: 'credit', type: 'text', label: label('custom:media:sourcePhotographer') },
  ],
}
