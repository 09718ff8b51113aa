import type { Payload } from 'payload'

import { audiences } from '@/fields/taxonomy'
import type { Audience } from '@/fields/taxonomy'
import { localeCodes } from '@/i18n'
import { consentTextVersion } from '@/subscribers/consent'

import { demoMunicipalities, firstNames } from './data/demo/subscribers'

/** How many confirmed demo subscribers there are: enough for a demo send to show something real. */
export const demoSubscriberCount = 200

/**
 * About 200 confirmed subscribers at example.org across the six languages, several
 * municipalities and audiences. Idempotent: only addresses that are missing are added. Addresses
 * at example.org never receive mail, whatever the transport.
 */
export const ensureDemoSubscribers = async (payload: Payload): Promise<number> => {
  const { docs: municipalities } = await payload.find({
    collection: 'municipalities',
    where: { slug: { in: [...new Set(demoMunicipalities)] } },
    pagination: false,
    depth: 0,
    select: { slug: true },
  })
  const municipalityIds = new Map(municipalities.map(({ slug, id }) => [slug, id]))
  const { docs: existing } = await payload.find({
    collection: 'subscribers',
    where: { email: { like: 'abonnee-' } },
    pagination: false,
    depth: 0,
    select: { email: true },
  })
  const known = new Set(existing.map(({ email }) => email))
  const audienceValues = audiences.map(({ value }) => value)
  let created = 0
  for (let number = 1; number <= demoSubscriberCount; number++) {
    const email = `abonnee-${String(number).padStart(3, '0')}@example.org`
    if (known.has(email)) continue
    // Spread so that every language, municipality and audience has readers, Dutch the most.
    const locale = number % 3 === 0 ? localeCodes[1 + (number % (localeCodes.length - 1))]! : 'nl'
    const confirmedAt = new Date(Date.UTC(2026, number % 10, 1 + (number % 27), 9)).toISOString()
    await payload.create({
      collection: 'subscribers',
      data: {
        email,
        name:
          number % 4 === 0
            ? undefined
            : `${firstNames[number % firstNames.length]} (demo ${number})`,
        locale,
        municipality: (municipalityIds.get(
          demoMunicipalities[number % demoMunicipalities.length]!,
        ) ?? null) as number | null,
        audiences: [
          audienceValues[number % audienceValues.length]!,
          ...(number % 5 === 0 ? [audienceValues[(number + 3) % audienceValues.length]!] : []),
        ] as Audience[],
        status: 'confirmed',
        confirmedAt,
        consent: { givenAt: confirmedAt, source: 'demo', textVersion: consentTextVersion },
      },
      depth: 0,
    })
    created++
  }
  return created
}
