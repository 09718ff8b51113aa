import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { idFromText } from '@/lib/ids'
import { waitingJobInputs } from '@/lib/jobs'
import type { NewsletterEdition } from '@/payload-types'

import { startIfDue } from './control'
import { runEditionSend } from './sendEdition'
import { sendSettings } from './settings'

/** The queue the server's autorun and `npm run worker` both work through. */
export const sendingQueue = 'sending'

/**
 * Starts a due edition and works on it for one job's budget; when there is more to do, the next
 * job picks it up, so a long send never blocks the queue for other jobs.
 */
export const sendEditionTask: TaskConfig<'sendEdition'> = {
  slug: 'sendEdition',
  label: 'Editie verzenden',
  inputSchema: [{ name: 'editionId', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  // The engine retries requests itself; a job that still fails (say the database was busy) is
  // tried again, and a dead worker's job is replaced by `dispatchSends`.
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 2000 } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const editionId = idFromText(payload, input.editionId)
    await startIfDue(payload, editionId)
    const outcome = await runEditionSend({ payload, editionId })
    if (outcome === 'continue') await queueSend({ payload, editionId, delaySeconds: 1, req })
    return { output: { outcome } }
  },
}

/** Every minute in the server (and on every round of the worker): see `dispatchSends`. */
export const dispatchSendsTask: TaskConfig<'dispatchSends'> = {
  slug: 'dispatchSends',
  label: 'Geplande en onderbroken verzendingen oppakken',
  inputSchema: [],
  outputSchema: [],
  schedule: [{ cron: '* * * * *', queue: sendingQueue }],
  handler: async ({ req }) => {
    await dispatchSends(req.payload)
    return { output: {} }
  },
}

export const queueSend = ({
  payload,
  editionId,
  sendAt,
  delaySeconds,
  req,
}: {
  payload: Payload
  editionId: string | number
  sendAt?: string | null
  delaySeconds?: number
  req?: PayloadRequest
}) =>
  payload.jobs.queue({
    task: 'sendEdition',
    queue: sendingQueue,
    input: { editionId: String(editionId) },
    waitUntil: sendAt
      ? new Date(sendAt)
      : delaySeconds
        ? new Date(Date.now() + delaySeconds * 1000)
        : undefined,
    req,
  })

/**
 * The safety net that makes a send survive anything: editions whose moment has passed without a
 * job (its job was lost), and editions that are sending but show no sign of life for a lease
 * (their worker was killed) get a fresh job. Running it too often is harmless: batches are
 * claimed one worker at a time, whatever the number of jobs.
 */
export const dispatchSends = async (payload: Payload) => {
  const { leaseSeconds } = sendSettings()
  const now = Date.now()
  const { docs: editions } = await payload.db.find<NewsletterEdition>({
    collection: 'newsletter-editions',
    where: {
      or: [
        {
          and: [
            { status: { equals: 'scheduled' } },
            { sendAt: { less_than_equal: new Date(now).toISOString() } },
          ],
        },
        { status: { equals: 'sending' } },
      ],
    },
    pagination: false,
    limit: 0,
  })
  for (const edition of editions) {
    if (await hasWaitingJob(payload, edition.id)) continue
    const lastSignOfLife = await lastActivity(payload, edition)
    if (edition.status === 'sending' && lastSignOfLife > now - leaseSeconds * 1000) continue
    await queueSend({ payload, editionId: edition.id })
  }
}

const hasWaitingJob = async (payload: Payload, editionId: string | number) =>
  (await waitingJobInputs(payload, 'sendEdition')).some(
    (input) => String(input.editionId) === String(editionId),
  )

/** The last claim or heartbeat on one of the edition's batches, or the start of the send. */
const lastActivity = async (payload: Payload, edition: NewsletterEdition) => {
  const { docs } = await payload.db.find<{ heartbeatAt: string }>({
    collection: 'delivery-claims',
    where: { edition: { equals: edition.id } },
    sort: '-heartbeatAt',
    limit: 1,
    pagination: false,
    select: { heartbeatAt: true },
  })
  return Math.max(
    docs[0]?.heartbeatAt ? new Date(docs[0].heartbeatAt).getTime() : 0,
    edition.sending?.startedAt ? new Date(edition.sending.startedAt).getTime() : 0,
  )
}

/**
 * A worker with no job of its own joins the editions that are sending: the worker whose turn it is
 * at the provider's window (see the pacer) keeps sending between its jobs, and the others take
 * over within seconds when it stops. True when a send finished here.
 */
export const joinSends = async (payload: Payload) => {
  const { docs: editions } = await payload.db.find<NewsletterEdition>({
    collection: 'newsletter-editions',
    where: { status: { equals: 'sending' } },
    pagination: false,
    limit: 0,
    select: { id: true },
  })
  let hasFinished = false
  for (const { id } of editions) {
    if ((await runEditionSend({ payload, editionId: id })) === 'sent') hasFinished = true
  }
  return hasFinished
}

export const deliveryTasks = [sendEditionTask, dispatchSendsTask]

/** Every five seconds, so a send scheduled for "now" starts without a noticeable wait. */
export const deliveryAutoRun = [
  { cron: '*/5 * * * * *', queue: sendingQueue, limit: 5 },
  { cron: '* * * * *', queue: 'default', limit: 10 },
]
