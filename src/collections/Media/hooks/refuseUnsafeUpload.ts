import { APIError } from 'payload'
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { adminT } from '@/i18n/admin'
import { megabyte, megabytesFromEnv } from '@/lib/cappedBody'
import { exampleDimensions, maxImageMegapixels, readImageHeader } from '@/lib/images'

export const allowedUploadMimeTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'application/pdf',
]

export const maxUploadBytes = () => megabytesFromEnv('MAX_UPLOAD_MB', 20) * megabyte

/**
 * Checked before Payload stores or decodes anything, so a refused file leaves no trace, an image
 * bomb is never decoded, and the editor reads why in their own language.
 */
export const refuseUnsafeUpload: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
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
  if (file.mimetype.startsWith('image/')) await refuseUnsafeImage({ file, t })
  return args
}

/** An image whose header sharp cannot read, or that declares more pixels than the cap. */
const refuseUnsafeImage = async ({
  file,
  t,
}: {
  file: NonNullable<PayloadRequest['file']>
  t: ReturnType<typeof adminT>
}) => {
  const header = await readImageHeader(file.tempFilePath || file.data)
  if (!header.isReadable) {
    throw new APIError(
      t('custom:media:upload:unreadableImage', { name: file.name }),
      400,
      undefined,
      true,
    )
  }
  const max = maxImageMegapixels()
  if (header.megapixels <= max) return
  const values = {
    megapixels: header.megapixels.toFixed(1),
    max: String(max),
    frames: String(header.frames),
    example: exampleDimensions(max),
  }
  throw new APIError(
    header.frames > 1
      ? t('custom:media:upload:tooManyPixelsAnimated', values)
      : t('custom:media:upload:tooManyPixels', values),
    413,
    undefined,
    true,
  )
}
