import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`newsletter_editions_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`newsletter_editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`newsletter_editions_sections_order_idx\` ON \`newsletter_editions_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_editions_sections_parent_id_idx\` ON \`newsletter_editions_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`newsletter_editions_sections_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`newsletter_editions_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`newsletter_editions_sections_locales_locale_parent_id_unique\` ON \`newsletter_editions_sections_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`newsletter_editions_audience_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`newsletter_editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`newsletter_editions_audience_audiences_order_idx\` ON \`newsletter_editions_audience_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_editions_audience_audiences_parent_idx\` ON \`newsletter_editions_audience_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`newsletter_editions_audience_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`newsletter_editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`newsletter_editions_audience_languages_order_idx\` ON \`newsletter_editions_audience_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_editions_audience_languages_parent_idx\` ON \`newsletter_editions_audience_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`newsletter_editions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`status\` text DEFAULT 'draft',
  	\`send_at\` text,
  	\`delivery_started_at\` text,
  	\`delivery_finished_at\` text,
  	\`delivery_is_snapshot_complete\` integer,
  	\`delivery_pause_reason\` text,
  	\`campaign_moment_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`campaign_moment_id\`) REFERENCES \`campaign_moments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`newsletter_editions_status_idx\` ON \`newsletter_editions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_editions_campaign_moment_idx\` ON \`newsletter_editions\` (\`campaign_moment_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_editions_updated_at_idx\` ON \`newsletter_editions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_editions_created_at_idx\` ON \`newsletter_editions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_editions__status_idx\` ON \`newsletter_editions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`newsletter_editions_locales\` (
  	\`title\` text,
  	\`intro\` text,
  	\`preheader\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`newsletter_editions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`newsletter_editions_locales_locale_parent_id_unique\` ON \`newsletter_editions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`newsletter_editions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`building_blocks_id\` integer,
  	\`municipalities_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`newsletter_editions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`building_blocks_id\`) REFERENCES \`building_blocks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`municipalities_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`newsletter_editions_rels_order_idx\` ON \`newsletter_editions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_editions_rels_parent_idx\` ON \`newsletter_editions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_editions_rels_path_idx\` ON \`newsletter_editions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_editions_rels_building_blocks_id_idx\` ON \`newsletter_editions_rels\` (\`building_blocks_id\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_editions_rels_municipalities_id_idx\` ON \`newsletter_editions_rels\` (\`municipalities_id\`);`)
  await db.run(sql`CREATE TABLE \`_newsletter_editions_v_version_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_newsletter_editions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_newsletter_editions_v_version_sections_order_idx\` ON \`_newsletter_editions_v_version_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_editions_v_version_sections_parent_id_idx\` ON \`_newsletter_editions_v_version_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_newsletter_editions_v_version_sections_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_newsletter_editions_v_version_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_newsletter_editions_v_version_sections_locales_locale_paren\` ON \`_newsletter_editions_v_version_sections_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_newsletter_editions_v_version_audience_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_newsletter_editions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_newsletter_editions_v_version_audience_audiences_order_idx\` ON \`_newsletter_editions_v_version_audience_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_editions_v_version_audience_audiences_parent_idx\` ON \`_newsletter_editions_v_version_audience_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_newsletter_editions_v_version_audience_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_newsletter_editions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_newsletter_editions_v_version_audience_languages_order_idx\` ON \`_newsletter_editions_v_version_audience_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_editions_v_version_audience_languages_parent_idx\` ON \`_newsletter_editions_v_version_audience_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_newsletter_editions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_status\` text DEFAULT 'draft',
  	\`version_send_at\` text,
  	\`version_delivery_started_at\` text,
  	\`version_delivery_finished_at\` text,
  	\`version_delivery_is_snapshot_complete\` integer,
  	\`version_delivery_pause_reason\` text,
  	\`version_campaign_moment_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`newsletter_editions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_campaign_moment_id\`) REFERENCES \`campaign_moments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_newsletter_editions_v_parent_idx\` ON \`_newsletter_editions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_editions_v_version_version_status_idx\` ON \`_newsletter_editions_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_editions_v_version_version_campaign_moment_idx\` ON \`_newsletter_editions_v\` (\`version_campaign_moment_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_editions_v_version_version_updated_at_idx\` ON \`_newsletter_editions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_editions_v_version_version_created_at_idx\` ON \`_newsletter_editions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_editions_v_version_version__status_idx\` ON \`_newsletter_editions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_editions_v_created_at_idx\` ON \`_newsletter_editions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_editions_v_updated_at_idx\` ON \`_newsletter_editions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_editions_v_snapshot_idx\` ON \`_newsletter_editions_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_editions_v_published_locale_idx\` ON \`_newsletter_editions_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_editions_v_latest_idx\` ON \`_newsletter_editions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_newsletter_editions_v_locales\` (
  	\`version_title\` text,
  	\`version_intro\` text,
  	\`version_preheader\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_newsletter_editions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_newsletter_editions_v_locales_locale_parent_id_unique\` ON \`_newsletter_editions_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_newsletter_editions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`building_blocks_id\` integer,
  	\`municipalities_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_newsletter_editions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`building_blocks_id\`) REFERENCES \`building_blocks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`municipalities_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_newsletter_editions_v_rels_order_idx\` ON \`_newsletter_editions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_editions_v_rels_parent_idx\` ON \`_newsletter_editions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_editions_v_rels_path_idx\` ON \`_newsletter_editions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_editions_v_rels_building_blocks_id_idx\` ON \`_newsletter_editions_v_rels\` (\`building_blocks_id\`);`)
  await db.run(sql`CREATE INDEX \`_newsletter_editions_v_rels_municipalities_id_idx\` ON \`_newsletter_editions_v_rels\` (\`municipalities_id\`);`)
  await db.run(sql`CREATE TABLE \`outbox_messages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`to\` text NOT NULL,
  	\`from\` text NOT NULL,
  	\`reply_to\` text,
  	\`subject\` text NOT NULL,
  	\`html\` text,
  	\`text\` text,
  	\`headers\` text,
  	\`tags\` text,
  	\`idempotency_key\` text,
  	\`batch_key\` text,
  	\`batch_index\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`outbox_messages_to_idx\` ON \`outbox_messages\` (\`to\`);`)
  await db.run(sql`CREATE INDEX \`outbox_messages_idempotency_key_idx\` ON \`outbox_messages\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`outbox_messages_batch_key_idx\` ON \`outbox_messages\` (\`batch_key\`);`)
  await db.run(sql`CREATE INDEX \`outbox_messages_updated_at_idx\` ON \`outbox_messages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`outbox_messages_created_at_idx\` ON \`outbox_messages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`building_blocks_themes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`building_blocks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`building_blocks_themes_order_idx\` ON \`building_blocks_themes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`building_blocks_themes_parent_idx\` ON \`building_blocks_themes\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`building_blocks_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`building_blocks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`building_blocks_audiences_order_idx\` ON \`building_blocks_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`building_blocks_audiences_parent_idx\` ON \`building_blocks_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`building_blocks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`municipality_id\` integer,
  	\`kind\` text DEFAULT 'news' NOT NULL,
  	\`event_date\` text,
  	\`image_id\` integer,
  	\`link_url\` text,
  	\`valid_from\` text,
  	\`valid_until\` text,
  	\`review_status\` text DEFAULT 'draft' NOT NULL,
  	\`review_feedback\` text,
  	\`submitted_at\` text,
  	\`reviewed_at\` text,
  	\`reviewed_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`building_blocks_municipality_idx\` ON \`building_blocks\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`building_blocks_image_idx\` ON \`building_blocks\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`building_blocks_review_status_idx\` ON \`building_blocks\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`building_blocks_reviewed_by_idx\` ON \`building_blocks\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`building_blocks_updated_at_idx\` ON \`building_blocks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`building_blocks_created_at_idx\` ON \`building_blocks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`building_blocks_locales\` (
  	\`title\` text NOT NULL,
  	\`summary\` text,
  	\`body\` text,
  	\`link_label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`building_blocks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`building_blocks_locales_locale_parent_id_unique\` ON \`building_blocks_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_building_blocks_v_version_themes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_building_blocks_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_version_themes_order_idx\` ON \`_building_blocks_v_version_themes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_version_themes_parent_idx\` ON \`_building_blocks_v_version_themes\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_building_blocks_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_building_blocks_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_version_audiences_order_idx\` ON \`_building_blocks_v_version_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_version_audiences_parent_idx\` ON \`_building_blocks_v_version_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_building_blocks_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_municipality_id\` integer,
  	\`version_kind\` text DEFAULT 'news' NOT NULL,
  	\`version_event_date\` text,
  	\`version_image_id\` integer,
  	\`version_link_url\` text,
  	\`version_valid_from\` text,
  	\`version_valid_until\` text,
  	\`version_review_status\` text DEFAULT 'draft' NOT NULL,
  	\`version_review_feedback\` text,
  	\`version_submitted_at\` text,
  	\`version_reviewed_at\` text,
  	\`version_reviewed_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`building_blocks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_parent_idx\` ON \`_building_blocks_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_version_version_municipality_idx\` ON \`_building_blocks_v\` (\`version_municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_version_version_image_idx\` ON \`_building_blocks_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_version_version_review_status_idx\` ON \`_building_blocks_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_version_version_reviewed_by_idx\` ON \`_building_blocks_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_version_version_updated_at_idx\` ON \`_building_blocks_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_version_version_created_at_idx\` ON \`_building_blocks_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_created_at_idx\` ON \`_building_blocks_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_building_blocks_v_updated_at_idx\` ON \`_building_blocks_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_building_blocks_v_locales\` (
  	\`version_title\` text NOT NULL,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_link_label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_building_blocks_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_building_blocks_v_locales_locale_parent_id_unique\` ON \`_building_blocks_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaign_moments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text NOT NULL,
  	\`date_rule\` text DEFAULT 'entered' NOT NULL,
  	\`starts_on\` text,
  	\`ends_on\` text,
  	\`reminder_weeks_before\` numeric DEFAULT 6,
  	\`last_reminder_year\` numeric,
  	\`rule\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaign_moments_slug_idx\` ON \`campaign_moments\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`campaign_moments_updated_at_idx\` ON \`campaign_moments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaign_moments_created_at_idx\` ON \`campaign_moments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`campaign_moments_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaign_moments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaign_moments_locales_locale_parent_id_unique\` ON \`campaign_moments_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`subscribers_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`subscribers_audiences_order_idx\` ON \`subscribers_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_audiences_parent_idx\` ON \`subscribers_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`subscribers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`name\` text,
  	\`locale\` text DEFAULT 'nl' NOT NULL,
  	\`municipality_id\` integer,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`consent_given_at\` text,
  	\`consent_source\` text,
  	\`consent_text_version\` text,
  	\`consent_ip_hash\` text,
  	\`confirmed_at\` text,
  	\`unsubscribed_at\` text,
  	\`last_confirmation_sent_at\` text,
  	\`suppression_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`subscribers_email_idx\` ON \`subscribers\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_locale_idx\` ON \`subscribers\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_municipality_idx\` ON \`subscribers\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_status_idx\` ON \`subscribers\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_updated_at_idx\` ON \`subscribers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_created_at_idx\` ON \`subscribers\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`edition_id\` integer NOT NULL,
  	\`subscriber_id\` integer,
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
  await db.run(sql`CREATE INDEX \`deliveries_edition_idx\` ON \`deliveries\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_subscriber_idx\` ON \`deliveries\` (\`subscriber_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_locale_idx\` ON \`deliveries\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_municipality_idx\` ON \`deliveries\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_state_idx\` ON \`deliveries\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_batch_key_idx\` ON \`deliveries\` (\`batch_key\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_provider_message_id_idx\` ON \`deliveries\` (\`provider_message_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_updated_at_idx\` ON \`deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_created_at_idx\` ON \`deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`edition_subscriber_idx\` ON \`deliveries\` (\`edition_id\`,\`subscriber_id\`);`)
  await db.run(sql`CREATE INDEX \`edition_batchKey_idx\` ON \`deliveries\` (\`edition_id\`,\`batch_key\`);`)
  await db.run(sql`CREATE INDEX \`edition_state_idx\` ON \`deliveries\` (\`edition_id\`,\`state\`);`)
  await db.run(sql`CREATE TABLE \`delivery_batches\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`edition_id\` integer NOT NULL,
  	\`batch_key\` text NOT NULL,
  	\`size\` numeric NOT NULL,
  	\`state\` text DEFAULT 'pending' NOT NULL,
  	\`last_subscriber\` text NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`last_error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`edition_id\`) REFERENCES \`newsletter_editions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`delivery_batches_edition_idx\` ON \`delivery_batches\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`delivery_batches_state_idx\` ON \`delivery_batches\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`delivery_batches_updated_at_idx\` ON \`delivery_batches\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`delivery_batches_created_at_idx\` ON \`delivery_batches\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`edition_batchKey_1_idx\` ON \`delivery_batches\` (\`edition_id\`,\`batch_key\`);`)
  await db.run(sql`CREATE INDEX \`edition_state_1_idx\` ON \`delivery_batches\` (\`edition_id\`,\`state\`);`)
  await db.run(sql`CREATE TABLE \`delivery_claims\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`edition_id\` integer NOT NULL,
  	\`batch_id\` integer NOT NULL,
  	\`generation\` numeric NOT NULL,
  	\`heartbeat_at\` text NOT NULL,
  	\`is_released\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`edition_id\`) REFERENCES \`newsletter_editions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`batch_id\`) REFERENCES \`delivery_batches\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`delivery_claims_key_idx\` ON \`delivery_claims\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`delivery_claims_edition_idx\` ON \`delivery_claims\` (\`edition_id\`);`)
  await db.run(sql`CREATE INDEX \`delivery_claims_batch_idx\` ON \`delivery_claims\` (\`batch_id\`);`)
  await db.run(sql`CREATE INDEX \`delivery_claims_heartbeat_at_idx\` ON \`delivery_claims\` (\`heartbeat_at\`);`)
  await db.run(sql`CREATE INDEX \`delivery_claims_updated_at_idx\` ON \`delivery_claims\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`delivery_claims_created_at_idx\` ON \`delivery_claims\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`webhook_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`event_id\` text NOT NULL,
  	\`type\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`webhook_events_event_id_idx\` ON \`webhook_events\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_events_updated_at_idx\` ON \`webhook_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_events_created_at_idx\` ON \`webhook_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`municipalities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`region_id\` integer NOT NULL,
  	\`logo_id\` integer,
  	\`local_team_name\` text,
  	\`local_team_phone\` text,
  	\`local_team_email\` text,
  	\`local_team_website\` text,
  	\`designated_officer_name\` text,
  	\`designated_officer_phone\` text,
  	\`designated_officer_email\` text,
  	\`contact_details_checked\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`municipalities_slug_idx\` ON \`municipalities\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_region_idx\` ON \`municipalities\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_logo_idx\` ON \`municipalities\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_updated_at_idx\` ON \`municipalities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`municipalities_created_at_idx\` ON \`municipalities\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`municipalities_locales\` (
  	\`local_team_opening_hours\` text,
  	\`how_it_works\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`municipalities_locales_locale_parent_id_unique\` ON \`municipalities_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`regions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`veilig_thuis_organisation\` text NOT NULL,
  	\`veilig_thuis_phone\` text DEFAULT '0800-2000' NOT NULL,
  	\`veilig_thuis_website\` text,
  	\`referral_index_name\` text NOT NULL,
  	\`referral_index_website\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`regions_slug_idx\` ON \`regions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`regions_updated_at_idx\` ON \`regions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`regions_created_at_idx\` ON \`regions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`municipality_id\` integer,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_email_url\` text,
  	\`sizes_email_width\` numeric,
  	\`sizes_email_height\` numeric,
  	\`sizes_email_mime_type\` text,
  	\`sizes_email_filesize\` numeric,
  	\`sizes_email_filename\` text,
  	\`sizes_email_retina_url\` text,
  	\`sizes_email_retina_width\` numeric,
  	\`sizes_email_retina_height\` numeric,
  	\`sizes_email_retina_mime_type\` text,
  	\`sizes_email_retina_filesize\` numeric,
  	\`sizes_email_retina_filename\` text,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_municipality_idx\` ON \`media\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_email_sizes_email_filename_idx\` ON \`media\` (\`sizes_email_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_email_retina_sizes_email_retina_filename_idx\` ON \`media\` (\`sizes_email_retina_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_municipalities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`municipality_id\` integer NOT NULL,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_municipalities_order_idx\` ON \`users_municipalities\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_municipalities_parent_id_idx\` ON \`users_municipalities\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_municipalities_municipality_idx\` ON \`users_municipalities\` (\`municipality_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`is_demo_account\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`newsletter_editions_id\` integer,
  	\`outbox_messages_id\` integer,
  	\`building_blocks_id\` integer,
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_editions_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_editions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_building_blocks_id_idx\` ON \`payload_locked_documents_rels\` (\`building_blocks_id\`);`)
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`newsletter_editions_sections\`;`)
  await db.run(sql`DROP TABLE \`newsletter_editions_sections_locales\`;`)
  await db.run(sql`DROP TABLE \`newsletter_editions_audience_audiences\`;`)
  await db.run(sql`DROP TABLE \`newsletter_editions_audience_languages\`;`)
  await db.run(sql`DROP TABLE \`newsletter_editions\`;`)
  await db.run(sql`DROP TABLE \`newsletter_editions_locales\`;`)
  await db.run(sql`DROP TABLE \`newsletter_editions_rels\`;`)
  await db.run(sql`DROP TABLE \`_newsletter_editions_v_version_sections\`;`)
  await db.run(sql`DROP TABLE \`_newsletter_editions_v_version_sections_locales\`;`)
  await db.run(sql`DROP TABLE \`_newsletter_editions_v_version_audience_audiences\`;`)
  await db.run(sql`DROP TABLE \`_newsletter_editions_v_version_audience_languages\`;`)
  await db.run(sql`DROP TABLE \`_newsletter_editions_v\`;`)
  await db.run(sql`DROP TABLE \`_newsletter_editions_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_newsletter_editions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`outbox_messages\`;`)
  await db.run(sql`DROP TABLE \`building_blocks_themes\`;`)
  await db.run(sql`DROP TABLE \`building_blocks_audiences\`;`)
  await db.run(sql`DROP TABLE \`building_blocks\`;`)
  await db.run(sql`DROP TABLE \`building_blocks_locales\`;`)
  await db.run(sql`DROP TABLE \`_building_blocks_v_version_themes\`;`)
  await db.run(sql`DROP TABLE \`_building_blocks_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_building_blocks_v\`;`)
  await db.run(sql`DROP TABLE \`_building_blocks_v_locales\`;`)
  await db.run(sql`DROP TABLE \`campaign_moments\`;`)
  await db.run(sql`DROP TABLE \`campaign_moments_locales\`;`)
  await db.run(sql`DROP TABLE \`subscribers_audiences\`;`)
  await db.run(sql`DROP TABLE \`subscribers\`;`)
  await db.run(sql`DROP TABLE \`deliveries\`;`)
  await db.run(sql`DROP TABLE \`delivery_batches\`;`)
  await db.run(sql`DROP TABLE \`delivery_claims\`;`)
  await db.run(sql`DROP TABLE \`webhook_events\`;`)
  await db.run(sql`DROP TABLE \`municipalities\`;`)
  await db.run(sql`DROP TABLE \`municipalities_locales\`;`)
  await db.run(sql`DROP TABLE \`regions\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_municipalities\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
