import { APIError } from 'payload'
import type { CollectionBeforeOperationHook } from 'payload'

import { adminT } from '@/i18n/admin'

export const allowedUploadMimeTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'application/pdf',
]

const megabyte = 1024 * 1024

export const maxUploadBytes = () => Number(process.env.MAX_UPLOAD_MB || 20) * megabyte

/**
 * Checked before Payload stores anything, so a refused file leaves no trace and the editor reads
 * why in their own language.
 */
export const refuseUnsafeUpload: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const t = adminT(req)
  const max = maxUploadBytes()
  if (file.size > max) {
    throw new APIError(
      t('custom:media:upload:tooLarge', {
        size: (file.size / megabyte).toFixed(1),
        max: String(max / megabyte),
      }),
      413,
      undefined,
      true,
    )
  }
  const extension = file.name.split('.').pop()?.toLowerCase() ?? ''
  const hasAllowedExtension = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'pdf'].includes(extension)
  if (!hasAllowedExtension || !allowedUploadMimeTypes.includes(file.mimetype)) {
    throw new APIError(
      t('custom:media:upload:wrongType', { name: file.name }),
      400,
      undefined,
      true,
    )
  }
  return args
}
