export type Pacer = {
  /** Resolves when one more request fits in the provider's current one-second window. */
  waitForSlot: () => Promise<void>
  /** After a 429: no request before `seconds` from now. */
  holdFor: (seconds: number) => void
  /** How long the next request would have to wait: time the sender can spend on other work. */
  msUntilSlot: () => number
}

/**
 * Mirrors the provider's fixed one-second window: `ratePerSecond` requests start together, the
 * next starts when the window has passed. Reacting only to 429s costs a lost second per window,
 * and a fixed gap between requests wastes the time a request takes (see "Measured here" in the
 * design). The margin absorbs the difference between when we start and when the provider counts.
 */
export const createWindowPacer = ({
  ratePerSecond,
  marginMs = 30,
  now = Date.now,
  sleep = defaultSleep,
}: {
  ratePerSecond: number
  marginMs?: number
  now?: () => number
  sleep?: (ms: number) => Promise<void>
}): Pacer => {
  const windowMs = 1000 + marginMs
  let windowStartedAt = -Infinity
  let used = 0
  let heldUntil = 0

  return {
    waitForSlot: async () => {
      for (;;) {
        const time = now()
        if (time < heldUntil) {
          await sleep(heldUntil - time)
          continue
        }
        if (time - windowStartedAt >= windowMs) {
          windowStartedAt = time
          used = 0
        }
        if (used < ratePerSecond) {
          used += 1
          return
        }
        await sleep(windowStartedAt + windowMs - time)
      }
    },
    msUntilSlot: () => {
      const time = now()
      const windowEnd = windowStartedAt + windowMs
      const untilWindow = used < ratePerSecond || time >= windowEnd ? 0 : windowEnd - time
      return Math.max(untilWindow, heldUntil - time, 0)
    },
    holdFor: (seconds) => {
      heldUntil = Math.max(heldUntil, now() + seconds * 1000 + marginMs)
    },
  }
}

/**
 * One pacer per process and rate: every send job in a worker shares the provider's limit, and a
 * job that hands over to the next one does not start a fresh window that would collide with the
 * provider's.
 */
export const sharedPacer = (ratePerSecond: number): Pacer => {
  let pacer = pacers.get(ratePerSecond)
  if (!pacer) {
    pacer = createWindowPacer({ ratePerSecond })
    pacers.set(ratePerSecond, pacer)
  }
  return pacer
}

const pacers = new Map<number, Pacer>()

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
