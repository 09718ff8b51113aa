import { Resend } from 'resend'
import type { CreateEmailOptions, ErrorResponse } from 'resend'

import { assertBatchFits, providerMaxBatchSize } from './limits'
import type { OutgoingMessage, SendResult, Transport } from './types'

export type ResendTransportOptions = {
  apiKey: string
  /** Defaults to RESEND_BASE_URL, then https://api.resend.com (both read by the SDK). */
  baseUrl?: string
  /** A request that takes longer is abandoned and reported as retryable. */
  timeoutMs?: number
}

/**
 * Sends through Resend's official SDK. The SDK never throws and never retries: every call returns
 * `{ data, error, headers }`, and this transport turns that into results the delivery engine can
 * act on (retry now, retry after N seconds, or give up). Retrying and pacing are the engine's job.
 */
export const createResendTransport = ({
  apiKey,
  baseUrl,
  timeoutMs = 30_000,
}: ResendTransportOptions): Transport => {
  // The SDK joins base URL and path as strings, so a trailing slash would give `//emails`.
  const resend = new Resend(apiKey, baseUrl ? { baseUrl: baseUrl.replace(/\/+$/, '') } : undefined)

  return {
    name: 'resend',
    maxBatchSize: providerMaxBatchSize,

    send: async (message, options) => {
      const { data, error, headers } = await resend.emails.send(toResendEmail(message), {
        idempotencyKey: options?.idempotencyKey,
        signal: AbortSignal.timeout(timeoutMs),
      })
      if (error) return failure(error, headers)
      return { ok: true, providerMessageId: data.id }
    },

    sendBatch: async (messages, { idempotencyKey }) => {
      assertBatchFits(messages, providerMaxBatchSize)
      if (messages.length === 0) return []
      const { data, error, headers } = await resend.batch.send(messages.map(toResendEmail), {
        idempotencyKey,
        // Sets `x-batch-validation: permissive`: one bad address must not sink the other 99.
        batchValidation: 'permissive',
        signal: AbortSignal.timeout(timeoutMs),
      })
      if (error) return messages.map(() => failure(error, headers))

      // Permissive mode lists the created e-mails in request order, skipping the rejected ones,
      // which come back separately by index.
      const rejected = new Map((data.errors ?? []).map(({ index, message }) => [index, message]))
      const createdIds = data.data.map(({ id }) => id)
      return messages.map((_, index): SendResult => {
        const reason = rejected.get(index)
        if (reason !== undefined) return { ok: false, error: reason, isRetryable: false }
        const id = createdIds.shift()
        if (id) return { ok: true, providerMessageId: id }
        // Retrying with the same key would only replay this answer, so do not ask for one.
        return {
          ok: false,
          error: 'Resend gaf geen id voor dit bericht terug.',
          isRetryable: false,
        }
      })
    },
  }
}

const toResendEmail = (message: OutgoingMessage): CreateEmailOptions => ({
  from: message.from,
  to: message.to,
  subject: message.subject,
  html: message.html,
  text: message.text,
  replyTo: message.replyTo,
  headers: message.headers,
  tags: message.tags,
})

const failure = (
  error: ErrorResponse,
  headers: Record<string, string> | null,
): Extract<SendResult, { ok: false }> => {
  const status = typeof error.statusCode === 'number' ? error.statusCode : undefined
  const description = `${status ? `${status} ` : ''}${error.name}: ${error.message}`
  if (!isRetryable(error.name, status)) return { ok: false, error: description, isRetryable: false }
  const seconds = parseRetryAfter(
    headers?.['retry-after'] ?? (status === 429 ? headers?.['ratelimit-reset'] : undefined),
  )
  return {
    ok: false,
    error: description,
    isRetryable: true,
    ...(seconds === undefined ? {} : { retryAfterSeconds: seconds }),
  }
}

/**
 * 429 and 5xx clear up when asked again later, and so does a request that got no answer at all
 * (network, timeout, dropped connection: no status). Other 4xx need a change first. Two names
 * cut across that: a spent monthly quota (429) waits for a new month or plan, and a concurrent
 * request with the same idempotency key (409) finishes by itself.
 */
const isRetryable = (name: string, status: number | undefined) => {
  if (name === 'monthly_quota_exceeded') return false
  if (name === 'concurrent_idempotent_requests') return true
  return status === undefined || status === 429 || status >= 500
}

/** `retry-after` is seconds or an HTTP date. */
const parseRetryAfter = (value: string | undefined): number | undefined => {
  if (!value) return undefined
  const seconds = /^\d+(\.\d+)?$/.test(value.trim())
    ? Number(value)
    : (Date.parse(value) - Date.now()) / 1000
  return Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : undefined
}
