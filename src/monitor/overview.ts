import { formatDutchDay, formatEnglishDay } from '@/lib/dates'
import { escapeHtml } from '@/lib/html'
import { secondaryShown, smallNumberShown } from './suppression'
import type { Shown } from './suppression'
import { sections, textIn } from './tables'
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
  language: string
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
  language,
}: Pick<YearOverview, 'municipalityName' | 'year' | 'language'>) =>
  language === 'en'
    ? `Annual overview ${year}: ${municipalityName}`
    : `Jaaroverzicht ${year}: gemeente ${municipalityName}`

/** The overview's content, to place inside an element with the class `monitor-overview`. */
export const overviewHtml = (overview: YearOverview): string => {
  const { tables, language, year, generatedAt } = overview
  const t = (nl: string, en: string) => (language === 'en' ? en : nl)
  const byId = new Map(tables.map((table) => [table.id, table]))
  const quarterTables = perQuarter
    .map((id) => byId.get(id))
    .filter((table): table is MonitorTable => Boolean(table))
  const quarterHeader = quarterTables[0]?.columns ?? []

  const quarterRows = quarterTables
    .map((table) => {
      const row = table.rows[0]
      const note = table.isRegional ? t(' (hele regio)', ' (whole region)') : ''
      return `<tr><th scope="row">${escapeHtml(textIn(table.title, language))}${note}</th>${(
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
      return `<section><h2>${escapeHtml(textIn(section.title, language))}</h2>${sectionTables
        .map((table) => breakdownHtml(table, language))
        .join('')}</section>`
    })
    .join('')

  return `<header>
  <p class="kicker">Samen Veilig · ${t('monitor voor het lokale plan van aanpak', 'monitor for the local action plan')}</p>
  <h1>${escapeHtml(overviewTitle(overview))}</h1>
  <p class="meta">${t('Cijfers over', 'Figures for')} 1 ${t('januari', 'January')} ${t('tot en met', 'to')} 31 ${t('december', 'December')} ${year}, ${t('gemaakt op', 'made on')} ${escapeHtml(formatDay(generatedAt, language))}.</p>
  <p class="legend">${legendHtml(language)}</p>
</header>
<section>
  <h2>${t('Per kwartaal', 'Per quarter')}</h2>
  <table>
    <caption>${t('Wat er per kwartaal gebeurde en wie het bereikte', 'What happened per quarter and whom it reached')} (${year})</caption>
    <thead><tr><th scope="col">${t('Onderdeel', 'Item')}</th>${quarterHeader
      .map(({ label }) => `<th scope="col">${escapeHtml(textIn(label, language))}</th>`)
      .join('')}<th scope="col">${t('Jaar', 'Year')}</th></tr></thead>
    <tbody>${quarterRows}</tbody>
  </table>
</section>
${otherSections}`
}

/** A whole HTML document of the overview for printing to PDF: styles inline, nothing to load. */
export const overviewDocument = (overview: YearOverview): string =>
  `<!doctype html>
<html lang="${overview.language === 'en' ? 'en' : 'nl'}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(overviewTitle(overview))}</title>
<style>${overviewCss}</style>
</head>
<body><main class="monitor-overview">${overviewHtml(overview)}</main></body>
</html>`

export const legendHtml = (language: string) =>
  language === 'en'
    ? `${escapeHtml(smallNumberShown)} = 1 to 4, hidden so that no one can be singled out; ${secondaryShown} = hidden so that a small number cannot be worked out from a total.`
    : `${escapeHtml(smallNumberShown)} = 1 tot en met 4, verborgen zodat niemand herkenbaar is; ${secondaryShown} = verborgen zodat een klein aantal niet uit een totaal terug te rekenen is.`

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

const breakdownHtml = (table: MonitorTable, language: string) => {
  const row = table.rows[0]
  const hasTotal = row?.total !== undefined
  return `<table>
  <caption>${escapeHtml(textIn(table.title, language))}</caption>
  <thead><tr>${table.columns
    .map(({ label }) => `<th scope="col">${escapeHtml(textIn(label, language))}</th>`)
    .join(
      '',
    )}${hasTotal ? `<th scope="col">${language === 'en' ? 'Total' : 'Totaal'}</th>` : ''}</tr></thead>
  <tbody><tr>${(row?.cells ?? []).map((cell) => `<td>${shownHtml(cell)}</td>`).join('')}${
    hasTotal ? `<td class="total">${shownHtml(row!.total!)}</td>` : ''
  }</tr></tbody>
</table>
<p class="description">${escapeHtml(textIn(table.description, language))}</p>`
}

const shownHtml = (value: Shown) => escapeHtml(String(value))

const formatDay = (date: Date, language: string) =>
  language === 'en' ? formatEnglishDay(date) : formatDutchDay(date)
