import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

/**
 * The admin's own frame (navigation, header, account menu) around a custom view, so the
 * calendar, translations and monitor views look like the rest of the admin.
 */
export const AdminViewFrame = ({
  view: { initPageResult, params, searchParams },
  className,
  children,
}: {
  view: AdminViewServerProps
  className?: string
  children: ReactNode
}) => {
  const { req } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={req.user || undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter className={className}>{children}</Gutter>
    </DefaultTemplate>
  )
}
