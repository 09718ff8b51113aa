import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'
import { parseDatabaseUrl } from './env'

/** How long a deployment waits for MongoDB before it stops with a clear error instead of hanging. */
export const mongoServerSelectionTimeoutMs = 10_000

/**
 * The adapter follows DATABASE_URL. SQLite pushes its schema in development and tests and applies
 * the committed migrations in a production build (demo and production), so the two never share a
 * database file (a pushed file makes `payload migrate` silently do nothing).
 */
export const databaseAdapter = ({ migrationDir }: { migrationDir: string }): DatabaseAdapterObj => {
  const setting = parseDatabaseUrl()
  if (setting.kind === 'mongodb') {
    return mongooseAdapter({
      url: setting.url,
      connectOptions: { serverSelectionTimeoutMS: mongoServerSelectionTimeoutMs },
    })
  }
  fs.mkdirSync(path.dirname(path.resolve(setting.filePath)), { recursive: true })
  return sqliteAdapter({
    client: { url: setting.url },
    migrationDir,
    prodMigrations: migrations,
  })
}
