import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`pack_templates_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`point\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pack_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pack_templates_sections_order_idx\` ON \`pack_templates_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pack_templates_sections_parent_id_idx\` ON \`pack_templates_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pack_templates_sections_locales\` (
  	\`title\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pack_templates_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pack_templates_sections_locales_locale_parent_id_unique\` ON \`pack_templates_sections_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pack_templates_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'other',
  	\`school_year_start\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pack_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pack_templates_materials_order_idx\` ON \`pack_templates_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pack_templates_materials_parent_id_idx\` ON \`pack_templates_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pack_templates_materials_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`body\` text,
  	\`file_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pack_templates_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pack_templates_materials_file_idx\` ON \`pack_templates_materials_locales\` (\`file_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`pack_templates_materials_locales_locale_parent_id_unique\` ON \`pack_templates_materials_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pack_templates\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`audience\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pack_templates_audience_idx\` ON \`pack_templates\` (\`audience\`);`)
  await db.run(sql`CREATE INDEX \`pack_templates_updated_at_idx\` ON \`pack_templates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pack_templates_created_at_idx\` ON \`pack_templates\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`pack_templates__status_idx\` ON \`pack_templates\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`pack_templates_locales\` (
  	\`title\` text,
  	\`intro\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pack_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`pack_templates_locales_locale_parent_id_unique\` ON \`pack_templates_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pack_templates_v_version_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`point\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pack_templates_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pack_templates_v_version_sections_order_idx\` ON \`_pack_templates_v_version_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pack_templates_v_version_sections_parent_id_idx\` ON \`_pack_templates_v_version_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pack_templates_v_version_sections_locales\` (
  	\`title\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pack_templates_v_version_sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pack_templates_v_version_sections_locales_locale_parent_id_\` ON \`_pack_templates_v_version_sections_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pack_templates_v_version_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'other',
  	\`school_year_start\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pack_templates_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pack_templates_v_version_materials_order_idx\` ON \`_pack_templates_v_version_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pack_templates_v_version_materials_parent_id_idx\` ON \`_pack_templates_v_version_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pack_templates_v_version_materials_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`body\` text,
  	\`file_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pack_templates_v_version_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pack_templates_v_version_materials_file_idx\` ON \`_pack_templates_v_version_materials_locales\` (\`file_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_pack_templates_v_version_materials_locales_locale_parent_id\` ON \`_pack_templates_v_version_materials_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_pack_templates_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_audience\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`pack_templates\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_pack_templates_v_parent_idx\` ON \`_pack_templates_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pack_templates_v_version_version_audience_idx\` ON \`_pack_templates_v\` (\`version_audience\`);`)
  await db.run(sql`CREATE INDEX \`_pack_templates_v_version_version_updated_at_idx\` ON \`_pack_templates_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pack_templates_v_version_version_created_at_idx\` ON \`_pack_templates_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pack_templates_v_version_version__status_idx\` ON \`_pack_templates_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_pack_templates_v_created_at_idx\` ON \`_pack_templates_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_pack_templates_v_updated_at_idx\` ON \`_pack_templates_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pack_templates_v_snapshot_idx\` ON \`_pack_templates_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_pack_templates_v_published_locale_idx\` ON \`_pack_templates_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pack_templates_v_latest_idx\` ON \`_pack_templates_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_pack_templates_v_locales\` (
  	\`version_title\` text,
  	\`version_intro\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pack_templates_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_pack_templates_v_locales_locale_parent_id_unique\` ON \`_pack_templates_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`communication_packs_section_choices\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`include\` integer DEFAULT true,
  	\`section_id\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`communication_packs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`communication_packs_section_choices_order_idx\` ON \`communication_packs_section_choices\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`communication_packs_section_choices_parent_id_idx\` ON \`communication_packs_section_choices\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`communication_packs_section_choices_locales\` (
  	\`local_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`communication_packs_section_choices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`communication_packs_section_choices_locales_locale_parent_id\` ON \`communication_packs_section_choices_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`communication_packs_extra_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`communication_packs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`communication_packs_extra_materials_order_idx\` ON \`communication_packs_extra_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`communication_packs_extra_materials_parent_id_idx\` ON \`communication_packs_extra_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`communication_packs_extra_materials_file_idx\` ON \`communication_packs_extra_materials\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`communication_packs_extra_materials_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`communication_packs_extra_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`communication_packs_extra_materials_locales_locale_parent_id\` ON \`communication_packs_extra_materials_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`communication_packs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`municipality_id\` integer,
  	\`template_id\` integer,
  	\`audience\` text,
  	\`logo_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`template_id\`) REFERENCES \`pack_templates\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`communication_packs_municipality_idx\` ON \`communication_packs\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`communication_packs_template_idx\` ON \`communication_packs\` (\`template_id\`);`)
  await db.run(sql`CREATE INDEX \`communication_packs_audience_idx\` ON \`communication_packs\` (\`audience\`);`)
  await db.run(sql`CREATE INDEX \`communication_packs_logo_idx\` ON \`communication_packs\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`communication_packs_updated_at_idx\` ON \`communication_packs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`communication_packs_created_at_idx\` ON \`communication_packs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`communication_packs__status_idx\` ON \`communication_packs\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`municipality_audience_idx\` ON \`communication_packs\` (\`municipality_id\`,\`audience\`);`)
  await db.run(sql`CREATE TABLE \`communication_packs_locales\` (
  	\`title\` text,
  	\`introduction\` text,
  	\`route_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`communication_packs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`communication_packs_locales_locale_parent_id_unique\` ON \`communication_packs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_communication_packs_v_version_section_choices\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`include\` integer DEFAULT true,
  	\`section_id\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_communication_packs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_communication_packs_v_version_section_choices_order_idx\` ON \`_communication_packs_v_version_section_choices\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_communication_packs_v_version_section_choices_parent_id_idx\` ON \`_communication_packs_v_version_section_choices\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_communication_packs_v_version_section_choices_locales\` (
  	\`local_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_communication_packs_v_version_section_choices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_communication_packs_v_version_section_choices_locales_local\` ON \`_communication_packs_v_version_section_choices_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_communication_packs_v_version_extra_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_communication_packs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_communication_packs_v_version_extra_materials_order_idx\` ON \`_communication_packs_v_version_extra_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_communication_packs_v_version_extra_materials_parent_id_idx\` ON \`_communication_packs_v_version_extra_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_communication_packs_v_version_extra_materials_file_idx\` ON \`_communication_packs_v_version_extra_materials\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_communication_packs_v_version_extra_materials_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_communication_packs_v_version_extra_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_communication_packs_v_version_extra_materials_locales_local\` ON \`_communication_packs_v_version_extra_materials_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_communication_packs_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_municipality_id\` integer,
  	\`version_template_id\` integer,
  	\`version_audience\` text,
  	\`version_logo_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`communication_packs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_template_id\`) REFERENCES \`pack_templates\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_communication_packs_v_parent_idx\` ON \`_communication_packs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_communication_packs_v_version_version_municipality_idx\` ON \`_communication_packs_v\` (\`version_municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`_communication_packs_v_version_version_template_idx\` ON \`_communication_packs_v\` (\`version_template_id\`);`)
  await db.run(sql`CREATE INDEX \`_communication_packs_v_version_version_audience_idx\` ON \`_communication_packs_v\` (\`version_audience\`);`)
  await db.run(sql`CREATE INDEX \`_communication_packs_v_version_version_logo_idx\` ON \`_communication_packs_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_communication_packs_v_version_version_updated_at_idx\` ON \`_communication_packs_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_communication_packs_v_version_version_created_at_idx\` ON \`_communication_packs_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_communication_packs_v_version_version__status_idx\` ON \`_communication_packs_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_communication_packs_v_created_at_idx\` ON \`_communication_packs_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_communication_packs_v_updated_at_idx\` ON \`_communication_packs_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_communication_packs_v_snapshot_idx\` ON \`_communication_packs_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_communication_packs_v_published_locale_idx\` ON \`_communication_packs_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_communication_packs_v_latest_idx\` ON \`_communication_packs_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_municipality_version_audience_idx\` ON \`_communication_packs_v\` (\`version_municipality_id\`,\`version_audience\`);`)
  await db.run(sql`CREATE TABLE \`_communication_packs_v_locales\` (
  	\`version_title\` text,
  	\`version_introduction\` text,
  	\`version_route_note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_communication_packs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_communication_packs_v_locales_locale_parent_id_unique\` ON \`_communication_packs_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`pack_downloads\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`municipality_id\` integer,
  	\`audience\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`day\` text NOT NULL,
  	\`count\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`pack_downloads_municipality_idx\` ON \`pack_downloads\` (\`municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`pack_downloads_day_idx\` ON \`pack_downloads\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`pack_downloads_updated_at_idx\` ON \`pack_downloads\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pack_downloads_created_at_idx\` ON \`pack_downloads\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`municipality_audience_locale_kind_day_idx\` ON \`pack_downloads\` (\`municipality_id\`,\`audience\`,\`locale\`,\`kind\`,\`day\`);`)
  await db.run(sql`CREATE TABLE \`_municipalities_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text NOT NULL,
  	\`version_slug\` text NOT NULL,
  	\`version_region_id\` integer NOT NULL,
  	\`version_logo_id\` integer,
  	\`version_local_team_name\` text,
  	\`version_local_team_phone\` text,
  	\`version_local_team_email\` text,
  	\`version_local_team_website\` text,
  	\`version_designated_officer_name\` text,
  	\`version_designated_officer_phone\` text,
  	\`version_designated_officer_email\` text,
  	\`version_contact_details_checked\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_municipalities_v_parent_idx\` ON \`_municipalities_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_municipalities_v_version_version_slug_idx\` ON \`_municipalities_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_municipalities_v_version_version_region_idx\` ON \`_municipalities_v\` (\`version_region_id\`);`)
  await db.run(sql`CREATE INDEX \`_municipalities_v_version_version_logo_idx\` ON \`_municipalities_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_municipalities_v_version_version_updated_at_idx\` ON \`_municipalities_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_municipalities_v_version_version_created_at_idx\` ON \`_municipalities_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_municipalities_v_created_at_idx\` ON \`_municipalities_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_municipalities_v_updated_at_idx\` ON \`_municipalities_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_municipalities_v_locales\` (
  	\`version_local_team_opening_hours\` text,
  	\`version_how_it_works\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_municipalities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_municipalities_v_locales_locale_parent_id_unique\` ON \`_municipalities_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_media_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_municipality_id\` integer,
  	\`version_credit\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_url\` text,
  	\`version_thumbnail_u_r_l\` text,
  	\`version_filename\` text,
  	\`version_mime_type\` text,
  	\`version_filesize\` numeric,
  	\`version_width\` numeric,
  	\`version_height\` numeric,
  	\`version_focal_x\` numeric,
  	\`version_focal_y\` numeric,
  	\`version_sizes_thumbnail_url\` text,
  	\`version_sizes_thumbnail_width\` numeric,
  	\`version_sizes_thumbnail_height\` numeric,
  	\`version_sizes_thumbnail_mime_type\` text,
  	\`version_sizes_thumbnail_filesize\` numeric,
  	\`version_sizes_thumbnail_filename\` text,
  	\`version_sizes_card_url\` text,
  	\`version_sizes_card_width\` numeric,
  	\`version_sizes_card_height\` numeric,
  	\`version_sizes_card_mime_type\` text,
  	\`version_sizes_card_filesize\` numeric,
  	\`version_sizes_card_filename\` text,
  	\`version_sizes_email_url\` text,
  	\`version_sizes_email_width\` numeric,
  	\`version_sizes_email_height\` numeric,
  	\`version_sizes_email_mime_type\` text,
  	\`version_sizes_email_filesize\` numeric,
  	\`version_sizes_email_filename\` text,
  	\`version_sizes_email_retina_url\` text,
  	\`version_sizes_email_retina_width\` numeric,
  	\`version_sizes_email_retina_height\` numeric,
  	\`version_sizes_email_retina_mime_type\` text,
  	\`version_sizes_email_retina_filesize\` numeric,
  	\`version_sizes_email_retina_filename\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_municipality_id\`) REFERENCES \`municipalities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_media_v_parent_idx\` ON \`_media_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_municipality_idx\` ON \`_media_v\` (\`version_municipality_id\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_updated_at_idx\` ON \`_media_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_created_at_idx\` ON \`_media_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_version_filename_idx\` ON \`_media_v\` (\`version_filename\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_sizes_thumbnail_version_sizes_thumbnail_idx\` ON \`_media_v\` (\`version_sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_sizes_card_version_sizes_card_filename_idx\` ON \`_media_v\` (\`version_sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_sizes_email_version_sizes_email_filenam_idx\` ON \`_media_v\` (\`version_sizes_email_filename\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_version_sizes_email_retina_version_sizes_email__idx\` ON \`_media_v\` (\`version_sizes_email_retina_filename\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_created_at_idx\` ON \`_media_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_media_v_updated_at_idx\` ON \`_media_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_media_v_locales\` (
  	\`version_alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_media_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_media_v_locales_locale_parent_id_unique\` ON \`_media_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`DROP INDEX \`edition_subscriber_idx\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`recipient_key\` text;`)
  // Deliveries made before the key existed are keyed on their subscriber, or on a tombstone when
  // that person was erased, so the new unique index holds for them too.
  await db.run(sql`UPDATE \`deliveries\` SET \`recipient_key\` = COALESCE(CAST(\`subscriber_id\` AS text), 'erased-' || \`id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`edition_recipientKey_idx\` ON \`deliveries\` (\`edition_id\`,\`recipient_key\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`pack_templates_id\` integer REFERENCES pack_templates(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`communication_packs_id\` integer REFERENCES communication_packs(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`pack_downloads_id\` integer REFERENCES pack_downloads(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pack_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`pack_templates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_communication_packs_id_idx\` ON \`payload_locked_documents_rels\` (\`communication_packs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pack_downloads_id_idx\` ON \`payload_locked_documents_rels\` (\`pack_downloads_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`pack_templates_sections\`;`)
  await db.run(sql`DROP TABLE \`pack_templates_sections_locales\`;`)
  await db.run(sql`DROP TABLE \`pack_templates_materials\`;`)
  await db.run(sql`DROP TABLE \`pack_templates_materials_locales\`;`)
  await db.run(sql`DROP TABLE \`pack_templates\`;`)
  await db.run(sql`DROP TABLE \`pack_templates_locales\`;`)
  await db.run(sql`DROP TABLE \`_pack_templates_v_version_sections\`;`)
  await db.run(sql`DROP TABLE \`_pack_templates_v_version_sections_locales\`;`)
  await db.run(sql`DROP TABLE \`_pack_templates_v_version_materials\`;`)
  await db.run(sql`DROP TABLE \`_pack_templates_v_version_materials_locales\`;`)
  await db.run(sql`DROP TABLE \`_pack_templates_v\`;`)
  await db.run(sql`DROP TABLE \`_pack_templates_v_locales\`;`)
  await db.run(sql`DROP TABLE \`communication_packs_section_choices\`;`)
  await db.run(sql`DROP TABLE \`communication_packs_section_choices_locales\`;`)
  await db.run(sql`DROP TABLE \`communication_packs_extra_materials\`;`)
  await db.run(sql`DROP TABLE \`communication_packs_extra_materials_locales\`;`)
  await db.run(sql`DROP TABLE \`communication_packs\`;`)
  await db.run(sql`DROP TABLE \`communication_packs_locales\`;`)
  await db.run(sql`DROP TABLE \`_communication_packs_v_version_section_choices\`;`)
  await db.run(sql`DROP TABLE \`_communication_packs_v_version_section_choices_locales\`;`)
  await db.run(sql`DROP TABLE \`_communication_packs_v_version_extra_materials\`;`)
  await db.run(sql`DROP TABLE \`_communication_packs_v_version_extra_materials_locales\`;`)
  await db.run(sql`DROP TABLE \`_communication_packs_v\`;`)
  await db.run(sql`DROP TABLE \`_communication_packs_v_locales\`;`)
  await db.run(sql`DROP TABLE \`pack_downloads\`;`)
  await db.run(sql`DROP TABLE \`_municipalities_v\`;`)
  await db.run(sql`DROP TABLE \`_municipalities_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_media_v\`;`)
  await db.run(sql`DROP TABLE \`_media_v_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "newsletter_editions_id", "outbox_messages_id", "building_blocks_id", "campaign_moments_id", "subscribers_id", "deliveries_id", "delivery_batches_id", "delivery_claims_id", "webhook_events_id", "municipalities_id", "regions_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "newsletter_editions_id", "outbox_messages_id", "building_blocks_id", "campaign_moments_id", "subscribers_id", "deliveries_id", "delivery_batches_id", "delivery_claims_id", "webhook_events_id", "municipalities_id", "regions_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`DROP INDEX \`edition_recipientKey_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`edition_subscriber_idx\` ON \`deliveries\` (\`edition_id\`,\`subscriber_id\`);`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`recipient_key\`;`)
}
