import type { Payload } from 'payload'

import { emailFrom } from '@/lib/env'

import { createOutboxTransport } from './outbox'
import { createResendTransport } from './resend'
import type { OutgoingMessage, SendResult, Transport } from './types'

/**
 * Resend when RESEND_API_KEY is set (at RESEND_BASE_URL when that is set too), otherwise the
 * outbox: nothing leaves the machine until someone configures a key. Read on every call, so a key
 * set at runtime or in a test takes effect without a restart.
 */
export const getTransport = (
  payload: Payload,
  env: Record<string, string | undefined> = process.env,
): Transport =>
  env.RESEND_API_KEY
    ? createResendTransport({
        apiKey: env.RESEND_API_KEY,
        baseUrl: env.RESEND_BASE_URL || undefined,
      })
    : createOutboxTransport(payload)

/** One message through the configured transport, from EMAIL_FROM unless it says otherwise. */
export const sendEmail = (
  payload: Payload,
  message: Omit<OutgoingMessage, 'from'> & { from?: string },
  options?: { idempotencyKey?: string },
): Promise<SendResult> =>
  getTransport(payload).send({ ...message, from: message.from || emailFrom() }, options)
