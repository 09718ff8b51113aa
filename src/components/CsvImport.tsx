'use client'

import { Button } from '@payloadcms/ui'
import { useCallback, useState } from 'react'

import type { AdminTranslationKey } from '@/i18n/admin'

import { ImportProgress } from './ImportProgress'
import { useFileUpload } from './useFileUpload'

type Report = {
  rows: number
  imported: number
  merged: number
  rejected: { line: number; reason: string }[]
}

export type CsvImportProps = {
  /** The collection whose `/import` endpoint takes the file. */
  collection: 'subscribers' | 'organisations'
  /** The box's heading and the line that explains the columns. */
  heading: AdminTranslationKey
  explain: AdminTranslationKey
}

const shownProblems = 200

/**
 * Above a list (subscribers, organisations): upload a CSV, watch it progress, read what was
 * refused and why. The organisations' import answers with its report; the subscribers' answers
 * 202 with an import record at once and runs in the background, shown by `ImportProgress`. The
 * collection config passes the props as client props.
 */
export const CsvImport = ({ collection, heading, explain }: CsvImportProps) => {
  const { t, apiRoute, router, inputId, file, setFile, report, setReport, error, setError } =
    useFileUpload<Report>()
  const [progress, setProgress] = useState<number | null>(null)
  const [importId, setImportId] = useState<string | number | null>(null)
  const refreshList = useCallback(() => router.refresh(), [router])

  const start = () => {
    if (!file) return
    setReport(null)
    setImportId(null)
    setError('')
    setProgress(0)
    // XMLHttpRequest, not fetch: only it reports upload progress, and the server reads the file
    // as it imports, so the upload's progress is the import's.
    const request = new XMLHttpRequest()
    request.open('POST', `${apiRoute}/${collection}/import`)
    request.withCredentials = true
    request.setRequestHeader('Content-Type', 'text/csv')
    request.setRequestHeader('X-File-Name', encodeURIComponent(file.name))
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) setProgress(Math.round((event.loaded / event.total) * 100))
    }
    request.onload = () => {
      setProgress(null)
      try {
        const body = JSON.parse(request.responseText) as Report & {
          error?: string
          id?: string | number
        }
        if (request.status === 202 && body.id !== undefined) {
          setImportId(body.id)
          return
        }
        if (request.status !== 200) throw new Error(body.error)
        setReport(body)
        router.refresh()
      } catch (problem) {
        setError((problem as Error).message || t('custom:subscribers:importSubscribers:failed'))
      }
    }
    request.onerror = () => {
      setProgress(null)
      setError(t('custom:subscribers:importSubscribers:failed'))
    }
    request.send(file)
  }

  const downloadReport = () => {
    if (!report) return
    const lines = [
      `${t('custom:subscribers:importSubscribers:line')};${t('custom:subscribers:importSubscribers:reason')}`,
      ...report.rejected.map(({ line, reason }) => `${line};"${reason.replace(/"/g, '""')}"`),
    ]
    const url = URL.createObjectURL(new Blob([lines.join('\n')], { type: 'text/csv' }))
    const link = document.createElement('a')
    link.href = url
    link.download = t('custom:subscribers:importSubscribers:reportFileName')
    link.click()
    URL.revokeObjectURL(url)
  }

  return (
    <section
      style={{ marginBottom: 'calc(var(--base) * 2)' }}
      aria-labelledby={`${inputId}-heading`}
    >
      <h2 id={`${inputId}-heading`} style={{ marginBottom: 'calc(var(--base) / 2)' }}>
        {t(heading)}
      </h2>
      <p>{t(explain)}</p>
      <div style={{ display: 'flex', gap: 'var(--base)', alignItems: 'center', flexWrap: 'wrap' }}>
        <label htmlFor={inputId}>{t('custom:subscribers:importSubscribers:file')}</label>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        <Button onClick={start} disabled={!file || progress !== null} size="small">
          {t('custom:subscribers:importSubscribers:start')}
        </Button>
      </div>
      {progress !== null ? (
        <p role="status">
          <progress
            max={100}
            value={progress}
            aria-label={t('custom:subscribers:importSubscribers:busy')}
          />{' '}
          {t('custom:subscribers:importSubscribers:busy')} {progress}%
        </p>
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
      {importId !== null ? <ImportProgress id={importId} onFinished={refreshList} /> : null}
      {report ? (
        <div role="status">
          <p>
            {t('custom:subscribers:importSubscribers:done', {
              rows: report.rows,
              imported: report.imported,
              merged: report.merged,
              rejected: report.rejected.length,
            })}
          </p>
          {report.rejected.length > 0 ? (
            <>
              <table>
                <caption style={{ textAlign: 'start' }}>
                  {t('custom:subscribers:importSubscribers:rejected')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('custom:subscribers:importSubscribers:line')}</th>
                    <th scope="col">{t('custom:subscribers:importSubscribers:reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.rejected.slice(0, shownProblems).map(({ line, reason }) => (
                    <tr key={line}>
                      <td>{line}</td>
                      <td>{reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {report.rejected.length > shownProblems ? (
                <p>
                  {t('custom:subscribers:importSubscribers:more', {
                    count: report.rejected.length - shownProblems,
                  })}
                </p>
              ) : null}
              <Button onClick={downloadReport} buttonStyle="secondary" size="small">
                {t('custom:subscribers:importSubscribers:download')}
              </Button>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  )
}
