import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'
import {
  ConfigurationError,
  orDeferError,
  parseDatabaseUrl,
  raiseDeferredConfigurationError,
  sqliteBusyTimeoutMs,
} from './env'
import type { DatabaseSetting } from './env'

/** How long a deployment waits for MongoDB before it stops with a clear error instead of hanging. */
export const mongoServerSelectionTimeoutMs = 8_000

/**
 * The adapter follows DATABASE_URL. SQLite pushes its schema in development and tests and applies
 * the committed migrations in a production build (demo and production), so the two never share a
 * database file (a pushed file makes `payload migrate` silently do nothing).
 *
 * Only the chosen adapter is imported: the other one costs every process (a worker most of all)
 * tens of megabytes for nothing. Hence a promise, which the config awaits before `buildConfig`.
 */
export const databaseAdapter = async ({
  migrationDir,
}: {
  migrationDir: string
}): Promise<DatabaseAdapterObj> => {
  const setting = orDeferError<DatabaseSetting | undefined>(() => parseDatabaseUrl(), undefined)
  return raiseConfigurationErrorsOnStart(
    setting ? await adapterFor(setting, migrationDir) : unconfiguredAdapter,
  )
}

const adapterFor = async (
  setting: DatabaseSetting,
  migrationDir: string,
): Promise<DatabaseAdapterObj> => {
  if (setting.kind === 'mongodb') {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    return explainConnectionFailure(
      mongooseAdapter({
        url: setting.url,
        connectOptions: { serverSelectionTimeoutMS: mongoServerSelectionTimeoutMs },
      }),
    )
  }
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
  fs.mkdirSync(path.dirname(path.resolve(setting.filePath)), { recursive: true })
  return sqliteAdapter({
    client: { url: setting.url },
    // The web server and any number of workers share the file: without a timeout a process that
    // finds another one writing fails at once ("database is locked") instead of waiting its turn,
    // and WAL lets them read while one writes.
    busyTimeout: sqliteBusyTimeoutMs,
    wal: true,
    migrationDir,
    prodMigrations: migrations,
  })
}

/** Payload's own MongoDB error names no next step; this one does. */
const explainConnectionFailure = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const database = adapter.init(args)
    const connect = database.connect
    if (!connect) return database
    database.connect = async function (this: typeof database, options) {
      try {
        await connect.call(this, options)
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error)
        throw new ConfigurationError(
          `MongoDB is niet bereikbaar (gewacht: ${mongoServerSelectionTimeoutMs / 1000} s). ` +
            'Controleer DATABASE_URL, of de server draait en of deze machine er toegang toe heeft. ' +
            `Melding van MongoDB: ${detail}`,
        )
      }
    }
    return database
  },
})

const unconfiguredAdapter: DatabaseAdapterObj = {
  name: 'unconfigured',
  defaultIDType: 'number',
  init: () => {
    throw new ConfigurationError('Er is geen bruikbare database ingesteld.')
  },
}

/** Any setting that was wrong when the config loaded stops Payload here, before it connects. */
const raiseConfigurationErrorsOnStart = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    raiseDeferredConfigurationError()
    return adapter.init(args)
  },
})
