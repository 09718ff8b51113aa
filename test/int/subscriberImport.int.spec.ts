import fs from 'node:fs'
import v8 from 'node:v8'
import vm from 'node:vm'
import { describe, expect, it, vi } from 'vitest'

import type { SubscriberImport } from '@/payload-types'
import { readImportBatches } from '@/subscribers/import'
import {
  importLeaseSeconds,
  resumeImports,
  runImport,
  subscriberImportBatchSize,
} from '@/subscribers/importJob'
import { importDirectory, importQueue } from '@/subscribers/importRecords'

import { useIntegration } from '../support/integration'
import { subscriberCollections } from '../support/subscribers'

const { payload, rest, users } = useIntegration({
  // The tests run the import jobs themselves, when they choose to.
  env: { JOBS_AUTORUN: 'false' },
  emptyAfterEach: ['payload-jobs', 'subscriber-imports', ...subscriberCollections],
  users: {
    adviser: { email: 'import@test.example', roles: ['regio-redactie'] },
    editor: {
      email: 'geen-import@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['arnhem'],
    },
  },
})

const header = 'email,language,municipality,audiences,consent_date,consent_source'
const goodRow = (number: number) =>
  `lid${number}@example.org,${['nl', 'en', 'ar', 'tr', 'pl', 'uk'][number % 6]},${['arnhem', 'Doetinchem', 'winterswijk'][number % 3]},scholen;werkgevers,2025-03-14,ledenlijst 2025`

/** Every tenth row is broken, in one of five ways, each with the reason it must get. */
const brokenRows = [
  {
    row: (n: number) => `geen-adres-${n},nl,arnhem,,2025-03-14,lijst`,
    reason: /ongeldig e-mailadres/,
  },
  {
    row: (n: number) => `fout${n}@example.org,nl,amsterdam,,2025-03-14,lijst`,
    reason: /onbekende gemeente "amsterdam"/,
  },
  {
    row: (n: number) => `fout${n}@example.org,fr,arnhem,,2025-03-14,lijst`,
    reason: /onbekende taal "fr"/,
  },
  {
    row: (n: number) => `fout${n}@example.org,nl,arnhem,,,lijst`,
    reason: /toestemmingsdatum ontbreekt/,
  },
  {
    row: (n: number) => `fout${n}@example.org,nl,arnhem,,2025-03-14,`,
    reason: /bron van de toestemming ontbreekt/,
  },
]

const fileWith = (rows: number) => {
  const lines = [header]
  const expectedProblems: { line: number; reason: RegExp }[] = []
  for (let number = 1; number <= rows; number++) {
    if (number % 10 === 0) {
      const broken = brokenRows[(number / 10) % brokenRows.length]!
      lines.push(broken.row(number))
      // The header is line 1, so data row n is on line n + 1.
      expectedProblems.push({ line: number + 1, reason: broken.reason })
    } else {
      lines.push(goodRow(number))
    }
  }
  return { csv: `${lines.join('\n')}\n`, expectedProblems }
}

/** Uploads a file as the regional adviser: the 202 answer. */
const upload = async (csv: string, headers: Record<string, string> = {}) => {
  const response = await rest('POST', '/api/subscribers/import', {
    as: users.adviser,
    body: csv,
    headers: { 'Content-Type': 'text/csv', 'X-File-Name': 'ledenlijst%202025.csv', ...headers },
  })
  expect(response.status).toBe(202)
  return response.body as { id: number; status: string }
}

/** What the server's autorun or `npm run worker` does: the import queue until it is empty. */
const runImportJobs = async () => {
  for (let run = 0; run < 20; run += 1) {
    const result = await payload.jobs.run({ queue: importQueue })
    if (!result.jobStatus || Object.keys(result.jobStatus).length === 0) return
  }
}

const importRecord = (id: number) =>
  payload.findByID({ collection: 'subscriber-imports', id, depth: 0 }) as Promise<SubscriberImport>

const importedNow = async (csv: string, headers?: Record<string, string>) => {
  const { id } = await upload(csv, headers)
  await runImportJobs()
  return importRecord(id)
}

const confirmedCount = async () =>
  (await payload.count({ collection: 'subscribers', where: { status: { equals: 'confirmed' } } }))
    .totalDocs

