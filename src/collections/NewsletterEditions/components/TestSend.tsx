'use client'

import { Button, toast, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useId, useState } from 'react'

import type { AdminTexts, AdminTranslationKey } from '../../../i18n/admin'
import { locales } from '../../../i18n/locales'

/** Beside the edition: send the saved edition as a test mail to the signed-in adviser. */
export const TestSend = () => {
  const { id } = useDocumentInfo()
  const { t } = useTranslation<AdminTexts, AdminTranslationKey>()
  const [locale, setLocale] = useState('nl')
  const [isSending, setIsSending] = useState(false)
  const [status, setStatus] = useState('')
  const selectId = useId()

  if (!id) return <p>{t('custom:newsletterEditions:testSend:saveFirst')}</p>

  const send = async () => {
    setIsSending(true)
    setStatus(t('custom:newsletterEditions:testSend:sending'))
    try {
      const response = await fetch(`/api/newsletter-editions/${id}/test-send`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ locale }),
      })
      const result = (await response.json()) as { message?: string; error?: string }
      const message =
        result.message ?? result.error ?? t('custom:newsletterEditions:testSend:failed')
      setStatus(message)
      if (response.ok) toast.success(message)
      else toast.error(message)
    } catch {
      setStatus(t('custom:newsletterEditions:testSend:failed'))
      toast.error(t('custom:newsletterEditions:testSend:failed'))
    } finally {
      setIsSending(false)
    }
  }

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <h3 style={{ margin: '0 0 calc(var(--base) / 4)' }}>
        {t('custom:newsletterEditions:testSend:heading')}
      </h3>
      <p style={{ margin: '0 0 calc(var(--base) / 2)' }}>
        {t('custom:newsletterEditions:testSend:explain')}
      </p>
      <label htmlFor={selectId} className="field-label">
        {t('custom:newsletterEditions:testSend:language')}
      </label>
      <select
        id={selectId}
        value={locale}
        onChange={(event) => setLocale(event.target.value)}
        style={{ display: 'block', width: '100%', padding: '0.5rem', marginBottom: '0.5rem' }}
      >
        {locales.map(({ code, label }) => (
          <option key={code} value={code}>
            {label}
          </option>
        ))}
      </select>
      <Button buttonStyle="secondary" disabled={isSending} onClick={send} size="medium">
        {t('custom:newsletterEditions:testSend:send')}
      </Button>
      <p role="status" aria-live="polite" style={{ marginTop: '0.5rem' }}>
        {status}
      </p>
    </div>
  )
}
