import crypto from 'node:crypto'
import { promisify } from 'node:util'
import { APIError } from 'payload'
import type { CollectionAfterLoginHook, CollectionBeforeOperationHook, Payload } from 'payload'

import { adminT } from '@/i18n/admin'
import { clientAddress } from '@/lib/clientAddress'
import { positiveNumber } from '@/lib/env'
import { createRateLimiter } from '@/lib/rateLimits'

/**
 * Login attempts per client that did not end in a session: LOGIN_FAILURE_LIMIT (default 10) per
 * LOGIN_FAILURE_WINDOW_MINUTES (default 15), read on every attempt.
 */
export const loginThrottleSettings = (env: NodeJS.ProcessEnv = process.env) => ({
  limit: Math.floor(positiveNumber(env.LOGIN_FAILURE_LIMIT, 10)),
  windowMs: positiveNumber(env.LOGIN_FAILURE_WINDOW_MINUTES, 15) * 60_000,
})

/**
 * Guessing passwords is stopped per client, before Payload looks at the account: a client with
 * too many failed attempts in the window gets 429 and a message in its language, whichever
 * account it tries. So nobody can lock an editor out by knowing their address (the account lock
 * is off, see the users collection). An attempt counts when it starts, so a burst of parallel
 * guesses is held too; a successful login takes its own attempt back (`forgiveSuccessfulLogin`),
 * so colleagues behind one office address are not held by each other's logins.
 *
 * An unknown address costs the same as a known one: Payload answers it without hashing the
 * password, about 120 ms sooner, which would tell who has an account.
 * Local API logins (the app's own code and tests) are neither throttled nor timed.
 */
export const guardLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' || req.payloadAPI === 'local') return args
  const attempt = await loginLimiter.attempt({
    payload: req.payload,
    key: clientAddress(req.headers),
  })
  if (!attempt.isAllowed) {
    const minutes = Math.max(1, Math.ceil(attempt.retryAfterMs / 60_000))
    req.responseHeaders = new Headers({ 'Retry-After': String(minutes * 60) })
    throw new APIError(
      adminT(req)('custom:responses:loginThrottled', { count: minutes }),
      429,
      { retryAfterSeconds: minutes * 60 },
      true,
    )
  }
  req.context.loginAttempt = attempt.id
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  if (typeof email === 'string' && typeof password === 'string' && password.trim()) {
    await hashAsPayloadWouldForUnknownAccount({ req, email, password })
  }
  return args
}

/** A login that opened a session was no guess: it does not count against its client. */
export const forgiveSuccessfulLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const id = req.context.loginAttempt as string | number | undefined
  // Through `req`: inside the login's transaction, so it is taken back only if the login holds.
  if (id !== undefined) await loginLimiter.forgive({ payload: req.payload, id, req })
  return user
}

/** Forgets every client's attempts (tests). */
export const resetLoginThrottle = ({ payload }: { payload: Payload }) =>
  loginLimiter.reset({ payload })

/** Counted in the database (src/lib/rateLimits.ts): every app instance holds one limit. */
const loginLimiter = createRateLimiter({
  name: 'login',
  limit: () => loginThrottleSettings().limit,
  windowMs: () => loginThrottleSettings().windowMs,
})

/** Payload's current password hash: PBKDF2-SHA256, 600,000 iterations, 32 bytes. */
const payloadHashParameters = { iterations: 600_000, keyLength: 32, digest: 'sha256' }

const pbkdf2 = promisify(crypto.pbkdf2)

const hashAsPayloadWouldForUnknownAccount = async ({
  req,
  email,
  password,
}: {
  req: Parameters<CollectionBeforeOperationHook>[0]['req']
  email: string
  password: string
}) => {
  // The same lookup Payload's login makes next (lower-cased, trimmed address).
  const account = await req.payload.db.findOne({
    collection: 'users',
    where: { email: { equals: email.toLowerCase().trim() } },
    req,
  })
  if (account) return
  const { iterations, keyLength, digest } = payloadHashParameters
  await pbkdf2(password, crypto.randomBytes(32).toString('hex'), iterations, keyLength, digest)
}
