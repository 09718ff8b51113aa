import { describe, expect, it } from 'vitest'

import { suppressBreakdown, suppressTable, suppressValue } from '@/lib/smallNumbers'
import type { Shown } from '@/lib/smallNumbers'

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

  it('should hide a lone figure of 1 to 4 and keep 0 and 5 or more', () => {
    expect([0, 1, 4, 5, 12].map(suppressValue)).toEqual([0, '<5', '<5', 5, 12])
  })

  it('should hide a part of a whole so it cannot be backed out from the whole, keeping the rest of the part', () => {
    const parts = suppressBreakdown(
      [
        { name: 'Aalten', accepted: 3, failed: 0 },
        { name: 'Arnhem', accepted: 40, failed: 6 },
        { name: 'Zevenaar', accepted: 12, failed: 0 },
      ],
      ['accepted', 'failed'],
    )
    expect(parts).toEqual([
      { name: 'Aalten', accepted: '<5', failed: 0 },
      { name: 'Arnhem', accepted: 40, failed: 6 },
      { name: 'Zevenaar', accepted: 'x', failed: 0 },
    ])
  })
})
