import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`edition_municipality_state_locale_openedAt_idx\` ON \`deliveries\` (\`edition_id\`,\`municipality_id\`,\`state\`,\`locale\`,\`opened_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`edition_municipality_state_locale_openedAt_idx\`;`)
}
