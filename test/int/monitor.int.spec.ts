import { initI18n } from '@payloadcms/translations'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DeliveryState } from '@/newsletter/delivery/state'
import type { Locale } from '@/i18n'
import { computeMonitor, scopeTables } from '@/monitor/aggregate'
import type { MonitorTable, TableId } from '@/monitor/tables'
import type { User } from '@/payload-types'
import { overviewDocument } from '@/monitor/overview'
import { closePdfBrowser, htmlToPdf } from '@/portal/pdf/renderPdf'
import { ensureDemoMonitor } from '@/seed/demoMonitor'
import { createFixtures, testPassword } from '../support/fixtures'
import { startPayload } from '../support/payload'
import { readPdf } from '../support/pdf'
import { rest } from '../support/rest'

/**
 * A known data set in 2025 (with a few rows in 2024 and 2026 that must not count) for Arnhem and
 * Winterswijk, and the monitor's figures for it.
 */

let payload: Payload
let fixtures: ReturnType<typeof createFixtures>
const created: { collection: CollectionSlug; id: number | string }[] = []
let arnhem: number | string
let winterswijk: number | string
let editor: User
let regional: User

const track = <T extends { id: number | string }>(collection: CollectionSlug, doc: T) => {
  created.push({ collection, id: doc.id })
  return doc
}

const times = <T>(count: number, make: (index: number) => Promise<T>) =>
  Array.from({ length: count }, (_, index) => index).reduce<Promise<void>>(
    (previous, index) => previous.then(async () => void (await make(index))),
    Promise.resolve(),
  )

const block = (municipality: number | string, data: Record<string, unknown>) =>
  payload
    .create({
      collection: 'building-blocks',
      context: { skipReviewWorkflow: true },
      data: { title: 'Bouwsteen voor de monitor', kind: 'news', municipality, ...data } as never,
    })
    .then((doc) => track('building-blocks', doc))

const edition = (title: string, startedAt: string) =>
  payload
    .create({
      collection: 'newsletter-editions',
      context: { isDeliveryEngine: true },
      data: {
        title,
        status: 'sent',
        sections: [],
        sending: { startedAt, finishedAt: startedAt, isSnapshotComplete: true },
      },
    })
    .then((doc) => track('newsletter-editions', doc))

const deliveries = (
  count: number,
  data: {
    edition: number | string
    municipality: number | string
    locale: Locale
    state: DeliveryState
  },
) =>
  times(count, () =>
    payload
      .create({ collection: 'deliveries', data: data as never })
      .then((doc) => track('deliveries', doc)),
  )

let subscriberNumber = 0
const subscribers = (count: number, data: Record<string, unknown>) =>
  times(count, () =>
    payload
      .create({
        collection: 'subscribers',
        data: { email: `monitor-${++subscriberNumber}@test.example`, ...data } as never,
      })
      .then((doc) => track('subscribers', doc)),
  )

const downloads = (data: Record<string, unknown>) =>
  payload
    .create({ collection: 'pack-downloads', data: data as never })
    .then((doc) => track('pack-downloads', doc))

const login = async (user: User) =>
  (
    await payload.login({
      collection: 'users',
      data: { email: user.email, password: testPassword },
    })
  ).token as string

