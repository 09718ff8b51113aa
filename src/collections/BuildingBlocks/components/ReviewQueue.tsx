import type { BeforeListServerProps } from 'payload'

import { hasRegionalAccess } from '@/access/checkRole'

const text = {
  nl: {
    submitted: (count: number) =>
      count === 1 ? '1 bouwsteen wacht op beoordeling.' : `${count} bouwstenen wachten op beoordeling.`,
    returned: (count: number) =>
      count === 1
        ? '1 bouwsteen is teruggestuurd met feedback.'
        : `${count} bouwstenen zijn teruggestuurd met feedback.`,
    show: 'Toon ze',
    nothingSubmitted: 'Er wacht niets op beoordeling.',
  },
  en: {
    submitted: (count: number) =>
      count === 1 ? '1 building block awaits review.' : `${count} building blocks await review.`,
    returned: (count: number) =>
      count === 1
        ? '1 building block was returned with feedback.'
        : `${count} building blocks were returned with feedback.`,
    show: 'Show them',
    nothingSubmitted: 'Nothing awaits review.',
  },
}

/**
 * Above the building blocks list: the regional editors see what awaits their review across all
 * municipalities, a municipal editor sees what came back to them with feedback.
 */
export const ReviewQueue = async ({ payload, user, i18n }: BeforeListServerProps) => {
  if (!user) return null
  const isRegional = hasRegionalAccess(user)
  const status = isRegional ? 'submitted' : 'returned'
  const { totalDocs } = await payload.count({
    collection: 'building-blocks',
    where: { reviewStatus: { equals: status } },
    user,
    overrideAccess: false,
  })
  const words = i18n.language === 'en' ? text.en : text.nl
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
        words.nothingSubmitted
      ) : (
        <>
          {isRegional ? words.submitted(totalDocs) : words.returned(totalDocs)}{' '}
          <a href={href}>{words.show}</a>
        </>
      )}
    </div>
  )
}
