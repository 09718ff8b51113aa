import { sql } from '@payloadcms/db-sqlite'
import { createLocalReq } from 'payload'
import { describe, expect, it } from 'vitest'

import { migrations } from '@/migrations'

import { useMigrationDatabase } from '../support/migrationDatabase'

const { payload, drizzle, indexOf, migrateUntil, migrateAll, run } = useMigrationDatabase()

describe('migrations', () => {
  it('should keep the finished date of a sent edition when delivery becomes sending', async () => {
    const renaming = indexOf('rename_edition_delivery_to_sending')
    expect(renaming).toBeGreaterThan(0)
    await migrateUntil('rename_edition_delivery_to_sending')
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

    await migrateAll()

    const migrated = await payload().findByID({
      collection: 'newsletter-editions',
      id: edition!.id as number,
      depth: 0,
    })
    expect(migrated.sending).toMatchObject({ startedAt, finishedAt, isSnapshotComplete: true })
    const { docs: versions } = await payload().findVersions({
      collection: 'newsletter-editions',
      where: { parent: { equals: edition!.id } },
      depth: 0,
    })
    expect(versions.map(({ version }) => version.sending?.finishedAt)).toEqual([finishedAt])

    // And back: down() gives the old columns their dates again.
    await migrations[renaming]!.down({
      db: drizzle(),
      payload: payload(),
      req: await createLocalReq({}, payload()),
    })
    expect(
      await run(sql`SELECT delivery_finished_at AS finishedAt FROM newsletter_editions`),
    ).toEqual([{ finishedAt }])
  })
})