beforeAll(async () => {
  payload = await startPayload()
  fixtures = createFixtures(payload)
  arnhem = await fixtures.municipalityId('arnhem')
  winterswijk = await fixtures.municipalityId('winterswijk')
  editor = await fixtures.user({
    email: 'monitor.arnhem@test.example',
    roles: ['gemeente-redactie'],
    municipalities: ['arnhem'],
  })
  regional = await fixtures.user({ email: 'monitor.regio@test.example', roles: ['regio-redactie'] })

  // Building blocks: Arnhem 6 in Q1 and 5 in Q3, Winterswijk 8 in Q2; approved: Arnhem 5 in Q2,
  // Winterswijk 2 in Q4 (a small number).
  await times(6, () => block(arnhem, { createdAt: '2025-02-03T10:00:00.000Z' }))
  await times(5, () =>
    block(arnhem, {
      createdAt: '2025-08-01T10:00:00.000Z',
      reviewStatus: 'approved',
      reviewedAt: '2025-05-20T10:00:00.000Z',
    }),
  )
  await times(8, () => block(winterswijk, { createdAt: '2025-04-01T08:00:00.000Z' }))
  await times(2, () =>
    block(winterswijk, {
      createdAt: '2024-12-01T10:00:00.000Z',
      reviewStatus: 'approved',
      reviewedAt: '2025-11-11T10:00:00.000Z',
    }),
  )

  // Editions: one sent in Q2, one in Q4 2025, one in 2024 that must not count.
  const may = await edition('Monitor mei', '2025-05-10T08:00:00.000Z')
  const november = await edition('Monitor november', '2025-11-02T08:00:00.000Z')
  const older = await edition('Monitor 2024', '2024-06-01T08:00:00.000Z')
  await deliveries(6, { edition: may.id, municipality: arnhem, locale: 'nl', state: 'delivered' })
  await deliveries(5, { edition: may.id, municipality: arnhem, locale: 'nl', state: 'bounced' })
  await deliveries(3, { edition: may.id, municipality: arnhem, locale: 'nl', state: 'failed' })
  await deliveries(5, {
    edition: may.id,
    municipality: winterswijk,
    locale: 'tr',
    state: 'delivered',
  })
  await deliveries(7, {
    edition: november.id,
    municipality: arnhem,
    locale: 'ar',
    state: 'accepted',
  })
  await deliveries(5, { edition: older.id, municipality: arnhem, locale: 'nl', state: 'delivered' })

  // Subscribers: Arnhem 6 stay, 5 leave in Q3; Winterswijk 5 in Q2; one pending, one from 2026.
  await subscribers(6, {
    municipality: arnhem,
    locale: 'nl',
    audiences: ['schools'],
    status: 'confirmed',
    confirmedAt: '2025-02-14T09:00:00.000Z',
  })
  await subscribers(5, {
    municipality: arnhem,
    locale: 'nl',
    audiences: ['residents'],
    status: 'unsubscribed',
    confirmedAt: '2025-02-20T09:00:00.000Z',
    unsubscribedAt: '2025-08-20T09:00:00.000Z',
  })
  await subscribers(5, {
    municipality: winterswijk,
    locale: 'tr',
    audiences: ['schools', 'employers'],
    status: 'confirmed',
    confirmedAt: '2025-04-02T09:00:00.000Z',
  })
  await subscribers(1, { municipality: arnhem, locale: 'nl', status: 'pending' })
  await subscribers(1, {
    municipality: arnhem,
    locale: 'nl',
    status: 'confirmed',
    confirmedAt: '2026-01-05T09:00:00.000Z',
  })

  // Downloads (already counted per day): 2024-12-31 and 2026-01-01 fall outside 2025.
  const download = { audience: 'schools', locale: 'nl', kind: 'pdf' }
  await downloads({ ...download, municipality: arnhem, day: '2025-02-10T00:00:00.000Z', count: 30 })
  await downloads({
    ...download,
    municipality: arnhem,
    kind: 'material',
    day: '2025-02-11T00:00:00.000Z',
    count: 6,
  })
  await downloads({
    ...download,
    municipality: arnhem,
    audience: 'employers',
    locale: 'en',
    day: '2025-05-05T00:00:00.000Z',
    count: 7,
  })
  await downloads({
    ...download,
    municipality: winterswijk,
    day: '2025-12-31T00:00:00.000Z',
    count: 8,
  })
  await downloads({
    ...download,
    municipality: arnhem,
    day: '2024-12-31T00:00:00.000Z',
    count: 100,
  })
  await downloads({ ...download, municipality: arnhem, day: '2026-01-01T00:00:00.000Z', count: 50 })
})

