/**
 * A real send through `npm run worker` against the local Resend stand-in at the provider's pace:
 * 2 requests per second, 100 per batch, 150 ms per request, recipients in six languages. Prints
 * per size the send time (start to sent, as the edition records it), the ideal (recipients /
 * (batch size x rate)), their ratio and each worker's peak memory. The last line is one JSON object.
 *
 * BENCH_WORKERS workers (default 2) send together, as a deployment that added sending capacity
 * runs them: they share the provider's rate, and the stand-in answers 429 to every request beyond
 * it, whichever worker sent it. BENCH_SIZES=10000 runs only the smaller size (the 100,000 run
 * takes about nine minutes).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'

import { localeCodes } from '@/i18n'

import { compiledEntry } from '../scripts/lib/compiled.js'
import { round, runWorkersUntilIdle, sendFigures, startBenchApp } from './lib/sendRun'

const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number)
const workers = Math.max(1, Math.floor(Number(process.env.BENCH_WORKERS ?? 2)))
const ratePerSecond = 2
const batchSize = 100
const latencyMs = 150

const runSize = async (recipients: number) => {
  const { payload, fake, stop } = await startBenchApp({
    name: 'send',
    ratePerSecond,
    batchSize,
    latencyMs,
  })
  try {
    await seed(payload, recipients)
    const block = await payload.create({
      collection: 'building-blocks',
      data: {
        title: 'Arnhem kleurt oranje',
        kind: 'news',
        reviewStatus: 'approved',
        municipality: (await payload.find({ collection: 'municipalities', limit: 1 })).docs[0].id,
      },
      context: { skipReviewWorkflow: true },
    })
    const edition = await payload.create({
      collection: 'newsletter-editions',
      data: {
        title: 'Nieuwsbrief benchmark',
        intro: 'Een korte inleiding.',
        status: 'draft',
        sections: [{ heading: 'Uit de regio', blocks: [block.id] }],
      },
    })
    await payload.update({
      collection: 'newsletter-editions',
      id: edition.id,
      data: { status: 'scheduled', sendAt: new Date().toISOString() },
    })

    const peakBytes = await runWorkersUntilIdle({
      env: { ...process.env, RESEND_API_KEY: fake.apiKey, RESEND_BASE_URL: fake.url },
      count: workers,
    })
    const peakRssMb = peakBytes.map((bytes) => round(bytes / 1024 / 1024, 1))
    const figures = await sendFigures({
      payload,
      editionId: edition.id,
      recipients,
      batchSize,
      ratePerSecond,
    })
    const uniqueRecipients = new Set(fake.messages.map((message) => message.to[0])).size
    return {
      recipients,
      workers,
      ...figures,
      messagesAtProvider: fake.messages.length,
      uniqueRecipients,
      requests: fake.requests.length,
      rateLimited: fake.requests.filter((request) => request.status === 429).length,
      statuses: process.env.BENCH_DEBUG
        ? fake.requests.map((request) => request.status).join(',')
        : undefined,
      /** The highest of the workers' peaks. */
      workerPeakMemoryMb: Math.max(...peakRssMb),
      peakRssMb,
    }
  } finally {
    await stop()
  }
}

/** Subscribers written in bulk straight into the table: seeding is not what is measured. */
const seed = async (payload: Payload, count: number) => {
  const createdAt = new Date(Date.now() - 60_000).toISOString()
  const chunk = 500
  for (let start = 0; start < count; start += chunk) {
    const rows = Array.from({ length: Math.min(chunk, count - start) }, (_, offset) => {
      const index = start + offset
      return {
        email: `abonnee${index}@example.org`,
        name: index % 4 === 0 ? null : `Abonnee ${index}`,
        locale: localeCodes[index % localeCodes.length],
        status: 'confirmed',
        confirmedAt: createdAt,
        createdAt,
        updatedAt: createdAt,
      }
    })
    await payload.db.drizzle.insert(payload.db.tables.subscribers).values(rows)
  }
}

type Result = Awaited<ReturnType<typeof runSize>>

/**
 * With more than one size, each runs in its own process: the config reads DATABASE_URL once per
 * process and Payload keeps its first instance, so a second size in the same process found the
 * first one's database destroyed.
 */
const runSizeInOwnProcess = async (recipients: number): Promise<Result> => {
  const resultFile = path.join(
    os.tmpdir(),
    `samen-veilig-bench-send-${process.pid}-${recipients}.json`,
  )
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    env: { ...process.env, BENCH_SIZES: String(recipients), BENCH_RESULT_FILE: resultFile },
    stdio: 'inherit',
  })
  const exitCode = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  if (exitCode !== 0)
    throw new Error(`The benchmark of ${recipients} stopped with exit code ${exitCode}`)
  const result: Result = JSON.parse(fs.readFileSync(resultFile, 'utf8'))
  fs.rmSync(resultFile)
  return result
}

const main = async () => {
  const resultFile = process.env.BENCH_RESULT_FILE
  if (resultFile) {
    const result = await runSize(sizes[0])
    fs.writeFileSync(resultFile, JSON.stringify(result))
    return
  }
  // The worker bundles itself when its sources changed; do that now, so the first measured worker
  // starts as every later one does.
  await compiledEntry('scripts/worker.ts')
  const results = []
  for (const recipients of sizes) {
    const result =
      sizes.length === 1 ? await runSize(recipients) : await runSizeInOwnProcess(recipients)
    console.log(
      `${recipients.toLocaleString('nl-NL')} ontvangers, ${result.workers} workers: ${result.seconds} s ` +
        `(ideaal ${result.idealSeconds} s, verhouding ${result.ratio}), ` +
        `piekgeheugen per worker ${result.peakRssMb.join(' / ')} MB, ` +
        `${result.accepted} geaccepteerd, ${result.rateLimited} keer 429`,
    )
    results.push(result)
  }
  const targets = {
    maxRatio: 1.05,
    maxPeakMemoryMbPerWorker: 200,
    /** Requests beyond the rate, refused by the provider: the workers together never exceed it. */
    maxRateLimited: 0,
  }
  const isMet = results.every(
    (result) =>
      result.ratio <= targets.maxRatio &&
      result.accepted === result.recipients &&
      result.uniqueRecipients === result.recipients &&
      result.rateLimited <= targets.maxRateLimited &&
      result.workerPeakMemoryMb < targets.maxPeakMemoryMbPerWorker,
  )
  console.log(
    JSON.stringify({
      bench: 'send',
      ratePerSecond,
      batchSize,
      latencyMs,
      workers,
      targets,
      isMet,
      results,
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
