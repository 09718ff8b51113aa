'use client'

import { Button, toast, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useId, useState } from 'react'

import { formatMoment } from '../../../lib/dates'
import type { AudienceSummary } from '../../../newsletter/delivery/audience'
import type { OutcomeCounts, SendProgress } from '../../../newsletter/delivery/progress'

const statusText: Record<string, string> = {
  draft: 'Concept: nog niet ingepland.',
  scheduled: 'Gepland.',
  sending: 'Wordt verzonden.',
  paused: 'Gepauzeerd.',
  sent: 'Verzonden.',
  cancelled: 'Geannuleerd.',
}

const pollMs = 2000

/**
 * Beside the edition: schedule it (after a summary of who gets it), follow the send while it
 * runs, pause, resume or cancel it, and see the outcome per language and per municipality.
 */
export const SendPanel = () => {
  const { id } = useDocumentInfo()
  const router = useRouter()
  const [progress, setProgress] = useState<SendProgress>()
  const [summary, setSummary] = useState<{ audience: AudienceSummary; problem: string | null }>()
  const [isConfirming, setIsConfirming] = useState(false)
  const [isNow, setIsNow] = useState(true)
  const [sendAt, setSendAt] = useState('')
  const [isBusy, setIsBusy] = useState(false)
  const headingId = useId()
  const whenId = useId()

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(`/api/newsletter-editions/${id}/sending/progress`, {
      credentials: 'include',
    })
    if (response.ok) setProgress((await response.json()) as SendProgress)
  }, [id])

  useEffect(() => {
    void load()
  }, [load])

  const status = progress?.status
  useEffect(() => {
    if (status !== 'sending' && status !== 'scheduled' && status !== 'paused') return
    const timer = setInterval(() => void load(), pollMs)
    return () => clearInterval(timer)
  }, [status, load])

  if (!id) return <p>Sla de editie eerst op; daarna kunt u hem inplannen.</p>

  const act = async (path: string, body?: unknown) => {
    setIsBusy(true)
    try {
      const response = await fetch(`/api/newsletter-editions/${id}/sending/${path}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body ?? {}),
      })
      const result = (await response.json()) as { message?: string; error?: string }
      if (response.ok) {
        toast.success(result.message ?? 'Gelukt.')
        setIsConfirming(false)
        router.refresh()
      } else {
        toast.error(result.error ?? 'Dat lukte niet. Probeer het opnieuw.')
      }
      await load()
    } finally {
      setIsBusy(false)
    }
  }

  const openConfirmation = async () => {
    setIsConfirming(true)
    setSummary(undefined)
    const response = await fetch(`/api/newsletter-editions/${id}/sending/summary`, {
      credentials: 'include',
    })
    if (response.ok) setSummary(await response.json())
  }

  return (
    <section
      aria-labelledby={headingId}
      className="field-type"
      style={{ marginBottom: 'var(--base)' }}
    >
      <h3 id={headingId} style={{ margin: '0 0 calc(var(--base) / 4)' }}>
        Verzenden
      </h3>
      <p role="status" style={{ margin: '0 0 calc(var(--base) / 2)' }}>
        {status ? statusText[status] : 'Bezig met laden…'}
        {status === 'scheduled' && progress?.sendAt
          ? ` Verzenden op ${formatMoment(progress.sendAt, 'nl')}.`
          : ''}
      </p>

      {status === 'draft' && !isConfirming && (
        <Button buttonStyle="primary" onClick={() => void openConfirmation()}>
          Inplannen…
        </Button>
      )}

      {status === 'draft' && isConfirming && (
        <div>
          {!summary && <p>Ontvangers tellen…</p>}
          {summary && (
            <>
              <p>
                <strong>{summary.audience.total}</strong> abonnees krijgen deze editie (zoals hij nu
                is gepubliceerd).
              </p>
              <CountList
                title="Per taal"
                rows={summary.audience.byLanguage.map(({ label, count }) => [label, count])}
              />
              <CountList
                title="Per gemeente"
                rows={summary.audience.byMunicipality.map(({ name, count }) => [name, count])}
              />
              {summary.problem && (
                <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
                  {summary.problem}
                </p>
              )}
              <fieldset style={{ border: 0, padding: 0, margin: '0 0 0.5rem' }}>
                <legend>Wanneer?</legend>
                <label style={{ display: 'block' }}>
                  <input type="radio" name="when" checked={isNow} onChange={() => setIsNow(true)} />{' '}
                  Nu verzenden
                </label>
                <label style={{ display: 'block' }}>
                  <input
                    type="radio"
                    name="when"
                    checked={!isNow}
                    onChange={() => setIsNow(false)}
                  />{' '}
                  Op een later moment
                </label>
                {!isNow && (
                  <>
                    <label htmlFor={whenId} className="field-label">
                      Datum en tijd
                    </label>
                    <input
                      id={whenId}
                      type="datetime-local"
                      value={sendAt}
                      onChange={(event) => setSendAt(event.target.value)}
                      style={{ display: 'block', padding: '0.5rem' }}
                    />
                  </>
                )}
              </fieldset>
              <Button
                buttonStyle="primary"
                disabled={isBusy || Boolean(summary.problem) || (!isNow && !sendAt)}
                onClick={() =>
                  void act('schedule', { sendAt: isNow ? null : new Date(sendAt).toISOString() })
                }
              >
                Bevestigen en inplannen
              </Button>
            </>
          )}
          <Button buttonStyle="secondary" onClick={() => setIsConfirming(false)}>
            Terug
          </Button>
        </div>
      )}

      {(status === 'sending' || status === 'paused') && progress && (
        <div>
          <progress
            max={Math.max(progress.total, 1)}
            value={progress.accepted + progress.failed + progress.skipped + progress.cancelled}
            aria-label="Voortgang van de verzending"
            style={{ width: '100%' }}
          />
          <p>
            {progress.accepted} van {progress.total} geaccepteerd door de provider
            {progress.failed ? `, ${progress.failed} mislukt` : ''}
            {progress.skipped ? `, ${progress.skipped} overgeslagen (afgemeld)` : ''}.
            {progress.etaSeconds ? ` Nog ongeveer ${formatDuration(progress.etaSeconds)}.` : ''}
          </p>
          {progress.pauseReason && <p role="alert">{progress.pauseReason}</p>}
          {status === 'sending' && (
            <Button buttonStyle="secondary" disabled={isBusy} onClick={() => void act('pause')}>
              Pauzeren
            </Button>
          )}
          {status === 'paused' && (
            <Button buttonStyle="primary" disabled={isBusy} onClick={() => void act('resume')}>
              Hervatten
            </Button>
          )}
        </div>
      )}

      {(status === 'scheduled' || status === 'sending' || status === 'paused') && (
        <Button
          buttonStyle="secondary"
          disabled={isBusy}
          onClick={() => {
            if (
              window.confirm('Verzending annuleren? Wie de editie nog niet kreeg, krijgt hem niet.')
            ) {
              void act('cancel')
            }
          }}
        >
          Verzending annuleren
        </Button>
      )}

      {(status === 'sent' || status === 'cancelled') && progress && (
        <div>
          <p>
            {progress.accepted} geaccepteerd, {progress.failed} mislukt
            {progress.skipped ? `, ${progress.skipped} overgeslagen` : ''}
            {progress.cancelled ? `, ${progress.cancelled} niet verstuurd` : ''}.
          </p>
          <OutcomeTable
            title="Per taal"
            rows={(progress.byLanguage ?? []).map((row) => ({ name: row.label, ...row }))}
          />
          <OutcomeTable title="Per gemeente" rows={progress.byMunicipality ?? []} />
          {progress.failureReasons.length > 0 && (
            <>
              <h4>Redenen van mislukken</h4>
              <ul>
                {progress.failureReasons.map(({ reason, count }) => (
                  <li key={reason}>
                    {count} × {reason}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  )
}

const CountList = ({ title, rows }: { title: string; rows: [string, number][] }) => (
  <>
    <h4 style={{ margin: '0.5rem 0 0.25rem' }}>{title}</h4>
    <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
      {rows.map(([name, count]) => (
        <li key={name}>
          {name}: {count}
        </li>
      ))}
    </ul>
  </>
)

const OutcomeTable = ({
  title,
  rows,
}: {
  title: string
  rows: ({ name: string } & OutcomeCounts)[]
}) =>
  rows.length === 0 ? null : (
    <table style={{ width: '100%', marginBottom: '0.5rem', fontSize: '0.85em' }}>
      <caption style={{ textAlign: 'start', fontWeight: 600 }}>{title}</caption>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: 'start' }}></th>
          <th scope="col">Geaccepteerd</th>
          <th scope="col">Afgeleverd</th>
          <th scope="col">Onbestelbaar</th>
          <th scope="col">Mislukt</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name}>
            <th scope="row" style={{ textAlign: 'start' }}>
              {row.name}
            </th>
            <td>{row.accepted}</td>
            <td>{row.delivered}</td>
            <td>{row.bounced}</td>
            <td>{row.failed}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )

const formatDuration = (seconds: number) =>
  seconds < 90 ? `${seconds} seconden` : `${Math.round(seconds / 60)} minuten`
