import { packAudiences } from '@/fields/taxonomy'
import type { PackAudience } from '@/fields/taxonomy'
import type { Locale } from '@/i18n'
import { siteTranslator } from '@/i18n/site'
import { municipalitiesByName } from '@/lib/municipalities'
import { publishedTemplates } from '@/portal/packs'

import { sitePayload } from './site'

/*
 * Caching of the portal pages: each is rendered on its first visit and then served from Next's
 * full-route cache (`generateStaticParams` returns nothing, so nothing is rendered at build time,
 * when there may be no database yet). Content changes throw the affected pages out at once
 * (src/portal/revalidate.ts); each page's `revalidate` interval is the safety net for changes
 * made outside a request, such as the send worker finishing an edition.
 */

/** The 18 municipalities by name, each with the audiences it has a pack page for. */
export const municipalitiesWithPacks = async () => {
  const payload = await sitePayload()
  const [municipalities, { docs: packs }, templates] = await Promise.all([
    municipalitiesByName(payload),
    payload.find({
      collection: 'communication-packs',
      where: { _status: { equals: 'published' } },
      pagination: false,
      depth: 0,
      select: { municipality: true, audience: true },
    }),
    publishedTemplates(payload),
  ])
  return municipalities.map(({ id, name, slug }) => ({
    id,
    name,
    slug,
    // Every audience the region has a template for has a page: tailored or the regional version.
    audiences: packAudiences.filter(
      ({ value }) =>
        templates.has(value) ||
        packs.some(
          (pack) =>
            pack.audience === value &&
            String(
              typeof pack.municipality === 'object' ? pack.municipality?.id : pack.municipality,
            ) === String(id),
        ),
    ),
  }))
}

/** The audience's name as the portal shows it ("Scholen"). */
export const audienceName = (locale: Locale, value: string) =>
  siteTranslator(locale)(`portalAudiences.${value as PackAudience}`)
