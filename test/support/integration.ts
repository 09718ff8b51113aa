import { getPayload } from 'payload'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'

import type { User } from '@/payload-types'
import config from '@payload-config'

import { createFixtures, testPassword } from './fixtures'
import type { NewUser } from './fixtures'
import { rest } from './rest'
import { dropTestDatabase } from './testDatabase'

/**
 * The set-up of an integration test file, as Payload's own `initPayloadInt` does it: starts the
 * app's Payload on the file's fresh database (test/support/freshDatabase.ts), undoes after each
 * test what its fixtures made and empties the collections the code under test fills, and stops
 * Payload when the file is done. Call it once, at the top of the file.
 *
 * The environment goes through `vi.stubEnv` only: the int project undoes every stub before each
 * test (`unstubEnvs`), so `env` is stubbed again before each test (on top of freshDatabase.ts's),
 * and a test stubs what it alone needs without restoring it.
 */
export const useIntegration = <TUsers extends Record<string, NewUser> = Record<never, NewUser>>({
  env = {},
  emptyAfterEach = [],
  users: userData,
}: {
  /** The file's environment, on top of the worker's. */
  env?: Record<string, string | undefined>
  /**
   * Collections the code under test fills itself (deliveries, outbox messages, jobs, …): emptied
   * after each test, before the fixtures are undone. They hold nothing before the tests start.
   */
  emptyAfterEach?: readonly CollectionSlug[]
  /** People the file's tests act as, made once when Payload has started, by name. */
  users?: TUsers
} = {}) => {
  let started: Payload | undefined
  const users = {} as { [Name in keyof TUsers]: User }
  const tokens = new Map<User['id'], string>()

  const payload = lazyPayload(() => {
    if (!started) throw new Error('Payload is used before useIntegration started it (beforeAll)')
    return started
  })
  const fixtures = createFixtures(payload)

  const stubEnvironment = () => {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value)
  }

  /** A session token of a fixtures user, logged in once per test. */
  const login = async (user: Pick<User, 'id' | 'email'>) => {
    const known = tokens.get(user.id)
    if (known) return known
    const { token } = await payload.login({
      collection: 'users',
      data: { email: user.email, password: testPassword },
    })
    if (!token) throw new Error(`${user.email} could not log in`)
    tokens.set(user.id, token)
    return token
  }

  beforeAll(async () => {
    stubEnvironment()
    started = await getPayload({ config })
    for (const [name, data] of Object.entries(userData ?? {})) {
      users[name as keyof TUsers] = await fixtures.user(data)
    }
  })

  beforeEach(() => {
    stubEnvironment()
    fixtures.begin()
  })

  afterEach(async () => {
    for (const collection of emptyAfterEach) await empty(payload, collection)
    await fixtures.cleanup()
    tokens.clear()
  })

  afterAll(async () => {
    await fixtures.cleanup()
    if (started) await dropTestDatabase(started)
    await started?.destroy()
  })

  return {
    /** The app's Payload; usable from the file's first `beforeAll` on. */
    payload,
    fixtures,
    /** The `users` asked for, from the file's first test on. */
    users,
    /**
     * The app's REST route handlers, as a visitor or, with `as`, as a fixtures user (logged in
     * through the Local API).
     */
    rest: async (
      method: Parameters<typeof rest>[0],
      path: string,
      { as, ...options }: Parameters<typeof rest>[2] & { as?: User } = {},
    ) => rest(method, path, { ...options, token: options.token ?? (as && (await login(as))) }),
  }
}

/**
 * A stand-in that forwards to Payload once it has started, so a file can take `payload` from
 * `useIntegration()` at the top, before any hook has run.
 */
const lazyPayload = (resolve: () => Payload): Payload =>
  new Proxy({} as Payload, {
    get: (_, property) => {
      const real = resolve()
      const value = Reflect.get(real, property, real)
      return typeof value === 'function' ? value.bind(real) : value
    },
  })

/**
 * Straight through the database adapter, which is fast for the thousands a send leaves behind;
 * through the Local API where versions or files must go too.
 */
const empty = async (payload: Payload, collection: CollectionSlug) => {
  const { versions, upload } = payload.collections[collection].config
  if (versions || upload) {
    await payload.delete({ collection, where: { id: { exists: true } }, overrideAccess: true })
  } else {
    await payload.db.deleteMany({ collection, where: { id: { exists: true } } })
  }
}
