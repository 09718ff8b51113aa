import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

import { startFakeResend } from '../../test/support/fakeResend'
import { workerNodeArguments } from '../../test/support/workerCommand'

const projectRoot = path.resolve(import.meta.dirname, '../..')

/**
 * Runs `npm run worker --exit-when-idle` (as a deployment starts it, without npm in between) until
 * the queue is empty, and returns the worker's peak resident memory in bytes.
 */
export const runWorkerUntilIdle = async (env: NodeJS.ProcessEnv): Promise<number> =>
  (await runWorkersUntilIdle({ env, count: 1 }))[0]

/**
 * `count` workers started together, as a deployment that added sending capacity runs them, until
 * each finds the queue empty; answers each worker's peak resident memory in bytes.
 */
export const runWorkersUntilIdle = ({
  env,
  count,
}: {
  env: NodeJS.ProcessEnv
  count: number
}): Promise<number[]> =>
  Promise.all(
    Array.from({ length: count }, async () => {
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
      if (exitCode !== 0) throw new Error(`A worker stopped with exit code ${exitCode}`)
      return peakBytes
    }),
  )

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

/**
 * The app's Payload on a fresh database in a temporary folder, sending to a local Resend stand-in
 * at the provider's pace, as a send benchmark needs it; `stop` removes it all again.
 */
export const startBenchApp = async ({
  name,
  ratePerSecond,
  batchSize,
  latencyMs,
}: {
  name: string
  ratePerSecond: number
  batchSize: number
  latencyMs: number
}) => {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `samen-veilig-bench-${name}-`))
  Object.assign(process.env, {
    // As a deployment runs: the schema from the committed migrations, and workers that do not
    // load drizzle-kit to push a development schema (about 25 MB each).
    NODE_ENV: 'production',
    DATABASE_URL: `file:${path.join(workDir, 'bench.db')}`,
    MEDIA_DIR: path.join(workDir, 'media'),
    PAYLOAD_SECRET: 'bench-secret',
    NEXT_TELEMETRY_DISABLED: '1',
    SEND_RATE_PER_SECOND: String(ratePerSecond),
    SEND_BATCH_SIZE: String(batchSize),
    JOBS_AUTORUN: 'false',
  })
  const fake = await startFakeResend({ ratePerSecond, latencyMs })
  process.env.RESEND_API_KEY = fake.apiKey
  process.env.RESEND_BASE_URL = fake.url

  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  const stop = async () => {
    await payload.destroy()
    await fake.close()
    fs.rmSync(workDir, { recursive: true, force: true })
  }
  return { payload, fake, stop }
}
