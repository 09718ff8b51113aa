/**
 * Years of data: the demo (migrations, reference data, demo seed) on a fresh database, then three
 * years' worth written straight into it (100,000 subscribers, 3,000,000 deliveries over 150
 * editions, 2,000 building blocks with 10 versions each, packs up to 300), then the production
 * build started on it (`npm run demo`'s own path) and the server-side views timed as people open
 * them: the monitor and each of its CSV files, the yearly overview, the translation overview, the
 * admin lists of subscribers and deliveries (each under 1 s at p95), and the portal's pack page
 * (p95 under 50 ms, one request at a time after warm-up). The last line is one JSON object:
 * `{ generateSeconds, views: { <name>: { p50Ms, p95Ms } }, portalPack: { p95Ms }, ... }`.
 *
 * BENCH_SCALE (default 1, the issue's sizes) scales subscribers, deliveries and building blocks for
 * a quick run (0.1); BENCH_REPEATS (default 5) timed requests per view after one warm-up;
 * BENCH_SCALE_DATABASE reuses a copy of a database an earlier run generated; BENCH_SCALE_VIEWS
 * (names, comma-separated) measures only those views. Builds the
 * app when the sources changed: run it under the e2e lock like bench:portal.
 */
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildIfStale } from '../scripts/lib/build'
import { resolvePayloadSecret } from '../src/lib/env'
import { tableIds } from '../src/monitor/tables'
import { startDemo, stopProcessGroup } from '../test/support/demoServer'
import { generateScaleData, scaledSizes } from './lib/scaleData'

const factor = Number(process.env.BENCH_SCALE ?? 1)
const repeats = Number(process.env.BENCH_REPEATS ?? 5)
const portalRequests = 200
const targets = { viewP95Ms: 1000, portalPackP95Ms: 50 }
const packPath = '/nl/gemeente/arnhem/scholen'
const password = `Bench-schaal-${crypto.randomBytes(6).toString('hex')}`
const reusedDatabase = process.env.BENCH_SCALE_DATABASE

/** `firstMs`: the warm-up request, the first after the server started (cold caches). */
type Timing = { p50Ms: number; p95Ms: number; firstMs: number }

const main = async () => {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samen-veilig-bench-scale-'))
  const children: ChildProcess[] = []
  try {
    Object.assign(process.env, {
      APP_MODE: 'demo',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: `file:${path.join(workDir, 'demo.db')}`,
      MEDIA_DIR: path.join(workDir, 'media'),
    })
    process.env.PAYLOAD_SECRET ||= resolvePayloadSecret()

    const generated = reusedDatabase
      ? reuseDatabase(reusedDatabase, path.join(workDir, 'demo.db'))
      : await generate()
    const { seedSeconds, generateSeconds, counts } = generated

    // Built here, not in the demo's start: on a busy machine a build outlasts its wait for an answer.
    buildIfStale({ env: process.env })
    const { baseUrl, server } = await startDemo({
      workDir,
      readyPath: packPath,
      host: '127.0.0.1',
      env: { PDF_CACHE_DIR: path.join(workDir, 'pdf-cache'), DEMO_PASSWORD: password },
    })
    children.push(server)
    const auth = await logIn(baseUrl, 'communicatie@example.org')
    const arnhem = await municipalityId(baseUrl, auth, 'arnhem')

    const viewPaths: Record<string, string> = {
      monitor: '/admin/monitor',
      ...Object.fromEntries(tableIds.map((id) => [`csv-${id}`, `/api/monitor/${id}.csv`])),
      yearOverview: `/admin/monitor/jaaroverzicht?gemeente=${arnhem}`,
      translations: '/admin/vertalingen',
      subscribersList: '/admin/collections/subscribers',
      deliveriesList: '/admin/collections/deliveries',
    }
    const views: Record<string, Timing | { error: string }> = {}
    const only = process.env.BENCH_SCALE_VIEWS?.split(',')
    for (const [name, viewPath] of Object.entries(viewPaths)) {
      if (only && !only.includes(name)) continue
      // One view that fails or outlasts the client's five minutes is reported; the others still run.
      const timing = await timeRequests({
        url: `${baseUrl}${viewPath}`,
        auth,
        count: repeats,
      }).catch((error: unknown) => ({ error: String((error as Error).cause ?? error) }))
      views[name] = timing
      console.log(
        'error' in timing
          ? `${name}: mislukt (${timing.error})`
          : `${name}: eerste ${timing.firstMs} ms, p50 ${timing.p50Ms} ms, p95 ${timing.p95Ms} ms${timing.p95Ms < targets.viewP95Ms ? '' : '  (boven 1 s)'}`,
      )
    }
    await timeRequests({ url: `${baseUrl}${packPath}`, count: 20 })
    const portalPack = await timeRequests({ url: `${baseUrl}${packPath}`, count: portalRequests })
    console.log(`pakketpagina: p50 ${portalPack.p50Ms} ms, p95 ${portalPack.p95Ms} ms`)
    const slow = Object.entries(views).filter(
      ([, timing]) => 'error' in timing || timing.p95Ms >= targets.viewP95Ms,
    )
    const isMet = slow.length === 0 && portalPack.p95Ms < targets.portalPackP95Ms
    console.log(
      `Doelen (elke beheerweergave p95 < 1 s, pakketpagina p95 < 50 ms): ${isMet ? 'gehaald' : `niet gehaald${slow.length ? ` (${slow.map(([name]) => name).join(', ')})` : ''}`}`,
    )
    console.log(
      JSON.stringify({
        bench: 'scale',
        factor,
        repeats,
        cpus: os.availableParallelism(),
        sizes: counts,
        seedSeconds,
        generateSeconds,
        targets,
        isMet,
        views,
        portalPack,
      }),
    )
  } finally {
    for (const child of children.reverse()) stopProcessGroup(child)
    fs.rmSync(workDir, { recursive: true, force: true })
  }
}

