import { describe, expect, it } from 'vitest'

import { adminTextsIn } from '@/i18n/admin'
import { toCsv } from '@/monitor/csv'
import { parseYear, quartersOf, yearOf } from '@/monitor/periods'
import { specOf } from '@/monitor/tables'
import type { MonitorTable } from '@/monitor/tables'

describe('monitor periods', () => {
  it('should split the year into quarters at midnight in the Netherlands', () => {
    const quarters = quartersOf(2026)
    expect(quarters.map(({ from }) => from)).toEqual([
      '2025-12-31T23:00:00.000Z',
      '2026-03-31T22:00:00.000Z',
      '2026-06-30T22:00:00.000Z',
      '2026-09-30T22:00:00.000Z',
    ])
    expect(quarters[3]!.to).toBe('2026-12-31T23:00:00.000Z')
    expect(yearOf(2026, 'calendarDay')).toEqual({
      key: '2026',
      from: '2026-01-01T00:00:00.000Z',
      to: '2027-01-01T00:00:00.000Z',
    })
  })

  it('should fall back to the current year for a missing or odd year', () => {
    const now = new Date('2026-12-31T23:30:00.000Z')
    expect(parseYear('2025', now)).toBe(2025)
    expect(parseYear(undefined, now)).toBe(2027)
    expect(parseYear('twintig', now)).toBe(2027)
  })
})

describe('monitor CSV', () => {
  it('should write Dutch headers, semicolons, a byte order mark and hidden figures as text', () => {
    const table: MonitorTable = {
      ...specOf('aanmeldingen'),
      id: 'aanmeldingen',
      columns: [...specOf('aanmeldingen').columns],
      rows: [
        { id: '1', name: 'Arnhem', cells: [12, '<5', 'x', 0], total: 20 },
        { id: '2', name: 'Oude IJsselstreek', cells: [0, 0, 0, 0], total: 0 },
      ],
      totals: { cells: [12, '<5', 'x', 0], total: 20 },
    }
    const csv = toCsv(table, adminTextsIn('nl'))
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Gemeente;K1 (jan–mrt);K2 (apr–jun);K3 (jul–sep);K4 (okt–dec);Totaal',
      'Arnhem;12;<5;x;0;20',
      'Oude IJsselstreek;0;0;0;0;0',
      'Totaal regio;12;<5;x;0;20',
      '',
    ])
  })

  it('should write the headers in the language asked for', () => {
    const table: MonitorTable = {
      ...specOf('mails-per-taal'),
      id: 'mails-per-taal',
      columns: [...specOf('mails-per-taal').columns],
      rows: [{ id: '1', name: 'Arnhem', cells: [1, 0, 0, 0, 0, 0] }],
      totals: { cells: [1, 0, 0, 0, 0, 0] },
    }
    expect(toCsv(table, adminTextsIn('en')).slice(1).split('\r\n')[0]).toBe(
      'Municipality;Dutch;English;Arabic;Turkish;Polish;Ukrainian',
    )
    expect(toCsv(table, adminTextsIn('nl')).slice(1).split('\r\n')[0]).toBe(
      'Gemeente;Nederlands;Engels;Arabisch;Turks;Pools;Oekraïens',
    )
  })

  it('should keep a name that looks like a formula or holds a semicolon as plain text', () => {
    const table: MonitorTable = {
      ...specOf('mails-per-status'),
      id: 'mails-per-status',
      columns: [...specOf('mails-per-status').columns],
      rows: [{ id: '1', name: '=HYPERLINK("x";"y")', cells: [5, 5, 0] }],
    }
    expect(toCsv(table, adminTextsIn('nl')).split('\r\n')[1]).toBe(
      '"\'=HYPERLINK(""x"";""y"")";5;5;0',
    )
  })
})
