'use client'

import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { SmallNumbersLegend } from '@/components/SmallNumbersLegend'
import type { AdminTexts, AdminTranslationKey } from '@/i18n/admin'
import type { CountGroup, SubscriberCounts as Counts } from '@/subscribers/counts'

const groups: CountGroup[] = ['confirmed', 'pending', 'stopped']

/**
 * On the dashboard: how many people read the newsletter per municipality. Municipal editors see
 * only their own municipalities and only numbers; addresses stay with the regional team. The
 * figures arrive with small numbers already hidden ("<5", "x"); the legend says why.
 */
export const SubscriberCounts = () => {
  const { user } = useAuth()
  const { t } = useTranslation<AdminTexts, AdminTranslationKey>()
  const {
    config: {
      routes: { api: apiRoute },
    },
  } = useConfig()
  const [counts, setCounts] = useState<Counts | null>(null)

  useEffect(() => {
    if (!user) return
    fetch(`${apiRoute}/subscribers/counts`, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<Counts>) : null))
      .then(setCounts, () => setCounts(null))
  }, [apiRoute, user])

  if (!counts) return null
  const rows = counts.rows.filter(({ counts: shown }) => groups.some((group) => shown[group] !== 0))
  return (
    <section style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2>{t('custom:subscribers:subscriberCounts:heading')}</h2>
      {rows.length === 0 ? (
        <p>{t('custom:subscribers:subscriberCounts:none')}</p>
      ) : (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('custom:subscribers:subscriberCounts:municipality')}</th>
                {groups.map((group) => (
                  <th key={group} scope="col">
                    {t(`custom:subscribers:subscriberCounts:${group}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ municipality, counts: shown }) => (
                <tr key={municipality.id}>
                  <th scope="row">{municipality.name}</th>
                  {groups.map((group) => (
                    <td key={group}>{shown[group]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
            {counts.totals && (
              <tfoot>
                <tr>
                  <th scope="row">{t('custom:subscribers:subscriberCounts:regionTotal')}</th>
                  {groups.map((group) => (
                    <td key={group}>{counts.totals![group]}</td>
                  ))}
                </tr>
              </tfoot>
            )}
          </table>
          <SmallNumbersLegend />
        </>
      )}
    </section>
  )
}
