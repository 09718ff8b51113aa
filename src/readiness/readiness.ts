import type { Payload, Where } from 'payload'

import { packAudienceValues } from '@/fields/taxonomy'
import type { PackAudience } from '@/fields/taxonomy'
import { locales } from '@/i18n'
import type { Locale } from '@/i18n'
import { idsOf } from '@/lib/ids'
import { routeToHelpOf } from '@/reference/routeToHelp'
import type { RouteToHelpStatus } from '@/reference/routeToHelp'

/**
 * Whether a municipality's own pack for an audience exists: none (visitors get the regional
 * version), a draft nobody sees yet, published, or published before the region last changed the
 * template it was made from.
 */
export type PackState = 'none' | 'draft' | 'published' | 'outdated'

export type AudienceReadiness = {
  audience: PackAudience
  pack: { state: PackState; id: string | number | null }
  /** The languages visitors can read this audience's pack in: where the regional text exists. */
  languages: Locale[]
  organisations: {
    registered: number
    /** Registered, not opted out or bounced, and with an address: what a pack mailing reaches. */
    reachable: number
  }
  /** When this audience's pack was last mailed to the municipality's organisations. */
  lastMailing: { editionId: string | number; sentAt: string } | null
}

export type MunicipalityReadiness = {
  municipality: { id: string | number; name: string; slug: string }
  routeToHelp: {
    status: RouteToHelpStatus
    checkedAt: string | null
    checkedBy: string | null
    ageInDays: number | null
  }
  audiences: AudienceReadiness[]
}

/**
 * What each municipality (or only `municipalities`) still misses before it can reach its schools,
 * employers and volunteer organisations: a checked route to help, its own pack per audience and
 * the organisations to send it to. Counts only: no contact data leaves this function.
 */
export const readinessOf = async ({
  payload,
  municipalities: ids,
  now = new Date(),
}: {
  payload: Payload
  municipalities?: (string | number)[]
  now?: Date
}): Promise<MunicipalityReadiness[]> => {
  const { docs: municipalities } = await payload.find({
    collection: 'municipalities',
    where: ids ? { id: { in: ids } } : undefined,
    sort: 'name',
    pagination: false,
    depth: 0,
    select: { name: true, slug: true, verification: true },
    overrideAccess: true,
  })
  const municipalityIds = municipalities.map(({ id }) => id)
  const [templates, packs, organisations, mailings] = await Promise.all([
    publishedTemplates(payload),
    packsOf(payload, municipalityIds),
    organisationCounts(payload, municipalityIds),
    lastMailings(payload, municipalityIds),
  ])

  return municipalities.map((municipality) => {
    const { status, checkedAt, checkedBy, ageInDays } = routeToHelpOf(municipality, { now })
    return {
      municipality: { id: municipality.id, name: municipality.name, slug: municipality.slug },
      routeToHelp: { status, checkedAt, checkedBy, ageInDays },
      audiences: packAudienceValues.map((audience) => {
        const template = templates.get(audience)
        const pack = packs.get(key(municipality.id, audience))
        return {
          audience,
          pack: { state: packState(pack, template), id: pack?.id ?? null },
          languages: template?.languages ?? [],
          organisations: organisations.get(key(municipality.id, audience)) ?? {
            registered: 0,
            reachable: 0,
          },
          lastMailing: mailings.get(key(municipality.id, audience)) ?? null,
        }
      }),
    }
  })
}

type TemplateFacts = { id: string | number; updatedAt: string; languages: Locale[] }
type PackFacts = { id: string | number; status: string; updatedAt: string; template: string }

const key = (municipality: string | number, audience: string) => `${municipality}:${audience}`

const packState = (pack: PackFacts | undefined, template: TemplateFacts | undefined): PackState => {
  if (!pack) return 'none'
  if (pack.status !== 'published') return 'draft'
  const isTemplateNewer =
    template !== undefined &&
    pack.template === String(template.id) &&
    new Date(template.updatedAt) > new Date(pack.updatedAt)
  return isTemplateNewer ? 'outdated' : 'published'
}

