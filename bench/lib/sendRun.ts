import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { workerNodeArguments } from '../../test/support/workerCommand'

const projectRoot = path.resolve(import.meta.dirname, '../..')

/**
 * Runs `npm run worker --exit-when-idle` (as a deployment starts it, without npm in between) until
 * the queue is empty, and returns the worker's peak resident memory in bytes.
 */
export const runWorkerUntilIdle = async (env: NodeJS.ProcessEnv): Promise<number> => {
  const worker = spawn(process.execPath, [...workerNodeArguments(), '--exit-when-idle'], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  let peakBytes = 0
  const sampler = setInterval(() => {
    peakBytes = Math.max(peakBytes, peakMemoryOf(worker.pid))
  }, 200)
  const exitCode = await new Promise<number | null>((resolve) => worker.on('exit', resolve))
  clearInterval(sampler)
  if (exitCode !== 0) throw new Error(`The worker stopped with exit code ${exitCode}`)
  return peakBytes
}

/**
 * What a finished send took, as the edition records it (start to sent), against the ideal at the
 * provider's pace: recipients / (batch size x rate).
 */
export const sendFigures = async ({
  payload,
  editionId,
  recipients,
  batchSize,
  ratePerSecond,
}: {
  payload: Payload
  editionId: string | number
  recipients: number
  batchSize: number
  ratePerSecond: number
}) => {
  const done = await payload.findByID({
    collection: 'newsletter-editions',
    id: editionId,
    depth: 0,
  })
  const accepted = (
    await payload.count({
      collection: 'deliveries',
      where: { and: [{ edition: { equals: editionId } }, { state: { equals: 'accepted' } }] },
    })
  ).totalDocs
  const seconds =
    (new Date(done.sending!.finishedAt!).getTime() - new Date(done.sending!.startedAt!).getTime()) /
    1000
  const idealSeconds = recipients / (batchSize * ratePerSecond)
  return {
    status: done.status,
    accepted,
    seconds: round(seconds),
    idealSeconds: round(idealSeconds),
    ratio: round(seconds / idealSeconds, 3),
  }
}

export const round = (value: number, digits = 1) => Number(value.toFixed(digits))

/** The high-water mark of the process's resident memory, as Linux keeps it. */
const peakMemoryOf = (pid: number | undefined) => {
  if (!pid) return 0
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const match = /VmHWM:\s+(\d+) kB/.exec(status)
    return match ? Number(match[1]) * 1024 : 0
  } catch {
    return 0
  }
}
