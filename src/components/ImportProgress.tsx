'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { AdminTexts, AdminTranslationKey } from '@/i18n/admin'

type ImportRecord = {
  status: 'pending' | 'running' | 'done' | 'failed'
  rowsRead?: number | null
  added?: number | null
  merged?: number | null
  rejected?: number | null
  fileBytes?: number | null
  bytesRead?: number | null
  error?: string | null
  problems?: [number, string][] | null
}

/** How often the admin asks for an import's progress while it runs. */
const pollMs = 1000

const shownProblems = 200

/** The progress fields only: the problems can run to a megabyte and come once, at the end. */
const progressQuery = [
  'status',
  'rowsRead',
  'added',
  'merged',
  'rejected',
  'fileBytes',
  'bytesRead',
]
  .map((field) => `select[${field}]=true`)
  .join('&')

/**
 * One subscriber import as it runs and when it is over: a progress bar with the counts (read,
 * added, merged, rejected), then the refused lines and the full report as a CSV download, or why
 * it failed. Asks `/api/subscriber-imports/<id>` every second while the import is not finished.
 */
export const ImportProgress = ({
  id,
  onFinished,
}: {
  id: string | number
  onFinished?: () => void
}) => {
  const { t } = useTranslation<AdminTexts, AdminTranslationKey>()
  const {
    config: {
      routes: { api: apiRoute },
    },
  } = useConfig()
  const [record, setRecord] = useState<ImportRecord | null>(null)
  const [isUnreachable, setIsUnreachable] = useState(false)

  useEffect(() => {
    let isCurrent = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const url = `${apiRoute}/subscriber-imports/${id}?depth=0`
    const poll = async () => {
      try {
        const response = await fetch(`${url}&${progressQuery}`, { credentials: 'include' })
        if (!response.ok) throw new Error(String(response.status))
        let next = (await response.json()) as ImportRecord
        const isFinished = next.status === 'done' || next.status === 'failed'
        if (isFinished) {
          const full = await fetch(url, { credentials: 'include' })
          if (full.ok) next = (await full.json()) as ImportRecord
        }
        if (!isCurrent) return
        setRecord(next)
        setIsUnreachable(false)
        if (isFinished) {
          onFinished?.()
          return
        }
      } catch {
        if (isCurrent) setIsUnreachable(true)
      }
      if (isCurrent) timer = setTimeout(poll, pollMs)
    }
    void poll()
    return () => {
      isCurrent = false
      clearTimeout(timer)
    }
  }, [apiRoute, id, onFinished])

  if (!record) {
    return isUnreachable ? (
      <p role="alert">{t('custom:subscribers:importSubscribers:failed')}</p>
    ) : null
  }
  const counts = (['rowsRead', 'added', 'merged', 'rejected'] as const).map((name) => ({
    name,
    value: record[name] ?? 0,
  }))
  const isPending = record.status === 'pending'
  const problems = record.problems ?? []

  return (
    <div>
      <p role="status">
        <label>
          {t('custom:subscriberImports:progress')}{' '}
          {isPending ? (
            <progress />
          ) : (
            <progress
              max={Math.max(record.fileBytes ?? 0, 1)}
              value={
                record.status === 'running' ? (record.bytesRead ?? 0) : (record.fileBytes ?? 1)
              }
            />
          )}
        </label>{' '}
        {isPending ? t('custom:subscriberImports:waiting') : null}
      </p>
      <dl style={{ display: 'flex', gap: 'calc(var(--base) * 1.5)', flexWrap: 'wrap' }}>
        {counts.map(({ name, value }) => (
          <div key={name}>
            <dt>{t(`custom:subscriberImports:${name}`)}</dt>
            <dd style={{ margin: 0, fontWeight: 600 }}>{value.toLocaleString()}</dd>
          </div>
        ))}
      </dl>
      {record.status === 'failed' ? <p role="alert">{record.error}</p> : null}
      {record.status === 'done' ? (
        problems.length === 0 ? (
          <p>{t('custom:subscriberImports:noProblems')}</p>
        ) : (
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
                {problems.slice(0, shownProblems).map(([line, reason]) => (
                  <tr key={line}>
                    <td>{line}</td>
                    <td>{reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {(record.rejected ?? 0) > shownProblems ? (
              <p>
                {t('custom:subscribers:importSubscribers:more', {
                  count: (record.rejected ?? 0) - shownProblems,
                })}
              </p>
            ) : null}
          </>
        )
      ) : null}
      {record.status === 'done' && (record.rejected ?? 0) > 0 ? (
        <p>
          <a href={`${apiRoute}/subscriber-imports/${id}/report.csv`} download>
            {t('custom:subscriberImports:downloadReport')}
          </a>
        </p>
      ) : null}
    </div>
  )
}
