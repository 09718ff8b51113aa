'use client'

import { useTranslation } from '@payloadcms/ui'
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

import type { AdminTexts, AdminTranslationKey } from '@/i18n/admin'
import { chartValue } from '@/lib/smallNumbers'
import type { Shown } from '@/lib/smallNumbers'

import type { ReadableTable } from '../tables'

type Props = { table: ReadableTable; csvUrl: string }

type Point = { name: string; value: number; shown: string; isHidden: boolean }

const barColour = '#1f4e79'

/**
 * One monitor table: a bar chart per column (the region's totals, or the one municipality shown),
 * a bar chart per municipality when the whole region is shown, the table itself as the accessible
 * alternative and a CSV download. Every bar carries its number, so nothing rests on colour alone;
 * hidden figures ("<5", "x") get only a stub with their label, never a height.
 */
export const MonitorChart = ({ table, csvUrl }: Props) => {
  const { t } = useTranslation<AdminTexts, AdminTranslationKey>()
  const { title } = table
  const headingId = `monitor-${table.id}`
  const selection =
    table.totals?.cells ?? (table.rows.length === 1 ? table.rows[0]!.cells : undefined)
  const perColumn: Point[] = selection
    ? table.columns.map(({ label }, index) => point(label, selection[index]!))
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
      <p style={{ margin: '0 0 0.5rem' }}>{table.description}</p>
      {perColumn.length > 0 && (
        <BarFigure
          caption={t(
            table.totals ? 'custom:monitor:chart:wholeRegionPer' : 'custom:monitor:chart:per',
            {
              column: table.columnHeader.toLowerCase(),
            },
          )}
          points={perColumn}
          title={title}
          isHorizontal={false}
        />
      )}
      {perMunicipality.length > 1 && (
        <BarFigure
          caption={t('custom:monitor:chart:perMunicipality')}
          points={perMunicipality}
          title={title}
          isHorizontal
        />
      )}
      <div style={{ overflowX: 'auto' }}>
        <table className="monitor-table">
          <caption style={{ textAlign: 'left', fontWeight: 600 }}>
            {t('custom:monitor:chart:figures', { title })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('custom:monitor:municipality')}</th>
              {table.columns.map(({ key, label }) => (
                <th key={key} scope="col">
                  {label}
                </th>
              ))}
              {hasTotalColumn && <th scope="col">{t('custom:monitor:total')}</th>}
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
                <th scope="row">{t('custom:monitor:regionTotal')}</th>
                {table.totals.cells.map((cell, index) => (
                  <td key={table.columns[index]!.key}>{String(cell)}</td>
                ))}
                {hasTotalColumn && (
                  <td>{table.totals.total === undefined ? '' : String(table.totals.total)}</td>
                )}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      <p>
        <a href={csvUrl} download>
          {t('custom:monitor:chart:downloadCsv')}
          <span className="sr-only"> ({title})</span>
        </a>
      </p>
    </section>
  )
}

/**
 * One bar chart. Screen readers get it as one image whose name lists every value (the table below
 * has the same figures); recharts' own keyboard layer is off so nothing focusable hides inside.
 */
const BarFigure = ({
  caption,
  points,
  title,
  isHorizontal,
}: {
  caption: string
  points: Point[]
  title: string
  isHorizontal: boolean
}) => (
  <figure style={{ margin: '0 0 1rem' }}>
    <figcaption>{caption}</figcaption>
    <div
      role="img"
      aria-label={`${title}, ${caption.toLowerCase()}: ${points.map(({ name, shown }) => `${name} ${shown}`).join(', ')}`}
      style={{ width: '100%', height: isHorizontal ? points.length * 24 + 40 : 240 }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={points}
          layout={isHorizontal ? 'vertical' : 'horizontal'}
          accessibilityLayer={false}
          margin={
            isHorizontal
              ? { top: 8, right: 48, bottom: 8, left: 8 }
              : { top: 24, right: 16, bottom: 8, left: 0 }
          }
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={!isHorizontal} vertical={isHorizontal} />
          {isHorizontal ? (
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
          ) : (
            <XAxis dataKey="name" interval={0} tick={{ fontSize: 12 }} />
          )}
          {isHorizontal ? (
            <YAxis
              type="category"
              dataKey="name"
              width={150}
              interval={0}
              tick={{ fontSize: 12 }}
            />
          ) : (
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={40} />
          )}
          <Tooltip formatter={(_, __, item) => [(item.payload as Point).shown, title]} />
          <Bar
            dataKey="value"
            name={title}
            fill={barColour}
            isAnimationActive={false}
            // A hidden figure gets a stub, just enough to carry its label ("<5" or "x").
            minPointSize={(_, index) => (points[index]?.isHidden ? 3 : 0)}
          >
            <LabelList dataKey="shown" position={isHorizontal ? 'right' : 'top'} fontSize={12} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  </figure>
)

const point = (name: string, value: Shown): Point => ({
  name,
  value: chartValue(value),
  shown: String(value),
  isHidden: typeof value !== 'number',
})
