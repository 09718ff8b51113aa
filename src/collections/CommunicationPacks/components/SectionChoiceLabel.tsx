'use client'

import { useRowLabel, useTranslation } from '@payloadcms/ui'

type SectionChoice = { heading?: string | null; include?: boolean | null }

/** Names each section choice after the template section, and says when it is left out. */
export const SectionChoiceLabel = () => {
  const { data, rowNumber } = useRowLabel<SectionChoice>()
  const { i18n } = useTranslation()
  const isEnglish = i18n.language === 'en'
  const heading = data?.heading || `${isEnglish ? 'Section' : 'Onderdeel'} ${(rowNumber ?? 0) + 1}`
  if (data?.include !== false) return <span>{heading}</span>
  return (
    <span>
      {heading} <em>({isEnglish ? 'not used' : 'niet gebruikt'})</em>
    </span>
  )
}
