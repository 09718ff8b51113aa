'use client'

import { Button, toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import type { AdminTexts, AdminTranslationKey } from '@/i18n/admin'

/** In the subscriber's sidebar: the rights of access and erasure as two buttons. */
export const PrivacyActions = () => {
  const { id } = useDocumentInfo()
  const { t } = useTranslation<AdminTexts, AdminTranslationKey>()
  const {
    config: {
      routes: { admin: adminRoute, api: apiRoute },
    },
  } = useConfig()
  const router = useRouter()
  const [isErasing, setIsErasing] = useState(false)
  if (!id) return null

  const erase = async () => {
    if (!window.confirm(t('custom:subscribers:privacyActions:confirmErase'))) return
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
      toast.error(t('custom:subscribers:privacyActions:failed'))
      setIsErasing(false)
    }
  }

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <h3 style={{ margin: '0 0 calc(var(--base) / 2)' }}>
        {t('custom:subscribers:privacyActions:heading')}
      </h3>
      <p>
        <a href={`${apiRoute}/subscribers/${id}/export`} download>
          {t('custom:subscribers:privacyActions:export')}
        </a>
      </p>
      <Button buttonStyle="error" size="small" onClick={erase} disabled={isErasing}>
        {t('custom:subscribers:privacyActions:erase')}
      </Button>
    </div>
  )
}
