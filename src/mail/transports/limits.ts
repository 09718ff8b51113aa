/**
 * Resend accepts at most 100 e-mails per batch call. The outbox keeps the same limit, so code that
 * works against the outbox in development cannot overrun the provider in production.
 */
export const providerMaxBatchSize = 100

/** Batching is the caller's job; a batch that is too large is a bug, not a delivery failure. */
export const assertBatchFits = (messages: readonly unknown[], maxBatchSize: number) => {
  if (messages.length > maxBatchSize) {
    throw new RangeError(
      `A batch holds at most ${maxBatchSize} messages; this one has ${messages.length}.`,
    )
  }
}
