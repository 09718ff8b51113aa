import type { AdminViewServerProps } from 'payload'

import { AdminViewFrame } from '@/components/AdminViewFrame'
import { municipalitiesByName } from '@/lib/municipalities'

import { computeMonitor, scopeTables } from '../aggregate'
import { overviewCss, overviewHtml } from '../overview'
import { PrintButton } from './PrintButton'
import { monitorViewRequest } from './viewRequest'

/**
 * The yearly overview of one municipality (admin, /admin/monitor/jaaroverzicht?gemeente=<id>&jaar=2026),
 * to take to the review of its local action plan: print it, or download the same as PDF.
 */
export const YearOverviewView = async (view: AdminViewServerProps) => {
  const { payload, i18n, t, year, decision } = monitorViewRequest(view)

  const template = (children: React.ReactNode) => (
    <AdminViewFrame view={view}>{children}</AdminViewFrame>
  )

  if (!decision.isAllowed) {
    return template(<p>{t('custom:monitor:noAccess')}</p>)
  }
  const { scope } = decision
  if (scope.kind === 'all') {
    const docs = await municipalitiesByName(payload)
    return template(
      <>
        <h1>{t('custom:monitor:overview:heading', { year })}</h1>
        <p>{t('custom:monitor:overview:chooseMunicipality')}</p>
        <ul>
          {docs.map(({ id, name }) => (
            <li key={id}>
              <a href={`/admin/monitor/jaaroverzicht?gemeente=${id}&jaar=${year}`}>{name}</a>
            </li>
          ))}
        </ul>
      </>,
    )
  }

  const data = await computeMonitor({ payload, year })
  const municipalityName = data.municipalities.find(
    ({ id }) => String(id) === String(scope.id),
  )?.name
  if (!municipalityName) return template(<p>{t('custom:monitor:unknownMunicipality')}</p>)
  const html = overviewHtml({
    municipalityName,
    year,
    i18n,
    generatedAt: new Date(),
    tables: scopeTables(data.tables, scope),
  })
  const query = new URLSearchParams({
    gemeente: String(scope.id),
    jaar: String(year),
    taal: i18n.language,
  }).toString()

  return template(
    <>
      <style>{overviewCss}</style>
      <div
        className="no-print"
        style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}
      >
        <a href={`/admin/monitor?gemeente=${encodeURIComponent(String(scope.id))}&jaar=${year}`}>
          {t('custom:monitor:overview:back')}
        </a>
        <PrintButton label={t('custom:monitor:overview:print')} />
        <a href={`/api/monitor/jaaroverzicht.pdf?${query}`} download>
          {t('custom:monitor:overview:downloadPdf')}
        </a>
      </div>
      <article className="monitor-overview" dangerouslySetInnerHTML={{ __html: html }} />
    </>,
  )
}
