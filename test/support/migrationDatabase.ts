import type { sql, SQLiteAdapter } from '@payloadcms/db-sqlite'
import { getPayload } from 'payload'
import type { Migration, Payload } from 'payload'
import { afterAll, beforeAll, vi } from 'vitest'

import { migrations } from '@/migrations'
import config from '@payload-config'

/**
 * The committed migrations, on a database they alone shape, as the demo and production use them
 * (tests otherwise push the schema, and a pushed file makes migrations do nothing). Call once at
 * the top of a test file: `migrateUntil` runs the migrations before the one named, `run` raw SQL.
 */
export const useMigrationDatabase = () => {
  let payload: Payload | undefined

  beforeAll(async () => {
    vi.stubEnv('PAYLOAD_MIGRATING', 'true')
    vi.stubEnv('JOBS_AUTORUN', 'false')
    // The reference data seeded on start needs the tables the migrations make.
    payload = await getPayload({ config, disableOnInit: true })
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  const started = () => {
    if (!payload) throw new Error('useMigrationDatabase: Payload has not started yet (beforeAll)')
    return payload
  }
  const drizzle = () => (started().db as unknown as SQLiteAdapter).drizzle
  // Payload types a migration's arguments as unknown; the adapter hands them what they declare.
  const migrate = (list: typeof migrations) =>
    started().db.migrate({ migrations: list as unknown as Migration[] })
  /** The position of the migration whose name ends with `name`. */
  const indexOf = (name: string) =>
    migrations.findIndex((migration) => migration.name.endsWith(name))

  return {
    payload: started,
    drizzle,
    indexOf,
    /** Runs every migration before the one whose name ends with `name`. */
    migrateUntil: (name: string) => migrate(migrations.slice(0, indexOf(name))),
    migrateAll: () => migrate(migrations),
    run: (query: ReturnType<typeof sql>) => drizzle().all<Record<string, unknown>>(query),
  }
}
