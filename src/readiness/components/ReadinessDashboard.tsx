import Link from 'next/link'
import type { ServerProps } from 'payload'

import { checkRole, regionalRoles } from '@/access/checkRole'
import { adminT } from '@/i18n/admin'
import { municipalityIdsOf } from '@/lib/municipalities'

import { readinessOf } from '../readiness'
import { ReadinessTable } from './ReadinessTable'

/**
 * On a municipal editor's dashboard: their own municipality's readiness row, with a link to each
 * missing piece. The regional team has the whole overview one click away.
 */
export const ReadinessDashboard = async ({ payload, i18n, user }: ServerProps) => {
  if (!user || !checkRole(['gemeente-redactie'], user) || checkRole(regionalRoles, user)) {
    return null
  }
  const own = municipalityIdsOf(user)
  if (own.length === 0) return null
  const rows = await readinessOf({ payload, municipalities: own })
  const t = adminT(i18n)
  return (
    <section style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2>{t('custom:readiness:dashboardTitle')}</h2>
      <ReadinessTable rows={rows} i18n={i18n} />
      <p>
        <Link href="/admin/gereedheid">{t('custom:readiness:dashboardMore')}</Link>
      </p>
    </section>
  )
}
