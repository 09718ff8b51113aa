import { beforeEach, describe, expect, it, vi } from 'vitest'

import { createSharedPacer } from '@/newsletter/delivery/pacer'
import type { TakenSlot } from '@/newsletter/delivery/pacer'

import { useIntegration } from '../support/integration'

const { payload } = useIntegration({ emptyAfterEach: ['send-windows'] })

const ratePerSecond = 3
const marginMs = 30
const lateMs = 100

const turnMs = 400

/** Pacers over the same database: of separate workers, or of several jobs in one worker. */
const workers = (count: number, { isOneProcess = false } = {}) =>
  Array.from({ length: count }, (_, index) =>
    createSharedPacer({
      payload,
      ratePerSecond,
      marginMs,
      lateMs,
      turnMs,
      sender: isOneProcess ? 'worker-1' : `worker-${index + 1}`,
    }),
  )

describe.each([
  { path: 'the SQLite fast path', isGeneric: false },
  { path: 'the Local API path that MongoDB takes', isGeneric: true },
])('the pacer workers share, through $path', ({ isGeneric }) => {
  beforeEach(() => {
    if (isGeneric) vi.stubEnv('GENERIC_DATABASE_PATHS', '1')
  })

  it('should never give the jobs of a worker together more requests per window than the rate', async () => {
    const slotsPerWorker = 4
    const slots: TakenSlot[] = []
    await Promise.all(
      workers(3, { isOneProcess: true }).map(async (pacer) => {
        for (let slot = 0; slot < slotsPerWorker; slot++) {
          const taken = await pacer.waitForSlot()
          if (taken) slots.push(taken)
        }
      }),
    )

    expect(slots).toHaveLength(3 * slotsPerWorker)
    const windows = new Map<number, TakenSlot[]>()
    for (const slot of slots) {
      windows.set(slot.windowStartedAt, [...(windows.get(slot.windowStartedAt) ?? []), slot])
    }
    for (const inWindow of windows.values()) {
      expect(inWindow.length).toBeLessThanOrEqual(ratePerSecond)
      // Every slot of a window went to one worker only.
      expect(new Set(inWindow.map((slot) => slot.used)).size).toBe(inWindow.length)
      // None so late that it could reach the provider after its window ended.
      for (const slot of inWindow) {
        expect(slot.takenAt - slot.windowStartedAt).toBeLessThan(1000 - lateMs)
      }
    }
    const starts = [...windows.keys()].sort((a, b) => a - b)
    for (const [index, start] of starts.slice(1).entries()) {
      expect(start - starts[index]).toBeGreaterThanOrEqual(1000 + marginMs)
    }
  })

  it('should let one worker send at a time and another take over once it is quiet', async () => {
    const [first, second] = workers(2)
    expect(await first.waitForSlot()).toBeDefined()

    expect(await second.waitForSlot()).toBeUndefined()
    expect(await second.hasTurn()).toBe(false)
    expect(await first.hasTurn()).toBe(true)

    await vi.waitUntil(() => second.hasTurn(), { timeout: 10_000, interval: 50 })
    const [window] = (await payload.find({ collection: 'send-windows', limit: 1 })).docs
    expect(Date.now() - window.senderSeenAt).toBeGreaterThanOrEqual(turnMs)
    expect(await second.waitForSlot()).toBeDefined()
    expect(await first.waitForSlot()).toBeUndefined()
  })

  it("should hold every job after one job's 429", async () => {
    const [first, second] = workers(2, { isOneProcess: true })
    await first.waitForSlot()

    await first.holdFor(1)

    expect(first.msUntilSlot()).toBeGreaterThan(0)
    const [window] = (await payload.find({ collection: 'send-windows', limit: 1 })).docs
    const slot = await second.waitForSlot()
    expect(slot?.windowStartedAt).toBeGreaterThanOrEqual(window.heldUntil)
  })
})
