import { createClient } from '@libsql/client'
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { apiToken } from '../support/browser'
import { freePort, stopProcessGroup, waitUntilServing } from '../support/demoServer'

const firstUrl = inject('baseUrl')
const password = inject('demoPassword')
const demoDatabaseUrl = inject('demoDatabaseUrl')

const projectRoot = path.resolve(import.meta.dirname, '../..')
const packPath = '/nl/gemeente/zevenaar/scholen'

let second: ChildProcess | undefined
let secondUrl: string
let token: string
let pack: { id: number; title: string }

/**
 * A second app instance next to the demo, as a deployment with two web servers runs it: the same
 * build (`npm start`, scripts/server.ts), the same database, secret and files, its own port and
 * its own memory. It leaves the jobs to the first, as a second web server would.
 */
beforeAll(async () => {
  const port = await freePort()
  secondUrl = `http://localhost:${port}`
  second = spawn(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', 'scripts/server.ts'],
    {
      cwd: projectRoot,
      env: {
        ...process.env,
        APP_MODE: 'demo',
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        PORT: String(port),
        DATABASE_URL: demoDatabaseUrl,
        MEDIA_DIR: path.join(path.dirname(demoDatabaseUrl.replace(/^file:/, '')), 'media'),
        PUBLIC_URL: firstUrl,
        JOBS_AUTORUN: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  )
  const log: string[] = []
  second.stdout?.on('data', (chunk) => log.push(String(chunk)))
  second.stderr?.on('data', (chunk) => log.push(String(chunk)))
  await waitUntilServing(`${secondUrl}/api/municipalities?limit=1`, second, log, 4)

  token = await apiToken({ baseUrl: firstUrl, email: 'communicatie@example.org', password })
  const found = await fetch(
    `${firstUrl}/api/communication-packs?where[municipality.slug][equals]=zevenaar&where[audience][equals]=schools&depth=0&limit=1&locale=nl`,
    { headers: { Authorization: `JWT ${token}` } },
  )
  pack = ((await found.json()) as { docs: { id: number; title: string }[] }).docs[0]!
  // A second production server starting on a loaded machine takes longer than the usual hook.
}, 300_000)

afterAll(async () => {
  if (second) stopProcessGroup(second)
  if (pack) await publishTitle(pack.title)
  // The sign-up limit this file filled holds for the tests after it too: give the address back.
  const database = createClient({ url: demoDatabaseUrl })
  await database.execute("delete from rate_limit_hits where limiter = 'subscribe'")
  database.close()
})

const publishTitle = async (title: string) => {
  const response = await fetch(`${firstUrl}/api/communication-packs/${pack.id}?locale=nl`, {
    method: 'PATCH',
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ title, _status: 'published' }),
  })
  expect(response.status).toBe(200)
}

/**
 * Asks `url` until its answer is ready (`isReady`), with a deadline rather than a fixed wait;
 * the page's HTML.
 */
const askUntil = async (
  url: string,
  isReady: (answer: Response, html: string) => boolean,
  what: string,
  seconds = 60,
) => {
  const started = Date.now()
  for (;;) {
    const answer = await fetch(url)
    const html = await answer.text()
    if (isReady(answer, html)) return html
    if (Date.now() - started > seconds * 1000) {
      throw new Error(`${url} did not ${what} within ${seconds} s`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

describe('two app instances on one database', () => {
  it('should show a pack published through one instance on the other, which had the page cached', async () => {
    for (const baseUrl of [firstUrl, secondUrl]) {
      // A page an earlier test changed is served stale once and rendered again in the background:
      // ask until the instance serves it from its cache.
      const cached = await askUntil(
        `${baseUrl}${packPath}`,
        (answer) => answer.headers.get('x-nextjs-cache') === 'HIT',
        'come from the page cache',
      )
      expect(cached).toContain(pack.title)
    }

    const title = `Pakket voor scholen in Zevenaar, twee instanties ${Date.now()}`
    await publishTitle(title)

    expect(await (await fetch(`${firstUrl}${packPath}`)).text()).toContain(title)
    await askUntil(
      `${secondUrl}${packPath}`,
      (_, html) => html.includes(title),
      `show "${title}"`,
      20,
    )
  })

  it('should hold a sign-up limit reached through one instance on the other', async () => {
    const signUp = (baseUrl: string) =>
      fetch(`${baseUrl}/api/subscribers/subscribe`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        // Refused as incomplete (400) after the limit has counted it: nothing is stored.
        body: '{}',
      })
    const statuses: number[] = []
    // SUBSCRIBE_RATE_LIMIT is 10 an hour by default; earlier tests may have used some of it.
    while (statuses.at(-1) !== 429 && statuses.length < 50) {
      statuses.push((await signUp(firstUrl)).status)
    }
    expect(statuses.at(-1)).toBe(429)
    expect(statuses.slice(0, -1).every((status) => status === 400)).toBe(true)
    expect((await signUp(secondUrl)).status).toBe(429)
  })
})
