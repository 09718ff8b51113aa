import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll } from 'vitest'

/**
 * Every int test file gets its own SQLite file and upload folder (schema pushed on start), removed
 * when the file's tests are done.
 */
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samen-veilig-int-'))
process.env.DATABASE_URL = `file:${path.join(workDir, 'test.db')}`
process.env.MEDIA_DIR = path.join(workDir, 'media')
process.env.PAYLOAD_SECRET = 'test-secret-for-int-tests-only'
process.env.NEXT_TELEMETRY_DISABLED = '1'

afterAll(() => {
  fs.rmSync(workDir, { recursive: true, force: true })
})
