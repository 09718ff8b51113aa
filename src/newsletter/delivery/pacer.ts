import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { and, eq, isNull, lte, or, sql } from '@payloadcms/db-sqlite/drizzle'
import { randomUUID } from 'node:crypto'
import os from 'node:os'
import type { Payload } from 'payload'

import { sqliteFastPath } from '@/lib/fastPaths'
import type { SendWindow } from '@/payload-types'

export type Pacer = {
  /**
   * Resolves when one more request fits in the provider's current one-second window, or with
   * undefined when another worker has the turn to send: this one should give way (see below).
   */
  waitForSlot: () => Promise<TakenSlot | undefined>
  /** Whether this worker may send now: nobody else is sending, or it is this one. */
  hasTurn: () => Promise<boolean>
  /** After a 429: no request before `seconds` from now, from any worker. */
  holdFor: (seconds: number) => Promise<void>
  /**
   * How long the next request would have to wait, as far as this worker last saw the window: time
   * it can spend on other work. Other workers may take a free slot first; then it waits anyway.
   */
  msUntilSlot: () => number
}

/**
 * The slot a request got: the `used`-th request of the window that started at `windowStartedAt`,
 * taken at `takenAt`.
 */
export type TakenSlot = { windowStartedAt: number; used: number; takenAt: number }

/** The provider's window as the workers share it (a `send-windows` row). */
type WindowState = {
  windowStartedAt: number
  used: number
  heldUntil: number
  /** The worker whose turn it is, and when it last took a slot. */
  sender: string | null
  senderSeenAt: number
}

/**
 * Mirrors the provider's fixed one-second window, shared by every worker through one database row:
 * `ratePerSecond` requests start together, the next starts when the window has passed, whichever
 * worker sends them. Reacting only to 429s costs a lost second per window, and a fixed gap between
 * requests wastes the time a request takes (see "Measured here" in the design). The margin absorbs
 * the difference between when a slot is taken and when the provider counts the request.
 *
 * One worker sends at a time: its turn lasts while it keeps taking slots and passes when it has been
 * quiet for `turnMs` (done, stopped or died). Measured with two workers taking slots in turn, a
 * worker that stalls longer than the margin between its slot and its request (a busy machine)
 * opens the provider's window late, and the other worker's next request then lands in it: 429s
 * cost 1.2 to 1.9 times the ideal send time. One sender at a time is as fast as the provider
 * allows; the other workers stand by and take over within `turnMs`.
 *
 * Taking a slot is one atomic write: on SQLite one UPDATE that decides in SQL, on the database's
 * clock (a worker waiting for the write lock does not start its window early); elsewhere a
 * compare-and-set on the row's version through the adapter, on the worker's clock (workers on
 * several machines need their clocks in step well within the margin, as NTP keeps them).
 */
export const createSharedPacer = ({
  payload,
  ratePerSecond,
  marginMs = 30,
  lateMs = 100,
  key = 'provider',
  turnMs = 3000,
  sender = processSender,
  sleep = defaultSleep,
}: {
  payload: Payload
  ratePerSecond: number
  marginMs?: number
  /**
   * No request starts in the last part of a window: one that reaches the provider after its
   * window ended opens the provider's next window early, and the two windows no longer line up
   * (the next ones get 429s). With several workers a late slot is common; waiting costs little.
   */
  lateMs?: number
  /** One window per provider account. */
  key?: string
  /** How long a sender may be quiet before another worker takes the turn. */
  turnMs?: number
  /** This worker: one per process, so a worker's next job keeps its turn. */
  sender?: string
  sleep?: (ms: number) => Promise<void>
}): Pacer => {
  const rule = { ratePerSecond, windowMs: 1000 + marginMs, lastStartMs: 1000 - lateMs, turnMs }
  const store = windowStore({ payload, key, rule, sender })
  // What this worker last saw, for `msUntilSlot`.
  let seen: WindowState = {
    windowStartedAt: -Infinity,
    used: 0,
    heldUntil: 0,
    sender: null,
    senderSeenAt: 0,
  }
  const isOthersTurn = (state: WindowState, time: number) =>
    state.sender !== null && state.sender !== sender && time - state.senderSeenAt < turnMs

  return {
    waitForSlot: async () => {
      for (;;) {
        const outcome = await store.take()
        seen = outcome.state
        if (outcome.isTaken) {
          return { windowStartedAt: seen.windowStartedAt, used: seen.used, takenAt: outcome.time }
        }
        if (isOthersTurn(seen, outcome.time)) return undefined
        const waitMs = msUntilFree(seen, outcome.time, rule)
        // Lost a race for the last slot to another worker: try again at once.
        if (waitMs > 0) await sleep(waitMs)
      }
    },
    hasTurn: async () => {
      const outcome = await store.read()
      seen = outcome.state
      return !isOthersTurn(seen, outcome.time)
    },
    msUntilSlot: () => msUntilFree(seen, Date.now(), rule),
    holdFor: async (seconds) => {
      seen = (await store.hold(seconds * 1000 + marginMs)).state
    },
  }
}

