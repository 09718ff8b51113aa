import { sql } from '@payloadcms/db-sqlite'
import { describe, expect, it } from 'vitest'

import { useMigrationDatabase } from '../support/migrationDatabase'

const { payload, migrateUntil, migrateAll, run } = useMigrationDatabase()

describe('the dated route-to-help check replacing the checkbox', () => {
  it('should date a ticked "contact details checked" to its last save and leave an unticked one unchecked', async () => {
    await migrateUntil('remove_contact_details_checked')
    const savedAt = '2026-03-02T10:00:00.000Z'
    const [region] = await run(sql`
      INSERT INTO regions (name, slug, veilig_thuis_organisation, referral_index_name)
      VALUES ('Testregio', 'testregio', 'Veilig Thuis Test', 'Testindex')
      RETURNING id`)
    const [ticked] = await run(sql`
      INSERT INTO municipalities (name, slug, region_id, contact_details_checked, updated_at)
      VALUES ('Aangevinkt', 'aangevinkt', ${region!.id}, 1, ${savedAt})
      RETURNING id`)
    const [unticked] = await run(sql`
      INSERT INTO municipalities (name, slug, region_id, contact_details_checked)
      VALUES ('Niet aangevinkt', 'niet-aangevinkt', ${region!.id}, 0)
      RETURNING id`)

    await migrateAll()

    const read = (id: unknown) =>
      payload().findByID({ collection: 'municipalities', id: id as number, depth: 0 })
    expect((await read(ticked!.id)).verification).toMatchObject({
      checkedAt: savedAt,
      checkedBy: 'onbekend (overgenomen)',
    })
    expect((await read(unticked!.id)).verification?.checkedAt ?? null).toBeNull()
  })
})
