import type { BeforeListServerProps } from 'payload'

import { checkRole, regionalRoles } from '@/access/checkRole'
import { adminT } from '@/i18n/admin'

/**
 * Above the building blocks list: the regional editors see what awaits their review across all
 * municipalities, a municipal editor sees what came back to them with feedback.
 */
export const ReviewQueue = async ({ payload, user, i18n }: BeforeListServerProps) => {
  if (!user) return null
  const isRegional = checkRole(regionalRoles, user)
  const status = isRegional ? 'submitted' : 'returned'
  const { totalDocs } = await payload.count({
    collection: 'building-blocks',
    where: { reviewStatus: { equals: status } },
    user,
    overrideAccess: false,
  })
  const t = adminT(i18n)
  if (totalDocs === 0 && !isRegional) return null
  const href = `/admin/collections/building-blocks?${new URLSearchParams({
    'where[reviewStatus][equals]': status,
  })}`
  return (
    <div
      role="status"
      style={{
        margin: '0 0 calc(var(--base) * 0.75)',
        padding: 'calc(var(--base) * 0.5) calc(var(--base) * 0.75)',
        borderLeft: '4px solid var(--theme-warning-500)',
        background: 'var(--theme-elevation-50)',
      }}
    >
      {totalDocs === 0 ? (
        t('custom:buildingBlocks:reviewQueue:nothingSubmitted')
      ) : (
        <>
          {t(
            isRegional
              ? 'custom:buildingBlocks:reviewQueue:submitted'
              : 'custom:buildingBlocks:reviewQueue:returned',
            { count: totalDocs },
          )}{' '}
          <a href={href}>{t('custom:buildingBlocks:reviewQueue:show')}</a>
        </>
      )}
    </div>
  )
}
