import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samen-veilig-config-'))

afterAll(() => {
  fs.rmSync(workDir, { recursive: true, force: true })
})

/** Starts Payload in a fresh process with only the given settings changed. */
const boot = (env: Record<string, string | undefined>) => {
  const result = spawnSync(
    process.execPath,
    ['--conditions=development', '--import', 'tsx', 'test/support/bootPayload.ts'],
    {
      env: {
        ...process.env,
        NODE_ENV: 'development',
        APP_MODE: '',
        PAYLOAD_SECRET: 'test-secret',
        DATABASE_URL: `file:${path.join(workDir, 'boot.db')}`,
        ...env,
      },
      encoding: 'utf8',
      timeout: 60_000,
    },
  )
  const output = `${result.stdout}\n${result.stderr}`
  const failedAfterMs = /PAYLOAD_FAILED_AFTER_MS=(\d+)/.exec(output)?.[1]
  return {
    status: result.status,
    output,
    /** From asking Payload to start to its failure, without the module loading before it. */
    secondsToFail: failedAfterMs === undefined ? undefined : Number(failedAfterMs) / 1000,
  }
}

describe('configuration at start', () => {
  it('should start on an embedded SQLite file', () => {
    const { status, output } = boot({})
    expect(output).toContain('PAYLOAD_READY')
    expect(status).toBe(0)
  })

  it('should refuse an unknown DATABASE_URL scheme and name the two supported forms', () => {
    const { status, output } = boot({ DATABASE_URL: 'postgres://localhost/samen' })
    expect(status).toBe(1)
    expect(output).toContain('DATABASE_URL "postgres://localhost/samen" wordt niet ondersteund')
    expect(output).toMatch(/file:.*mongodb:\/\//s)
  })

  it('should not print the password of a refused DATABASE_URL', () => {
    const { output } = boot({ DATABASE_URL: 'mysql://root:geheim@localhost/db' })
    expect(output).not.toContain('geheim')
  })

  it('should refuse to start in production without PAYLOAD_SECRET', () => {
    const { status, output } = boot({ NODE_ENV: 'production', PAYLOAD_SECRET: '' })
    expect(status).toBe(1)
    expect(output).toContain('PAYLOAD_SECRET ontbreekt')
    expect(output).not.toContain('PAYLOAD_READY')
  })

  it('should give a clear error within 15 seconds when MongoDB cannot be reached', () => {
    const { status, output, secondsToFail } = boot({
      DATABASE_URL: 'mongodb://127.0.0.1:9/samen-veilig',
    })
    expect(status).toBe(1)
    expect(output).toContain('MongoDB is niet bereikbaar')
    expect(secondsToFail).toBeLessThan(15)
  })
})
