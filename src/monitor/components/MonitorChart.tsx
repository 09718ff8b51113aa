'use client'

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import { chartValue } from '../suppression'
import type { Shown } from '../suppression'
import { textIn } from '../tables'
import type { MonitorTable } from '../tables'

type Props = { table: MonitorTable; language: string; csvUrl: string }

type Point = { name: string; value: number; shown: string }

const barColour = '#1f4e79'

/**
 * One monitor table: a bar chart per column (the region's totals, or the one municipality shown),
 * a bar chart per municipality when the whole region is shown, the table itself as the accessible
 * alternative and a CSV download. Every bar carries its number, so nothing rests on colour alone;
 * hidden figures ("<5", "x") get no bar, only their label.
 */
export const MonitorChart = ({ table, language, csvUrl }: Props) => {
  const t = (nl: string, en: string) => (language === 'en' ? en : nl)
  const title = textIn(table.title, language)
  const headingId = `monitor-${table.id}`
  const selection = table.totals?.cells ?? (table.rows.length === 1 ? table.rows[0]!.cells : undefined)
  const perColumn: Point[] = selection
    ? table.columns.map(({ label }, index) => point(textIn(label, language), selection[index]!))
    : []
  const perMunicipality: Point[] =
    table.totals && table.rows.every(({ total }) => total !== undefined)
      ? table.rows.map(({ name, total }) => point(name, total!))
      : []
  const hasTotalColumn = table.rows.some(({ total }) => total !== undefined)

  return (
    <section aria-labelledby={headingId} className="monitor-chart" data-table={table.id}>
      <h3 id={headingId} style={{ marginBottom: '0.25rem' }}>
        {title}
      </h3>
      <p style={{ margin: '0 0 0.5rem' }}>{textIn(table.description, language)}</p>
      {perColumn.length > 0 && (
        <figure style={{ margin: '0 0 1rem' }}>
          <figcaption>
            {table.totals ? t('Hele regio, per ', 'Whole region, per ') : t('Per ', 'Per ')}
            {textIn(table.columnHeader, language).toLowerCase()}
          </figcaption>
          <div style={{ width: '100%', height: 240 }}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={perColumn} margin={{ top: 24, right: 16, bottom: 8, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="name" interval={0} tick={{ fontSize: 12 }} />
                <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={40} />
                <Tooltip formatter={(_, __, item) => [(item.payload as Point).shown, title]} />
                <Bar dataKey="value" name={title} fill={barColour} isAnimationActive={false}>
                  <LabelList dataKey="shown" position="top" />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
        </figure>
      )}
      {perMunicipality.length > 1 && (
        <figure style={{ margin: '0 0 1rem' }}>
          <figcaption>{t('Per gemeente, heel het jaar', 'Per municipality, whole year')}</figcaption>
          <div style={{ width: '100%', height: perMunicipality.length * 24 + 40 }}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart
                data={perMunicipality}
                layout="vertical"
                margin={{ top: 8, right: 48, bottom: 8, left: 8 }}
              >
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
                <YAxis type="category" dataKey="name" width={150} interval={0} tick={{ fontSize: 12 }} />
                <Tooltip formatter={(_, __, item) => [(item.payload as Point).shown, title]} />
                <Bar dataKey="value" name={title} fill={barColour} isAnimationActive={false}>
                  <LabelList dataKey="shown" position="right" />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
        </figure>
      )}
      <div style={{ overflowX: 'auto' }}>
        <table className="monitor-table">
          <caption style={{ textAlign: 'left', fontWeight: 600 }}>
            {title}: {t('de cijfers', 'the figures')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('Gemeente', 'Municipality')}</th>
              {table.columns.map(({ key, label }) => (
                <th key={key} scope="col">
                  {textIn(label, language)}
                </th>
              ))}
              {hasTotalColumn && <th scope="col">{t('Totaal', 'Total')}</th>}
            </tr>
          </thead>
          <tbody>
            {table.rows.map(({ id, name, cells, total }) => (
              <tr key={id}>
                <th scope="row">{name}</th>
                {cells.map((cell, index) => (
                  <td key={table.columns[index]!.key}>{String(cell)}</td>
                ))}
                {hasTotalColumn && <td>{total === undefined ? '' : String(total)}</td>}
              </tr>
            ))}
          </tbody>
          {table.totals && (
            <tfoot>
              <tr>
                <th scope="row">{t('Totaal regio', 'Region total')}</th>
                {table.totals.cells.map((cell, index) => (
                  <td key={table.columns[index]!.key}>{String(cell)}</td>
                ))}
                {hasTotalColumn && <td>{table.totals.total === undefined ? '' : String(table.totals.total)}</td>}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      <p>
        <a href={csvUrl} download>
          {t('Download als CSV', 'Download as CSV')}
          <span className="sr-only"> ({title})</span>
        </a>
      </p>
    </section>
  )
}

const point = (name: string, value: Shown): Point => ({ name, value: chartValue(value), shown: String(value) })
