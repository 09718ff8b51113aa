/**
 * Next.js's page cache for `cacheHandler` in next.config.ts: Next's own cache (pages in this
 * process's memory, so the portal stays as fast as it was) with one addition: before serving a
 * page it asks whether any process on the same database invalidated one of the page's tags since
 * the page was cached (src/portal/invalidations.ts), and renders it again if so. That makes a
 * change show on every app instance, not only on the one that made it.
 *
 * Next.js imports this file itself, outside the app's bundles and also during `next build`, so it
 * is plain JavaScript and reaches the app only through the two functions the app puts on
 * `globalThis` when it loads; before that there is nothing of the app's in this cache to check.
 */
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

// Node hands over the CommonJS module object; bundlers and vitest the class itself.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache

const isStale = (args) => {
  const check = globalThis[Symbol.for('samen-veilig:portal-is-stale')]
  return typeof check === 'function' ? check(args) : Promise.resolve(false)
}

export default class SharedInvalidationCache extends FileSystemCache {
  async get(key, ctx) {
    const data = await super.get(key, ctx)
    const tags = data?.value ? cacheTags(data.value, ctx) : []
    if (data && tags.length > 0 && (await isStale({ tags, cachedAt: data.lastModified }))) {
      return null
    }
    return data
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations)
    const record = globalThis[Symbol.for('samen-veilig:portal-record-invalidation')]
    if (typeof record === 'function') await record(typeof tags === 'string' ? [tags] : tags)
  }
}

/** A page's tags travel in its stored headers; a fetch's come with the lookup. */
const cacheTags = (value, ctx) => {
  if (value.kind === 'FETCH') return [...(ctx.tags ?? []), ...(ctx.softTags ?? [])]
  const header = value.headers?.['x-next-cache-tags']
  return typeof header === 'string' ? header.split(',') : []
}
