/** An edition's send, from composing to sent; only the delivery engine sets sending, paused, sent. */
export const editionStatuses = [
  'draft',
  'scheduled',
  'sending',
  'paused',
  'sent',
  'cancelled',
] as const

export type EditionStatus = (typeof editionStatuses)[number]

/** Editions whose mails are out or on their way: what they show must stay reachable from a mail. */
export const publicEditionStatuses = [
  'scheduled',
  'sending',
  'paused',
  'sent',
] as const satisfies readonly EditionStatus[]