afterAll(async () => {
  for (const { collection, id } of created.reverse()) {
    await payload.delete({ collection, id }).catch(() => undefined)
  }
  await fixtures.cleanup()
  await closePdfBrowser()
  await payload.destroy()
})

const tableOf = (tables: MonitorTable[], id: TableId) => tables.find((table) => table.id === id)!

const rowOf = (table: MonitorTable, id: number | string) => {
  const row = table.rows.find((candidate) => candidate.id === String(id))!
  return [...row.cells, ...(row.total === undefined ? [] : [row.total])]
}

const totalsOf = (table: MonitorTable) => [
  ...table.totals!.cells,
  ...(table.totals!.total === undefined ? [] : [table.totals!.total]),
]

describe('monitor figures', () => {
  it('should count what was contributed, sent, delivered, subscribed and downloaded per quarter and municipality', async () => {
    const { tables } = await computeMonitor({ payload, year: 2025 })
    const table = (id: TableId) => tableOf(tables, id)

    expect(rowOf(table('bouwstenen-aangeleverd'), arnhem)).toEqual([6, 0, 5, 0, 11])
    expect(rowOf(table('bouwstenen-aangeleverd'), winterswijk)).toEqual([0, 8, 0, 0, 8])
    expect(totalsOf(table('bouwstenen-aangeleverd'))).toEqual([6, 8, 5, 0, 19])

    expect(table('edities-verzonden').rows).toEqual([
      expect.objectContaining({ cells: [0, 1, 0, 1], total: 2 }),
    ])
    expect(rowOf(table('mails-per-kwartaal'), arnhem)).toEqual([0, 11, 0, 7, 18])
    expect(rowOf(table('mails-per-kwartaal'), winterswijk)).toEqual([0, 5, 0, 0, 5])
    expect(rowOf(table('mails-per-status'), arnhem)).toEqual([18, 6, 5])
    expect(totalsOf(table('mails-per-status'))).toEqual([23, 11, 5])
    expect(rowOf(table('mails-per-taal'), arnhem)).toEqual([11, 0, 7, 0, 0, 0])
    expect(rowOf(table('mails-per-taal'), winterswijk)).toEqual([0, 0, 0, 5, 0, 0])

    expect(rowOf(table('aanmeldingen'), arnhem)).toEqual([11, 0, 0, 0, 11])
    expect(rowOf(table('aanmeldingen'), winterswijk)).toEqual([0, 5, 0, 0, 5])
    expect(rowOf(table('afmeldingen'), arnhem)).toEqual([0, 0, 5, 0, 5])
    expect(rowOf(table('abonnees-per-taal'), arnhem)).toEqual([6, 0, 0, 0, 0, 0, 6])
    expect(rowOf(table('abonnees-per-taal'), winterswijk)).toEqual([0, 0, 0, 5, 0, 0, 5])
    expect(totalsOf(table('abonnees-per-taal'))).toEqual([6, 0, 0, 5, 0, 0, 11])
    const perAudience = table('abonnees-per-doelgroep')
    const schools = perAudience.columns.findIndex(({ key }) => key === 'schools')
    const employers = perAudience.columns.findIndex(({ key }) => key === 'employers')
    expect(perAudience.totals!.cells[schools]).toBe(11)
    expect(perAudience.totals!.cells[employers]).toBe(5)

    expect(rowOf(table('downloads-per-kwartaal'), arnhem)).toEqual([36, 7, 0, 0, 43])
    expect(rowOf(table('downloads-per-kwartaal'), winterswijk)).toEqual([0, 0, 0, 8, 8])
    expect(rowOf(table('downloads-per-doelgroep'), arnhem)).toEqual([36, 7, 0, 0])
    expect(rowOf(table('downloads-per-taal'), arnhem)).toEqual([36, 7, 0, 0, 0, 0])
    expect(totalsOf(table('downloads-per-kwartaal'))).toEqual([36, 7, 0, 8, 51])
  })

  it('should show 1 to 4 as "<5" and hide what would let the region total give it away, also in the CSV', async () => {
    const { tables } = await computeMonitor({
      payload,
      year: 2025,
      tables: ['bouwstenen-gepubliceerd'],
    })
    const published = tableOf(tables, 'bouwstenen-gepubliceerd')
    expect(rowOf(published, winterswijk)).toEqual([0, 0, 0, '<5', '<5'])
    // Arnhem's 5 would give Winterswijk's 2 away from the region's 7, so it is hidden as well.
    expect(rowOf(published, arnhem)).toEqual([0, 'x', 0, 0, 'x'])
    expect(totalsOf(published)).toEqual([0, 'x', 0, '<5', 7])

    const token = await login(regional)
    const csv = await rest('GET', '/api/monitor/bouwstenen-gepubliceerd.csv?jaar=2025', { token })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[0]).toBe('Gemeente;K1 (jan–mrt);K2 (apr–jun);K3 (jul–sep);K4 (okt–dec);Totaal')
    expect(lines).toContain('Winterswijk;0;0;0;<5;<5')
    expect(lines).toContain('Arnhem;0;x;0;0;x')
    expect(lines).toContain('Totaal regio;0;x;0;<5;7')
    expect(csv.text).not.toMatch(/;[1-4](;|\r)/)

    const english = await rest('GET', '/api/monitor/bouwstenen-gepubliceerd.csv?jaar=2025&taal=en', {
      token,
    })
    expect(english.text.replace(/^\uFEFF/, '').split('\r\n')).toEqual(
      expect.arrayContaining([
        'Municipality;Q1 (Jan–Mar);Q2 (Apr–Jun);Q3 (Jul–Sep);Q4 (Oct–Dec);Total',
        'Region total;0;x;0;<5;7',
      ]),
    )
  })

  it('should give a municipal editor only the figures of their own municipality, also as CSV', async () => {
    const token = await login(editor)
    const own = await rest('GET', '/api/monitor/aanmeldingen.csv?jaar=2025', { token })
    expect(own.status).toBe(200)
    const lines = own.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines).toEqual([
      'Gemeente;K1 (jan–mrt);K2 (apr–jun);K3 (jul–sep);K4 (okt–dec);Totaal',
      'Arnhem;11;0;0;0;11',
    ])

    const other = await rest(
      'GET',
      `/api/monitor/aanmeldingen.csv?jaar=2025&gemeente=${winterswijk}`,
      { token },
    )
    expect(other.status).toBe(403)
    expect(other.text).not.toContain('Winterswijk')
    const otherOverview = await rest(
      'GET',
      `/api/monitor/jaaroverzicht.pdf?jaar=2025&gemeente=${winterswijk}`,
      { token },
    )
    expect(otherOverview.status).toBe(403)
    expect((await rest('GET', '/api/monitor/aanmeldingen.csv?jaar=2025')).status).toBe(401)

    const { tables } = await computeMonitor({ payload, year: 2025 })
    const scoped = scopeTables(tables, { kind: 'municipality', id: arnhem })
    for (const table of scoped.filter(({ isRegional }) => !isRegional)) {
      expect(table.rows.map(({ name }) => name)).toEqual(['Arnhem'])
      expect(table.totals).toBeUndefined()
    }

    const regionToken = await login(regional)
    const all = await rest('GET', '/api/monitor/aanmeldingen.csv?jaar=2025', { token: regionToken })
    expect(all.text).toContain('Winterswijk;0;5;0;0;5')
    expect(all.text).toContain('Totaal regio;11;5;0;0;16')
    const unknown = await rest('GET', '/api/monitor/aanmeldingen.csv?jaar=2025&gemeente=999999', {
      token: regionToken,
    })
    expect(unknown.status).toBe(404)
  })

  it('should make the yearly overview of the own municipality as a PDF', async () => {
    const token = await login(editor)
    const response = await rest('GET', '/api/monitor/jaaroverzicht.pdf?jaar=2025', { token })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toContain('jaaroverzicht-2025-arnhem.pdf')
    expect(response.text.startsWith('%PDF-')).toBe(true)

    // The same document the endpoint prints, read back as a reader of the PDF gets it.
    const { tables } = await computeMonitor({ payload, year: 2025 })
    const html = overviewDocument({
      municipalityName: 'Winterswijk',
      year: 2025,
      i18n: await initI18n({ config: payload.config.i18n, context: 'api', language: 'nl' }),
      generatedAt: new Date('2026-01-15T10:00:00.000Z'),
      tables: scopeTables(tables, { kind: 'municipality', id: winterswijk }),
    })
    const text = (await readPdf(await htmlToPdf(html))).pages.join(' ')
    expect(text).toContain('Jaaroverzicht 2025: gemeente Winterswijk')
    expect(text).toContain('Bouwstenen gepubliceerd (goedgekeurd)')
    expect(text).toContain('<5')
    expect(text).not.toContain('Arnhem')
  })
})

