/**
 * A real pack mailing through `npm run worker` against the local Resend stand-in at the provider's
 * pace (2 requests per second, 100 per batch, 150 ms per request): 5,000 organisations across the
 * 18 municipalities and 6 languages; the mail is rendered once per language and the municipality
 * filled in per recipient. Prints the send time (start to sent, as the edition records it), the ideal
 * (organisations / (batch size x rate)), their ratio and the worker's peak memory. The last line is
 * one JSON object.
 */
import type { Payload } from 'payload'

import { localeCodes } from '@/i18n'

import { compiledEntry } from '../scripts/lib/compiled.js'
import { round, runWorkerUntilIdle, sendFigures, startBenchApp } from './lib/sendRun'

const organisations = Number(process.env.BENCH_ORGANISATIONS ?? 5000)
const ratePerSecond = 2
const batchSize = 100
const latencyMs = 150

const run = async () => {
  const { payload, fake, stop } = await startBenchApp({
    name: 'mailing',
    ratePerSecond,
    batchSize,
    latencyMs,
  })
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

    const peakBytes = await runWorkerUntilIdle({
      ...process.env,
      RESEND_API_KEY: fake.apiKey,
      RESEND_BASE_URL: fake.url,
    })
    const figures = await sendFigures({
      payload,
      editionId: edition.id,
      recipients: organisations,
      batchSize,
      ratePerSecond,
    })
    return {
      organisations,
      municipalities,
      languages: localeCodes.length,
      ...figures,
      messagesAtProvider: fake.messages.length,
      uniqueRecipients: new Set(fake.messages.map((message) => message.to[0])).size,
      requests: fake.requests.length,
      rateLimited: fake.requests.filter((request) => request.status === 429).length,
      workerPeakMemoryMb: round(peakBytes / 1024 / 1024, 1),
    }
  } finally {
    await stop()
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
        // Every language in every municipality: 108 templates to render.
        language: localeCodes[Math.floor(index / 18) % localeCodes.length],
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
