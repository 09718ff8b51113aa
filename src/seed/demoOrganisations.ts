import type { Payload } from 'payload'

import { audienceOfKind } from '@/organisations/kinds'

import { demoOrganisations } from './data/demo/organisations'

/**
 * The demo registers of organisations (data/demo/organisations.ts). Idempotent: an organisation
 * already in its municipality's register, by name, is left as it is.
 */
export const ensureDemoOrganisations = async (payload: Payload): Promise<number> => {
  const { docs: municipalities } = await payload.find({
    collection: 'municipalities',
    where: { slug: { in: [...new Set(demoOrganisations.map((demo) => demo.municipality))] } },
    pagination: false,
    depth: 0,
    select: { slug: true },
  })
  const municipalityIds = new Map(municipalities.map(({ slug, id }) => [slug, id]))
  const { docs: existing } = await payload.find({
    collection: 'organisations',
    where: { name: { in: demoOrganisations.map(({ name }) => name) } },
    pagination: false,
    depth: 0,
    select: { name: true },
  })
  const known = new Set(existing.map(({ name }) => name))
  let created = 0
  for (const { municipality, status = 'active', ...organisation } of demoOrganisations) {
    const municipalityId = municipalityIds.get(municipality)
    if (known.has(organisation.name) || municipalityId === undefined) continue
    await payload.create({
      collection: 'organisations',
      data: {
        ...organisation,
        audience: organisation.audience ?? audienceOfKind[organisation.kind],
        municipality: municipalityId,
        status,
        optedOutAt: status === 'opted-out' ? '2026-11-12T10:30:00.000Z' : undefined,
      },
      depth: 0,
    })
    created++
  }
  return created
}
