import { sql } from '@payloadcms/db-sqlite'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { createLocalReq, getPayload } from 'payload'
import type { Migration, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { migrations } from '@/migrations'
import config from '@payload-config'

/**
 * The committed migrations, on a database they alone shape, as the demo and production use them
 * (tests otherwise push the schema, and a pushed file makes migrations do nothing).
 */
let payload: Payload

// Payload types a migration's arguments as unknown; the adapter hands them what they declare.
const migrate = (list: typeof migrations) =>
  payload.db.migrate({ migrations: list as unknown as Migration[] })

const drizzle = () => (payload.db as unknown as SQLiteAdapter).drizzle

const run = (query: ReturnType<typeof sql>) => drizzle().all<Record<string, unknown>>(query)

beforeAll(async () => {
  vi.stubEnv('PAYLOAD_MIGRATING', 'true')
  vi.stubEnv('JOBS_AUTORUN', 'false')
  // The reference data seeded on start needs the tables the migrations make.
  payload = await getPayload({ config, disableOnInit: true })
})

afterAll(async () => {
  await payload.destroy()
})

describe('migrations', () => {
  it('should keep the finished date of a sent edition when delivery becomes sending', async () => {
    const renaming = migrations.findIndex(({ name }) =>
      name.endsWith('rename_edition_delivery_to_sending'),
    )
    expect(renaming).toBeGreaterThan(0)
    await migrate(migrations.slice(0, renaming))
    const startedAt = '2026-11-20T09:00:00.000Z'
    const finishedAt = '2026-11-20T09:15:00.000Z'
    const [edition] = await run(sql`
      INSERT INTO newsletter_editions
        (status, _status, delivery_started_at, delivery_finished_at, delivery_is_snapshot_complete)
      VALUES ('sent', 'published', ${startedAt}, ${finishedAt}, 1)
      RETURNING id`)
    await run(sql`
      INSERT INTO _newsletter_editions_v
        (parent_id, version_status, version__status, version_delivery_finished_at, latest)
      VALUES (${edition!.id}, 'sent', 'published', ${finishedAt}, 1)`)

    await migrate(migrations)

    const migrated = await payload.findByID({
      collection: 'newsletter-editions',
      id: edition!.id as number,
      depth: 0,
    })
    expect(migrated.sending).toMatchObject({ startedAt, finishedAt, isSnapshotComplete: true })
    const { docs: versions } = await payload.findVersions({
      collection: 'newsletter-editions',
      where: { parent: { equals: edition!.id } },
      depth: 0,
    })
    expect(versions.map(({ version }) => version.sending?.finishedAt)).toEqual([finishedAt])

    // And back: down() gives the old columns their dates again.
    await migrations[renaming]!.down({
      db: drizzle(),
      payload,
      req: await createLocalReq({}, payload),
    })
    expect(
      await run(sql`SELECT delivery_finished_at AS finishedAt FROM newsletter_editions`),
    ).toEqual([{ finishedAt }])
  })
})
