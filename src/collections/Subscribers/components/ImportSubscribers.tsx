'use client'

import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

type Report = {
  rows: number
  imported: number
  merged: number
  rejected: { line: number; reason: string }[]
}

const words = {
  nl: {
    heading: 'Bestaande lijst importeren (CSV)',
    explain:
      'Kolommen: email, language, municipality, audiences (gescheiden door ;), consent_date, consent_source. Geldige regels worden toegevoegd of samengevoegd; wie zich had afgemeld, blijft afgemeld.',
    file: 'CSV-bestand',
    start: 'Importeren',
    busy: 'Bezig met importeren…',
    done: (report: Report) =>
      `${report.rows} regels gelezen: ${report.imported} nieuw, ${report.merged} samengevoegd, ${report.rejected.length} afgekeurd.`,
    rejected: 'Afgekeurde regels',
    line: 'Regel',
    reason: 'Reden',
    more: (count: number) => `en nog ${count} regels; download het volledige verslag.`,
    download: 'Verslag downloaden (CSV)',
    failed: 'Importeren lukte niet.',
  },
  en: {
    heading: 'Import an existing list (CSV)',
    explain:
      'Columns: email, language, municipality, audiences (separated by ;), consent_date, consent_source. Valid rows are added or merged; people who unsubscribed stay unsubscribed.',
    file: 'CSV file',
    start: 'Import',
    busy: 'Importing…',
    done: (report: Report) =>
      `${report.rows} rows read: ${report.imported} new, ${report.merged} merged, ${report.rejected.length} rejected.`,
    rejected: 'Rejected rows',
    line: 'Line',
    reason: 'Reason',
    more: (count: number) => `and ${count} more rows; download the full report.`,
    download: 'Download report (CSV)',
    failed: 'The import failed.',
  },
}

const shownProblems = 200

/** Above the subscribers list: upload a CSV, watch it progress, read what was refused and why. */
export const ImportSubscribers = () => {
  const { i18n } = useTranslation()
  const text = i18n.language === 'en' ? words.en : words.nl
  const {
    config: {
      routes: { api: apiRoute },
    },
  } = useConfig()
  const router = useRouter()
  const inputId = useId()
  const [file, setFile] = useState<File | null>(null)
  const [progress, setProgress] = useState<number | null>(null)
  const [report, setReport] = useState<Report | null>(null)
  const [error, setError] = useState('')

  const start = () => {
    if (!file) return
    setReport(null)
    setError('')
    setProgress(0)
    // XMLHttpRequest, not fetch: only it reports upload progress, and the server reads the file
    // as it imports, so the upload's progress is the import's.
    const request = new XMLHttpRequest()
    request.open('POST', `${apiRoute}/subscribers/import`)
    request.withCredentials = true
    request.setRequestHeader('Content-Type', 'text/csv')
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) setProgress(Math.round((event.loaded / event.total) * 100))
    }
    request.onload = () => {
      setProgress(null)
      try {
        const body = JSON.parse(request.responseText) as Report & { error?: string }
        if (request.status !== 200) throw new Error(body.error)
        setReport(body)
        router.refresh()
      } catch (problem) {
        setError((problem as Error).message || text.failed)
      }
    }
    request.onerror = () => {
      setProgress(null)
      setError(text.failed)
    }
    request.send(file)
  }

  const downloadReport = () => {
    if (!report) return
    const lines = [
      `${text.line};${text.reason}`,
      ...report.rejected.map(({ line, reason }) => `${line};"${reason.replace(/"/g, '""')}"`),
    ]
    const url = URL.createObjectURL(new Blob([lines.join('\n')], { type: 'text/csv' }))
    const link = document.createElement('a')
    link.href = url
    link.download = 'importverslag.csv'
    link.click()
    URL.revokeObjectURL(url)
  }

  return (
    <section
      style={{ marginBottom: 'calc(var(--base) * 2)' }}
      aria-labelledby={`${inputId}-heading`}
    >
      <h2 id={`${inputId}-heading`} style={{ marginBottom: 'calc(var(--base) / 2)' }}>
        {text.heading}
      </h2>
      <p>{text.explain}</p>
      <div style={{ display: 'flex', gap: 'var(--base)', alignItems: 'center', flexWrap: 'wrap' }}>
        <label htmlFor={inputId}>{text.file}</label>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        <Button onClick={start} disabled={!file || progress !== null} size="small">
          {text.start}
        </Button>
      </div>
      {progress !== null ? (
        <p role="status">
          <progress max={100} value={progress} aria-label={text.busy} /> {text.busy} {progress}%
        </p>
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
      {report ? (
        <div role="status">
          <p>{text.done(report)}</p>
          {report.rejected.length > 0 ? (
            <>
              <table>
                <caption style={{ textAlign: 'start' }}>{text.rejected}</caption>
                <thead>
                  <tr>
                    <th scope="col">{text.line}</th>
                    <th scope="col">{text.reason}</th>
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
                <p>{text.more(report.rejected.length - shownProblems)}</p>
              ) : null}
              <Button onClick={downloadReport} buttonStyle="secondary" size="small">
                {text.download}
              </Button>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  )
}
