import type { PayloadRequest } from 'payload'

import { label } from '@/fields/labels'

export const editionStatuses = [
  { value: 'draft', label: label('custom:newsletterEditions:draft') },
  { value: 'scheduled', label: label('custom:newsletterEditions:scheduled') },
  { value: 'sending', label: label('custom:newsletterEditions:sending2') },
  { value: 'paused', label: label('custom:newsletterEditions:paused') },
  { value: 'sent', label: label('custom:newsletterEditions:sent') },
  { value: 'cancelled', label: label('custom:newsletterEditions:cancelled') },
] as const

/**
 * The preview lives on the same origin as the admin that shows it, so the admin's "document
 * saved" message reaches the iframe and it reloads.
 */
export const previewUrl = ({
  id,
  locale,
  req,
}: {
  id: string | number
  locale: string
  req?: Pick<PayloadRequest, 'headers'>
}) => {
  const host = req?.headers?.get('x-forwarded-host') ?? req?.headers?.get('host')
  const protocol = req?.headers?.get('x-forwarded-proto') ?? 'http'
  const origin = host ? `${protocol}://${host}` : ''
  return `${origin}/api/newsletter-editions/${id}/preview?locale=${encodeURIComponent(locale)}`
}
