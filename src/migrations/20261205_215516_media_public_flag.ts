import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`is_public\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`media_is_public_idx\` ON \`media\` (\`is_public\`);`)
  await db.run(sql`ALTER TABLE \`_media_v\` ADD \`version_is_public\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_is_public_idx\` ON \`_media_v\` (\`version_is_public\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`media_is_public_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`is_public\`;`)
  await db.run(sql`DROP INDEX \`_media_v_version_version_is_public_idx\`;`)
  await db.run(sql`ALTER TABLE \`_media_v\` DROP COLUMN \`version_is_public\`;`)
}
