/**
 * A real background import of 100,000 subscribers (every tenth row bad, in five ways) through
 * `npm run worker`, as a deployment runs it, on a fresh SQLite file. Prints the import's rows per
 * second (the record's start to finish), the worker's peak memory, and the ceiling measured in the
 * same run: a plain streaming parse of the same file through `csvRecords`. The last line is one
 * JSON object.
 *
 * BENCH_ROWS=20000 runs a smaller file.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import { csvRecords } from '@/lib/csvRecords'
import { saveImportFile, startImport } from '@/subscribers/importRecords'

import { round, runWorkerUntilIdle } from './lib/sendRun'

const rows = Number(process.env.BENCH_ROWS ?? 100_000)

const main = async () => {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samen-veilig-bench-import-'))
  Object.assign(process.env, {
    DATABASE_URL: `file:${path.join(workDir, 'bench.db')}`,
    MEDIA_DIR: path.join(workDir, 'media'),
    IMPORT_DIR: path.join(workDir, 'imports'),
    PAYLOAD_SECRET: 'bench-secret',
    NEXT_TELEMETRY_DISABLED: '1',
    JOBS_AUTORUN: 'false',
  })
  const file = path.join(workDir, 'leden.csv')
  await pipeline(generateFile(rows), fs.createWriteStream(file))
  const megabytes = fs.statSync(file).size / 1024 / 1024

  const parseStart = performance.now()
  let parsed = 0
  for await (const record of csvRecords({ input: fs.createReadStream(file) })) {
    if ('fields' in record) parsed++
  }
  const parseSeconds = (performance.now() - parseStart) / 1000
  const parseRowsPerSecond = Math.round((parsed - 1) / parseSeconds)

  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  try {
    const storedFile = await saveImportFile({
      input: fs.createReadStream(file),
      tooLarge: 'te groot',
    })
    const record = await startImport({
      payload,
      fileName: 'leden.csv',
      storedFile,
      language: 'nl',
    })
    const peakBytes = await runWorkerUntilIdle({ ...process.env })
    const done = await payload.findByID({
      collection: 'subscriber-imports',
      id: record.id,
      depth: 0,
    })
    const seconds =
      (new Date(done.finishedAt!).getTime() - new Date(done.startedAt!).getTime()) / 1000
    const subscribers = (await payload.count({ collection: 'subscribers' })).totalDocs
    const rowsPerSecond = Math.round((done.rowsRead ?? 0) / seconds)
    const figures = {
      rows,
      megabytes: round(megabytes),
      status: done.status,
      added: done.added,
      rejected: done.rejected,
      subscribers,
      seconds: round(seconds, 2),
      rowsPerSecond,
      parseRowsPerSecond,
      ratio: round(rowsPerSecond / parseRowsPerSecond, 3),
      peakRssMb: Math.round(peakBytes / 1024 / 1024),
      loadAverage: round(os.loadavg()[0]!, 2),
      cpus: os.cpus().length,
    }
    console.log(
      `parse only: ${parseRowsPerSecond} rows/s; import job: ${rowsPerSecond} rows/s ` +
        `(${figures.ratio}x the parse), ${figures.seconds} s for ${rows} rows, ` +
        `worker peak ${figures.peakRssMb} MB, load ${figures.loadAverage} on ${figures.cpus} cores`,
    )
    console.log(JSON.stringify(figures))
  } finally {
    await payload.destroy()
    fs.rmSync(workDir, { recursive: true, force: true })
  }
}

const municipalities = ['arnhem', 'Doetinchem', 'winterswijk', 'zevenaar', 'Montferland']
const languages = ['nl', 'en', 'ar', 'tr', 'pl', 'uk']

/** Every tenth row is bad: a broken address, an unknown municipality, language or date, no source. */
const brokenRows = [
  (n: number) => `geen-adres-${n},nl,arnhem,,2025-03-14,lijst`,
  (n: number) => `fout${n}@example.org,nl,amsterdam,,2025-03-14,lijst`,
  (n: number) => `fout${n}@example.org,fr,arnhem,,2025-03-14,lijst`,
  (n: number) => `fout${n}@example.org,nl,arnhem,,14-14-2025,lijst`,
  (n: number) => `fout${n}@example.org,nl,arnhem,,2025-03-14,`,
]

async function* generateFile(count: number) {
  yield 'email,language,municipality,audiences,consent_date,consent_source\n'
  for (let start = 1; start <= count; start += 1000) {
    let chunk = ''
    for (let n = start; n < Math.min(start + 1000, count + 1); n++) {
      chunk +=
        n % 10 === 0
          ? `${brokenRows[(n / 10) % brokenRows.length]!(n)}\n`
          : `lid${n}@example.org,${languages[n % 6]},${municipalities[n % 5]},scholen;werkgevers,2025-03-14,ledenlijst 2025\n`
    }
    yield chunk
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
    process.exit(1)
  },
)
