'use client'

import { Button, toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import type { AdminTexts, AdminTranslationKey } from '@/i18n/admin'

export type PrivacyActionsProps = {
  /**
   * The collection whose `/:id/export` and `/:id/erase` endpoints the buttons call; its texts are
   * `custom:<collection>:privacyActions:…`.
   */
  collection: 'subscribers' | 'organisations'
}

/**
 * In a subscriber's or organisation's sidebar: the rights of access and erasure as two buttons.
 * The collection config passes `collection` as a client prop.
 */
export const PrivacyActions = ({ collection }: PrivacyActionsProps) => {
  const { id } = useDocumentInfo()
  const { t: translate } = useTranslation<AdminTexts, AdminTranslationKey>()
  const t = (key: 'heading' | 'export' | 'erase' | 'confirmErase' | 'failed') =>
    translate(`custom:${collection}:privacyActions:${key}`)
  const {
    config: {
      routes: { admin: adminRoute, api: apiRoute },
    },
  } = useConfig()
  const router = useRouter()
  const [isErasing, setIsErasing] = useState(false)
  if (!id) return null

  const erase = async () => {
    if (!window.confirm(t('confirmErase'))) return
    setIsErasing(true)
    try {
      const response = await fetch(`${apiRoute}/${collection}/${id}/erase`, {
        method: 'POST',
        credentials: 'include',
      })
      const result = (await response.json()) as { message?: string; error?: string }
      if (!response.ok) throw new Error(result.error)
      toast.success(result.message ?? '')
      router.push(`${adminRoute}/collections/${collection}`)
    } catch {
      toast.error(t('failed'))
      setIsErasing(false)
    }
  }

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <h3 style={{ margin: '0 0 calc(var(--base) / 2)' }}>{t('heading')}</h3>
      <p>
        <a href={`${apiRoute}/${collection}/${id}/export`} download>
          {t('export')}
        </a>
      </p>
      <Button buttonStyle="error" size="small" onClick={erase} disabled={isErasing}>
        {t('erase')}
      </Button>
    </div>
  )
}
