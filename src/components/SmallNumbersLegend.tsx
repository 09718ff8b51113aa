'use client'

import { useTranslation } from '@payloadcms/ui'

import type { AdminTexts, AdminTranslationKey } from '@/i18n/admin'
import { secondaryShown, smallNumberShown } from '@/lib/smallNumbers'

/** Under figures about people: what "<5" and "x" mean, in the monitor's words. */
export const SmallNumbersLegend = () => {
  const { t } = useTranslation<AdminTexts, AdminTranslationKey>()
  return (
    <p style={{ fontSize: '0.85em' }}>
      {t('custom:smallNumbers:legend', { small: smallNumberShown, secondary: secondaryShown })}
    </p>
  )
}