/** The demo seeded and three years of data written into it, timed. */
const generate = async () => {
  const seedStarted = performance.now()
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { seedDemoData } = await import('../src/seed/demo')
  process.env.JOBS_AUTORUN = 'false'
  const payload = await getPayload({ config })
  await seedDemoData(payload, { password })
  const seedSeconds = seconds(performance.now() - seedStarted)
  const sizes = scaledSizes(factor)
  console.log(`Demo gezaaid in ${seedSeconds} s; nu ${describe(sizes)}…`)
  const generateStarted = performance.now()
  const counts = await generateScaleData({
    adapter: payload.db as unknown as SQLiteAdapter,
    sizes,
  })
  const generateSeconds = seconds(performance.now() - generateStarted)
  await payload.destroy()
  delete process.env.JOBS_AUTORUN
  console.log(`Gegevens gemaakt in ${generateSeconds} s (${describe(counts)}).`)
  if (counts.packs < sizes.packs) {
    console.log(
      `Pakketten: ${counts.packs}; meer kan niet, één pakket per gemeente en doelgroep (${counts.packsPossible} paren).`,
    )
  }
  return { seedSeconds, generateSeconds, counts }
}

/**
 * A database an earlier run made (BENCH_SCALE_DATABASE, a copy kept of its `demo.db`), copied so
 * it stays as it is: measuring again after a change skips minutes of generating. The demo's start
 * applies newer migrations to the copy.
 */
const reuseDatabase = (source: string, target: string) => {
  fs.copyFileSync(source, target)
  console.log(`Database hergebruikt: ${source} (niets gegenereerd).`)
  return { seedSeconds: null, generateSeconds: null, counts: { reusedDatabase: source } }
}

const logIn = async (baseUrl: string, email: string) => {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const { token } = (await response.json()) as { token?: string }
  if (!token) throw new Error(`Logging in as ${email} answered ${response.status}`)
  // The admin's pages read the cookie, the API (the CSV files) the Authorization header.
  return { cookie: `payload-token=${token}`, authorization: `JWT ${token}` }
}

type Auth = Awaited<ReturnType<typeof logIn>>

const municipalityId = async (baseUrl: string, auth: Auth, slug: string) => {
  const response = await fetch(
    `${baseUrl}/api/municipalities?where[slug][equals]=${slug}&depth=0&limit=1`,
    { headers: auth },
  )
  const { docs } = (await response.json()) as { docs: { id: number | string }[] }
  if (!docs[0]) throw new Error(`No municipality ${slug}`)
  return docs[0].id
}

/** One warm-up request, then `count` one after the other, each read to its end. */
const timeRequests = async ({
  url,
  auth,
  count,
}: {
  url: string
  auth?: Auth
  count: number
}): Promise<Timing> => {
  const once = async () => {
    const started = performance.now()
    const response = await fetch(url, { headers: auth ?? {} })
    await response.arrayBuffer()
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`)
    return performance.now() - started
  }
  const first = await once()
  const times: number[] = []
  for (let index = 0; index < count; index++) times.push(await once())
  times.sort((a, b) => a - b)
  const percentile = (p: number) =>
    times[Math.min(times.length - 1, Math.ceil(times.length * p) - 1)]!
  return { p50Ms: round(percentile(0.5)), p95Ms: round(percentile(0.95)), firstMs: round(first) }
}

const describe = (sizes: ReturnType<typeof scaledSizes>) =>
  `${sizes.subscribers.toLocaleString('nl-NL')} abonnees, ${sizes.deliveries.toLocaleString('nl-NL')} verzendingen over ${sizes.editions} edities, ${sizes.buildingBlocks.toLocaleString('nl-NL')} bouwstenen × ${sizes.versionsPerBlock} versies, ${sizes.packs} pakketten`

const seconds = (ms: number) => round(ms / 1000)

const round = (value: number) => Number(value.toFixed(1))

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
