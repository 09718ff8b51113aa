import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`newsletter_editions\` RENAME COLUMN "delivery_started_at" TO "sending_started_at";`)
  await db.run(sql`ALTER TABLE \`newsletter_editions\` RENAME COLUMN "delivery_finished_at" TO "sending_finished_at";`)
  await db.run(sql`ALTER TABLE \`newsletter_editions\` RENAME COLUMN "delivery_is_snapshot_complete" TO "sending_is_snapshot_complete";`)
  await db.run(sql`ALTER TABLE \`newsletter_editions\` RENAME COLUMN "delivery_pause_reason" TO "sending_pause_reason";`)
  await db.run(sql`ALTER TABLE \`_newsletter_editions_v\` RENAME COLUMN "version_delivery_started_at" TO "version_sending_started_at";`)
  await db.run(sql`ALTER TABLE \`_newsletter_editions_v\` RENAME COLUMN "version_delivery_finished_at" TO "version_sending_finished_at";`)
  await db.run(sql`ALTER TABLE \`_newsletter_editions_v\` RENAME COLUMN "version_delivery_is_snapshot_complete" TO "version_sending_is_snapshot_complete";`)
  await db.run(sql`ALTER TABLE \`_newsletter_editions_v\` RENAME COLUMN "version_delivery_pause_reason" TO "version_sending_pause_reason";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`newsletter_editions\` RENAME COLUMN "sending_started_at" TO "delivery_started_at";`)
  await db.run(sql`ALTER TABLE \`newsletter_editions\` RENAME COLUMN "sending_finished_at" TO "delivery_finished_at";`)
  await db.run(sql`ALTER TABLE \`newsletter_editions\` RENAME COLUMN "sending_is_snapshot_complete" TO "delivery_is_snapshot_complete";`)
  await db.run(sql`ALTER TABLE \`newsletter_editions\` RENAME COLUMN "sending_pause_reason" TO "delivery_pause_reason";`)
  await db.run(sql`ALTER TABLE \`_newsletter_editions_v\` RENAME COLUMN "version_sending_started_at" TO "version_delivery_started_at";`)
  await db.run(sql`ALTER TABLE \`_newsletter_editions_v\` RENAME COLUMN "version_sending_finished_at" TO "version_delivery_finished_at";`)
  await db.run(sql`ALTER TABLE \`_newsletter_editions_v\` RENAME COLUMN "version_sending_is_snapshot_complete" TO "version_delivery_is_snapshot_complete";`)
  await db.run(sql`ALTER TABLE \`_newsletter_editions_v\` RENAME COLUMN "version_sending_pause_reason" TO "version_delivery_pause_reason";`)
}
