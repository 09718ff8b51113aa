import crypto from 'node:crypto'
import { promisify } from 'node:util'
import { APIError } from 'payload'
import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { adminT } from '@/i18n/admin'
import { clientAddress } from '@/lib/clientAddress'
import { positiveNumber } from '@/lib/env'

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
  const client = clientAddress(req.headers)
  const now = Date.now()
  const { limit, windowMs } = loginThrottleSettings()
  const recent = recentAttempts({ client, now, windowMs })
  if (recent.length >= limit) {
    const minutes = Math.max(1, Math.ceil((recent[0]! + windowMs - now) / 60_000))
    req.responseHeaders = new Headers({ 'Retry-After': String(minutes * 60) })
    throw new APIError(
      adminT(req)('custom:responses:loginThrottled', { count: minutes }),
      429,
      { retryAfterSeconds: minutes * 60 },
      true,
    )
  }
  recent.push(now)
  attemptsByClient.set(client, recent)
  req.context.loginAttempt = { client, at: now }
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  if (typeof email === 'string' && typeof password === 'string' && password.trim()) {
    await hashAsPayloadWouldForUnknownAccount({ req, email, password })
  }
  return args
}

/** A login that opened a session was no guess: it does not count against its client. */
export const forgiveSuccessfulLogin: CollectionAfterLoginHook = ({ req, user }) => {
  const attempt = req.context.loginAttempt as { client: string; at: number } | undefined
  const recent = attempt && attemptsByClient.get(attempt.client)
  const index = recent?.indexOf(attempt!.at) ?? -1
  if (index >= 0) recent!.splice(index, 1)
  return user
}

/** Forgets every client's attempts (tests). */
export const resetLoginThrottle = () => attemptsByClient.clear()

const attemptsByClient = new Map<string, number[]>()
let lastSweep = 0

/** The client's attempts in the window; clients quiet for a whole window are forgotten. */
const recentAttempts = ({
  client,
  now,
  windowMs,
}: {
  client: string
  now: number
  windowMs: number
}) => {
  if (now - lastSweep >= windowMs) {
    lastSweep = now
    for (const [key, times] of attemptsByClient) {
      if (times[times.length - 1]! <= now - windowMs) attemptsByClient.delete(key)
    }
  }
  return (attemptsByClient.get(client) ?? []).filter((at) => at > now - windowMs)
}

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
