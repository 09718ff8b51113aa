import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // --- Data (hand-written): a municipality that had ticked "contact details checked" keeps its
  // local route on the portal; the check is dated to its last save, by an unknown person.
  await db.run(
    sql`UPDATE \`municipalities\` SET \`verification_checked_at\` = \`updated_at\`, \`verification_checked_by\` = 'onbekend (overgenomen)' WHERE \`contact_details_checked\` = 1 AND \`verification_checked_at\` IS NULL;`,
  )
  await db.run(
    sql`UPDATE \`_municipalities_v\` SET \`version_verification_checked_at\` = \`version_updated_at\`, \`version_verification_checked_by\` = 'onbekend (overgenomen)' WHERE \`version_contact_details_checked\` = 1 AND \`version_verification_checked_at\` IS NULL;`,
  )
  // --- End of data.
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`contact_details_checked\`;`)
  await db.run(
    sql`ALTER TABLE \`_municipalities_v\` DROP COLUMN \`version_contact_details_checked\`;`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(
    sql`ALTER TABLE \`municipalities\` ADD \`contact_details_checked\` integer DEFAULT false;`,
  )
  await db.run(
    sql`ALTER TABLE \`_municipalities_v\` ADD \`version_contact_details_checked\` integer DEFAULT false;`,
  )
}
