import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeEach, vi } from 'vitest'

import { testDatabaseUrl } from './testDatabase'

/**
 * Every int test file gets its own database (a SQLite file, or its own MongoDB database when
 * TEST_DATABASE_URL names a server: test/support/testDatabase.ts), upload folder and import
 * folder, schema pushed on start, removed when the file's tests are done. Stubbed now, before the
 * app's modules are imported, and again before each test, since the int project undoes every stub
 * then (`unstubEnvs`).
 */
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samen-veilig-int-'))

const environment: Record<string, string | undefined> = {
  DATABASE_URL: testDatabaseUrl({ workDir }),
  MEDIA_DIR: path.join(workDir, 'media'),
  IMPORT_DIR: path.join(workDir, 'imports'),
  PAYLOAD_SECRET: 'test-secret-for-int-tests-only',
  NEXT_TELEMETRY_DISABLED: '1',
  // A key in the environment would send real mail from a test, and pick the wrong transport.
  RESEND_API_KEY: undefined,
  RESEND_BASE_URL: undefined,
}

const stubEnvironment = () => {
  for (const [name, value] of Object.entries(environment)) vi.stubEnv(name, value)
}

stubEnvironment()
beforeEach(stubEnvironment)

afterAll(() => {
  fs.rmSync(workDir, { recursive: true, force: true })
})
