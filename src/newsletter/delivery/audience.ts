import type { Payload, Where } from 'payload'

import { locales } from '@/i18n'
import { idsOf } from '@/lib/ids'
import { municipalitiesByName } from '@/lib/municipalities'
import { suppressBreakdown } from '@/lib/smallNumbers'
import type { Shown } from '@/lib/smallNumbers'
import type { NewsletterEdition } from '@/payload-types'

import type { RecipientSource } from './recipients'

type AudienceFilter = NewsletterEdition['audience']

/**
 * The subscribers an edition goes to: confirmed, matching the edition's choice of municipalities,
 * audiences and languages (an empty choice means everyone), and, once the send has started, on
 * the list at that moment: who subscribes later waits for the next edition.
 */
export const audienceWhere = ({
  audience,
  frozenAt,
}: {
  audience?: AudienceFilter | null
  frozenAt?: string | null
}): Where => {
  const conditions: Where[] = [{ status: { equals: 'confirmed' } }]
  const municipalities = idsOf(audience?.municipalities)
  if (municipalities.length) conditions.push({ municipality: { in: municipalities } })
  if (audience?.audiences?.length) conditions.push({ audiences: { in: audience.audiences } })
  if (audience?.languages?.length) conditions.push({ locale: { in: audience.languages } })
  if (frozenAt) conditions.push({ createdAt: { less_than_equal: frozenAt } })
  return { and: conditions }
}

export type AudienceSummary = {
  total: number
  byLanguage: { code: string; label: string; count: Shown }[]
  byMunicipality: { id: string | number | null; name: string; count: Shown }[]
}

/**
 * Counts for the confirmation before scheduling, per language and per municipality, of whoever the
 * edition goes to (subscribers or organisations). The total is exact, as the one who sends needs
 * it; the parts hide 1 to 4 (`suppressBreakdown`), as they single out small groups.
 */
export const summarizeAudience = async (
  payload: Payload,
  source: Pick<RecipientSource, 'collection' | 'where' | 'localeField'>,
): Promise<AudienceSummary> => {
  const where = source.where()
  const count = async (extra: Where) =>
    (
      await payload.count({
        collection: source.collection,
        where: { and: [where, extra] },
        overrideAccess: true,
      })
    ).totalDocs
  const total = await count({})
  const byLanguage = await Promise.all(
    locales.map(async ({ code, label }) => ({
      code,
      label,
      count: await count({ [source.localeField]: { equals: code } }),
    })),
  )
  const municipalities = await municipalitiesByName(payload)
  const byMunicipality = await Promise.all([
    ...municipalities.map(async ({ id, name }) => ({
      id,
      name,
      count: await count({ municipality: { equals: id } }),
    })),
    count({ municipality: { exists: false } }).then((count) => ({
      id: null,
      name: 'Geen gemeente gekozen',
      count,
    })),
  ])
  return {
    total,
    byLanguage: suppressBreakdown(
      byLanguage.filter(({ count }) => count > 0),
      ['count'],
    ),
    byMunicipality: suppressBreakdown(
      byMunicipality.filter(({ count }) => count > 0),
      ['count'],
    ),
  }
}
