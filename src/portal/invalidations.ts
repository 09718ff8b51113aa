import type { Payload, PayloadRequest } from 'payload'

/**
 * Invalidations of cached portal pages, shared through the database so that every app instance
 * on it drops a page when its content changes, whichever process made the change (an instance,
 * the worker, a seed or script).
 *
 * Each instance's Next.js page cache (src/portal/sharedCacheHandler.mjs) keeps pages in its own
 * memory, which keeps the portal fast, and asks `isStale` before serving one. `isStale` reads the
 * invalidations written since its last look at most once every `checkEveryMs` and otherwise
 * answers from memory. The cache handler is loaded by Next.js outside the app's bundles, so the
 * two meet on `globalThis`; the app registers the database side when Payload starts
 * (`registerPortalInvalidations`, from the config's onInit).
 */

/** How often an instance looks for invalidations written by others: a change shows within this. */
export const checkEveryMs = 1_000

/**
 * An invalidation is written inside the change's transaction, a moment before it commits: a page
 * rendered in that moment still shows the old content. Pages cached up to this long after an
 * invalidation are therefore rendered once more. Also covers small clock differences between
 * the machines (keep them in sync with NTP).
 */
export const commitGraceMs = 5_000

/** A page is rendered again at least this often anyway (the pages' own `revalidate`, one hour). */
const keepForMs = 24 * 60 * 60 * 1000

/** Rows written by others arrive late by up to their transaction's length: read back this far. */
const overlapMs = 60_000

/** The cache tag Next.js gives a path, as `revalidatePath(path, type)` names it. */
export const pathTag = (path: string, type?: 'layout' | 'page') => {
  const tag = `${implicitTagPrefix}${path === '/' ? '/' : path.replace(/\/$/, '')}`
  return type ? `${tag}${tag.endsWith('/') ? '' : '/'}${type}` : tag
}

/** Next.js's prefix for the tags it derives from paths (`NEXT_CACHE_IMPLICIT_TAG_ID`). */
const implicitTagPrefix = '_N_T_'

/**
 * Writes that the pages with these tags are stale, for every instance; this instance knows at
 * once. Pass `req` inside a change's transaction: a change that rolls back leaves no invalidation.
 */
export const recordPortalInvalidation = async ({
  payload,
  tags,
  req,
}: {
  payload: Payload
  tags: string[]
  req?: PayloadRequest
}) => {
  if (tags.length === 0) return
  const at = Date.now()
  const shared = sharedState()
  for (const tag of tags) remember(shared.known, tag, at)
  await payload.create({
    collection: 'portal-invalidations',
    data: { tags: [...new Set(tags)].join('\n'), at },
    depth: 0,
    select: {},
    overrideAccess: true,
    req,
  })
  if (at - shared.sweptAt >= keepForMs / 24) {
    shared.sweptAt = at
    await payload.db.deleteMany({
      collection: 'portal-invalidations',
      where: { at: { less_than: at - keepForMs } },
      req,
    })
  }
}

/** Lets this process's page cache read the shared invalidations through `payload`. */
export const registerPortalInvalidations = (payload: Payload) => {
  sharedState().payload = payload
}

/**
 * Whether a page cached at `cachedAt` with these tags has been invalidated since, by any
 * process. Reads the database at most once every `checkEveryMs`; concurrent callers share one
 * read. Before Payload has started in this process nothing it rendered can be cached yet.
 */
export const isStale = async ({ tags, cachedAt }: { tags: string[]; cachedAt: number }) => {
  const shared = sharedState()
  const now = Date.now()
  if (shared.payload && now - shared.checkedAt >= checkEveryMs) {
    shared.reading ??= readSince(shared, now).finally(() => {
      shared.reading = undefined
    })
    await shared.reading
  }
  return tags.some((tag) => (shared.known.get(tag) ?? 0) + commitGraceMs >= cachedAt)
}

type SharedState = {
  payload?: Payload
  /** The latest invalidation per tag. */
  known: Map<string, number>
  checkedAt: number
  /** Invalidations from this far back are still to be read. */
  readFrom: number
  reading?: Promise<void>
  sweptAt: number
}

const readSince = async (shared: SharedState, now: number) => {
  shared.checkedAt = now
  const from = shared.readFrom
  const payload = shared.payload!
  for (let page = 1; ; page += 1) {
    const { docs, hasNextPage } = await payload.find({
      collection: 'portal-invalidations',
      where: { at: { greater_than_equal: from } },
      sort: 'at',
      limit: 500,
      page,
      depth: 0,
      select: { tags: true, at: true },
      overrideAccess: true,
    })
    for (const { tags, at } of docs) {
      for (const tag of tags.split('\n')) remember(shared.known, tag, at)
    }
    if (!hasNextPage) break
  }
  shared.readFrom = now - overlapMs
  // Forget what no cached page can be older than any more.
  for (const [tag, at] of shared.known) if (at < now - keepForMs) shared.known.delete(tag)
}

const remember = (known: Map<string, number>, tag: string, at: number) => {
  if ((known.get(tag) ?? 0) < at) known.set(tag, at)
}

/** One state per process: Next.js loads this module once per bundle, the cache handler apart. */
const sharedState = (): SharedState => {
  const store = globalThis as Record<symbol, SharedState | undefined>
  return (store[stateKey] ??= {
    known: new Map(),
    checkedAt: 0,
    readFrom: Date.now() - overlapMs,
    sweptAt: 0,
  })
}

const stateKey = Symbol.for('samen-veilig:portal-invalidations')

/** What the cache handler finds on `globalThis` (see src/portal/sharedCacheHandler.mjs). */
export const cacheHandlerBridgeKey = Symbol.for('samen-veilig:portal-is-stale')

;(globalThis as Record<symbol, unknown>)[cacheHandlerBridgeKey] = isStale

/** Lets Next.js's own `revalidatePath`/`revalidateTag` in this process reach every instance too. */
export const cacheHandlerRecordKey = Symbol.for('samen-veilig:portal-record-invalidation')

;(globalThis as Record<symbol, unknown>)[cacheHandlerRecordKey] = async (tags: string[]) => {
  const { payload } = sharedState()
  if (payload) await recordPortalInvalidation({ payload, tags })
}
