import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`translation_histories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`collection_slug\` text NOT NULL,
  	\`document\` text NOT NULL,
  	\`based_on\` text NOT NULL,
  	\`histories\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`translation_histories_collection_slug_idx\` ON \`translation_histories\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`translation_histories_updated_at_idx\` ON \`translation_histories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`translation_histories_created_at_idx\` ON \`translation_histories\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`collectionSlug_document_idx\` ON \`translation_histories\` (\`collection_slug\`,\`document\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`translation_histories_id\` integer REFERENCES translation_histories(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_translation_histories_id_idx\` ON \`payload_locked_documents_rels\` (\`translation_histories_id\`);`)
  await db.run(sql`CREATE INDEX \`confirmedAt_municipality_idx\` ON \`subscribers\` (\`confirmed_at\`,\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`unsubscribedAt_municipality_idx\` ON \`subscribers\` (\`unsubscribed_at\`,\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`status_municipality_locale_idx\` ON \`subscribers\` (\`status\`,\`municipality_id\`,\`locale\`);`)
  await db.run(sql`CREATE INDEX \`edition_municipality_state_locale_openedAt_idx\` ON \`deliveries\` (\`edition_id\`,\`municipality_id\`,\`state\`,\`locale\`,\`opened_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`translation_histories\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`organisations_id\` integer,
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
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "newsletter_editions_id", "outbox_messages_id", "building_blocks_id", "pack_templates_id", "communication_packs_id", "pack_downloads_id", "campaign_moments_id", "subscribers_id", "deliveries_id", "delivery_batches_id", "delivery_claims_id", "webhook_events_id", "municipalities_id", "organisations_id", "regions_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "newsletter_editions_id", "outbox_messages_id", "building_blocks_id", "pack_templates_id", "communication_packs_id", "pack_downloads_id", "campaign_moments_id", "subscribers_id", "deliveries_id", "delivery_batches_id", "delivery_claims_id", "webhook_events_id", "municipalities_id", "organisations_id", "regions_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regions_id_idx\` ON \`payload_locked_documents_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`confirmedAt_municipality_idx\`;`)
  await db.run(sql`DROP INDEX \`unsubscribedAt_municipality_idx\`;`)
  await db.run(sql`DROP INDEX \`status_municipality_locale_idx\`;`)
  await db.run(sql`DROP INDEX \`edition_municipality_state_locale_openedAt_idx\`;`)
}
