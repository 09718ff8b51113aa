import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`organisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`municipality_id\` integer,
  	\`name\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`audience\` text NOT NULL,
  	\`contact_name\` text,
  	\`email\` text,
  	\`language\` text DEFAULT 'nl' NOT NULL,
  	\`brin\` text,
  	\`source\` text DEFAULT 'manual' NOT NULL,
  	\`status\` text DEFAULT 'active' NOT NULL,
  	\`opted_out_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_municipality_idx\` ON \`organisations\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_audience_idx\` ON \`organisations\` (\`audience\`);`)
  await db.run(sql`CREATE INDEX \`organisations_email_idx\` ON \`organisations\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`organisations_brin_idx\` ON \`organisations\` (\`brin\`);`)
  await db.run(sql`CREATE INDEX \`organisations_status_idx\` ON \`organisations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`municipality_email_idx\` ON \`organisations\` (\`municipality_id\`,\`email\`);`)
  await db.run(sql`CREATE INDEX \`municipality_audience_1_idx\` ON \`organisations\` (\`municipality_id\`,\`audience\`);`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`organisation_id\` integer REFERENCES organisations(id);`)
  await db.run(sql`CREATE INDEX \`deliveries_organisation_idx\` ON \`deliveries\` (\`organisation_id\`);`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`local_team_address\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`verification_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`verification_checked_by\` text;`)
  await db.run(sql`ALTER TABLE \`municipalities\` ADD \`verification_reminder_sent_at\` text;`)
  await db.run(sql`ALTER TABLE \`_municipalities_v\` ADD \`version_local_team_address\` text;`)
  await db.run(sql`ALTER TABLE \`_municipalities_v\` ADD \`version_verification_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`_municipalities_v\` ADD \`version_verification_checked_by\` text;`)
  await db.run(sql`ALTER TABLE \`_municipalities_v\` ADD \`version_verification_reminder_sent_at\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`organisations_id\` integer REFERENCES organisations(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`edition_id\` integer NOT NULL,
  	\`subscriber_id\` integer,
  	\`recipient_key\` text,
  	\`locale\` text NOT NULL,
  	\`municipality_id\` integer,
  	\`state\` text DEFAULT 'pending' NOT NULL,
  	\`batch_key\` text,
  	\`provider_message_id\` text,
  	\`attempts\` numeric DEFAULT 0,
  	\`last_error\` text,
  	\`accepted_at\` text,
  	\`delivered_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`edition_id\`) REFERENCES \`newsletter_editions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`subscriber_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_deliveries\`("id", "edition_id", "subscriber_id", "recipient_key", "locale", "municipality_id", "state", "batch_key", "provider_message_id", "attempts", "last_error", "accepted_at", "delivered_at", "updated_at", "created_at") SELECT "id", "edition_id", "subscriber_id", "recipient_key", "locale", "municipality_id", "state", "batch_key", "provider_message_id", "attempts", "last_error", "accepted_at", "delivered_at", "updated_at", "created_at" FROM \`deliveries\`;`)
  await db.run(sql`DROP TABLE \`deliveries\`;`)
  await db.run(sql`ALTER TABLE \`__new_deliveries\` RENAME TO \`deliveries\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`deliveries_edition_idx\` ON \`deliveries\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_subscriber_idx\` ON \`deliveries\` (\`subscriber_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_locale_idx\` ON \`deliveries\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_municipality_idx\` ON \`deliveries\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_state_idx\` ON \`deliveries\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_batch_key_idx\` ON \`deliveries\` (\`batch_key\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_provider_message_id_idx\` ON \`deliveries\` (\`provider_message_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_updated_at_idx\` ON \`deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_created_at_idx\` ON \`deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`edition_recipientKey_idx\` ON \`deliveries\` (\`edition_id\`,\`recipient_key\`);`)
  await db.run(sql`CREATE INDEX \`edition_batchKey_idx\` ON \`deliveries\` (\`edition_id\`,\`batch_key\`);`)
  await db.run(sql`CREATE INDEX \`edition_state_idx\` ON \`deliveries\` (\`edition_id\`,\`state\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`newsletter_editions_id\` integer,
  	\`outbox_messages_id\` integer,
  	\`building_blocks_id\` integer,
  	\`pack_templates_id\` integer,
  	\`communication_packs_id\` integer,
  	\`pack_downloads_id\` integer,
  	\`campaign_moments_id\` integer,
  	\`subscribers_id\` integer,
  	\`deliveries_id\` integer,
  	\`delivery_batches_id\` integer,
  	\`delivery_claims_id\` integer,
  	\`webhook_events_id\` integer,
  	\`municipalities_id\` integer,
  	\`regions_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_editions_id\`) REFERENCES \`newsletter_editions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outbox_messages_id\`) REFERENCES \`outbox_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`building_blocks_id\`) REFERENCES \`building_blocks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pack_templates_id\`) REFERENCES \`pack_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`communication_packs_id\`) REFERENCES \`communication_packs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pack_downloads_id\`) REFERENCES \`pack_downloads\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaign_moments_id\`) REFERENCES \`campaign_moments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscribers_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`delivery_batches_id\`) REFERENCES \`delivery_batches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`delivery_claims_id\`) REFERENCES \`delivery_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_events_id\`) REFERENCES \`webhook_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`municipalities_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "newsletter_editions_id", "outbox_messages_id", "building_blocks_id", "pack_templates_id", "communication_packs_id", "pack_downloads_id", "campaign_moments_id", "subscribers_id", "deliveries_id", "delivery_batches_id", "delivery_claims_id", "webhook_events_id", "municipalities_id", "regions_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "newsletter_editions_id", "outbox_messages_id", "building_blocks_id", "pack_templates_id", "communication_packs_id", "pack_downloads_id", "campaign_moments_id", "subscribers_id", "deliveries_id", "delivery_batches_id", "delivery_claims_id", "webhook_events_id", "municipalities_id", "regions_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_editions_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_editions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_building_blocks_id_idx\` ON \`payload_locked_documents_rels\` (\`building_blocks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pack_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`pack_templates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_communication_packs_id_idx\` ON \`payload_locked_documents_rels\` (\`communication_packs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pack_downloads_id_idx\` ON \`payload_locked_documents_rels\` (\`pack_downloads_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaign_moments_id_idx\` ON \`payload_locked_documents_rels\` (\`campaign_moments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_delivery_batches_id_idx\` ON \`payload_locked_documents_rels\` (\`delivery_batches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_delivery_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`delivery_claims_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_events_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_municipalities_id_idx\` ON \`payload_locked_documents_rels\` (\`municipalities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regions_id_idx\` ON \`payload_locked_documents_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`local_team_address\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`verification_checked_at\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`verification_checked_by\`;`)
  await db.run(sql`ALTER TABLE \`municipalities\` DROP COLUMN \`verification_reminder_sent_at\`;`)
  await db.run(sql`ALTER TABLE \`_municipalities_v\` DROP COLUMN \`version_local_team_address\`;`)
  await db.run(sql`ALTER TABLE \`_municipalities_v\` DROP COLUMN \`version_verification_checked_at\`;`)
  await db.run(sql`ALTER TABLE \`_municipalities_v\` DROP COLUMN \`version_verification_checked_by\`;`)
  await db.run(sql`ALTER TABLE \`_municipalities_v\` DROP COLUMN \`version_verification_reminder_sent_at\`;`)
}
