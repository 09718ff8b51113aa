/** Only `confirmed` receives mail; bounced and complained stop all mail to the address. */
export const subscriberStatuses = [
  'pending',
  'confirmed',
  'unsubscribed',
  'bounced',
  'complained',
] as const

export type SubscriberStatus = (typeof subscriberStatuses)[number]