describe('demo monitor seed', () => {
  it('should add sent editions, deliveries, former subscribers and download counts once', async () => {
    const before = await payload.count({ collection: 'deliveries' })
    // A few of the demo list's subscribers, confirmed well before the demo editions went out.
    await times(18, (index) =>
      payload.create({
        collection: 'subscribers',
        data: {
          email: `abonnee-${900 + index}@example.org`,
          locale: index % 3 === 0 ? 'ar' : 'nl',
          municipality: index % 2 === 0 ? arnhem : winterswijk,
          status: 'confirmed',
          confirmedAt: new Date(Date.now() - 400 * 24 * 60 * 60 * 1000).toISOString(),
        } as never,
      }),
    )
    expect(await ensureDemoMonitor(payload)).toBe(true)
    expect(await ensureDemoMonitor(payload)).toBe(false)
    const { docs: demoEditions } = await payload.find({
      collection: 'newsletter-editions',
      where: { title: { like: '(verzonden)' } },
      depth: 0,
      pagination: false,
    })
    expect(demoEditions.map(({ status }) => status)).toEqual(['sent', 'sent'])
    const { totalDocs: demoDownloads } = await payload.count({
      collection: 'pack-downloads',
      where: {
        id: {
          not_in: created
            .filter(({ collection }) => collection === 'pack-downloads')
            .map(({ id }) => id),
        },
      },
    })
    expect(demoDownloads).toBeGreaterThan(50)
    const { totalDocs: unsubscribed } = await payload.count({
      collection: 'subscribers',
      where: { email: { like: 'oud-abonnee-' } },
    })
    expect(unsubscribed).toBe(8)
    const { totalDocs: bounced } = await payload.count({
      collection: 'deliveries',
      where: {
        and: [
          { edition: { in: demoEditions.map(({ id }) => id) } },
          { state: { equals: 'bounced' } },
        ],
      },
    })
    expect(bounced).toBeGreaterThan(0)
    expect((await payload.count({ collection: 'deliveries' })).totalDocs).toBe(
      before.totalDocs + 2 * 18,
    )

    await payload.delete({
      collection: 'deliveries',
      where: { edition: { in: demoEditions.map(({ id }) => id) } },
    })
    await payload.delete({
      collection: 'newsletter-editions',
      where: { id: { in: demoEditions.map(({ id }) => id) } },
    })
    await payload.delete({ collection: 'subscribers', where: { email: { like: 'abonnee-' } } })
    await payload.delete({
      collection: 'pack-downloads',
      where: {
        id: {
          not_in: created
            .filter(({ collection }) => collection === 'pack-downloads')
            .map(({ id }) => id),
        },
      },
    })
  })
})
