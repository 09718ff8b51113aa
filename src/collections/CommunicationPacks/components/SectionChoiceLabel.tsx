'use client'

import { useRowLabel, useTranslation } from '@payloadcms/ui'

import type { AdminTexts, AdminTranslationKey } from '@/i18n/admin'

type SectionChoice = { heading?: string | null; include?: boolean | null }

/** Names each section choice after the template section, and says when it is left out. */
export const SectionChoiceLabel = () => {
  const { data, rowNumber } = useRowLabel<SectionChoice>()
  const { t } = useTranslation<AdminTexts, AdminTranslationKey>()
  const heading =
    data?.heading ||
    t('custom:communicationPacks:sectionChoiceLabel:section', { number: (rowNumber ?? 0) + 1 })
  if (data?.include !== false) return <span>{heading}</span>
  return (
    <span>
      {heading} <em>({t('custom:communicationPacks:sectionChoiceLabel:notUsed')})</em>
    </span>
  )
}
