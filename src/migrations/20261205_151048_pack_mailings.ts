import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`newsletter_editions\` ADD \`kind\` text DEFAULT 'newsletter';`)
  await db.run(sql`ALTER TABLE \`newsletter_editions\` ADD \`pack_mailing_audience\` text;`)
  await db.run(sql`CREATE INDEX \`newsletter_editions_kind_idx\` ON \`newsletter_editions\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_editions_pack_mailing_pack_mailing_audience_idx\` ON \`newsletter_editions\` (\`pack_mailing_audience\`);`)
  await db.run(sql`ALTER TABLE \`newsletter_editions_locales\` ADD \`pack_mailing_message\` text;`)
  await db.run(sql`ALTER TABLE \`_newsletter_editions_v\` ADD \`version_kind\` text DEFAULT 'newsletter';`)
  await db.run(sql`ALTER TABLE \`_newsletter_editions_v\` ADD \`version_pack_mailing_audience\` text;`)
  await db.run(sql`CREATE INDEX \`_newsletter_editions_v_version_version_kind_idx\` ON \`_newsletter_editions_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_editions_v_version_pack_mailing_version_pack_idx\` ON \`_newsletter_editions_v\` (\`version_pack_mailing_audience\`);`)
  await db.run(sql`ALTER TABLE \`_newsletter_editions_v_locales\` ADD \`version_pack_mailing_message\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`opened_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`newsletter_editions_kind_idx\`;`)
  await db.run(sql`DROP INDEX \`newsletter_editions_pack_mailing_pack_mailing_audience_idx\`;`)
  await db.run(sql`ALTER TABLE \`newsletter_editions\` DROP COLUMN \`kind\`;`)
  await db.run(sql`ALTER TABLE \`newsletter_editions\` DROP COLUMN \`pack_mailing_audience\`;`)
  await db.run(sql`DROP INDEX \`_newsletter_editions_v_version_version_kind_idx\`;`)
  await db.run(sql`DROP INDEX \`_newsletter_editions_v_version_pack_mailing_version_pack_idx\`;`)
  await db.run(sql`ALTER TABLE \`_newsletter_editions_v\` DROP COLUMN \`version_kind\`;`)
  await db.run(sql`ALTER TABLE \`_newsletter_editions_v\` DROP COLUMN \`version_pack_mailing_audience\`;`)
  await db.run(sql`ALTER TABLE \`newsletter_editions_locales\` DROP COLUMN \`pack_mailing_message\`;`)
  await db.run(sql`ALTER TABLE \`_newsletter_editions_v_locales\` DROP COLUMN \`version_pack_mailing_message\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`opened_at\`;`)
}
