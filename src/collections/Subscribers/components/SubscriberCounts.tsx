'use client'

import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { AdminTexts, AdminTranslationKey } from '@/i18n/admin'

type Counts = {
  municipality: { id: string | number; name: string }
  byStatus: Record<'pending' | 'confirmed' | 'unsubscribed' | 'bounced' | 'complained', number>
}[]

/**
 * On the dashboard: how many people read the newsletter per municipality. Municipal editors see
 * only their own municipalities and only numbers; addresses stay with the regional team.
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
  const rows = counts.filter(({ byStatus }) => Object.values(byStatus).some(Boolean))
  return (
    <section style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2>{t('custom:subscribers:subscriberCounts:heading')}</h2>
      {rows.length === 0 ? (
        <p>{t('custom:subscribers:subscriberCounts:none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('custom:subscribers:subscriberCounts:municipality')}</th>
              <th scope="col">{t('custom:subscribers:subscriberCounts:confirmed')}</th>
              <th scope="col">{t('custom:subscribers:subscriberCounts:pending')}</th>
              <th scope="col">{t('custom:subscribers:subscriberCounts:stopped')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ municipality, byStatus }) => (
              <tr key={municipality.id}>
                <th scope="row">{municipality.name}</th>
                <td>{byStatus.confirmed}</td>
                <td>{byStatus.pending}</td>
                <td>{byStatus.unsubscribed + byStatus.bounced + byStatus.complained}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
