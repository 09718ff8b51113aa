'use client'

import { Button, toast, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useId, useState } from 'react'

import { locales } from '../../../i18n/locales'

const words = {
  nl: {
    heading: 'Testbericht',
    explain: 'Stuur deze editie naar je eigen adres, in de gekozen taal.',
    language: 'Taal',
    send: 'Verstuur test',
    sending: 'Bezig met versturen…',
    saveFirst: 'Sla de editie eerst op; daarna kun je een test versturen.',
    failed: 'Versturen lukte niet. Probeer het opnieuw of vraag de beheerder.',
  },
  en: {
    heading: 'Test message',
    explain: 'Send this edition to your own address, in the chosen language.',
    language: 'Language',
    send: 'Send test',
    sending: 'Sending…',
    saveFirst: 'Save the edition first; then you can send a test.',
    failed: 'Sending failed. Try again or ask the administrator.',
  },
}

/** Beside the edition: send the saved edition as a test mail to the signed-in adviser. */
export const TestSend = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const text = i18n.language === 'en' ? words.en : words.nl
  const [locale, setLocale] = useState('nl')
  const [isSending, setIsSending] = useState(false)
  const [status, setStatus] = useState('')
  const selectId = useId()

  if (!id) return <p>{text.saveFirst}</p>

  const send = async () => {
    setIsSending(true)
    setStatus(text.sending)
    try {
      const response = await fetch(`/api/newsletter-editions/${id}/test-send`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ locale }),
      })
      const result = (await response.json()) as { message?: string; error?: string }
      const message = result.message ?? result.error ?? text.failed
      setStatus(message)
      if (response.ok) toast.success(message)
      else toast.error(message)
    } catch {
      setStatus(text.failed)
      toast.error(text.failed)
    } finally {
      setIsSending(false)
    }
  }

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <h3 style={{ margin: '0 0 calc(var(--base) / 4)' }}>{text.heading}</h3>
      <p style={{ margin: '0 0 calc(var(--base) / 2)' }}>{text.explain}</p>
      <label htmlFor={selectId} className="field-label">
        {text.language}
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
        {text.send}
      </Button>
      <p role="status" aria-live="polite" style={{ marginTop: '0.5rem' }}>
        {status}
      </p>
    </div>
  )
}
