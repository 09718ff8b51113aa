/**
 * A sliding-window limit per key, in memory: enough for one app process, which is how the toolkit
 * runs. Several processes behind a load balancer would each allow the limit.
 */
export const createRateLimiter = ({
  limit,
  windowMs,
  now = Date.now,
}: {
  limit: () => number
  windowMs: () => number
  now?: () => number
}) => {
  const hits = new Map<string, number[]>()
  let lastSweep = 0

  /** Forget keys that have been quiet for a whole window, so the map cannot grow without end. */
  const sweep = (time: number, window: number) => {
    if (time - lastSweep < window) return
    lastSweep = time
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
      const recent = (hits.get(key) ?? []).filter((at) => at > time - window)
      const isAllowed = recent.length < limit()
      if (isAllowed) recent.push(time)
      hits.set(key, recent)
      return isAllowed
    },
    reset: () => hits.clear(),
  }
}

const positiveNumber = (value: string | undefined, fallback: number) => {
  const number = Number(value)
  return Number.isFinite(number) && number > 0 ? number : fallback
}

/**
 * Sign-ups per IP address: SUBSCRIBE_RATE_LIMIT (default 10) per SUBSCRIBE_RATE_WINDOW_MINUTES
 * (default 60), read on every attempt so a change takes effect without a restart.
 */
export const subscribeRateLimiter = createRateLimiter({
  limit: () => positiveNumber(process.env.SUBSCRIBE_RATE_LIMIT, 10),
  windowMs: () => positiveNumber(process.env.SUBSCRIBE_RATE_WINDOW_MINUTES, 60) * 60_000,
})

/**
 * The client's address. Behind a reverse proxy it is the first `X-Forwarded-For` entry, so the
 * proxy must set that header (and strip one the client sent).
 */
export const clientIp = (headers: Headers): string =>
  headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip') || 'unknown'