/** The published template per audience, and the languages its title is written in. */
const publishedTemplates = async (payload: Payload) => {
  const byAudience = new Map<string, TemplateFacts>()
  const published: Where = { _status: { equals: 'published' } }
  for (const { code } of locales) {
    const { docs } = await payload.find({
      collection: 'pack-templates',
      where: published,
      locale: code,
      fallbackLocale: false,
      pagination: false,
      depth: 0,
      select: { audience: true, title: true, updatedAt: true },
      overrideAccess: true,
    })
    for (const { id, audience, title, updatedAt } of docs) {
      if (!audience) continue
      const facts = byAudience.get(audience) ?? { id, updatedAt, languages: [] }
      if (title) facts.languages.push(code)
      byAudience.set(audience, facts)
    }
  }
  return byAudience
}

/** Each municipality's own pack per audience, as it stands (published or only a draft). */
const packsOf = async (payload: Payload, municipalities: (string | number)[]) => {
  const { docs } = await payload.find({
    collection: 'communication-packs',
    where: { municipality: { in: municipalities } },
    pagination: false,
    depth: 0,
    select: { municipality: true, audience: true, template: true, _status: true, updatedAt: true },
    overrideAccess: true,
  })
  const byKey = new Map<string, PackFacts>()
  for (const pack of docs) {
    const [municipality] = idsOf([pack.municipality])
    if (municipality === undefined || !pack.audience) continue
    byKey.set(key(municipality, pack.audience), {
      id: pack.id,
      status: pack._status ?? 'draft',
      updatedAt: pack.updatedAt,
      template: String(idsOf([pack.template])[0]),
    })
  }
  return byKey
}

/** Registered and reachable organisations per municipality and audience, counted in the database. */
const organisationCounts = async (payload: Payload, municipalities: (string | number)[]) => {
  const counts = new Map<string, AudienceReadiness['organisations']>()
  const count = async (where: Where) =>
    (await payload.count({ collection: 'organisations', where, overrideAccess: true })).totalDocs
  await Promise.all(
    municipalities.flatMap((municipality) =>
      packAudienceValues.map(async (audience) => {
        const ofAudience: Where = {
          and: [{ municipality: { equals: municipality } }, { audience: { equals: audience } }],
        }
        const [registered, reachable] = await Promise.all([
          count(ofAudience),
          count({
            and: [ofAudience, { status: { equals: 'active' } }, { email: { exists: true } }],
          }),
        ])
        counts.set(key(municipality, audience), { registered, reachable })
      }),
    ),
  )
  return counts
}

/**
 * The last sent pack mailing per municipality and audience. A mailing without municipalities went
 * to all of them. Sent pack mailings are a few per municipality a year: read newest first, page by
 * page, and keep the first one found for each pair.
 */
const lastMailings = async (payload: Payload, municipalities: (string | number)[]) => {
  const latest = new Map<string, AudienceReadiness['lastMailing']>()
  for (let page = 1, hasNextPage = true; hasNextPage; page++) {
    const result = await payload.find({
      collection: 'newsletter-editions',
      where: { and: [{ kind: { equals: 'pack-mailing' } }, { status: { equals: 'sent' } }] },
      sort: '-sending.finishedAt',
      page,
      limit: 100,
      depth: 0,
      select: { audience: true, packMailing: true, sending: true },
      overrideAccess: true,
    })
    hasNextPage = result.hasNextPage
    for (const edition of result.docs) {
      const audience = edition.packMailing?.audience
      const sentAt = edition.sending?.finishedAt
      if (!audience || !sentAt) continue
      const reached = idsOf(edition.audience?.municipalities)
      const targets = reached.length ? reached : municipalities
      for (const municipality of targets) {
        const pair = key(municipality, audience)
        if (!latest.has(pair)) latest.set(pair, { editionId: edition.id, sentAt })
      }
    }
  }
  return latest
}
