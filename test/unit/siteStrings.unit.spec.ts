import { describe, expect, it } from 'vitest'

import { audiences } from '@/fields/taxonomy'
import { localeCodes } from '@/i18n'
import { siteTranslator } from '@/i18n/site'
import { createRateLimiter, memoryAttempts } from '@/lib/rateLimits'

import { resources } from '../../locales'

const flatten = (value: unknown, prefix = ''): Record<string, string> =>
  typeof value === 'object' && value !== null
    ? Object.assign(
        {},
        ...Object.entries(value).map(([key, child]) =>
          flatten(child, prefix ? `${prefix}.${key}` : key),
        ),
      )
    : { [prefix]: String(value) }

const variables = (value: string) => [...value.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort()

const dutch = flatten(resources.nl.site)

describe('site strings', () => {
  describe.each(localeCodes)('%s', (code) => {
    const strings = flatten(resources[code].site)

    it('should have exactly the keys of the Dutch file, none empty', () => {
      expect(Object.keys(strings).sort()).toEqual(Object.keys(dutch).sort())
      expect(Object.entries(strings).filter(([, value]) => !value.trim())).toEqual([])
    })

    it('should use the same placeholders as Dutch', () => {
      for (const [key, value] of Object.entries(dutch)) {
        expect(variables(strings[key] ?? ''), key).toEqual(variables(value))
      }
    })

    it('should name every audience of the taxonomy', () => {
      const t = siteTranslator(code)
      for (const { value } of audiences) expect(t(`audiences.${value}`)).not.toContain('audiences.')
    })
  })
})

describe('the sign-up rate limit', () => {
  it('should allow the limit per key within the window and again once the window has passed', async () => {
    let now = 0
    const limiter = createRateLimiter({
      name: 'test',
      limit: () => 2,
      windowMs: () => 1000,
      now: () => now,
      store: memoryAttempts(),
    })
    const take = (key: string) => limiter.take({ payload: undefined, key })
    expect([await take('a'), await take('a'), await take('a'), await take('b')]).toEqual([
      true,
      true,
      false,
      true,
    ])
    now = 1001
    expect(await take('a')).toBe(true)
  })

  it('should say how long until the oldest attempt leaves the window and take a forgiven attempt back', async () => {
    let now = 0
    const limiter = createRateLimiter({
      name: 'test',
      limit: () => 2,
      windowMs: () => 1000,
      now: () => now,
      store: memoryAttempts(),
    })
    const first = await limiter.attempt({ payload: undefined, key: 'a' })
    now = 300
    await limiter.attempt({ payload: undefined, key: 'a' })
    now = 400
    expect(await limiter.attempt({ payload: undefined, key: 'a' })).toEqual({
      isAllowed: false,
      retryAfterMs: 600,
    })
    if (!first.isAllowed) throw new Error('the first attempt should have been allowed')
    await limiter.forgive({ payload: undefined, id: first.id })
    expect(await limiter.take({ payload: undefined, key: 'a' })).toBe(true)
  })
})
