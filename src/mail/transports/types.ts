/**
 * The provider sits behind this small interface (as in Ghost's and listmonk's pipelines), so the
 * outbox, Resend and any later provider are interchangeable.
 */
export type OutgoingMessage = {
  to: string
  from: string
  subject: string
  html: string
  text: string
  replyTo?: string
  headers?: Record<string, string>
  tags?: { name: string; value: string }[]
}

export type SendResult =
  | { ok: true; providerMessageId: string }
  | { ok: false; error: string; isRetryable: boolean; retryAfterSeconds?: number }

export type Transport = {
  name: 'outbox' | 'resend'
  /** The most messages one `sendBatch` call may carry. */
  maxBatchSize: number
  send: (message: OutgoingMessage, options?: { idempotencyKey?: string }) => Promise<SendResult>
  /** One result per message, in order. A batch-level failure gives the same failure for each. */
  sendBatch: (
    messages: OutgoingMessage[],
    options: { idempotencyKey: string },
  ) => Promise<SendResult[]>
}
