import { getTranslation } from '@payloadcms/translations'
import type { AdminViewServerProps } from 'payload'

import { AdminViewFrame } from '@/components/AdminViewFrame'

import { computeMonitor, scopeTables } from '../aggregate'
import { legendHtml } from '../overview'
import { currentYear } from '../periods'
import { readableTable, sections } from '../tables'
import { MonitorChart } from './MonitorChart'
import { monitorViewRequest } from './viewRequest'

const dashboardCss = `
.monitor-chart { margin-bottom: calc(var(--base) * 2); }
.monitor-table { border-collapse: collapse; margin: 0.5rem 0; }
.monitor-table th, .monitor-table td { border: 1px solid var(--theme-elevation-150); padding: 0.25rem 0.6rem; text-align: right; }
.monitor-table th[scope='row'], .monitor-table thead th:first-child { text-align: left; }
.monitor-table thead th, .monitor-table tfoot th, .monitor-table tfoot td { background: var(--theme-elevation-50); }
.monitor-table tfoot { font-weight: 700; }
/* The admin's own text colours (light and dark theme) instead of recharts' greys, for contrast. */
.monitor-chart .recharts-label-list text, .monitor-chart .recharts-cartesian-axis-tick text { fill: var(--theme-text); }
html[data-theme='dark'] .monitor-chart .recharts-bar-rectangle path { fill: #7fb2e5; }
.monitor-chart .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`

/** The first year the toolkit holds figures for. */
const firstYear = 2025

/**
 * The monitor (admin, /admin/monitor): per quarter and per municipality, what was contributed,
 * published, sent, delivered, downloaded and who subscribed, for the yearly review of the local
 * action plans. The choice of year and municipality is a plain form (works without JavaScript);
 * what a viewer may see is decided on the server.
 */
export const MonitorView = async (view: AdminViewServerProps) => {
  const { payload, i18n, t, year, decision } = monitorViewRequest(view)

  const template = (children: React.ReactNode) => (
    <AdminViewFrame view={view}>
      <h1>{t('custom:monitor:title')}</h1>
      {children}
    </AdminViewFrame>
  )

  if (!decision.isAllowed) {
    return template(<p>{t('custom:monitor:noAccess')}</p>)
  }

  const data = await computeMonitor({ payload, year })
  const tables = scopeTables(data.tables, decision.scope)
  const { scope, choices } = decision
  const selectedId = scope.kind === 'municipality' ? String(scope.id) : ''
  const selectable =
    choices === 'all'
      ? data.municipalities
      : data.municipalities.filter(({ id }) => choices.some((own) => String(own) === String(id)))
  const selectedName = data.municipalities.find(({ id }) => String(id) === selectedId)?.name
  if (selectedId && !selectedName) {
    return template(<p>{t('custom:monitor:unknownMunicipality')}</p>)
  }
  const years = Array.from(
    { length: currentYear() - firstYear + 1 },
    (_, index) => currentYear() - index,
  )
  if (!years.includes(year)) years.push(year)
  const query = (extra: Record<string, string>) =>
    new URLSearchParams({
      jaar: String(year),
      ...(selectedId ? { gemeente: selectedId } : {}),
      ...extra,
    }).toString()

  return template(
    <>
      <style>{dashboardCss}</style>
      <p>{t('custom:monitor:intro')}</p>
      <p dangerouslySetInnerHTML={{ __html: legendHtml(i18n) }} />
      <form
        method="get"
        action="/admin/monitor"
        style={{
          display: 'flex',
          gap: '1rem',
          alignItems: 'flex-end',
          flexWrap: 'wrap',
          marginBottom: '1rem',
        }}
      >
        <label style={{ display: 'flex', flexDirection: 'column' }}>
          {t('custom:monitor:year')}
          <select name="jaar" defaultValue={String(year)}>
            {years.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </label>
        {selectable.length > 1 && (
          <label style={{ display: 'flex', flexDirection: 'column' }}>
            {t('custom:monitor:municipality')}
            <select name="gemeente" defaultValue={selectedId}>
              {choices === 'all' && (
                <option value="">{t('custom:monitor:wholeRegionChoice')}</option>
              )}
              {selectable.map(({ id, name }) => (
                <option key={id} value={String(id)}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
        <button
          type="submit"
          className="btn btn--style-primary btn--size-small"
          style={{ margin: 0 }}
        >
          {t('custom:monitor:show')}
        </button>
      </form>
      <p>
        {selectedName ? (
          <>
            {t('custom:monitor:figuresOfMunicipality')} <strong>{selectedName}</strong>, {year}.{' '}
            <a href={`/admin/monitor/jaaroverzicht?${query({})}`}>
              {t('custom:monitor:overviewLink', { year, name: selectedName })}
            </a>
          </>
        ) : (
          <>
            {t('custom:monitor:figuresOfRegion', { year })} {t('custom:monitor:chooseForOverview')}
          </>
        )}
      </p>
      {sections.map((section) => (
        <section
          key={section.id}
          aria-labelledby={`monitor-section-${section.id}`}
          style={{ marginBottom: '2rem' }}
        >
          <h2 id={`monitor-section-${section.id}`}>{getTranslation(section.title, i18n)}</h2>
          {tables
            .filter((table) => table.section === section.id)
            .map((table) => (
              <MonitorChart
                key={table.id}
                table={readableTable(table, i18n)}
                csvUrl={`/api/monitor/${table.id}.csv?${query({ taal: i18n.language })}`}
              />
            ))}
        </section>
      ))}
    </>,
  )
}
