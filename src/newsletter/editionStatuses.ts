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
