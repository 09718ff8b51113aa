import type { Payload } from 'payload'

import { clientAddress } from '@/lib/clientAddress'

/**
 * A sliding-window limit per key, in memory: enough for one app process, which is how the toolkit
 * runs. Several processes behind a load balancer would each allow the limit.
 */
export const createRateLimiter = ({
  name,
  limit,
  windowMs,
  now = Date.now,
}: {
  /** Limiters of one name share their counts in the process (see `sharedHits`). */
  name?: string
  limit: () => number
  windowMs: () => number
  now?: () => number
}) => {
  let known: Map<string, number[]> | undefined
  // Looked up on first use: the limiters below are made while this module is still loading.
  const hitsOf = () => (known ??= name ? sharedHits(name) : new Map<string, number[]>())
  let lastSweep = 0

  /** Forget keys that have been quiet for a whole window, so the map cannot grow without end. */
  const sweep = (time: number, window: number) => {
    if (time - lastSweep < window) return
    lastSweep = time
    const hits = hitsOf()
    for (const [key, times] of hits) {
      if (times[times.length - 1]! <= time - window) hits.delete(key)
    }
  }

  return {
    /** Counts one attempt for the key; false when the key is over its limit. */
    take: (key: string): boolean => {
      const time = now()
      const window = windowMs()
      sweep(time, window)
      const hits = hitsOf()
      const recent = (hits.get(key) ?? []).filter((at) => at > time - window)
      const isAllowed = recent.length < limit()
      if (isAllowed) recent.push(time)
      hits.set(key, recent)
      return isAllowed
    },
    reset: () => hitsOf().clear(),
  }
}

const positiveNumber = (value: string | undefined, fallback: number) => {
  const number = Number(value)
  return Number.isFinite(number) && number > 0 ? number : fallback
}

/**
 * Sign-ups per client address: SUBSCRIBE_RATE_LIMIT (default 10) per SUBSCRIBE_RATE_WINDOW_MINUTES
 * (default 60), read on every attempt so a change takes effect without a restart.
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
  if (!subscribeRateLimiter.take(clientAddress(headers))) return 'rate-limited'
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

/**
 * The counts of a named limiter, kept on the process rather than the module: Next.js bundles the
 * API routes and the pages' server actions separately, each with its own copy of this module, and
 * the form and the endpoint must count against one limit.
 */
const sharedHits = (name: string) => {
  const registry = ((globalThis as Record<symbol, unknown>)[registryKey] ??= new Map()) as Map<
    string,
    Map<string, number[]>
  >
  let hits = registry.get(name)
  if (!hits) registry.set(name, (hits = new Map()))
  return hits
}

const registryKey = Symbol.for('samen-veilig:rate-limits')
