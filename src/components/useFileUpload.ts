'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

import type { AdminTexts, AdminTranslationKey } from '@/i18n/admin'

/**
 * The state every admin upload form keeps (the CSV import of subscribers, the XLIFF import of
 * translations): the chosen file, the report the server sends back, an error to show, and what
 * the form needs to post and refresh the list.
 */
export const useFileUpload = <Report>() => {
  const { t } = useTranslation<AdminTexts, AdminTranslationKey>()
  const {
    config: {
      routes: { api: apiRoute },
    },
  } = useConfig()
  const router = useRouter()
  const inputId = useId()
  const [file, setFile] = useState<File | null>(null)
  const [report, setReport] = useState<Report | null>(null)
  const [error, setError] = useState('')
  return { t, apiRoute, router, inputId, file, setFile, report, setReport, error, setError }
}
