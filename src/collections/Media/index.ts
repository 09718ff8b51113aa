import type { CollectionConfig } from 'payload'
import { relationship } from 'payload/shared'

import { checkRole, regionalRoles } from '@/access/checkRole'
import { isEditor, isEditorField } from '@/access/isEditor'
import { mediaChange, mediaRead, mediaVersions, nobodyField } from '@/access/media'
import { label, staticLabel } from '@/fields/labels'
import { assignOnlyMunicipality } from '@/hooks/assignOnlyMunicipality'
import { adminT } from '@/i18n/admin'
import { mediaDir } from '@/lib/env'
import { idsOf } from '@/lib/ids'
import { municipalityIdsOf } from '@/lib/municipalities'
import { revalidatePortalAfterChange, revalidatePortalAfterDelete } from '@/portal/revalidate'

import { allowedUploadMimeTypes, refuseUnsafeUpload } from './hooks/refuseUnsafeUpload'

/**
 * Images and PDFs. Images get the sizes e-mails need (600 px column, 1200 px for sharp screens)
 * and the sizes the admin and portal show. A file belongs to a municipality, or to the region
 * (no municipality: every municipality may use it), and is public only while published content
 * uses it (see src/access/media.ts and ./publicity.ts): drafts and unapproved blocks keep theirs
 * to the editors.
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
    read: mediaRead,
    create: isEditor,
    update: mediaChange,
    delete: mediaChange,
    readVersions: mediaVersions,
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
    staticDir: mediaDir(),
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
      // Not the multi-tenant plugin's field: that one is required, and regional files have none.
      name: 'municipality',
      type: 'relationship',
      relationTo: 'municipalities',
      index: true,
      label: label('custom:municipalities:municipality'),
      access: { create: isEditorField, update: isEditorField },
      filterOptions: ({ req: { user } }) =>
        !user || checkRole(regionalRoles, user) ? true : { id: { in: municipalityIdsOf(user) } },
      validate: async (
        value: Parameters<typeof relationship>[0],
        options: Parameters<typeof relationship>[1],
      ) => {
        const result = await relationship(value, options)
        const { req } = options
        if (result !== true || !req.user || checkRole(regionalRoles, req.user)) return result
        const [id] = idsOf([value])
        return (
          (id !== undefined && municipalityIdsOf(req.user).includes(id)) ||
          adminT(req)('custom:media:validation:chooseOwnMunicipality')
        )
      },
      admin: {
        position: 'sidebar',
        description: label('custom:media:municipalityOrRegional'),
      },
    },
    {
      name: 'isPublic',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: label('custom:media:isPublic'),
      access: { create: nobodyField, update: nobodyField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: label('custom:media:isPublicWhenPublishedContentUses'),
      },
    },
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
    // The two fields Payload's S3 adapter adds (src/lib/s3.ts), always present so the database
    // schema and the migrations are the same with and without S3_BUCKET: switching storage later
    // needs no migration. The adapter replaces them with its own when a bucket is configured.
    { name: 'prefix', type: 'text', admin: { hidden: true, readOnly: true } },
    { name: '_objectKey', type: 'text', admin: { hidden: true, readOnly: true } },
  ],
}
