import type { Payload, PayloadRequest } from 'payload'

import { helplinePhone, region } from '@/reference/region'

/** The placeholder every local contact field starts with, so nobody mistakes it for a real number. */
export const placeholder = (what: string) => `[nog in te vullen door de gemeente: ${what}]`

const regionDetails: Record<string, { veiligThuisWebsite: string }> = {
  'centraal-gelderland': { veiligThuisWebsite: 'https://www.veiligthuisgm.nl' },
  'noord-oost-gelderland': { veiligThuisWebsite: 'https://www.veiligthuisnog.nl' },
}

/**
 * Regions and the 18 municipalities: always present, in every mode. Idempotent: records that
 * exist are left alone, so what a municipality filled in is never overwritten.
 */
export const seedReferenceData = async (payload: Payload, req?: Partial<PayloadRequest>) => {
  const regionIds = new Map<string, number>()
  for (const { slug, name, veiligThuis, verwijsindex } of region.regions) {
    const existing = await payload.find({
      collection: 'regions',
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      req,
    })
    const doc =
      existing.docs[0] ??
      (await payload.create({
        collection: 'regions',
        data: {
          slug,
          name,
          veiligThuis: {
            organisation: veiligThuis,
            phone: helplinePhone('Veilig Thuis'),
            website: regionDetails[slug]?.veiligThuisWebsite,
          },
          referralIndex: { name: verwijsindex },
        },
        req,
      }))
    regionIds.set(slug, doc.id)
  }

  const existing = await payload.find({
    collection: 'municipalities',
    limit: 0,
    pagination: false,
    depth: 0,
    select: { slug: true },
    req,
  })
  const existingSlugs = new Set(existing.docs.map((doc) => doc.slug))
  for (const { slug, name, region: regionSlug } of region.municipalities) {
    if (existingSlugs.has(slug)) continue
    await payload.create({
      collection: 'municipalities',
      data: {
        slug,
        name,
        region: regionIds.get(regionSlug)!,
        localTeam: {
          name: placeholder(`naam lokaal team ${name}`),
          phone: placeholder('telefoonnummer'),
          email: placeholder('e-mailadres'),
          website: placeholder('website'),
          openingHours: placeholder('openingstijden'),
        },
        designatedOfficer: { name: placeholder('aandachtsfunctionaris') },
      },
      req,
    })
  }
}
