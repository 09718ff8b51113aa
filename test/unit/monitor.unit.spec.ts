import { describe, expect, it } from 'vitest'

import { adminTextsIn } from '@/i18n/admin'
import { toCsv } from '@/monitor/csv'
import { parseYear, quartersOf, yearOf } from '@/monitor/periods'
import { suppressTable } from '@/monitor/suppression'
import type { Shown } from '@/monitor/suppression'
import { specOf } from '@/monitor/tables'
import type { MonitorTable } from '@/monitor/tables'

/** Whether some hidden cell can be worked out exactly as "total minus the shown rest". */
const canBackOut = (cells: Shown[][], totals: Shown[]) =>
  [...cells, totals].some(
    (group) => group.filter((value) => typeof value !== 'number').length === 1,
  )

describe('small-number suppression', () => {
  it('should show 1 to 4 as "<5" and keep 0 and 5 or more', () => {
    const { cells } = suppressTable({
      cells: [[0, 1, 4, 5, 12]],
      hasRowTotals: false,
      hasColumnTotals: false,
    })
    expect(cells).toEqual([[0, '<5', '<5', 5, 12]])
  })

  it('should hide a second cell in a row so a hidden number cannot be backed out of the row total', () => {
    const { cells, rowTotals } = suppressTable({
      cells: [[3, 10, 12, 0]],
      hasRowTotals: true,
      hasColumnTotals: false,
    })
    expect(cells).toEqual([['<5', 'x', 12, 0]])
    expect(rowTotals).toEqual([25])
  })

  it('should leave no row, column or totals group with exactly one hidden figure', () => {
    const raw = [
      [3, 10, 12, 0],
      [20, 30, 7, 9],
      [0, 0, 0, 0],
      [2, 0, 15, 40],
    ]
    const table = suppressTable({ cells: raw, hasRowTotals: true, hasColumnTotals: true })
    const grid = table.cells.map((row, index) => [...row, table.rowTotals![index]!])
    const totalsRow = [...table.columnTotals!, table.grandTotal!]
    const columns = totalsRow.map((_, column) => [
      ...grid.map((row) => row[column]!),
      totalsRow[column]!,
    ])
    for (const group of [...grid, totalsRow, ...columns]) {
      expect(group.filter((value) => typeof value !== 'number').length).not.toBe(1)
    }
    expect(canBackOut(grid, totalsRow)).toBe(false)
    expect(table.cells[0]![0]).toBe('<5')
    expect(table.cells[3]![0]).toBe('<5')
    expect(table.grandTotal).toBe(148)
  })

  it('should hide a total of 1 to 4 itself', () => {
    const table = suppressTable({
      cells: [
        [0, 3],
        [0, 0],
      ],
      hasRowTotals: true,
      hasColumnTotals: true,
    })
    expect(table.rowTotals).toEqual(['<5', 0])
    expect(table.columnTotals).toEqual([0, '<5'])
    expect(table.grandTotal).toBe('<5')
  })
})

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
