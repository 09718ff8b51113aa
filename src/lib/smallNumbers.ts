/**
 * Small numbers are never shown, so no person can be singled out from the figures.
 *
 * 1. A count of 1 to 4 is shown as "<5" (primary suppression); 0 stays 0 and 5 or more is exact.
 * 2. Totals are exact sums, so a hidden cell could be backed out as "total minus the rest". To
 *    prevent that, every group that adds up to a shown total (a row with its row total, a column
 *    with its column total, the totals row and column with the grand total) must hide either none
 *    of its cells or at least two. When a group hides exactly one, the smallest other non-zero
 *    cell in it is hidden too and shown as "x" (secondary suppression), preferring ordinary cells
 *    over totals; this repeats until every group is safe.
 *
 * This is the one rule for every place that shows counts of people (the monitor, its CSV files and
 * yearly overview, the subscriber counts on the dashboard, a send's parts per language and
 * municipality); SECURITY.md says what stays exact and why. A table is suppressed as a whole, over
 * all municipalities, before a view picks the rows its viewer may see, so the same cell looks the
 * same to every viewer and in every view.
 */

export type Shown = number | '<5' | 'x'

export const smallNumberShown = '<5' as const
export const secondaryShown = 'x' as const

export const isSmallNumber = (value: number) => value >= 1 && value <= 4

export type SuppressedTable = {
  cells: Shown[][]
  /** Per row, when the table has row totals. */
  rowTotals?: Shown[]
  /** Per column, when the table has column totals. */
  columnTotals?: Shown[]
  /** When the table has both. */
  grandTotal?: Shown
}

export const suppressTable = ({
  cells,
  hasRowTotals,
  hasColumnTotals,
}: {
  cells: number[][]
  hasRowTotals: boolean
  hasColumnTotals: boolean
}): SuppressedTable => {
  const rowCount = cells.length
  const columnCount = cells[0]?.length ?? 0
  const rowTotals = cells.map((row) => sum(row))
  const columnTotals = Array.from({ length: columnCount }, (_, column) =>
    sum(cells.map((row) => row[column] ?? 0)),
  )
  const grandTotal = sum(rowTotals)

  // The table with its totals as one grid: the totals column at index columnCount, the totals
  // row at index rowCount.
  const grid: number[][] = cells.map((row, index) => [
    ...row,
    ...(hasRowTotals ? [rowTotals[index]!] : []),
  ])
  if (hasColumnTotals) grid.push([...columnTotals, ...(hasRowTotals ? [grandTotal] : [])])
  const width = columnCount + (hasRowTotals ? 1 : 0)
  const height = rowCount + (hasColumnTotals ? 1 : 0)
  const isTotal = (row: number, column: number) => row === rowCount || column === columnCount

  const groups: [number, number][][] = []
  if (hasRowTotals) {
    for (let row = 0; row < height; row++) {
      groups.push(Array.from({ length: width }, (_, column) => [row, column] as [number, number]))
    }
  }
  if (hasColumnTotals) {
    for (let column = 0; column < width; column++) {
      groups.push(Array.from({ length: height }, (_, row) => [row, column] as [number, number]))
    }
  }

  const state: ('shown' | 'small' | 'secondary')[][] = grid.map((row) =>
    row.map((value) => (isSmallNumber(value) ? 'small' : 'shown')),
  )
  let hasChanged = true
  while (hasChanged) {
    hasChanged = false
    for (const group of groups) {
      const hidden = group.filter(([row, column]) => state[row]![column] !== 'shown')
      if (hidden.length !== 1) continue
      const candidates = group
        .filter(([row, column]) => state[row]![column] === 'shown' && grid[row]![column]! > 0)
        .sort(
          ([rowA, columnA], [rowB, columnB]) =>
            Number(isTotal(rowA, columnA)) - Number(isTotal(rowB, columnB)) ||
            grid[rowA]![columnA]! - grid[rowB]![columnB]!,
        )
      const [pick] = candidates
      if (!pick) continue
      state[pick[0]]![pick[1]] = 'secondary'
      hasChanged = true
    }
  }

  const shown = (row: number, column: number): Shown => {
    const cellState = state[row]![column]
    if (cellState === 'small') return smallNumberShown
    if (cellState === 'secondary') return secondaryShown
    return grid[row]![column]!
  }
  return {
    cells: cells.map((row, rowIndex) => row.map((_, column) => shown(rowIndex, column))),
    ...(hasRowTotals ? { rowTotals: cells.map((_, row) => shown(row, columnCount)) } : {}),
    ...(hasColumnTotals
      ? { columnTotals: columnTotals.map((_, column) => shown(rowCount, column)) }
      : {}),
    ...(hasRowTotals && hasColumnTotals ? { grandTotal: shown(rowCount, columnCount) } : {}),
  }
}

/**
 * A whole split into parts (per language, per municipality) whose sums are shown as the whole's
 * own figures: suppressed as a table with column totals, so no part can be backed out from the
 * whole. `keys` are the figures of a part; the rest of a part is passed through.
 */
export const suppressBreakdown = <TKey extends string, TPart extends Record<TKey, number>>(
  parts: TPart[],
  keys: readonly TKey[],
): (Omit<TPart, TKey> & Record<TKey, Shown>)[] => {
  const { cells } = suppressTable({
    cells: parts.map((part) => keys.map((key) => part[key])),
    hasRowTotals: false,
    hasColumnTotals: true,
  })
  return parts.map((part, index) => ({
    ...part,
    ...(Object.fromEntries(keys.map((key, column) => [key, cells[index]![column]!])) as Record<
      TKey,
      Shown
    >),
  }))
}

/** Only primary suppression: for a figure that is not added up anywhere. */
export const suppressValue = (value: number): Shown =>
  isSmallNumber(value) ? smallNumberShown : value

/** A shown value for a chart: a hidden value gets no bar (never a made-up height), only its label. */
export const chartValue = (value: Shown): number => (typeof value === 'number' ? value : 0)

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)
