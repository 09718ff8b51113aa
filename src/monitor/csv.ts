import { getTranslation } from '@payloadcms/translations'

import { adminT } from '@/i18n/admin'
import type { AdminI18n } from '@/i18n/admin'
import { spreadsheetCsv } from '@/lib/csvWrite'

import type { MonitorTable } from './tables'

/**
 * A monitor table as CSV for Dutch Excel (`spreadsheetCsv`), headers in the reader's language.
 * Hidden figures stay hidden: "<5" and "x" are text.
 */
export const toCsv = (table: MonitorTable, i18n: AdminI18n): string => {
  const t = adminT(i18n)
  const hasTotals = table.rows.some(({ total }) => total !== undefined)
  const header = [
    t('custom:monitor:municipality'),
    ...table.columns.map(({ label }) => getTranslation(label, i18n)),
    ...(hasTotals ? [t('custom:monitor:total')] : []),
  ]
  const lines = [header]
  for (const { name, cells, total } of table.rows) {
    lines.push([name, ...cells.map(String), ...(hasTotals ? [String(total ?? '')] : [])])
  }
  if (table.totals) {
    lines.push([
      t('custom:monitor:regionTotal'),
      ...table.totals.cells.map(String),
      ...(hasTotals ? [String(table.totals.total ?? '')] : []),
    ])
  }
  return spreadsheetCsv(lines)
}

export const csvFileName = (table: MonitorTable, year: number, municipalityName?: string) =>
  `monitor-${table.id}-${year}${municipalityName ? `-${fileSlug(municipalityName)}` : ''}.csv`

/** A name as a safe part of a file name: `Oude IJsselstreek` -> `oude-ijsselstreek`. */
export const fileSlug = (value: string) =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
