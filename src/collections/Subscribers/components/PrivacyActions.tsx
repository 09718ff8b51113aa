'use client'

import { Button, toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

const words = {
  nl: {
    heading: 'Privacy (AVG)',
    export: 'Gegevens downloaden (JSON)',
    erase: 'Abonnee wissen',
    confirmErase:
      'Alle persoonsgegevens van deze abonnee worden gewist: de abonnee, de opgeslagen berichten aan dit adres en de koppeling in verzendingen. Dit kan niet ongedaan worden. Doorgaan?',
    failed: 'Wissen lukte niet. Probeer het opnieuw of vraag de beheerder.',
  },
  en: {
    heading: 'Privacy (GDPR)',
    export: 'Download data (JSON)',
    erase: 'Erase subscriber',
    confirmErase:
      'All personal data of this subscriber will be erased: the subscriber, stored messages to this address and the link in deliveries. This cannot be undone. Continue?',
    failed: 'Erasing failed. Try again or ask the administrator.',
  },
}

/** In the subscriber's sidebar: the rights of access and erasure as two buttons. */
export const PrivacyActions = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const {
    config: {
      routes: { admin: adminRoute, api: apiRoute },
    },
  } = useConfig()
  const router = useRouter()
  const [isErasing, setIsErasing] = useState(false)
  const text = i18n.language === 'en' ? words.en : words.nl
  if (!id) return null

  const erase = async () => {
    if (!window.confirm(text.confirmErase)) return
    setIsErasing(true)
    try {
      const response = await fetch(`${apiRoute}/subscribers/${id}/erase`, {
        method: 'POST',
        credentials: 'include',
      })
      const result = (await response.json()) as { message?: string; error?: string }
      if (!response.ok) throw new Error(result.error)
      toast.success(result.message ?? '')
      router.push(`${adminRoute}/collections/subscribers`)
    } catch {
      toast.error(text.failed)
      setIsErasing(false)
    }
  }

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <h3 style={{ margin: '0 0 calc(var(--base) / 2)' }}>{text.heading}</h3>
      <p>
        <a href={`${apiRoute}/subscribers/${id}/export`} download>
          {text.export}
        </a>
      </p>
      <Button buttonStyle="error" size="small" onClick={erase} disabled={isErasing}>
        {text.erase}
      </Button>
    </div>
  )
}
