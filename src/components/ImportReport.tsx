'use client'

import { useDocumentInfo } from '@payloadcms/ui'

import { ImportProgress } from './ImportProgress'

/** On an import's page: its progress while it runs, its report when it is over. */
export const ImportReport = () => {
  const { id } = useDocumentInfo()
  return id ? <ImportProgress id={id} /> : null
}