describe('importing an existing list', () => {
  it('should answer 202 with a pending import and import the file in a job, reporting every bad row by line', async () => {
    const { csv, expectedProblems } = fileWith(5000)
    const { id, status } = await upload(csv)
    expect(status).toBe('pending')
    const { body: waiting } = await rest('GET', `/api/subscriber-imports/${id}`, {
      as: users.adviser,
    })
    expect(waiting).toMatchObject({ status: 'pending', fileName: 'ledenlijst 2025.csv' })
    expect(fs.readdirSync(importDirectory())).toHaveLength(1)

    await runImportJobs()
    const { body: done } = await rest('GET', `/api/subscriber-imports/${id}`, { as: users.adviser })
    expect(done).toMatchObject({
      status: 'done',
      rowsRead: 5000,
      added: 4500,
      merged: 0,
      rejected: 500,
    })
    expect(done.problems).toHaveLength(500)
    ;(done.problems as [number, string][]).forEach(([line, reason], index) => {
      expect(line).toBe(expectedProblems[index]!.line)
      expect(reason).toMatch(expectedProblems[index]!.reason)
    })
    expect(done.storedFile).toBeUndefined()
    expect(fs.readdirSync(importDirectory())).toHaveLength(0)
    expect(await confirmedCount()).toBe(4500)
    const { docs } = await payload.find({
      collection: 'subscribers',
      where: { email: { equals: 'lid7@example.org' } },
    })
    expect(docs[0]).toMatchObject({
      locale: 'en',
      audiences: ['schools', 'employers'],
      consent: { givenAt: '2025-03-14T00:00:00.000Z', source: 'ledenlijst 2025' },
      status: 'confirmed',
    })
  })

  it('should merge into existing subscribers and never subscribe someone who unsubscribed', async () => {
    await payload.create({
      collection: 'subscribers',
      data: {
        email: 'bestaand@example.org',
        locale: 'nl',
        status: 'confirmed',
        audiences: ['residents'],
      },
    })
    await payload.create({
      collection: 'subscribers',
      data: { email: 'afgemeld@example.org', locale: 'nl', status: 'unsubscribed' },
    })
    const csv = [
      'E-mail,Taal,Gemeente,Doelgroepen,Toestemming_datum,Toestemming_bron',
      'Bestaand@Example.org,pl,zevenaar,werkgevers,14-03-2025,beurs',
      'afgemeld@example.org,nl,arnhem,scholen,2025-03-14,beurs',
      '"kapot@example.org,nl',
    ].join('\n')
    const record = await importedNow(csv)
    expect(record).toMatchObject({ status: 'done', rowsRead: 3, added: 0, merged: 2, rejected: 1 })
    expect(record.problems).toEqual([[4, expect.stringContaining('kan niet worden gelezen')]])
    const { docs } = await payload.find({ collection: 'subscribers', sort: 'email', depth: 0 })
    expect(docs.map(({ email, status }) => [email, status])).toEqual([
      ['afgemeld@example.org', 'unsubscribed'],
      ['bestaand@example.org', 'confirmed'],
    ])
    expect(docs[1]).toMatchObject({ locale: 'pl', audiences: ['residents', 'employers'] })
  })

  it("should end the import failed with the reason in the uploader's language when the header lacks a column", async () => {
    const dutch = await importedNow('naam,adres\nJan,jan@example.org\n')
    expect(dutch.status).toBe('failed')
    expect(dutch.error).toMatch(/De kopregel mist de kolom\(men\): email/)
    const english = await importedNow('naam,adres\nJan,jan@example.org\n', {
      Cookie: 'payload-lng=en',
    })
    expect(english.error).toMatch(/email/)
    expect(english.error).not.toMatch(/kopregel/)
    expect(fs.readdirSync(importDirectory())).toHaveLength(0)
    expect(await confirmedCount()).toBe(0)
  })

  it('should give an English admin the reasons in English', async () => {
    const csv = `${header}\n${goodRow(1)}\nfout@example.org,nl,amsterdam,,2025-03-14,lijst\n`
    const record = await importedNow(csv, { Cookie: 'payload-lng=en' })
    expect(record.problems).toEqual([[3, 'unknown municipality "amsterdam"']])
  })

  it('should resume an import whose process died after the batches it committed, adding nobody twice', async () => {
    // Two and a half batches: the run dies after the second.
    const total = subscriberImportBatchSize * 2.5
    const committed = subscriberImportBatchSize * 2
    const { csv } = fileWith(total)
    const { id } = await upload(csv)
    const crash = new Error('process killed')
    let batches = 0
    await expect(
      runImport({
        payload,
        importId: id,
        runner: 'a-worker-that-dies',
        afterBatch: () => {
          batches += 1
          if (batches === 2) throw crash
        },
      }),
    ).rejects.toBe(crash)
    const interrupted = await importRecord(id)
    expect(interrupted).toMatchObject({
      status: 'running',
      rowsRead: committed,
      rejected: committed / 10,
    })
    expect(await confirmedCount()).toBe(committed * 0.9)

    // Within the lease nobody takes it over (the runner may only be slow); after it, the safety
    // net gives it a new job, and that job goes on after the last
    // committed line.
    await resumeImports(payload)
    await runImportJobs()
    expect(await importRecord(id)).toMatchObject({ status: 'running', rowsRead: committed })
    await payload.db.updateOne({
      collection: 'subscriber-imports',
      id,
      data: { heartbeatAt: new Date(Date.now() - (importLeaseSeconds + 1) * 1000).toISOString() },
      returning: false,
    })
    await resumeImports(payload)
    await runImportJobs()

    const record = await importRecord(id)
    expect(record).toMatchObject({
      status: 'done',
      rowsRead: total,
      added: total * 0.9,
      merged: 0,
      rejected: total / 10,
    })
    const lines = (record.problems as [number, string][]).map(([line]) => line)
    expect(new Set(lines).size).toBe(total / 10)
    expect(await confirmedCount()).toBe(total * 0.9)
  })

  it('should end an import whose file is gone as failed, saying what to do', async () => {
    const { id } = await upload(`${header}\n${goodRow(1)}\n`)
    fs.rmSync(importDirectory(), { recursive: true })
    await runImportJobs()
    const record = await importRecord(id)
    expect(record.status).toBe('failed')
    expect(record.error).toMatch(/Importeer het opnieuw/)
  })

  it('should remove the waiting file when an unfinished import is deleted', async () => {
    const { id } = await upload(`${header}\n${goodRow(1)}\n`)
    expect(fs.readdirSync(importDirectory())).toHaveLength(1)
    await payload.delete({ collection: 'subscriber-imports', id })
    expect(fs.readdirSync(importDirectory())).toHaveLength(0)
    await runImportJobs()
    expect(await confirmedCount()).toBe(0)
  })

  it('should write the same subscribers on the SQLite path as through the Local API', async () => {
    const csv = [
      header,
      goodRow(1),
      goodRow(2),
      'nieuw@example.org,,,,2025-01-02,beurs',
      'wacht@example.org,tr,doetinchem,verenigingen,2025-02-03,beurs',
      'bevestigd@example.org,,arnhem,scholen,2025-02-03,beurs',
      'afgemeld@example.org,en,,werkgevers,2025-02-03,beurs',
      // The same address twice in one file: the second row merges into what the first made.
      'Lid1@example.org,uk,winterswijk,vrijwilligersorganisaties,2025-04-05,tweede lijst',
    ].join('\n')
    const importBothWays = async () => {
      await payload.create({
        collection: 'subscribers',
        data: {
          email: 'wacht@example.org',
          locale: 'nl',
          status: 'pending',
          audiences: ['residents'],
          consent: { givenAt: '2024-12-01T10:00:00.000Z', source: 'formulier', ipHash: 'abc' },
        },
      })
      await payload.create({
        collection: 'subscribers',
        data: { email: 'bevestigd@example.org', locale: 'en', status: 'confirmed' },
      })
      await payload.create({
        collection: 'subscribers',
        data: { email: 'afgemeld@example.org', locale: 'nl', status: 'unsubscribed' },
      })
      const record = await importedNow(csv)
      expect(record).toMatchObject({ status: 'done', added: 3, merged: 4 })
      const { docs } = await payload.find({
        collection: 'subscribers',
        sort: 'email',
        depth: 0,
        pagination: false,
        showHiddenFields: true,
      })
      await payload.delete({ collection: 'subscribers', where: { id: { exists: true } } })
      return docs.map(({ id, createdAt, updatedAt, linkVersion, consentHistory, ...rest }) => ({
        ...rest,
        hasIdAndTimestamps: [id, createdAt, updatedAt].every(Boolean),
        hasLinkVersion: typeof linkVersion === 'number' && linkVersion > 0,
        consentHistory: (consentHistory ?? []).map(({ id: rowId, at, ...entry }) => ({
          ...entry,
          hasRowId: /^[0-9a-f]{24}$/.test(rowId ?? ''),
          at: entry.event === 'consent' ? at : 'now',
        })),
      }))
    }
    vi.stubEnv('GENERIC_DATABASE_PATHS', '1')
    const throughLocalApi = await importBothWays()
    vi.stubEnv('GENERIC_DATABASE_PATHS', undefined)
    const throughSql = await importBothWays()
    expect(throughSql).toEqual(throughLocalApi)
    expect(throughSql.every(({ hasLinkVersion }) => hasLinkVersion)).toBe(true)
    expect(throughSql.find(({ email }) => email === 'wacht@example.org')).toMatchObject({
      status: 'confirmed',
      locale: 'tr',
      audiences: ['residents', 'sports-clubs'],
    })
  })

  it('should serve the report as CSV for Excel, to the regional roles only', async () => {
    const csv = `${header}\n${goodRow(1)}\n=HYPERLINK("x"),nl,arnhem,,2025-03-14,lijst\n`
    const { id } = await upload(csv)
    await runImportJobs()
    const report = await rest('GET', `/api/subscriber-imports/${id}/report.csv`, {
      as: users.adviser,
    })
    expect(report.status).toBe(200)
    expect(report.headers.get('content-type')).toContain('text/csv')
    // A UTF-8 decoder drops the byte order mark that Excel needs.
    expect(report.text).toBe('Regel;Reden\r\n3;"ongeldig e-mailadres ""=HYPERLINK(""x"")"""\r\n')

    for (const path of [
      `/api/subscriber-imports/${id}`,
      `/api/subscriber-imports/${id}/report.csv`,
    ]) {
      const refused = await rest('GET', path, { as: users.editor })
      expect(refused.status).toBe(403)
      expect(refused.text).not.toContain('HYPERLINK')
    }
    const listed = await rest('GET', '/api/subscriber-imports', { as: users.editor })
    expect(listed.status).toBe(403)
    const refusedUpload = await rest('POST', '/api/subscribers/import', {
      as: users.editor,
      body: csv,
      headers: { 'Content-Type': 'text/csv' },
    })
    expect(refusedUpload.status).toBe(403)
  })

  it('should refuse a file that says it is larger than MAX_IMPORT_MB before reading it', async () => {
    vi.stubEnv('MAX_IMPORT_MB', '1')
    const response = await rest('POST', '/api/subscribers/import', {
      as: users.adviser,
      body: 'x',
      headers: { 'Content-Type': 'text/csv', 'Content-Length': String(2 * 1024 * 1024) },
    })
    expect(response.status).toBe(413)
    expect(await payload.count({ collection: 'subscriber-imports' })).toMatchObject({
      totalDocs: 0,
    })
  })

  it('should read and check 100,000 rows with memory that does not grow with the file', async () => {
    const rows = 100_000
    async function* generate() {
      yield `${header}\n`
      for (let start = 1; start <= rows; start += 1000) {
        let chunk = ''
        for (let number = start; number < start + 1000; number++) {
          chunk += `${number % 10 === 0 ? `kapot-${number}` : `lid${number}@example.org`},nl,arnhem,scholen,2025-03-14,ledenlijst\n`
        }
        yield chunk
      }
    }
    // What stays reachable after a full collection, not what garbage happens to lie around.
    v8.setFlagsFromString('--expose-gc')
    const collectGarbage = vm.runInNewContext('gc') as () => void
    const retained = () => {
      collectGarbage()
      return process.memoryUsage().heapUsed
    }
    const baseline = retained()
    let peak = 0
    let valid = 0
    let rejected = 0
    let read = 0
    for await (const batch of readImportBatches({ payload, input: generate() })) {
      read += batch.rows
      valid += batch.valid.length
      rejected += batch.rejected.length
      if (read % 10_000 === 0) peak = Math.max(peak, retained() - baseline)
    }
    expect({ read, valid, rejected }).toEqual({ read: rows, valid: 90_000, rejected: 10_000 })
    // 90,000 checked rows kept as objects would take tens of megabytes; a batch takes kilobytes.
    expect(peak).toBeLessThan(8 * 1024 * 1024)
  })
})
