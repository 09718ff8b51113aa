import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  PayloadRequest,
  RequestContext,
} from 'payload'

import { localeCodes } from '@/i18n'
import { idsOf } from '@/lib/ids'

import { pathTag, recordPortalInvalidation } from './invalidations'
import { audienceByValue } from './packs'

/**
 * The portal's pages are rendered once and then served from each app instance's page cache;
 * these hooks write which pages a change makes stale into the database
 * (src/portal/invalidations.ts), where every instance finds it within about a second, also when
 * the change comes from outside a web request (worker, seed, script). Seeds and tests can skip it
 * with `context: { skipPortalRevalidation: true }`.
 */

/** Every public page under /<locale>: for templates, municipalities, regions and media. */
export const revalidateWholePortal = (req: PayloadRequest) =>
  invalidate(req, [pathTag('/(site)/[locale]', 'layout')])

/** The archive list and every edition's web version, in every language. */
export const revalidateArchive = (req: PayloadRequest) =>
  invalidate(req, [pathTag('/(site)/[locale]/archief', 'layout')])

/** Municipalities' pages: each one's page, its packs for the audiences and the home page's list. */
export const revalidateMunicipalities = (
  req: PayloadRequest,
  municipalities: { slug: string; audienceSlug?: string }[],
) =>
  invalidate(
    req,
    localeCodes.flatMap((locale) => [
      pathTag(`/${locale}`),
      ...municipalities.flatMap(({ slug, audienceSlug }) => [
        pathTag(`/${locale}/gemeente/${slug}`),
        ...(audienceSlug ? [pathTag(`/${locale}/gemeente/${slug}/${audienceSlug}`)] : []),
      ]),
    ]),
  )

export const revalidatePortalAfterChange: CollectionAfterChangeHook = async ({ req }) => {
  await revalidateWholePortal(req)
}

export const revalidatePortalAfterDelete: CollectionAfterDeleteHook = async ({ req }) => {
  await revalidateWholePortal(req)
}

/** A pack's pages, before and after the change (a pack can move to another audience). */
export const revalidatePackAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  await revalidatePackPages([doc, previousDoc], req)
}

export const revalidatePackAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await revalidatePackPages([doc], req)
}

/** Only a sending that finished (or a sent edition that changes) shows in the archive. */
export const revalidateArchiveAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc?.status === 'sent' || previousDoc?.status === 'sent') await revalidateArchive(req)
}

export const revalidateArchiveAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (doc?.status === 'sent') await revalidateArchive(req)
}

type PackLike = { municipality?: unknown; audience?: string | null } | null | undefined

const revalidatePackPages = async (packs: PackLike[], req: PayloadRequest) => {
  if (!canRefresh(req.context)) return
  const pages = new Map<string, { slug: string; audienceSlug?: string }>()
  for (const pack of packs) {
    const [municipalityId] = idsOf([pack?.municipality])
    if (municipalityId === undefined) continue
    const slug = await municipalitySlug(pack?.municipality, municipalityId, req)
    if (!slug) continue
    const audienceSlug = pack?.audience ? audienceByValue(pack.audience)?.slug : undefined
    pages.set(`${slug}/${audienceSlug ?? ''}`, { slug, audienceSlug })
  }
  if (pages.size > 0) await revalidateMunicipalities(req, [...pages.values()])
}

const municipalitySlug = async (value: unknown, id: string | number, req: PayloadRequest) => {
  if (value && typeof value === 'object' && 'slug' in value) return String(value.slug)
  const municipality = await req.payload
    .findByID({ collection: 'municipalities', id, depth: 0, req, select: { slug: true } })
    .catch(() => null)
  return municipality?.slug
}

const canRefresh = (context?: RequestContext) => !context?.skipPortalRevalidation

/** In the change's transaction (`req`): a change that rolls back invalidates nothing. */
const invalidate = async (req: PayloadRequest, tags: string[]) => {
  if (!canRefresh(req.context)) return
  await recordPortalInvalidation({ payload: req.payload, tags, req })
}