type Rule = { ratePerSecond: number; windowMs: number; lastStartMs: number; turnMs: number }

/** This process as a sender: host and process id for the logs, a random part so it is unique. */
const processSender = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`

/**
 * How long until a request may start: the window is full or nearly over, or a 429 asked everyone
 * to wait.
 */
const msUntilFree = (state: WindowState, time: number, rule: Rule) => {
  const windowEnd = state.windowStartedAt + rule.windowMs
  const isInWindow = time < windowEnd
  const hasRoom = state.used < rule.ratePerSecond && time - state.windowStartedAt < rule.lastStartMs
  const untilWindow = !isInWindow || hasRoom ? 0 : windowEnd - time
  return Math.max(untilWindow, state.heldUntil - time, 0)
}

type Outcome = { isTaken: boolean; state: WindowState; time: number }

type WindowStore = {
  /** Takes a slot when one is free now; answers the window as it is either way. */
  take: () => Promise<Outcome>
  /** Holds every worker for `ms` from now (or longer, if already held longer). */
  hold: (ms: number) => Promise<Outcome>
  read: () => Promise<Omit<Outcome, 'isTaken'>>
}

const windowStore = ({
  payload,
  key,
  rule,
  sender,
}: {
  payload: Payload
  key: string
  rule: Rule
  sender: string
}): WindowStore => {
  const sqlite = sqliteFastPath(payload)
  return sqlite
    ? sqliteWindowStore({ sqlite, key, rule, sender })
    : adapterWindowStore({ payload, key, rule, sender })
}

/**
 * One statement per step, deciding as `msUntilFree` does, with `now` the database's clock at the
 * moment the statement runs (SQLite keeps 'now' the same within one statement).
 */
const sqliteWindowStore = ({
  sqlite,
  key,
  rule,
  sender,
}: {
  sqlite: SQLiteAdapter
  key: string
  rule: Rule
  sender: string
}): WindowStore => {
  const table = sqlite.tables.send_windows
  const now = sql<number>`cast(round((julianday('now') - 2440587.5) * 86400000) as integer)`
  const isWindowOver = sql`${now} - ${table.windowStartedAt} >= ${rule.windowMs}`
  const columns = {
    windowStartedAt: table.windowStartedAt,
    used: table.used,
    heldUntil: table.heldUntil,
    sender: table.sender,
    senderSeenAt: table.senderSeenAt,
    time: now,
  }

  const read = async (): Promise<Omit<Outcome, 'isTaken'>> => {
    const [row] = await sqlite.drizzle.select(columns).from(table).where(eq(table.key, key))
    if (row) return toOutcome(row)
    const timestamp = new Date().toISOString()
    await sqlite.drizzle
      .insert(table)
      .values({
        key,
        windowStartedAt: 0,
        used: 0,
        heldUntil: 0,
        senderSeenAt: 0,
        version: 0,
        createdAt: timestamp,
        updatedAt: timestamp,
      })
      .onConflictDoNothing()
    return read()
  }

  return {
    take: async () => {
      const [row] = await sqlite.drizzle
        .update(table)
        .set({
          windowStartedAt: sql`case when ${isWindowOver} then ${now} else ${table.windowStartedAt} end`,
          used: sql`case when ${isWindowOver} then 1 else ${table.used} + 1 end`,
          sender,
          senderSeenAt: now,
          version: sql`${table.version} + 1`,
        })
        .where(
          and(
            eq(table.key, key),
            lte(table.heldUntil, now),
            or(
              isNull(table.sender),
              eq(table.sender, sender),
              sql`${now} - ${table.senderSeenAt} >= ${rule.turnMs}`,
            ),
            or(
              isWindowOver,
              and(
                sql`${table.used} < ${rule.ratePerSecond}`,
                sql`${now} - ${table.windowStartedAt} < ${rule.lastStartMs}`,
              ),
            ),
          ),
        )
        .returning(columns)
      if (row) return { isTaken: true, ...toOutcome(row) }
      return { isTaken: false, ...(await read()) }
    },
    hold: async (ms) => {
      await read()
      const [row] = await sqlite.drizzle
        .update(table)
        .set({
          heldUntil: sql`max(${table.heldUntil}, ${now} + ${ms})`,
          version: sql`${table.version} + 1`,
        })
        .where(eq(table.key, key))
        .returning(columns)
      return { isTaken: false, ...toOutcome(row) }
    },
    read,
  }
}

const toOutcome = (row: WindowState & { time: number }) => ({
  state: {
    windowStartedAt: Number(row.windowStartedAt),
    used: Number(row.used),
    heldUntil: Number(row.heldUntil),
    sender: row.sender ?? null,
    senderSeenAt: Number(row.senderSeenAt ?? 0),
  },
  time: Number(row.time),
})

/**
 * Read, decide, and write only if nobody wrote in between (the version did not change): the
 * adapter turns an update with a `where` into one conditional write on every database.
 */
const adapterWindowStore = ({
  payload,
  key,
  rule,
  sender,
}: {
  payload: Payload
  key: string
  rule: Rule
  sender: string
}): WindowStore => {
  const read = async (): Promise<SendWindow> => {
    const row = await payload.db.findOne<SendWindow>({
      collection: 'send-windows',
      where: { key: { equals: key } },
    })
    if (row) return row
    // Of workers starting together, one creates the row; the others find it.
    await payload.db
      .create({
        collection: 'send-windows',
        data: { key, windowStartedAt: 0, used: 0, heldUntil: 0, senderSeenAt: 0, version: 0 },
      })
      .catch(() => undefined)
    return read()
  }

  /** The row as written, or undefined when another worker wrote first. */
  const writeIfUnchanged = async (row: SendWindow, data: Partial<WindowState>) => {
    const version = row.version + 1
    const written = await payload.db.updateOne({
      collection: 'send-windows',
      where: { and: [{ key: { equals: key } }, { version: { equals: row.version } }] },
      data: { ...data, version },
    })
    return written ? { ...row, ...data, version } : undefined
  }

  return {
    take: async () => {
      for (;;) {
        const found = await read()
        const row = stateOf(found)
        const time = Date.now()
        const isOthersTurn =
          row.sender !== null && row.sender !== sender && time - row.senderSeenAt < rule.turnMs
        if (isOthersTurn || msUntilFree(row, time, rule) > 0) {
          return { isTaken: false, state: row, time }
        }
        const isWindowOver = time - row.windowStartedAt >= rule.windowMs
        const written = await writeIfUnchanged(found, {
          ...(isWindowOver ? { windowStartedAt: time, used: 1 } : { used: row.used + 1 }),
          sender,
          senderSeenAt: time,
        })
        if (written) return { isTaken: true, state: stateOf(written), time }
      }
    },
    hold: async (ms) => {
      for (;;) {
        const row = await read()
        const time = Date.now()
        const written = await writeIfUnchanged(row, {
          heldUntil: Math.max(row.heldUntil, time + ms),
        })
        if (written) return { isTaken: false, state: stateOf(written), time }
      }
    },
    read: async () => ({ state: stateOf(await read()), time: Date.now() }),
  }
}

const stateOf = (row: WindowState | SendWindow): WindowState => ({
  windowStartedAt: row.windowStartedAt,
  used: row.used,
  heldUntil: row.heldUntil,
  sender: row.sender ?? null,
  senderSeenAt: row.senderSeenAt ?? 0,
})

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
