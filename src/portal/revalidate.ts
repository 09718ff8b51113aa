import { revalidatePath } from 'next/cache'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  PayloadRequest,
  RequestContext,
} from 'payload'

import { localeCodes } from '@/i18n'
import { idsOf } from '@/lib/ids'

import { audienceByValue } from './packs'

/**
 * The portal's pages are rendered once and then served from Next's full-route cache; these
 * hooks throw the affected pages out when content they show changes, so the next visitor gets a
 * fresh render. Outside a Next request (seed, worker, tests, the job runner) there is no cache to
 * refresh: Next throws there, and the pages' time-based revalidation picks the change up instead.
 * Seeds and tests can also skip it explicitly with `context: { skipPortalRevalidation: true }`.
 */

/** Every public page under /<locale>: for templates, municipalities, regions and media. */
export const revalidateWholePortal = (context?: RequestContext) => {
  refresh(context, () => revalidatePath('/(site)/[locale]', 'layout'))
}

/** The archive list and every edition's web version, in every language. */
export const revalidateArchive = (context?: RequestContext) => {
  refresh(context, () => revalidatePath('/(site)/[locale]/archief', 'layout'))
}

/** One municipality's pages: its page, its pack for the audience and the home page's list. */
export const revalidateMunicipality = (
  { slug, audienceSlug }: { slug: string; audienceSlug?: string },
  context?: RequestContext,
) => {
  refresh(context, () => {
    for (const locale of localeCodes) {
      revalidatePath(`/${locale}`)
      revalidatePath(`/${locale}/gemeente/${slug}`)
      if (audienceSlug) revalidatePath(`/${locale}/gemeente/${slug}/${audienceSlug}`)
    }
  })
}

export const revalidatePortalAfterChange: CollectionAfterChangeHook = ({ req }) => {
  revalidateWholePortal(req.context)
}

export const revalidatePortalAfterDelete: CollectionAfterDeleteHook = ({ req }) => {
  revalidateWholePortal(req.context)
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
export const revalidateArchiveAfterChange: CollectionAfterChangeHook = ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc?.status === 'sent' || previousDoc?.status === 'sent') revalidateArchive(req.context)
}

export const revalidateArchiveAfterDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  if (doc?.status === 'sent') revalidateArchive(req.context)
}

type PackLike = { municipality?: unknown; audience?: string | null } | null | undefined

const revalidatePackPages = async (packs: PackLike[], req: PayloadRequest) => {
  if (!canRefresh(req.context)) return
  const seen = new Set<string>()
  for (const pack of packs) {
    const [municipalityId] = idsOf([pack?.municipality])
    if (municipalityId === undefined) continue
    const slug = await municipalitySlug(pack?.municipality, municipalityId, req)
    if (!slug) continue
    const audienceSlug = pack?.audience ? audienceByValue(pack.audience)?.slug : undefined
    const key = `${slug}/${audienceSlug ?? ''}`
    if (seen.has(key)) continue
    seen.add(key)
    revalidateMunicipality({ slug, audienceSlug }, req.context)
  }
}

const municipalitySlug = async (value: unknown, id: string | number, req: PayloadRequest) => {
  if (value && typeof value === 'object' && 'slug' in value) return String(value.slug)
  const municipality = await req.payload
    .findByID({ collection: 'municipalities', id, depth: 0, req, select: { slug: true } })
    .catch(() => null)
  return municipality?.slug
}

const canRefresh = (context?: RequestContext) => !context?.skipPortalRevalidation

const refresh = (context: RequestContext | undefined, revalidate: () => void) => {
  if (!canRefresh(context)) return
  try {
    revalidate()
  } catch (error) {
    // Outside a Next request: nothing cached here to throw out (see above).
    if (error instanceof Error && error.message.includes('static generation store missing')) return
    throw error
  }
}
