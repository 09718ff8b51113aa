/**
 * `npm run worker`: works through the same job queues as the server, in its own process, so a
 * deployment can add sending capacity (and a send survives the web server restarting). Any
 * number of workers may run; batches are claimed by one worker at a time, and a worker without a
 * job of its own helps with the editions that are sending.
 *
 * `--exit-when-idle` stops once nothing is due or sending (tests and the benchmark use it).
 */
import { getPayload } from 'payload'

import { dispatchSends, joinSends, sendingQueue } from '@/newsletter/delivery/jobs'

const pollMs = 1000

const main = async () => {
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  const isExitWhenIdle = process.argv.includes('--exit-when-idle')
  let isStopping = false
  const stop = () => {
    isStopping = true
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
  payload.logger.info(`Worker gestart (wachtrijen: ${sendingQueue}, default).`)

  while (!isStopping) {
    const round = await workOneRound(payload).catch((error: unknown) => {
      // Payload claims a job with a read and then a write, so on SQLite two workers can take the
      // same job, and the one that finishes second finds it deleted. The send itself is safe to
      // run twice (claims, keys); a worker that stopped here would only leave capacity unused.
      payload.logger.error(
        { err: error },
        'Ronde van de worker mislukt; de volgende ronde gaat door.',
      )
      return 'failed' as const
    })
    if (round === 'worked') continue
    if (round === 'idle' && isExitWhenIdle && !(await hasOpenSends(payload))) break
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
  await payload.destroy()
}

/** Runs what is due once: 'worked' when there may be more to do at once. */
const workOneRound = async (payload: Awaited<ReturnType<typeof getPayload>>) => {
  // Queues the scheduled tasks (the daily campaign reminders, ...) whose time has come, as the
  // server's autorun does.
  await payload.jobs.handleSchedules({ allQueues: true })
  await dispatchSends(payload)
  const sending = await payload.jobs.run({ queue: sendingQueue, limit: 10 })
  const other = await payload.jobs.run({ allQueues: true, limit: 10 })
  const hasRunJobs =
    Object.keys(sending.jobStatus ?? {}).length + Object.keys(other.jobStatus ?? {}).length > 0
  if (hasRunJobs || (await joinSends(payload))) return 'worked'
  return 'idle'
}

/** Editions still to be sent now: due ones and ones sending (paused ones wait for a person). */
const hasOpenSends = async (payload: Awaited<ReturnType<typeof getPayload>>) =>
  (
    await payload.count({
      collection: 'newsletter-editions',
      where: {
        or: [
          { status: { equals: 'sending' } },
          {
            and: [
              { status: { equals: 'scheduled' } },
              { sendAt: { less_than_equal: new Date().toISOString() } },
            ],
          },
        ],
      },
      overrideAccess: true,
    })
  ).totalDocs > 0

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
    process.exit(1)
  },
)
