import type { GeneratePreviewURL, Payload } from 'payload'

import { checkRole } from '@/access/checkRole'
import { defaultLocale, isLocale } from '@/i18n'
import type { Locale } from '@/i18n'
import { idsOf } from '@/lib/ids'
import { municipalityIdsOf } from '@/lib/municipalities'

import { audienceByValue } from './packs'

/**
 * Where an editor previews a pack: the public pack page with `/voorbeeld` behind it. That route
 * shows the latest draft and only to someone signed in to the admin (its login cookie is the
 * check; no token in the URL), so the address is safe to show and to share with colleagues.
 */
export const packPreviewPath = ({
  locale,
  municipalitySlug,
  audienceSlug,
}: {
  locale: Locale
  municipalitySlug: string
  audienceSlug: string
}) =>
  `/${locale}/gemeente/${encodeURIComponent(municipalitySlug)}/${encodeURIComponent(audienceSlug)}/voorbeeld`

/** The preview button of a municipality's pack: its own public page, in the language being edited. */
export const communicationPackPreview: GeneratePreviewURL = async (doc, { locale, req }) => {
  const audience = audienceByValue(String(doc.audience ?? ''))
  const [municipalityId] = idsOf([doc.municipality])
  if (!audience || municipalityId === undefined) return null
  const slug = await slugOf(req.payload, municipalityId)
  if (!slug) return null
  return packPreviewPath({
    locale: previewLocale(locale),
    municipalitySlug: slug,
    audienceSlug: audience.slug,
  })
}

/**
 * The preview button of a regional template. A template has no page of its own, so it is shown
 * inside a municipality's pack made from it: the editor's own municipality when it has one, else
 * the first municipality that does.
 */
export const packTemplatePreview: GeneratePreviewURL = async (doc, { locale, req }) => {
  const audience = audienceByValue(String(doc.audience ?? ''))
  if (!audience || doc.id === undefined) return null
  const { docs } = await req.payload.find({
    collection: 'communication-packs',
    where: { template: { equals: doc.id } },
    draft: true,
    depth: 0,
    pagination: false,
    select: { municipality: true },
    overrideAccess: true,
  })
  const own = checkRole(['gemeente-redactie'], req.user)
    ? municipalityIdsOf(req.user).map(String)
    : []
  const candidates = idsOf(docs.map((pack) => pack.municipality))
  const municipalityId = candidates.find((id) => own.includes(String(id))) ?? candidates[0]
  if (municipalityId === undefined) return null
  const slug = await slugOf(req.payload, municipalityId)
  if (!slug) return null
  return packPreviewPath({
    locale: previewLocale(locale),
    municipalitySlug: slug,
    audienceSlug: audience.slug,
  })
}

const previewLocale = (locale: string | undefined): Locale =>
  isLocale(locale) ? locale : defaultLocale

const slugOf = async (payload: Payload, id: number | string) => {
  const municipality = await payload
    .findByID({ collection: 'municipalities', id, depth: 0, select: { slug: true } })
    .catch(() => null)
  return municipality?.slug ?? null
}
