import type { Payload } from 'payload'

/**
 * How the job queues stand, for `GET /api/health` and `GET /api/metrics`: how many jobs wait per
 * queue, and how long the oldest job that is due has waited. A job is due from its `waitUntil`
 * (a scheduled send, a retry) or, without one, from when it was made; jobs that finished or gave
 * up (`hasError`) do not count.
 */

const unfinished = {
  completedAt: { exists: false },
  hasError: { not_equals: true },
} as const

/** Seconds the oldest due, unfinished job has waited; 0 when none waits. */
export const jobLagSeconds = async (payload: Payload, now = new Date()): Promise<number> => {
  const [scheduled, unscheduled] = await Promise.all([
    payload.find({
      collection: 'payload-jobs',
      where: { ...unfinished, waitUntil: { less_than_equal: now.toISOString() } },
      sort: 'waitUntil',
      limit: 1,
      depth: 0,
      pagination: false,
      select: { waitUntil: true },
      overrideAccess: true,
    }),
    payload.find({
      collection: 'payload-jobs',
      where: { ...unfinished, waitUntil: { exists: false } },
      sort: 'createdAt',
      limit: 1,
      depth: 0,
      pagination: false,
      select: { createdAt: true },
      overrideAccess: true,
    }),
  ])
  const dueSince = [scheduled.docs[0]?.waitUntil, unscheduled.docs[0]?.createdAt]
    .filter((value): value is string => Boolean(value))
    .map((value) => new Date(value).getTime())
  if (dueSince.length === 0) return 0
  return Math.max(0, Math.floor((now.getTime() - Math.min(...dueSince)) / 1000))
}

/** Unfinished jobs per queue the app works (the autorun queues and `default`). */
export const jobQueueDepths = async (payload: Payload): Promise<Record<string, number>> => {
  const entries = await Promise.all(
    knownQueues(payload).map(async (queue) => {
      const { totalDocs } = await payload.count({
        collection: 'payload-jobs',
        where: { ...unfinished, queue: { equals: queue } },
        overrideAccess: true,
      })
      return [queue, totalDocs] as const
    }),
  )
  return Object.fromEntries(entries)
}

const knownQueues = (payload: Payload) => {
  const { autoRun } = payload.config.jobs
  const configured = Array.isArray(autoRun) ? autoRun.map(({ queue }) => queue) : []
  return [...new Set(['default', ...configured.filter((queue): queue is string => !!queue)])]
}
