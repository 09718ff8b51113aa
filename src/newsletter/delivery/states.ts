/**
 * Where one delivery stands. "Accepted" means the provider took it, not that it arrived: webhooks
 * move it on to delivered, bounced or complained.
 */
export const deliveryStates = [
  'pending',
  'submitting',
  'accepted',
  'delivered',
  'bounced',
  'complained',
  'failed',
  'skipped',
  'cancelled',
] as const

export type DeliveryState = (typeof deliveryStates)[number]

/** Where one batch stands: its state is the lock (pending -> submitting -> accepted | failed). */
export const batchStates = ['pending', 'submitting', 'accepted', 'failed', 'cancelled'] as const

export type BatchState = (typeof batchStates)[number]
