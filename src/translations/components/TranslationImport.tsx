'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import { useFileUpload } from '@/components/useFileUpload'

import type { ImportReport, UnitOutcome } from '../importFile'

const reportColumns = ['document', 'field', 'result', 'explanation'] as const

/** What needs attention first: refused texts, then skipped ones, then what landed. */
const outcomeOrder: Record<UnitOutcome['outcome'], number> = { rejected: 0, skipped: 1, saved: 2 }

/** Upload a translated XLIFF file and read, per text, whether it landed (as a draft) or why not. */
export const TranslationImport = () => {
  const { t, apiRoute, router, inputId, file, setFile, report, setReport, error, setError } =
    useFileUpload<ImportReport>()
  const [isBusy, setIsBusy] = useState(false)

  const start = async () => {
    if (!file) return
    setIsBusy(true)
    setReport(null)
    setError('')
    try {
      const response = await fetch(`${apiRoute}/translations/import`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/xliff+xml' },
        body: await file.text(),
      })
      const body = (await response.json()) as ImportReport & { error?: string }
      if (!response.ok)
        throw new Error(body.error || t('custom:translations:translationImport:failed'))
      setReport(body)
      router.refresh()
    } catch (problem) {
      setError((problem as Error).message || t('custom:translations:translationImport:failed'))
    } finally {
      setIsBusy(false)
    }
  }

  return (
    <section aria-labelledby={`${inputId}-heading`} style={{ margin: 'calc(var(--base) * 2) 0' }}>
      <h2 id={`${inputId}-heading`}>{t('custom:translations:translationImport:heading')}</h2>
      <p>{t('custom:translations:translationImport:intro')}</p>
      <div style={{ display: 'flex', gap: 'var(--base)', alignItems: 'center', flexWrap: 'wrap' }}>
        <label htmlFor={inputId}>{t('custom:translations:translationImport:file')}</label>
        <input
          id={inputId}
          type="file"
          accept=".xlf,.xliff,application/xliff+xml,application/xml,text/xml"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        <Button onClick={start} disabled={!file || isBusy} size="small">
          {t('custom:translations:translationImport:start')}
        </Button>
      </div>
      {isBusy && <p role="status">{t('custom:translations:translationImport:busy')}</p>}
      {error && <p role="alert">{error}</p>}
      {report && (
        <div role="status">
          <p>{t('custom:translations:translationImport:summary', report)}</p>
          {report.units.length > 0 && (
            <table>
              <caption style={{ textAlign: 'start' }}>
                {t('custom:translations:translationImport:reportCaption')}
              </caption>
              <thead>
                <tr>
                  {reportColumns.map((column) => (
                    <th key={column} scope="col" style={{ textAlign: 'start' }}>
                      {t(`custom:translations:translationImport:${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[...report.units]
                  .sort((a, b) => outcomeOrder[a.outcome] - outcomeOrder[b.outcome])
                  .map((unit) => (
                    <tr key={`${unit.fileId}/${unit.unitId}`} data-outcome={unit.outcome}>
                      <td>{unit.document ?? unit.fileId}</td>
                      <td>{unit.field ?? unit.unitId}</td>
                      <td>{t(`custom:translations:translationImport:${unit.outcome}`)}</td>
                      <td>{unit.reason}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  )
}
