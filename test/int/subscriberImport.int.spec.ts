import { Readable } from 'node:stream'
import v8 from 'node:v8'
import vm from 'node:vm'
import { describe, expect, it } from 'vitest'

import { importSubscribers, readImportBatches } from '@/subscribers/import'

import { useIntegration } from '../support/integration'
import { subscriberCollections } from '../support/subscribers'

const { payload, fixtures, rest } = useIntegration({ emptyAfterEach: subscriberCollections })

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

describe('importing an existing list', () => {
  it('should import every good row of 1,000 and report every bad one with line number and reason', async () => {
    const { csv, expectedProblems } = fileWith(1000)
    const report = await importSubscribers({ payload, input: Readable.from([csv]) })

    expect(report).toMatchObject({ rows: 1000, imported: 900, merged: 0 })
    expect(report.rejected).toHaveLength(100)
    report.rejected.forEach((problem, index) => {
      expect(problem.line).toBe(expectedProblems[index]!.line)
      expect(problem.reason).toMatch(expectedProblems[index]!.reason)
    })
    expect(
      (
        await payload.count({
          collection: 'subscribers',
          where: { status: { equals: 'confirmed' } },
        })
      ).totalDocs,
    ).toBe(900)
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
      'E-mail;Taal;Gemeente;Doelgroepen;Toestemming_datum;Toestemming_bron'.replaceAll(';', ','),
      'Bestaand@Example.org,pl,zevenaar,werkgevers,14-03-2025,beurs',
      'afgemeld@example.org,nl,arnhem,scholen,2025-03-14,beurs',
      '"kapot@example.org,nl',
    ].join('\n')
    const report = await importSubscribers({ payload, input: Readable.from([csv]) })
    expect(report).toMatchObject({ rows: 3, imported: 0, merged: 2 })
    expect(report.rejected).toEqual([
      { line: 4, reason: expect.stringContaining('kan niet worden gelezen') },
    ])
    const { docs } = await payload.find({ collection: 'subscribers', sort: 'email', depth: 0 })
    expect(docs.map(({ email, status }) => [email, status])).toEqual([
      ['afgemeld@example.org', 'unsubscribed'],
      ['bestaand@example.org', 'confirmed'],
    ])
    expect(docs[1]).toMatchObject({ locale: 'pl', audiences: ['residents', 'employers'] })
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

  it('should accept a CSV upload from the regional adviser and refuse a municipal editor', async () => {
    const adviser = await fixtures.user({ email: 'import@test.example', roles: ['regio-redactie'] })
    const editor = await fixtures.user({
      email: 'geen-import@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['arnhem'],
    })
    const csv = `${header}\n${goodRow(1)}\n${goodRow(2)}\nslecht,nl,arnhem,,2025-03-14,x\n`
    const headers = { 'Content-Type': 'text/csv' }

    const refused = await rest('POST', '/api/subscribers/import', {
      as: editor,
      body: csv,
      headers,
    })
    expect(refused.status).toBe(403)
    const response = await rest('POST', '/api/subscribers/import', {
      as: adviser,
      body: csv,
      headers,
    })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ rows: 3, imported: 2, rejected: [{ line: 4 }] })

    const wrongHeader = await rest('POST', '/api/subscribers/import', {
      as: adviser,
      body: 'naam,adres\nJan,jan@example.org\n',
      headers,
    })
    expect(wrongHeader.status).toBe(400)
    expect(wrongHeader.body.error).toContain('email')
  })

  it('should give an English admin the reasons in English', async () => {
    const adviser = await fixtures.user({ email: 'import@test.example', roles: ['regio-redactie'] })
    const csv = `${header}\n${goodRow(1)}\nfout@example.org,nl,amsterdam,,2025-03-14,lijst\n`
    const response = await rest('POST', '/api/subscribers/import', {
      as: adviser,
      body: csv,
      headers: { 'Content-Type': 'text/csv', Cookie: 'payload-lng=en' },
    })
    expect(response.status).toBe(200)
    expect(response.body.rejected).toEqual([
      { line: 3, reason: 'unknown municipality "amsterdam"' },
    ])
  })
})
