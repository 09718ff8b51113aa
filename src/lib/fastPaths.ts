import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

/**
 * The SQLite adapter when the app may take its SQLite fast paths (one SQL statement where the
 * Local API would write row by row), else undefined: on MongoDB, and on SQLite when
 * `GENERIC_DATABASE_PATHS=1`. Every fast path keeps its generic Local API path beside it, and the
 * switch lets the int suite run that generic path on SQLite, so the code MongoDB runs is tested
 * here too (no MongoDB server can run on these machines).
 */
export const sqliteFastPath = (payload: Payload): SQLiteAdapter | undefined =>
  payload.db.name === 'sqlite' && !isGenericPathForced()
    ? (payload.db as unknown as SQLiteAdapter)
    : undefined

export const isGenericPathForced = () => process.env.GENERIC_DATABASE_PATHS === '1'
