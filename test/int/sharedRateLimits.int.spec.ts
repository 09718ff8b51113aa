import { describe, expect, it, vi } from 'vitest'

import { clientAddressHeader } from '@/lib/clientAddress'
import { createRateLimiter } from '@/lib/rateLimits'

import { testPassword } from '../support/fixtures'
import { useIntegration } from '../support/integration'

const { payload, rest, users } = useIntegration({
  emptyAfterEach: ['rate-limit-hits'],
  users: { editor: { email: 'redacteur@arnhem.example', roles: ['gemeente-redactie'] } },
  env: { LOGIN_FAILURE_LIMIT: '2', LOGIN_FAILURE_WINDOW_MINUTES: '15' },
})

/** A limiter object of its own, as another app instance (another process) would hold it. */
const instanceLimiter = (options: { limit?: number; windowMs?: number; now?: () => number } = {}) =>
  createRateLimiter({
    name: 'subscribe',
    limit: () => options.limit ?? 3,
    windowMs: () => options.windowMs ?? 60_000,
    now: options.now,
  })

const paths = [
  ['the SQLite fast path', '0'],
  ['the generic path (as on MongoDB)', '1'],
] as const

describe.each(paths)('a rate limit counted in the database, on %s', (_, generic) => {
  it('should hold a key at its limit for a second limiter with its own memory, as on another instance', async () => {
    vi.stubEnv('GENERIC_DATABASE_PATHS', generic)
    const first = instanceLimiter()
    const second = instanceLimiter()
    const key = '192.0.2.10'
    const taken = [
      await first.take({ payload, key }),
      await first.take({ payload, key }),
      await second.take({ payload, key }),
      await second.take({ payload, key }),
      await first.take({ payload, key }),
    ]
    expect(taken).toEqual([true, true, true, false, false])
    expect(await second.take({ payload, key: '192.0.2.11' })).toBe(true)
    const { totalDocs } = await payload.count({
      collection: 'rate-limit-hits',
      where: { key: { equals: key } },
    })
    expect(totalDocs).toBe(3)
  })

  it('should let no more than the limit through when attempts arrive at once', async () => {
    vi.stubEnv('GENERIC_DATABASE_PATHS', generic)
    const limiters = [instanceLimiter(), instanceLimiter()]
    const taken = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        limiters[index % 2]!.take({ payload, key: '192.0.2.20' }),
      ),
    )
    const allowed = taken.filter(Boolean).length
    // One SQL statement lets exactly the limit through; the generic path may refuse more
    // (insert, then count), never let more through.
    if (generic === '0') expect(allowed).toBe(3)
    else expect(allowed).toBeLessThanOrEqual(3)
    const { totalDocs } = await payload.count({
      collection: 'rate-limit-hits',
      where: { key: { equals: '192.0.2.20' } },
    })
    expect(totalDocs).toBe(allowed)
  })

  it('should allow the key again once its window has passed, and sweep the attempts that left it', async () => {
    vi.stubEnv('GENERIC_DATABASE_PATHS', generic)
    let now = Date.now()
    const limiter = instanceLimiter({ limit: 1, windowMs: 1000, now: () => now })
    expect(await limiter.take({ payload, key: '192.0.2.30' })).toBe(true)
    expect(await limiter.attempt({ payload, key: '192.0.2.30' })).toEqual({
      isAllowed: false,
      retryAfterMs: 1000,
    })
    now += 1001
    // A new limiter object sweeps on its first attempt, as a freshly started instance would.
    const later = instanceLimiter({ limit: 1, windowMs: 1000, now: () => now })
    expect(await later.take({ payload, key: '192.0.2.31' })).toBe(true)
    const { docs } = await payload.find({ collection: 'rate-limit-hits', depth: 0 })
    expect(docs.map(({ key }) => key)).toEqual(['192.0.2.31'])
    expect(await later.take({ payload, key: '192.0.2.30' })).toBe(true)
  })

  it('should take a forgiven attempt back, for every limiter', async () => {
    vi.stubEnv('GENERIC_DATABASE_PATHS', generic)
    const first = instanceLimiter({ limit: 1 })
    const attempt = await first.attempt({ payload, key: '192.0.2.40' })
    if (!attempt.isAllowed) throw new Error('the first attempt should have been allowed')
    await first.forgive({ payload, id: attempt.id })
    expect(await instanceLimiter({ limit: 1 }).take({ payload, key: '192.0.2.40' })).toBe(true)
  })
})

describe('the login throttle', () => {
  it('should count failed logins in the database and give a successful login its attempt back', async () => {
    const login = async (password: string) =>
      (
        await rest('POST', '/api/users/login', {
          body: { email: users.editor.email, password },
          headers: { [clientAddressHeader]: '192.0.2.50' },
        })
      ).status
    const statuses = [
      await login(testPassword),
      await login('Geraden-wachtwoord-1!'),
      await login(testPassword),
      await login('Geraden-wachtwoord-1!'),
      await login(testPassword),
    ]
    expect(statuses).toEqual([200, 401, 200, 401, 429])
    const { totalDocs } = await payload.count({
      collection: 'rate-limit-hits',
      where: { limiter: { equals: 'login' }, key: { equals: '192.0.2.50' } },
    })
    expect(totalDocs).toBe(2)
  })
})
