import { label } from '@/fields/labels'

export const subscriberStatuses = [
  { value: 'pending', label: label('Wacht op bevestiging', 'Awaiting confirmation') },
  { value: 'confirmed', label: label('Bevestigd', 'Confirmed') },
  { value: 'unsubscribed', label: label('Afgemeld', 'Unsubscribed') },
  { value: 'bounced', label: label('Onbestelbaar (bounce)', 'Bounced') },
  { value: 'complained', label: label('Klacht (spam gemeld)', 'Complained') },
] as const

export type SubscriberStatus = (typeof subscriberStatuses)[number]['value']
