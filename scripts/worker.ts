/**
 * `npm run worker`: works through the same job queues as the server, in its own process, so a
 * deployment can add sending capacity (and a send survives the web server restarting). Any
 * number of workers may run; batches are claimed by one worker at a time.
 *
 * `--exit-when-idle` stops once nothing is due or sending (tests and the benchmark use it).
 */
import { getPayload } from 'payload'

import { dispatchSends, sendingQueue } from '@/newsletter/delivery/jobs'

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
    // Queues the scheduled tasks (the daily campaign reminders, ...) whose time has come, as the
    // server's autorun does.
    await payload.jobs.handleSchedules({ allQueues: true })
    await dispatchSends(payload)
    const sending = await payload.jobs.run({ queue: sendingQueue, limit: 10 })
    const other = await payload.jobs.run({ allQueues: true, limit: 10 })
    const hasRunJobs =
      Object.keys(sending.jobStatus ?? {}).length + Object.keys(other.jobStatus ?? {}).length > 0
    if (hasRunJobs) continue
    if (isExitWhenIdle && !(await hasOpenSends(payload))) break
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
  await payload.destroy()
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
