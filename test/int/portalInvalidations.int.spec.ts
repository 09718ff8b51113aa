import os from 'node:os'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { checkEveryMs, commitGraceMs, pathTag } from '@/portal/invalidations'
import sharedCacheHandler from '@/portal/sharedCacheHandler.mjs'

import { useIntegration } from '../support/integration'
import { useDemoPacks } from '../support/packs'

const { payload, fixtures } = useIntegration({ emptyAfterEach: ['portal-invalidations'] })
const { makePack } = useDemoPacks({ payload, fixtures })

/** The part of Next.js's cache handler interface these tests use. */
type PageCache = {
  get: (key: string, ctx: unknown) => Promise<unknown>
  set: (key: string, data: unknown, ctx: unknown) => Promise<void>
}

// Plain JavaScript (Next.js imports it outside the bundles), so its type is given here.
const SharedInvalidationCache = sharedCacheHandler as unknown as new (ctx: unknown) => PageCache

/** This process's page cache, as Next.js makes it for a request. */
const pageCache = () =>
  new SharedInvalidationCache({
    serverDistDir: os.tmpdir(),
    flushToDisk: false,
    maxMemoryCacheSize: 10 * 1024 * 1024,
    revalidatedTags: [],
  })

/** A cached page, stored as Next.js stores one: its tags in its headers. */
const cachePage = async ({ key, html, tag }: { key: string; html: string; tag: string }) =>
  pageCache().set(
    key,
    {
      kind: 'APP_PAGE',
      html,
      rscData: Buffer.from(''),
      headers: { 'x-next-cache-tags': `${pathTag('/(site)/[locale]', 'layout')},${tag}` },
      status: 200,
      postponed: undefined,
      segmentData: undefined,
    },
    { cacheControl: { revalidate: 3600, expire: undefined }, isRoutePPREnabled: false },
  )

const cachedHtml = async (key: string) => {
  const entry = (await pageCache().get(key, {
    kind: 'APP_PAGE',
    isRoutePPREnabled: false,
    isFallback: false,
  })) as { value: { html: string } } | null
  return entry?.value.html ?? null
}

afterEach(() => {
  vi.useRealTimers()
})

describe('portal pages invalidated through the database', () => {
  it('should write the pack page’s tags in every language when a pack changes outside a web request', async () => {
    await makePack('rheden', 'schools', { introduction: 'Voor de scholen in Rheden' })
    const { docs } = await payload.find({ collection: 'portal-invalidations', depth: 0 })
    const tags = docs.flatMap((doc) => doc.tags.split('\n'))
    expect(tags).toEqual(
      expect.arrayContaining([
        pathTag('/nl/gemeente/rheden/scholen'),
        pathTag('/ar/gemeente/rheden/scholen'),
        pathTag('/nl/gemeente/rheden'),
        pathTag('/nl'),
      ]),
    )
  })

  it('should write nothing for a change made with skipPortalRevalidation', async () => {
    const arnhem = await fixtures.municipality('arnhem')
    // Undoing the previous test's pack wrote one after the collection was emptied.
    const before = await payload.count({ collection: 'portal-invalidations' })
    await fixtures.update({
      collection: 'municipalities',
      id: arnhem.id,
      data: { localTeam: { ...arnhem.localTeam, phone: '026 377 0000' } },
      context: { skipPortalRevalidation: true },
    })
    expect(await payload.count({ collection: 'portal-invalidations' })).toEqual(before)
  })

  it('should serve a cached page until another process’s invalidation is read, at most once a second', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    // Past the grace of what earlier tests invalidated (the whole portal's layout tag, which this
    // page carries too), so only this test's invalidation can make the page stale.
    const start = Date.now() + commitGraceMs + 1
    vi.setSystemTime(start)
    const tag = pathTag(`/nl/gemeente/proef-${start}`)
    await cachePage({ key: tag, html: '<p>oud</p>', tag })
    vi.setSystemTime(start + checkEveryMs)
    expect(await cachedHtml(tag)).toBe('<p>oud</p>')
    // Another instance or the worker writes it: this process has not heard of it.
    await payload.create({
      collection: 'portal-invalidations',
      data: { tags: tag, at: Date.now() },
    })
    expect(await cachedHtml(tag)).toBe('<p>oud</p>')
    vi.setSystemTime(start + 2 * checkEveryMs)
    expect(await cachedHtml(tag)).toBeNull()
  })

  it('should keep serving a page cached after the invalidation and its commit grace', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const start = Date.now()
    const tag = pathTag(`/nl/gemeente/proef-${start}-later`)
    await payload.create({ collection: 'portal-invalidations', data: { tags: tag, at: start } })
    vi.setSystemTime(start + commitGraceMs + 1)
    await cachePage({ key: tag, html: '<p>nieuw</p>', tag })
    vi.setSystemTime(start + commitGraceMs + 1 + checkEveryMs)
    expect(await cachedHtml(tag)).toBe('<p>nieuw</p>')
  })

  it('should drop a cached page at once in the process that made the change', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    // Past the grace of the seed's and earlier tests' invalidations of the same pages.
    vi.setSystemTime(Date.now() + 2 * commitGraceMs)
    const tag = pathTag('/nl/gemeente/rheden/werkgevers')
    await cachePage({ key: tag, html: '<p>oud</p>', tag })
    expect(await cachedHtml(tag)).toBe('<p>oud</p>')
    await makePack('rheden', 'employers', { introduction: 'Nieuw in Rheden' })
    expect(await cachedHtml(tag)).toBeNull()
  })
})
