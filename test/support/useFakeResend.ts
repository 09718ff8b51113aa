import { afterEach, beforeEach, vi } from 'vitest'

import { startFakeResend } from './fakeResend'
import type { FakeResend } from './fakeResend'

type FakeResendOptions = NonNullable<Parameters<typeof startFakeResend>[0]>

/**
 * A fake Resend server for each test of the file (or describe block) that calls this, with
 * RESEND_API_KEY and RESEND_BASE_URL pointing the app at it; stopped after each test, and the
 * environment undone with it. Call it after `useIntegration`, whose environment it overrides.
 */
export const useFakeResend = (options: FakeResendOptions = {}) => {
  let current: FakeResend | undefined

  const start = async (startOptions: FakeResendOptions) => {
    current = await startFakeResend(startOptions)
    vi.stubEnv('RESEND_API_KEY', current.apiKey)
    vi.stubEnv('RESEND_BASE_URL', current.url)
  }

  const server = () => {
    if (!current) throw new Error('The fake Resend server runs only during a test')
    return current
  }

  beforeEach(() => start(options))

  afterEach(async () => {
    await current?.close()
    current = undefined
  })

  return {
    get url() {
      return server().url
    },
    get apiKey() {
      return server().apiKey
    },
    get messages() {
      return server().messages
    },
    get batches() {
      return server().batches
    },
    get requests() {
      return server().requests
    },
    injectFault: (fault: Parameters<FakeResend['injectFault']>[0]) => server().injectFault(fault),
    hold: () => server().hold(),
    /** Starts a new server for the rest of the test, with these options on top of the file's. */
    restart: async (overrides: FakeResendOptions) => {
      await server().close()
      await start({ ...options, ...overrides })
    },
  }
}
