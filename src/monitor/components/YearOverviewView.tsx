import type { AdminViewServerProps } from 'payload'

import { AdminViewFrame } from '@/components/AdminViewFrame'

import { computeMonitor, scopeTables } from '../aggregate'
import { overviewCss, overviewHtml } from '../overview'
import { parseYear } from '../periods'
import { decideScope, queryValue } from '../scope'
import { PrintButton } from './PrintButton'
import { municipalitiesByName } from '@/lib/municipalities'

/**
 * The yearly overview of one municipality (admin, /admin/monitor/jaaroverzicht?gemeente=<id>&jaar=2026),
 * to take to the review of its local action plan: print it, or download the same as PDF.
 */
export const YearOverviewView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const { payload, user } = req
  const language = req.i18n.language
  const t = (nl: string, en: string) => (language === 'en' ? en : nl)
  const requested = queryValue(view.searchParams?.gemeente)
  const year = parseYear(queryValue(view.searchParams?.jaar))
  const decision = decideScope({ user, requested })

  const template = (children: React.ReactNode) => (
    <AdminViewFrame view={view}>{children}</AdminViewFrame>
  )

  if (!decision.isAllowed) {
    return template(
      <p>
        {t(
          'U heeft geen toegang tot de cijfers van deze gemeente.',
          'You have no access to this municipality’s figures.',
        )}
      </p>,
    )
  }
  const { scope } = decision
  if (scope.kind === 'all') {
    const docs = await municipalitiesByName(payload)
    return template(
      <>
        <h1>{t(`Jaaroverzicht ${year}`, `Annual overview ${year}`)}</h1>
        <p>{t('Kies de gemeente:', 'Choose the municipality:')}</p>
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
  if (!municipalityName)
    return template(<p>{t('Deze gemeente bestaat niet.', 'This municipality does not exist.')}</p>)
  const html = overviewHtml({
    municipalityName,
    year,
    language,
    generatedAt: new Date(),
    tables: scopeTables(data.tables, scope),
  })
  const query = `gemeente=${encodeURIComponent(String(scope.id))}&jaar=${year}${language === 'en' ? '&taal=en' : ''}`

  return template(
    <>
      <style>{overviewCss}</style>
      <div
        className="no-print"
        style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' }}
      >
        <a href={`/admin/monitor?gemeente=${encodeURIComponent(String(scope.id))}&jaar=${year}`}>
          {t('← Terug naar de monitor', '← Back to the monitor')}
        </a>
        <PrintButton label={t('Afdrukken', 'Print')} />
        <a href={`/api/monitor/jaaroverzicht.pdf?${query}`} download>
          {t('Download als pdf', 'Download as PDF')}
        </a>
      </div>
      <article className="monitor-overview" dangerouslySetInnerHTML={{ __html: html }} />
    </>,
  )
}
