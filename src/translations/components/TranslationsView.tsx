import type { TFunction } from '@payloadcms/translations'
import type { AdminViewServerProps } from 'payload'

import { checkRole, regionalRoles } from '@/access/checkRole'
import { AdminViewFrame } from '@/components/AdminViewFrame'
import { locales } from '@/i18n'
import type { Locale } from '@/i18n'
import { adminT } from '@/i18n/admin'
import type { AdminTranslationKey } from '@/i18n/admin'

import { loadTranslationOverview, targetLocales } from '../overview'
import type { DocumentTranslations } from '../overview'
import { needsWork } from '../status'
import type { LanguageStatus } from '../status'
import { stateStyles } from './stateStyles'
import { TranslationImport } from './TranslationImport'

/**
 * Vertalingen (admin, /admin/vertalingen): per document and language whether the translation is
 * missing, outdated or current, per language what to translate first, export and import. The
 * states are read from the version history, never typed by hand. Regional roles only.
 */
export const TranslationsView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const { payload, user } = req
  const isAllowed = checkRole(regionalRoles, user)
  const overview = isAllowed ? await loadTranslationOverview({ payload, i18n: req.i18n }) : []
  const t = adminT(req.i18n)

  return (
    <AdminViewFrame view={view} className="translations-view">
      <h1>{t('custom:translations:title')}</h1>
      {!isAllowed ? (
        <p>{t('custom:translations:notAllowed')}</p>
      ) : (
        <>
          <p>{t('custom:translations:intro')}</p>
          <Worklists overview={overview} t={t} />
          <TranslationImport />
          <StatusTable overview={overview} t={t} />
        </>
      )}
    </AdminViewFrame>
  )
}

const languageName = (code: Locale) => locales.find((locale) => locale.code === code)?.label ?? code

const adminUrl = ({ collection, id }: Pick<DocumentTranslations, 'collection' | 'id'>) =>
  `/admin/collections/${collection}/${id}`

const StateBadge = ({ status, t }: { status: LanguageStatus; t: AdminTFunction }) => {
  const style = stateStyles[status.state]
  return (
    <span
      style={{
        background: style.background,
        color: style.color,
        padding: '0.1rem 0.4rem',
        borderRadius: '0.25rem',
        whiteSpace: 'nowrap',
      }}
    >
      <span aria-hidden="true">{style.sign} </span>
      {t(`custom:translations:states:${status.state}`)}
    </span>
  )
}

type AdminTFunction = TFunction<AdminTranslationKey>

type SectionProps = { overview: DocumentTranslations[]; t: AdminTFunction }

const Worklists = ({ overview, t }: SectionProps) => (
  <section aria-labelledby="worklists">
    <h2 id="worklists">{t('custom:translations:worklists')}</h2>
    <p>{t('custom:translations:worklistsIntro')}</p>
    {targetLocales.map((locale) => {
      const work = overview.filter((entry) => {
        const status = entry.languages[locale]
        return status && needsWork(status.state)
      })
      const headingId = `worklist-${locale}`
      return (
        <section
          key={locale}
          aria-labelledby={headingId}
          data-locale={locale}
          style={{ marginBottom: 'var(--base)' }}
        >
          <h3 id={headingId}>
            {languageName(locale)} ({locale}):{' '}
            {work.length === 0
              ? t('custom:translations:allCurrent')
              : t('custom:translations:toDo', { count: work.length })}
          </h3>
          {work.length > 0 && (
            <>
              <p>
                <a
                  className="btn btn--style-secondary btn--size-small"
                  href={`/api/translations/export?locale=${locale}`}
                  download
                >
                  {t('custom:translations:exportButton', { language: languageName(locale) })}
                </a>
              </p>
              <ol>
                {work.slice(0, 25).map((entry) => {
                  const status = entry.languages[locale] as LanguageStatus
                  return (
                    <li key={`${entry.collection}-${entry.id}`}>
                      <a href={adminUrl(entry)}>
                        {entry.collectionLabel} “{entry.title}”
                      </a>{' '}
                      <StateBadge status={status} t={t} /> – {entry.urgency.reason}
                      {status.outdatedFields.length > 0 && (
                        <>
                          {' '}
                          · {t('custom:translations:states:outdated')}:{' '}
                          {status.outdatedFields.join(', ')}
                        </>
                      )}
                      {status.missingFields.length > 0 && status.state !== 'missing' && (
                        <>
                          {' '}
                          · {t('custom:translations:states:missing')}:{' '}
                          {status.missingFields.join(', ')}
                        </>
                      )}
                    </li>
                  )
                })}
              </ol>
              {work.length > 25 && (
                <p>{t('custom:translations:more', { count: work.length - 25 })}</p>
              )}
            </>
          )}
        </section>
      )
    })}
  </section>
)

const StatusTable = ({ overview, t }: SectionProps) => (
  <section aria-labelledby="status-table">
    <h2 id="status-table">{t('custom:translations:allDocuments')}</h2>
    {overview.length === 0 ? (
      <p>{t('custom:translations:noDocuments')}</p>
    ) : (
      <div style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <caption style={{ textAlign: 'start' }}>{t('custom:translations:caption')}</caption>
          <thead>
            <tr>
              <th scope="col" style={cell}>
                {t('custom:translations:document')}
              </th>
              <th scope="col" style={cell}>
                {t('custom:translations:neededFor')}
              </th>
              {targetLocales.map((locale) => (
                <th key={locale} scope="col" style={cell}>
                  <abbr title={languageName(locale)}>{locale}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {overview.map((entry) => (
              <tr key={`${entry.collection}-${entry.id}`}>
                <th scope="row" style={{ ...cell, fontWeight: 400 }}>
                  {entry.collectionLabel} <a href={adminUrl(entry)}>“{entry.title}”</a>
                </th>
                <td style={cell}>{entry.urgency.reason}</td>
                {targetLocales.map((locale) => {
                  const status = entry.languages[locale]
                  return (
                    <td key={locale} style={cell} data-locale={locale}>
                      {status ? <StateBadge status={status} t={t} /> : '–'}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
  </section>
)

const cell = {
  textAlign: 'start',
  padding: '0.3rem 0.5rem',
  borderBottom: '1px solid var(--theme-elevation-150)',
} as const
