import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import crypto from 'node:crypto'
import path from 'node:path'
import type { Payload } from 'payload'

/**
 * The database an int test file runs on: by default a fresh SQLite file in the file's work folder;
 * with `TEST_DATABASE_URL=mongodb://…` (a replica set, for transactions) a database of its own on
 * that server, named at random so files never share data, and dropped when the file is done.
 */
export const testDatabaseUrl = ({
  workDir,
  configured = process.env.TEST_DATABASE_URL,
}: {
  workDir: string
  configured?: string
}) => {
  if (!configured || configured.startsWith('file:')) {
    return `file:${path.join(workDir, 'test.db')}`
  }
  if (!isMongoUrl(configured)) {
    throw new Error(
      `TEST_DATABASE_URL "${configured.replace(/\/\/[^@/]*@/, '//***@')}" wordt niet ondersteund: ` +
        'laat hem leeg (een vers SQLite-bestand) of geef een mongodb://… of mongodb+srv://… adres.',
    )
  }
  // Not `new URL`: a replica set's address lists several hosts, which WHATWG URLs refuse.
  const [, servers, options = ''] = /^(mongodb(?:\+srv)?:\/\/[^/?]*)[^?]*(\?.*)?$/.exec(configured)!
  return `${servers}/samen_veilig_test_${crypto.randomBytes(6).toString('hex')}${options}`
}

export const isMongoUrl = (url: string | undefined) => /^mongodb(\+srv)?:\/\//.test(url ?? '')

/**
 * Drops a MongoDB test database through the adapter's own connection before Payload stops; a
 * SQLite file goes with the work folder (test/support/freshDatabase.ts).
 */
export const dropTestDatabase = async (payload: Payload) => {
  if (payload.db.name !== 'mongoose') return
  await (payload.db as unknown as MongooseAdapter).connection.dropDatabase()
}
