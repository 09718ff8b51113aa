import { sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload, PayloadRequest } from 'payload'

import { sqliteFastPath } from './fastPaths'

export type RateLimitAttempt =
  { isAllowed: true; id: string | number } | { isAllowed: false; retryAfterMs: number }

/** What a limiter asks of the place its attempts are kept. */
export type AttemptStore = {
  /**
   * Counts an attempt at `at` unless `limit` attempts of the key are newer than `since`, in one
   * step so parallel attempts cannot all slip under the limit. Answers the new attempt's id, or
   * the time of the oldest attempt still in the window.
   */
  add: (args: {
    payload: Payload | undefined
    limiter: string
    key: string
    at: number
    since: number
    expiresAt: number
    limit: number
  }) => Promise<{ id: string | number } | { oldestAt: number }>
  remove: (args: {
    payload: Payload | undefined
    id: string | number
    req?: PayloadRequest
  }) => Promise<void>
  clear: (args: { payload: Payload | undefined; limiter: string }) => Promise<void>
  /** Forgets attempts whose window has passed (at most once a minute per process). */
  sweep: (args: { payload: Payload | undefined; now: number }) => Promise<void>
}

/**
 * A sliding-window limit per key: at most `limit()` attempts in the last `windowMs()`, both read
 * on every attempt so a changed setting takes effect without a restart. The attempts live in the
 * database (`rate-limit-hits`), so every app instance on it counts against one limit; an attempt
 * over the limit is not counted, so a client that keeps trying is let in again once its window
 * has passed.
 */
export const createRateLimiter = ({
  name,
  limit,
  windowMs,
  now = Date.now,
  store = databaseAttempts,
}: {
  name: string
  limit: () => number
  windowMs: () => number
  now?: () => number
  store?: AttemptStore
}) => {
  let lastSweep = 0
  const attempt = async ({
    payload,
    key,
  }: {
    payload: Payload | undefined
    key: string
  }): Promise<RateLimitAttempt> => {
    const at = now()
    const window = windowMs()
    if (at - lastSweep >= sweepEveryMs) {
      lastSweep = at
      await store.sweep({ payload, now: at })
    }
    const result = await store.add({
      payload,
      limiter: name,
      key,
      at,
      since: at - window,
      expiresAt: at + window,
      limit: limit(),
    })
    return 'id' in result
      ? { isAllowed: true, id: result.id }
      : { isAllowed: false, retryAfterMs: Math.max(0, result.oldestAt + window - at) }
  }
  return {
    /** Counts one attempt for the key; the attempt's id, or how long until one is allowed. */
    attempt,
    /** Counts one attempt for the key; false when the key is over its limit. */
    take: async (args: { payload: Payload | undefined; key: string }) =>
      (await attempt(args)).isAllowed,
    /** Takes a counted attempt back (pass `req` inside a transaction, so it joins it). */
    forgive: (args: { payload: Payload | undefined; id: string | number; req?: PayloadRequest }) =>
      store.remove(args),
    /** Forgets every key's attempts (tests). */
    reset: ({ payload }: { payload: Payload | undefined }) =>
      store.clear({ payload, limiter: name }),
  }
}

const sweepEveryMs = 60_000
const collection = 'rate-limit-hits'

/** The attempts in the database: shared by every app instance and worker on it. */
export const databaseAttempts: AttemptStore = {
  add: async ({ payload: maybePayload, limiter, key, at, since, expiresAt, limit }) => {
    const payload = required(maybePayload)
    const sqlite = sqliteFastPath(payload)
    if (sqlite) {
      const table = sqlite.tables.rate_limit_hits!
      // One statement: SQLite runs it alone, so the count and the insert cannot be split.
      const inserted = await sqlite.drizzle.all<{ id: number }>(sql`
        insert into ${table} (${sql.identifier('limiter')}, ${sql.identifier('key')}, ${sql.identifier('at')}, ${sql.identifier('expires_at')})
        select ${limiter}, ${key}, ${at}, ${expiresAt}
        where (select count(*) from ${table} where ${table.limiter} = ${limiter} and ${table.key} = ${key} and ${table.at} > ${since}) < ${limit}
        returning ${sql.identifier('id')}`)
      if (inserted[0]) return { id: inserted[0].id }
      return { oldestAt: await oldestAttempt({ payload, limiter, key, since, fallback: at }) }
    }
    // Insert, then count: parallel attempts at the limit may all see each other and all be
    // refused, never all let through.
    const { id } = await payload.create({
      collection,
      data: { limiter, key, at, expiresAt },
      depth: 0,
      select: {},
      overrideAccess: true,
    })
    const { totalDocs } = await payload.count({
      collection,
      where: inWindow({ limiter, key, since }),
      overrideAccess: true,
    })
    if (totalDocs <= limit) return { id }
    await payload.db.deleteOne({ collection, where: { id: { equals: id } } })
    return { oldestAt: await oldestAttempt({ payload, limiter, key, since, fallback: at }) }
  },
  remove: async ({ payload, id, req }) => {
    await required(payload)
      .db.deleteMany({ collection, where: { id: { equals: id } }, req })
      .catch(() => undefined)
  },
  clear: async ({ payload, limiter }) => {
    await required(payload).db.deleteMany({ collection, where: { limiter: { equals: limiter } } })
  },
  sweep: async ({ payload, now }) => {
    await required(payload).db.deleteMany({ collection, where: { expiresAt: { less_than: now } } })
  },
}

/** Attempts in memory, for unit tests of the window: one process only. */
export const memoryAttempts = (): AttemptStore => {
  const rows = new Map<number, { limiter: string; key: string; at: number; expiresAt: number }>()
  let nextId = 1
  const window = (limiter: string, key: string, since: number) =>
    [...rows.values()].filter((row) => row.limiter === limiter && row.key === key && row.at > since)
  return {
    add: async ({ limiter, key, at, since, expiresAt, limit }) => {
      const recent = window(limiter, key, since)
      if (recent.length >= limit) return { oldestAt: Math.min(...recent.map((row) => row.at)) }
      rows.set(nextId, { limiter, key, at, expiresAt })
      return { id: nextId++ }
    },
    remove: async ({ id }) => {
      rows.delete(Number(id))
    },
    clear: async ({ limiter }) => {
      for (const [id, row] of rows) if (row.limiter === limiter) rows.delete(id)
    },
    sweep: async ({ now }) => {
      for (const [id, row] of rows) if (row.expiresAt < now) rows.delete(id)
    },
  }
}

const inWindow = ({ limiter, key, since }: { limiter: string; key: string; since: number }) => ({
  limiter: { equals: limiter },
  key: { equals: key },
  at: { greater_than: since },
})

const oldestAttempt = async ({
  payload,
  limiter,
  key,
  since,
  fallback,
}: {
  payload: Payload
  limiter: string
  key: string
  since: number
  fallback: number
}) => {
  const { docs } = await payload.find({
    collection,
    where: inWindow({ limiter, key, since }),
    sort: 'at',
    limit: 1,
    pagination: false,
    depth: 0,
    select: { at: true },
    overrideAccess: true,
  })
  return docs[0]?.at ?? fallback
}

const required = (payload: Payload | undefined) => {
  if (!payload) throw new Error('A rate limit kept in the database needs `payload`.')
  return payload
}
