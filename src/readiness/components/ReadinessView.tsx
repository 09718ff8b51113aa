import type { AdminViewServerProps } from 'payload'

import { checkRole } from '@/access/checkRole'
import { municipalitiesInScope } from '@/access/municipalityScope'
import { AdminViewFrame } from '@/components/AdminViewFrame'
import { adminT } from '@/i18n/admin'

import { readinessOf } from '../readiness'
import { ReadinessTable } from './ReadinessTable'

/**
 * Readiness (admin, /admin/gereedheid): for all 18 municipalities at a glance, or for a municipal
 * editor their own, what is still missing before the packs reach every organisation.
 */
export const ReadinessView = async (view: AdminViewServerProps) => {
  const { payload, user, i18n } = view.initPageResult.req
  const t = adminT(i18n)
  const isEditor = checkRole(['admin', 'regio-redactie', 'gemeente-redactie'], user)
  const rows = isEditor
    ? await readinessOf({ payload, municipalities: municipalitiesInScope(user) })
    : []
  return (
    <AdminViewFrame view={view}>
      <h1>{t('custom:readiness:title')}</h1>
      {!isEditor ? (
        <p>{t('custom:readiness:noAccess')}</p>
      ) : (
        <>
          <p>{t('custom:readiness:intro')}</p>
          {rows.length === 0 ? (
            <p>{t('custom:readiness:none')}</p>
          ) : (
            <ReadinessTable rows={rows} i18n={i18n} />
          )}
        </>
      )}
    </AdminViewFrame>
  )
}
