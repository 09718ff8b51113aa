/**
 * A real pack mailing through `npm run worker` against the local Resend stand-in at the provider's
 * pace (2 requests per second, 100 per batch, 150 ms per request): 5,000 organisations across the
 * 18 municipalities and 6 languages, so the mail is rendered once per (language, municipality),
 * 108 templates. Prints the send time (start to sent, as the edition records it), the ideal
 * (organisations / (batch size x rate)), their ratio and the worker's peak memory. The last line is
 * one JSON object.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

import { localeCodes } from '@/i18n'

import { compiledEntry } from '../scripts/lib/compiled.js'
import { startFakeResend } from '../test/support/fakeResend'
import { workerNodeArguments } from '../test/support/workerCommand'

const organisations = Number(process.env.BENCH_ORGANISATIONS ?? 5000)
const ratePerSecond = 2
const batchSize = 100
const latencyMs = 150
const projectRoot = path.resolve(import.meta.dirname, '..')

const run = async () => {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samen-veilig-bench-mailing-'))
  const env = {
    ...process.env,
    DATABASE_URL: `file:${path.join(workDir, 'bench.db')}`,
    MEDIA_DIR: path.join(workDir, 'media'),
    PAYLOAD_SECRET: 'bench-secret',
    NEXT_TELEMETRY_DISABLED: '1',
    SEND_RATE_PER_SECOND: String(ratePerSecond),
    SEND_BATCH_SIZE: String(batchSize),
    JOBS_AUTORUN: 'false',
  }
  Object.assign(process.env, env)
  const fake = await startFakeResend({ ratePerSecond, latencyMs })
  process.env.RESEND_API_KEY = fake.apiKey
  process.env.RESEND_BASE_URL = fake.url

  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  try {
    const municipalities = await seed(payload, organisations)
    const edition = await payload.create({
      collection: 'newsletter-editions',
      data: {
        kind: 'pack-mailing',
        title: 'Het pakket voor scholen',
        preheader: 'Kant-en-klare teksten en posters voor uw school.',
        packMailing: { audience: 'schools', message: 'Wij horen graag wat u ervan vindt.' },
        status: 'draft',
      },
    })
    await payload.update({
      collection: 'newsletter-editions',
      id: edition.id,
      data: { status: 'scheduled', sendAt: new Date().toISOString() },
    })

    const worker = spawn(process.execPath, [...workerNodeArguments(), '--exit-when-idle'], {
      cwd: projectRoot,
      env: { ...process.env, RESEND_API_KEY: fake.apiKey, RESEND_BASE_URL: fake.url },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    let peakBytes = 0
    const sampler = setInterval(() => {
      peakBytes = Math.max(peakBytes, peakMemoryOf(worker.pid))
    }, 200)
    const exitCode = await new Promise<number | null>((resolve) => worker.on('exit', resolve))
    clearInterval(sampler)
    if (exitCode !== 0) throw new Error(`The worker stopped with exit code ${exitCode}`)

    const done = await payload.findByID({
      collection: 'newsletter-editions',
      id: edition.id,
      depth: 0,
    })
    const accepted = (
      await payload.count({
        collection: 'deliveries',
        where: { and: [{ edition: { equals: edition.id } }, { state: { equals: 'accepted' } }] },
      })
    ).totalDocs
    const seconds =
      (new Date(done.sending!.finishedAt!).getTime() -
        new Date(done.sending!.startedAt!).getTime()) /
      1000
    const idealSeconds = organisations / (batchSize * ratePerSecond)
    return {
      organisations,
      municipalities,
      languages: localeCodes.length,
      status: done.status,
      accepted,
      messagesAtProvider: fake.messages.length,
      uniqueRecipients: new Set(fake.messages.map((message) => message.to[0])).size,
      requests: fake.requests.length,
      rateLimited: fake.requests.filter((request) => request.status === 429).length,
      seconds: round(seconds),
      idealSeconds: round(idealSeconds),
      ratio: round(seconds / idealSeconds, 3),
      workerPeakMemoryMb: round(peakBytes / 1024 / 1024, 1),
    }
  } finally {
    await payload.destroy()
    await fake.close()
    fs.rmSync(workDir, { recursive: true, force: true })
  }
}

/** Schools written in bulk straight into the table: seeding is not what is measured. */
const seed = async (payload: Payload, count: number) => {
  const { docs } = await payload.find({ collection: 'municipalities', pagination: false })
  const createdAt = new Date(Date.now() - 60_000).toISOString()
  const chunk = 500
  for (let start = 0; start < count; start += chunk) {
    const rows = Array.from({ length: Math.min(chunk, count - start) }, (_, offset) => {
      const index = start + offset
      return {
        name: `School ${index}`,
        kind: 'primary-school',
        audience: 'schools',
        contactName: index % 3 === 0 ? null : `Contact ${index}`,
        email: `school${index}@example.org`,
        language: localeCodes[index % localeCodes.length],
        municipality: docs[index % docs.length].id,
        source: 'import',
        status: 'active',
        createdAt,
        updatedAt: createdAt,
      }
    })
    await payload.db.drizzle.insert(payload.db.tables.organisations).values(rows)
  }
  return docs.length
}

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

const round = (value: number, digits = 1) => Number(value.toFixed(digits))

const main = async () => {
  // The worker bundles itself when its sources changed; do that now, so the measured worker
  // starts as it does in production.
  await compiledEntry('scripts/worker.ts')
  const result = await run()
  console.log(
    `${result.organisations.toLocaleString('nl-NL')} organisaties in ${result.municipalities} gemeenten: ` +
      `${result.seconds} s (ideaal ${result.idealSeconds} s, verhouding ${result.ratio}), ` +
      `piekgeheugen worker ${result.workerPeakMemoryMb} MB, ${result.accepted} geaccepteerd, ` +
      `${result.rateLimited} keer 429`,
  )
  const targets = { maxRatio: 1.05 }
  const isMet =
    result.ratio <= targets.maxRatio &&
    result.accepted === result.organisations &&
    result.uniqueRecipients === result.organisations
  console.log(
    JSON.stringify({
      bench: 'mailing',
      ratePerSecond,
      batchSize,
      latencyMs,
      targets,
      isMet,
      ratio: result.ratio,
      result,
    }),
  )
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
