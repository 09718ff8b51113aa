import type { Payload } from 'payload'

import { clientAddress } from '@/lib/clientAddress'
import { positiveNumber } from '@/lib/env'
import { createRateLimiter } from '@/lib/rateLimits'

/**
 * Sign-ups per client address: SUBSCRIBE_RATE_LIMIT (default 10) per SUBSCRIBE_RATE_WINDOW_MINUTES
 * (default 60), counted in the database so every app instance holds one limit together.
 */
export const subscribeRateLimiter = createRateLimiter({
  name: 'subscribe',
  limit: () => positiveNumber(process.env.SUBSCRIBE_RATE_LIMIT, 10),
  windowMs: () => positiveNumber(process.env.SUBSCRIBE_RATE_WINDOW_MINUTES, 60) * 60_000,
})

/** SIGN_UP_MAILS_PER_ADDRESS (default 3) per SIGN_UP_MAIL_WINDOW_HOURS (default 24). */
export const confirmationMailCap = () => ({
  mails: positiveNumber(process.env.SIGN_UP_MAILS_PER_ADDRESS, 3),
  windowMs: positiveNumber(process.env.SIGN_UP_MAIL_WINDOW_HOURS, 24) * 60 * 60 * 1000,
})

/**
 * The most sign-ups that may wait for their confirmation mail at once (SIGN_UP_QUEUE_LIMIT,
 * default 100). The queue works about ten a minute: past this, a flood from many addresses would
 * make every real sign-up and welcome mail wait behind it, so new ones are asked to come back.
 */
export const signUpQueueLimit = () => positiveNumber(process.env.SIGN_UP_QUEUE_LIMIT, 100)

export type SignUpAdmission = 'admitted' | 'rate-limited' | 'busy'

/**
 * Whether a sign-up may be taken in, before its body is even parsed: the per-client limit (keyed
 * on the address the app's server saw, see src/lib/clientAddress.ts), then the global cap on
 * sign-ups still waiting. Neither answer says anything about the address being signed up.
 */
export const admitSignUp = async ({
  payload,
  headers,
}: {
  payload: Payload
  headers: Headers
}): Promise<SignUpAdmission> => {
  if (!(await subscribeRateLimiter.take({ payload, key: clientAddress(headers) }))) {
    return 'rate-limited'
  }
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: {
      taskSlug: { equals: 'handleSignUp' },
      completedAt: { exists: false },
      hasError: { not_equals: true },
    },
    overrideAccess: true,
  })
  return totalDocs >= signUpQueueLimit() ? 'busy' : 'admitted'
}
