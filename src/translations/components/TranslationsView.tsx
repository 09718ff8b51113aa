import type { AdminViewServerProps } from 'payload'

import { AdminViewFrame } from '@/components/AdminViewFrame'

import { hasRegionalAccess } from '@/access/checkRole'
import { locales, type Locale } from '@/i18n'
import { loadTranslationOverview, targetLocales, type DocumentTranslations } from '../overview'
import { needsWork, stateLabels, type LanguageStatus } from '../status'
import { stateStyles } from './stateStyles'
import { TranslationImport } from './TranslationImport'
import { wordsFor, type Words } from './words'

/**
 * Vertalingen (admin, /admin/vertalingen): per document and language whether the translation is
 * missing, outdated or current, per language what to translate first, export and import. The
 * states are read from the version history, never typed by hand. Regional roles only.
 */
export const TranslationsView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const { payload, user } = req
  const isAllowed = hasRegionalAccess(user)
  const overview = isAllowed ? await loadTranslationOverview({ payload }) : []
  const text = wordsFor(req.i18n?.language)
  const language = req.i18n?.language === 'en' ? 'en' : 'nl'

  return (
    <AdminViewFrame view={view} className="translations-view">
      <h1>{text.title}</h1>
      {!isAllowed ? (
        <p>{text.notAllowed}</p>
      ) : (
        <>
          <p>{text.intro}</p>
          <Worklists overview={overview} text={text} language={language} />
          <TranslationImport />
          <StatusTable overview={overview} text={text} language={language} />
        </>
      )}
    </AdminViewFrame>
  )
}

const languageName = (code: Locale) => locales.find((locale) => locale.code === code)?.label ?? code

const adminUrl = ({ collection, id }: Pick<DocumentTranslations, 'collection' | 'id'>) =>
  `/admin/collections/${collection}/${id}`

const StateBadge = ({ status, language }: { status: LanguageStatus; language: 'nl' | 'en' }) => {
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
      {stateLabels[status.state][language]}
    </span>
  )
}

type SectionProps = { overview: DocumentTranslations[]; text: Words; language: 'nl' | 'en' }

const Worklists = ({ overview, text, language }: SectionProps) => (
  <section aria-labelledby="worklists">
    <h2 id="worklists">{text.worklists}</h2>
    <p>{text.worklistsIntro}</p>
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
            {work.length === 0 ? text.allCurrent : text.toDo(work.length)}
          </h3>
          {work.length > 0 && (
            <>
              <p>
                <a
                  className="btn btn--style-secondary btn--size-small"
                  href={`/api/translations/export?locale=${locale}`}
                  download
                >
                  {text.exportButton(languageName(locale))}
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
                      <StateBadge status={status} language={language} /> – {entry.urgency.reason}
                      {status.outdatedFields.length > 0 && (
                        <>
                          {' '}
                          · {text.outdated}: {status.outdatedFields.join(', ')}
                        </>
                      )}
                      {status.missingFields.length > 0 && status.state !== 'missing' && (
                        <>
                          {' '}
                          · {text.missing}: {status.missingFields.join(', ')}
                        </>
                      )}
                    </li>
                  )
                })}
              </ol>
              {work.length > 25 && <p>{text.more(work.length - 25)}</p>}
            </>
          )}
        </section>
      )
    })}
  </section>
)

const StatusTable = ({ overview, text, language }: SectionProps) => (
  <section aria-labelledby="status-table">
    <h2 id="status-table">{text.allDocuments}</h2>
    {overview.length === 0 ? (
      <p>{text.noDocuments}</p>
    ) : (
      <div style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <caption style={{ textAlign: 'start' }}>{text.caption}</caption>
          <thead>
            <tr>
              <th scope="col" style={cell}>
                {text.document}
              </th>
              <th scope="col" style={cell}>
                {text.neededFor}
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
                      {status ? <StateBadge status={status} language={language} /> : '–'}
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
