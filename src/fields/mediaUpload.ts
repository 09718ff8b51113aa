import type { UploadField, Where } from 'payload'
import { upload } from 'payload/shared'

import { adminT } from '@/i18n/admin'
import { idsOf } from '@/lib/ids'

type DocumentArgs = { id?: number | string; data?: Record<string, unknown> }

/**
 * An upload field for a file from the media library that the document's municipality may use:
 * its own files and the regional ones (no municipality); regional content (no municipality) uses
 * regional files only. `filterOptions` narrows the admin's choice, and Payload checks the same
 * condition again on every save (under the saving user's read access to the file), whatever the
 * client sent.
 */
export const mediaUpload = ({
  municipalityOf = ({ data }) => idsOf([data?.municipality])[0],
  ...overrides
}: Omit<UploadField, 'type' | 'relationTo'> & {
  /** The municipality the document belongs to (default: its `municipality` field). */
  municipalityOf?: (args: DocumentArgs) => number | string | undefined
}): UploadField =>
  ({
    ...overrides,
    type: 'upload',
    relationTo: 'media',
    filterOptions: ({ id, data }): Where => {
      const municipality = municipalityOf({ id, data })
      const regional: Where = { municipality: { exists: false } }
      return municipality === undefined
        ? regional
        : { or: [regional, { municipality: { equals: municipality } }] }
    },
    validate: async (value: unknown, options: Parameters<typeof upload>[1]) => {
      const result = await upload(value as Parameters<typeof upload>[0], options)
      if (result === true || value === null || value === undefined) return result
      return adminT(options.req)('custom:media:validation:otherMunicipality')
    },
  }) as UploadField
