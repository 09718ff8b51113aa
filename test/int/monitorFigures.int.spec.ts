import { describe, expect, it, vi } from 'vitest'

import { sqliteFastPath } from '@/lib/fastPaths'
import { computeMonitor } from '@/monitor/aggregate'
import { currentYear } from '@/monitor/periods'
import type { TableId } from '@/monitor/tables'

import { useIntegration } from '../support/integration'
import { rowOf, tableOf, totalsOf, useMonitorYear } from '../support/monitor'

const { payload, fixtures, rest } = useIntegration()
const year = useMonitorYear(fixtures)

describe('monitor figures', () => {
  it('should count what was contributed, sent, delivered, subscribed and downloaded per quarter and municipality', async () => {
    const { tables } = await computeMonitor({ payload, year: 2025 })
    const table = (id: TableId) => tableOf(tables, id)

    expect(rowOf(table('bouwstenen-aangeleverd'), year.arnhem)).toEqual([6, 0, 5, 0, 11])
    expect(rowOf(table('bouwstenen-aangeleverd'), year.winterswijk)).toEqual([0, 8, 0, 0, 8])
    expect(totalsOf(table('bouwstenen-aangeleverd'))).toEqual([6, 8, 5, 0, 19])

    expect(table('edities-verzonden').rows).toEqual([
      expect.objectContaining({ cells: [0, 1, 0, 1], total: 2 }),
    ])
    expect(rowOf(table('mails-per-kwartaal'), year.arnhem)).toEqual([0, 11, 0, 7, 18])
    expect(rowOf(table('mails-per-kwartaal'), year.winterswijk)).toEqual([0, 5, 0, 0, 5])
    expect(rowOf(table('mails-per-status'), year.arnhem)).toEqual([18, 6, 5])
    expect(totalsOf(table('mails-per-status'))).toEqual([23, 11, 5])
    expect(rowOf(table('mails-per-taal'), year.arnhem)).toEqual([11, 0, 7, 0, 0, 0])
    expect(rowOf(table('mails-per-taal'), year.winterswijk)).toEqual([0, 0, 0, 5, 0, 0])

    expect(rowOf(table('aanmeldingen'), year.arnhem)).toEqual([11, 0, 0, 0, 11])
    expect(rowOf(table('aanmeldingen'), year.winterswijk)).toEqual([0, 5, 0, 0, 5])
    expect(rowOf(table('afmeldingen'), year.arnhem)).toEqual([0, 0, 5, 0, 5])
    expect(rowOf(table('abonnees-per-taal'), year.arnhem)).toEqual([6, 0, 0, 0, 0, 0, 6])
    expect(rowOf(table('abonnees-per-taal'), year.winterswijk)).toEqual([0, 0, 0, 5, 0, 0, 5])
    expect(totalsOf(table('abonnees-per-taal'))).toEqual([6, 0, 0, 5, 0, 0, 11])
    const perAudience = table('abonnees-per-doelgroep')
    const schools = perAudience.columns.findIndex(({ key }) => key === 'schools')
    const employers = perAudience.columns.findIndex(({ key }) => key === 'employers')
    expect(perAudience.totals!.cells[schools]).toBe(11)
    expect(perAudience.totals!.cells[employers]).toBe(5)

    expect(rowOf(table('downloads-per-kwartaal'), year.arnhem)).toEqual([36, 7, 0, 0, 43])
    expect(rowOf(table('downloads-per-kwartaal'), year.winterswijk)).toEqual([0, 0, 0, 8, 8])
    expect(rowOf(table('downloads-per-doelgroep'), year.arnhem)).toEqual([36, 7, 0, 0])
    expect(rowOf(table('downloads-per-taal'), year.arnhem)).toEqual([36, 7, 0, 0, 0, 0])
    expect(totalsOf(table('downloads-per-kwartaal'))).toEqual([36, 7, 0, 8, 51])
  })

  it('should show 1 to 4 as "<5" and hide what would let the region total give it away, also in the CSV', async () => {
    const { tables } = await computeMonitor({
      payload,
      year: 2025,
      tables: ['bouwstenen-gepubliceerd'],
    })
    const published = tableOf(tables, 'bouwstenen-gepubliceerd')
    expect(rowOf(published, year.winterswijk)).toEqual([0, 0, 0, '<5', '<5'])
    // Arnhem's 5 would give Winterswijk's 2 away from the region's 7, so it is hidden as well.
    expect(rowOf(published, year.arnhem)).toEqual([0, 'x', 0, 0, 'x'])
    expect(totalsOf(published)).toEqual([0, 'x', 0, '<5', 7])

    const csv = await rest('GET', '/api/monitor/bouwstenen-gepubliceerd.csv?jaar=2025', {
      as: year.regional,
    })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[0]).toBe('Gemeente;K1 (jan–mrt);K2 (apr–jun);K3 (jul–sep);K4 (okt–dec);Totaal')
    expect(lines).toContain('Winterswijk;0;0;0;<5;<5')
    expect(lines).toContain('Arnhem;0;x;0;0;x')
    expect(lines).toContain('Totaal regio;0;x;0;<5;7')
    expect(csv.text).not.toMatch(/;[1-4](;|\r)/)

    const english = await rest(
      'GET',
      '/api/monitor/bouwstenen-gepubliceerd.csv?jaar=2025&taal=en',
      {
        as: year.regional,
      },
    )
    expect(english.text.replace(/^\uFEFF/, '').split('\r\n')).toEqual(
      expect.arrayContaining([
        'Municipality;Q1 (Jan–Mar);Q2 (Apr–Jun);Q3 (Jul–Sep);Q4 (Oct–Dec);Total',
        'Region total;0;x;0;<5;7',
      ]),
    )
  })
  it('should give the same figures on the generic database path as the grouped SQLite statements', async () => {
    // 2025 holds the fixtures; the current year counts who is subscribed now instead.
    const years = [2025, currentYear()]
    const grouped = []
    for (const asked of years) grouped.push(await computeMonitor({ payload, year: asked }))
    expect(rowOf(tableOf(grouped[0]!.tables, 'mails-per-status'), year.arnhem)).toEqual([18, 6, 5])

    vi.stubEnv('GENERIC_DATABASE_PATHS', '1')
    expect(sqliteFastPath(payload)).toBeUndefined()
    const generic = []
    for (const asked of years) generic.push(await computeMonitor({ payload, year: asked }))
    expect(generic).toEqual(grouped)
  })
})
