'use client'

import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Counts = {
  municipality: { id: string | number; name: string }
  byStatus: Record<'pending' | 'confirmed' | 'unsubscribed' | 'bounced' | 'complained', number>
}[]

const words = {
  nl: {
    heading: 'Abonnees op de nieuwsbrief',
    municipality: 'Gemeente',
    confirmed: 'Bevestigd',
    pending: 'Wacht op bevestiging',
    stopped: 'Gestopt (afgemeld, bounce, klacht)',
    none: 'Nog geen abonnees.',
  },
  en: {
    heading: 'Newsletter subscribers',
    municipality: 'Municipality',
    confirmed: 'Confirmed',
    pending: 'Awaiting confirmation',
    stopped: 'Stopped (unsubscribed, bounced, complained)',
    none: 'No subscribers yet.',
  },
}

/**
 * On the dashboard: how many people read the newsletter per municipality. Municipal editors see
 * only their own municipalities and only numbers; addresses stay with the regional team.
 */
export const SubscriberCounts = () => {
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const {
    config: {
      routes: { api: apiRoute },
    },
  } = useConfig()
  const [counts, setCounts] = useState<Counts | null>(null)
  const text = i18n.language === 'en' ? words.en : words.nl

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
      <h2>{text.heading}</h2>
      {rows.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{text.municipality}</th>
              <th scope="col">{text.confirmed}</th>
              <th scope="col">{text.pending}</th>
              <th scope="col">{text.stopped}</th>
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
