'use client'

import type { TFunction } from '@payloadcms/translations'
import { Button, toast, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useId, useState } from 'react'

import { SmallNumbersLegend } from '../../../components/SmallNumbersLegend'
import type { AdminTexts, AdminTranslationKey } from '../../../i18n/admin'
import { formatMoment } from '../../../lib/dates'
import type { Shown } from '../../../lib/smallNumbers'
import type { AudienceSummary } from '../../../newsletter/delivery/audience'
import type { SendProgress, ShownOutcomes } from '../../../newsletter/delivery/progress'

const pollMs = 2000

/**
 * Beside the edition: schedule it (after a summary of who gets it), follow the send while it
 * runs, pause, resume or cancel it, and see the outcome per language and per municipality.
 */
export const SendPanel = () => {
  const { id } = useDocumentInfo()
  const { i18n, t } = useTranslation<AdminTexts, AdminTranslationKey>()
  const router = useRouter()
  const [progress, setProgress] = useState<SendProgress>()
  const [summary, setSummary] = useState<{
    kind?: string
    audience: AudienceSummary
    problem: string | null
  }>()
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

  if (!id) return <p>{t('custom:newsletterEditions:sendPanel:saveFirst')}</p>

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
        toast.success(result.message ?? t('custom:newsletterEditions:sendPanel:done'))
        setIsConfirming(false)
        router.refresh()
      } else {
        toast.error(result.error ?? t('custom:newsletterEditions:sendPanel:actionFailed'))
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
        {t('custom:newsletterEditions:sendPanel:heading')}
      </h3>
      <p role="status" style={{ margin: '0 0 calc(var(--base) / 2)' }}>
        {status
          ? t(`custom:newsletterEditions:sendPanel:status:${status}`)
          : t('custom:newsletterEditions:sendPanel:loading')}
        {status === 'scheduled' && progress?.sendAt
          ? ` ${t('custom:newsletterEditions:sendPanel:sendsAt', {
              moment: formatMoment(progress.sendAt, i18n.language),
            })}`
          : ''}
      </p>

      {status === 'draft' && !isConfirming && (
        <Button buttonStyle="primary" onClick={() => void openConfirmation()}>
          {t('custom:newsletterEditions:sendPanel:schedule')}
        </Button>
      )}

      {status === 'draft' && isConfirming && (
        <div>
          {!summary && <p>{t('custom:newsletterEditions:sendPanel:counting')}</p>}
          {summary && (
            <>
              <p>
                <strong>{summary.audience.total}</strong>{' '}
                {summary.kind === 'pack-mailing'
                  ? t('custom:packMailings:recipients', { count: summary.audience.total })
                  : t('custom:newsletterEditions:sendPanel:recipients', {
                      count: summary.audience.total,
                    })}
              </p>
              <CountList
                title={t('custom:newsletterEditions:sendPanel:perLanguage')}
                rows={summary.audience.byLanguage.map(({ label, count }) => [label, count])}
              />
              <CountList
                title={t('custom:newsletterEditions:sendPanel:perMunicipality')}
                rows={summary.audience.byMunicipality.map(({ name, count }) => [name, count])}
              />
              <SmallNumbersLegend />
              {summary.problem && (
                <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
                  {summary.problem}
                </p>
              )}
              <fieldset style={{ border: 0, padding: 0, margin: '0 0 0.5rem' }}>
                <legend>{t('custom:newsletterEditions:sendPanel:when')}</legend>
                <label style={{ display: 'block' }}>
                  <input type="radio" name="when" checked={isNow} onChange={() => setIsNow(true)} />{' '}
                  {t('custom:newsletterEditions:sendPanel:now')}
                </label>
                <label style={{ display: 'block' }}>
                  <input
                    type="radio"
                    name="when"
                    checked={!isNow}
                    onChange={() => setIsNow(false)}
                  />{' '}
                  {t('custom:newsletterEditions:sendPanel:later')}
                </label>
                {!isNow && (
                  <>
                    <label htmlFor={whenId} className="field-label">
                      {t('custom:newsletterEditions:sendPanel:dateAndTime')}
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
                {t('custom:newsletterEditions:sendPanel:confirm')}
              </Button>
            </>
          )}
          <Button buttonStyle="secondary" onClick={() => setIsConfirming(false)}>
            {t('custom:newsletterEditions:sendPanel:back')}
          </Button>
        </div>
      )}

      {(status === 'sending' || status === 'paused') && progress && (
        <div>
          <progress
            max={Math.max(progress.total, 1)}
            value={progress.accepted + progress.failed + progress.skipped + progress.cancelled}
            aria-label={t('custom:newsletterEditions:sendPanel:progress')}
            style={{ width: '100%' }}
          />
          <p>
            {sentence([
              t('custom:newsletterEditions:sendPanel:acceptedOfTotal', {
                accepted: progress.accepted,
                total: progress.total,
              }),
              progress.failed &&
                t('custom:newsletterEditions:sendPanel:failedCount', { count: progress.failed }),
              progress.skipped &&
                t('custom:newsletterEditions:sendPanel:skippedUnsubscribedCount', {
                  count: progress.skipped,
                }),
            ])}
            {progress.etaSeconds
              ? ` ${t('custom:newsletterEditions:sendPanel:remaining', {
                  duration: formatDuration(progress.etaSeconds, t),
                })}`
              : ''}
          </p>
          {progress.pauseReason && <p role="alert">{progress.pauseReason}</p>}
          {status === 'sending' && (
            <Button buttonStyle="secondary" disabled={isBusy} onClick={() => void act('pause')}>
              {t('custom:newsletterEditions:sendPanel:pause')}
            </Button>
          )}
          {status === 'paused' && (
            <Button buttonStyle="primary" disabled={isBusy} onClick={() => void act('resume')}>
              {t('custom:newsletterEditions:sendPanel:resume')}
            </Button>
          )}
        </div>
      )}

      {(status === 'scheduled' || status === 'sending' || status === 'paused') && (
        <Button
          buttonStyle="secondary"
          disabled={isBusy}
          onClick={() => {
            if (window.confirm(t('custom:newsletterEditions:sendPanel:confirmCancel'))) {
              void act('cancel')
            }
          }}
        >
          {t('custom:newsletterEditions:sendPanel:cancel')}
        </Button>
      )}

      {(status === 'sent' || status === 'cancelled') && progress && (
        <div>
          <p>
            {sentence([
              t('custom:newsletterEditions:sendPanel:acceptedCount', { count: progress.accepted }),
              t('custom:newsletterEditions:sendPanel:failedCount', { count: progress.failed }),
              progress.skipped &&
                t('custom:newsletterEditions:sendPanel:skippedCount', { count: progress.skipped }),
              progress.cancelled &&
                t('custom:newsletterEditions:sendPanel:notSentCount', {
                  count: progress.cancelled,
                }),
            ])}
          </p>
          <OutcomeTable
            title={t('custom:newsletterEditions:sendPanel:perLanguage')}
            rows={(progress.byLanguage ?? []).map((row) => ({ name: row.label, ...row }))}
            t={t}
          />
          <OutcomeTable
            title={t('custom:newsletterEditions:sendPanel:perMunicipality')}
            rows={progress.byMunicipality ?? []}
            t={t}
          />
          <SmallNumbersLegend />
          {progress.failureReasons.length > 0 && (
            <>
              <h4>{t('custom:newsletterEditions:sendPanel:failureReasons')}</h4>
              <ul>
                {progress.failureReasons.map(({ reason, count }) => (
                  <li key={reason ?? ''}>
                    {count} × {reason ?? t('custom:newsletterEditions:sendPanel:unknownError')}
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

const CountList = ({ title, rows }: { title: string; rows: [string, Shown][] }) => (
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
  t,
}: {
  title: string
  rows: ({ name: string } & ShownOutcomes)[]
  t: TFunction<AdminTranslationKey>
}) =>
  rows.length === 0 ? null : (
    <table style={{ width: '100%', marginBottom: '0.5rem', fontSize: '0.85em' }}>
      <caption style={{ textAlign: 'start', fontWeight: 600 }}>{title}</caption>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: 'start' }}></th>
          <th scope="col">{t('custom:newsletterEditions:sendPanel:accepted')}</th>
          <th scope="col">{t('custom:newsletterEditions:sendPanel:delivered')}</th>
          <th scope="col">{t('custom:newsletterEditions:sendPanel:bounced')}</th>
          <th scope="col">{t('custom:newsletterEditions:sendPanel:failed')}</th>
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

const formatDuration = (seconds: number, t: TFunction<AdminTranslationKey>) =>
  seconds < 90
    ? t('custom:newsletterEditions:sendPanel:seconds', { count: seconds })
    : t('custom:newsletterEditions:sendPanel:minutes', { count: Math.round(seconds / 60) })

/** The counts that apply, as one sentence: "5 geaccepteerd, 1 mislukt." */
const sentence = (parts: (string | 0 | false)[]) => `${parts.filter(Boolean).join(', ')}.`
