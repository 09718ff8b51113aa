import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`subscribers_consent_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`event\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`source\` text,
  	\`text_version\` text,
  	\`ip_hash\` text,
  	\`preferences\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`subscribers_consent_history_order_idx\` ON \`subscribers_consent_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_consent_history_parent_id_idx\` ON \`subscribers_consent_history\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`confirmations_in_window\` numeric;`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`confirmation_window_started_at\` text;`)
  await db.run(sql`ALTER TABLE \`subscribers\` ADD \`link_version\` numeric;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`link_version\` numeric;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`concurrency_key\` text;`)
  await db.run(sql`CREATE INDEX \`payload_jobs_concurrency_key_idx\` ON \`payload_jobs\` (\`concurrency_key\`);`)
  // --- Data (public-edges): start the consent history of existing subscribers with what they
  // already hold, the consent proof and the unsubscribe date, so neither is lost to a later sign-up.
  await db.run(sql`INSERT INTO \`subscribers_consent_history\`
    (\`_order\`, \`_parent_id\`, \`id\`, \`event\`, \`at\`, \`source\`, \`text_version\`, \`ip_hash\`)
    SELECT 1, \`id\`, lower(hex(randomblob(12))), 'consent', \`consent_given_at\`, \`consent_source\`,
      \`consent_text_version\`, \`consent_ip_hash\`
    FROM \`subscribers\` WHERE \`consent_given_at\` IS NOT NULL;`)
  await db.run(sql`INSERT INTO \`subscribers_consent_history\` (\`_order\`, \`_parent_id\`, \`id\`, \`event\`, \`at\`)
    SELECT 2, \`id\`, lower(hex(randomblob(12))), 'unsubscribed', \`unsubscribed_at\`
    FROM \`subscribers\` WHERE \`unsubscribed_at\` IS NOT NULL;`)
  // --- End of data.
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`subscribers_consent_history\`;`)
  await db.run(sql`DROP INDEX \`payload_jobs_concurrency_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`concurrency_key\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`confirmations_in_window\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`confirmation_window_started_at\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` DROP COLUMN \`link_version\`;`)
  await db.run(sql`ALTER TABLE \`organisations\` DROP COLUMN \`link_version\`;`)
}
