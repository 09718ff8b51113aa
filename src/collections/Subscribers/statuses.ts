import { label } from '@/fields/labels'

export const subscriberStatuses = [
  { value: 'pending', label: label('custom:subscribers:awaitingConfirmation') },
  { value: 'confirmed', label: label('custom:subscribers:confirmed') },
  { value: 'unsubscribed', label: label('custom:subscribers:unsubscribed') },
  { value: 'bounced', label: label('custom:subscribers:bounced') },
  { value: 'complained', label: label('custom:subscribers:complained') },
] as const

export type SubscriberStatus = (typeof subscriberStatuses)[number]['value']
