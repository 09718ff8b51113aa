import { APIError, type CollectionBeforeOperationHook } from 'payload'

export const allowedUploadMimeTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'application/pdf',
]

const megabyte = 1024 * 1024

export const maxUploadBytes = () => Number(process.env.MAX_UPLOAD_MB || 20) * megabyte

const messages = {
  nl: {
    tooLarge: (size: string, max: string) =>
      `Dit bestand is ${size} MB; het maximum is ${max} MB. Verklein het beeld of comprimeer de pdf en probeer het opnieuw.`,
    wrongType: (name: string) =>
      `"${name}" kan niet worden geüpload: alleen afbeeldingen (JPG, PNG, WebP, GIF) en pdf-bestanden zijn toegestaan.`,
  },
  en: {
    tooLarge: (size: string, max: string) =>
      `This file is ${size} MB; the maximum is ${max} MB. Make the image smaller or compress the PDF and try again.`,
    wrongType: (name: string) =>
      `"${name}" cannot be uploaded: only images (JPG, PNG, WebP, GIF) and PDF files are allowed.`,
  },
}

/**
 * Checked before Payload stores anything, so a refused file leaves no trace and the editor reads
 * why in their own language.
 */
export const refuseUnsafeUpload: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const text = req.i18n?.language === 'en' ? messages.en : messages.nl
  const max = maxUploadBytes()
  if (file.size > max) {
    throw new APIError(
      text.tooLarge((file.size / megabyte).toFixed(1), String(max / megabyte)),
      413,
      undefined,
      true,
    )
  }
  const extension = file.name.split('.').pop()?.toLowerCase() ?? ''
  const hasAllowedExtension = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'pdf'].includes(extension)
  if (!hasAllowedExtension || !allowedUploadMimeTypes.includes(file.mimetype)) {
    throw new APIError(text.wrongType(file.name), 400, undefined, true)
  }
  return args
}
