import { getTranslation } from '@payloadcms/translations'
import type { I18n } from '@payloadcms/translations'
import { formatDate } from '@payloadcms/ui/shared'

import { adminT } from '@/i18n/admin'
import { escapeHtml } from '@/lib/html'
import { secondaryShown, smallNumberShown } from '@/lib/smallNumbers'
import type { Shown } from '@/lib/smallNumbers'

import { sections } from './tables'
import type { MonitorTable, TableId } from './tables'

/**
 * The yearly overview of one municipality, for the review of its local action plan: every figure
 * of the monitor for that municipality on one printable page. One HTML builder serves the admin
 * page and the PDF, so both show the same.
 */

export type YearOverview = {
  municipalityName: string
  year: number
  /** The monitor's tables, already narrowed to this municipality. */
  tables: MonitorTable[]
  /** The reader's i18n: the request's, or one made for the `?taal=` of a download. */
  i18n: I18n
  generatedAt: Date
}

/** The tables that run per quarter, shown together as one table of the year. */
const perQuarter: TableId[] = [
  'bouwstenen-aangeleverd',
  'bouwstenen-gepubliceerd',
  'edities-verzonden',
  'mails-per-kwartaal',
  'aanmeldingen',
  'afmeldingen',
  'downloads-per-kwartaal',
]

export const overviewTitle = ({
  municipalityName,
  year,
  i18n,
}: Pick<YearOverview, 'municipalityName' | 'year' | 'i18n'>) =>
  adminT(i18n)('custom:monitor:overview:title', { year, name: municipalityName })

/** The overview's content, to place inside an element with the class `monitor-overview`. */
export const overviewHtml = (overview: YearOverview): string => {
  const { tables, i18n, year, generatedAt } = overview
  const t = adminT(i18n)
  const byId = new Map(tables.map((table) => [table.id, table]))
  const quarterTables = perQuarter
    .map((id) => byId.get(id))
    .filter((table): table is MonitorTable => Boolean(table))
  const quarterHeader = quarterTables[0]?.columns ?? []

  const quarterRows = quarterTables
    .map((table) => {
      const row = table.rows[0]
      const note = table.isRegional ? ` ${t('custom:monitor:overview:wholeRegion')}` : ''
      return `<tr><th scope="row">${escapeHtml(getTranslation(table.title, i18n) + note)}</th>${(
        row?.cells ?? []
      )
        .map((cell) => `<td>${shownHtml(cell)}</td>`)
        .join(
          '',
        )}<td class="total">${row?.total === undefined ? '' : shownHtml(row.total)}</td></tr>`
    })
    .join('')

  const otherSections = sections
    .map((section) => {
      const sectionTables = tables.filter(
        (table) => table.section === section.id && !perQuarter.includes(table.id),
      )
      if (!sectionTables.length) return ''
      return `<section><h2>${escapeHtml(getTranslation(section.title, i18n))}</h2>${sectionTables
        .map((table) => breakdownHtml(table, i18n))
        .join('')}</section>`
    })
    .join('')

  return `<header>
  <p class="kicker">Samen Veilig · ${escapeHtml(t('custom:monitor:overview:kicker'))}</p>
  <h1>${escapeHtml(overviewTitle(overview))}</h1>
  <p class="meta">${escapeHtml(t('custom:monitor:overview:period', { year, date: formatDay(generatedAt, i18n) }))}</p>
  <p class="legend">${legendHtml(i18n)}</p>
</header>
<section>
  <h2>${escapeHtml(t('custom:monitor:overview:perQuarter'))}</h2>
  <table>
    <caption>${escapeHtml(t('custom:monitor:overview:perQuarterCaption', { year }))}</caption>
    <thead><tr><th scope="col">${escapeHtml(t('custom:monitor:overview:item'))}</th>${quarterHeader
      .map(({ label }) => `<th scope="col">${escapeHtml(getTranslation(label, i18n))}</th>`)
      .join('')}<th scope="col">${escapeHtml(t('custom:monitor:overview:year'))}</th></tr></thead>
    <tbody>${quarterRows}</tbody>
  </table>
</section>
${otherSections}`
}

/** A whole HTML document of the overview for printing to PDF: styles inline, nothing to load. */
export const overviewDocument = (overview: YearOverview): string =>
  `<!doctype html>
<html lang="${escapeHtml(overview.i18n.language)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(overviewTitle(overview))}</title>
<style>${overviewCss}</style>
</head>
<body><main class="monitor-overview">${overviewHtml(overview)}</main></body>
</html>`

export const legendHtml = (i18n: I18n) =>
  escapeHtml(
    adminT(i18n)('custom:smallNumbers:legend', {
      small: smallNumberShown,
      secondary: secondaryShown,
    }),
  )

/** Styles of the overview, scoped to `.monitor-overview`; on paper only the overview prints. */
export const overviewCss = `
.monitor-overview { font-family: 'DejaVu Sans', Arial, sans-serif; color: #1a1a1a; max-width: 60rem; line-height: 1.4; }
.monitor-overview h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
.monitor-overview h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; break-after: avoid; }
.monitor-overview .kicker { text-transform: uppercase; letter-spacing: .05em; font-size: .8rem; margin: 0; color: #4a4a4a; }
.monitor-overview .meta, .monitor-overview .legend { margin: .25rem 0; font-size: .9rem; }
.monitor-overview .legend { padding: .4rem .6rem; border-left: 4px solid #1f4e79; background: #f1f5f9; }
.monitor-overview table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; break-inside: avoid; }
.monitor-overview caption { text-align: left; font-weight: 700; padding: .25rem 0; }
.monitor-overview th, .monitor-overview td { border: 1px solid #9aa5b1; padding: .3rem .5rem; text-align: right; }
.monitor-overview th[scope=row], .monitor-overview thead th:first-child { text-align: left; }
.monitor-overview thead th { background: #e8eef4; }
.monitor-overview .total { font-weight: 700; }
.monitor-overview .description { font-size: .85rem; margin: 0 0 .25rem; color: #333; }
@media print {
  body * { visibility: hidden; }
  .monitor-overview, .monitor-overview * { visibility: visible; }
  .monitor-overview { position: absolute; left: 0; top: 0; max-width: none; }
  .monitor-overview .no-print { display: none; }
}
@page { size: A4; margin: 18mm; }
`

const breakdownHtml = (table: MonitorTable, i18n: I18n) => {
  const row = table.rows[0]
  const hasTotal = row?.total !== undefined
  return `<table>
  <caption>${escapeHtml(getTranslation(table.title, i18n))}</caption>
  <thead><tr>${table.columns
    .map(({ label }) => `<th scope="col">${escapeHtml(getTranslation(label, i18n))}</th>`)
    .join(
      '',
    )}${hasTotal ? `<th scope="col">${escapeHtml(adminT(i18n)('custom:monitor:total'))}</th>` : ''}</tr></thead>
  <tbody><tr>${(row?.cells ?? []).map((cell) => `<td>${shownHtml(cell)}</td>`).join('')}${
    hasTotal ? `<td class="total">${shownHtml(row!.total!)}</td>` : ''
  }</tr></tbody>
</table>
<p class="description">${escapeHtml(getTranslation(table.description, i18n))}</p>`
}

const shownHtml = (value: Shown) => escapeHtml(String(value))

const formatDay = (date: Date, i18n: I18n) =>
  formatDate({ date, i18n, pattern: 'd MMMM yyyy', timezone: 'Europe/Amsterdam' })
