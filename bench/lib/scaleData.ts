import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

import { audiences } from '../../src/fields/taxonomy'
import { localeCodes } from '../../src/i18n'

/**
 * Years of data for `bench:scale`, written straight into a migrated and seeded demo database in
 * a few big transactions: every row is made by SQLite itself (a recursive counter joined to the
 * seeded rows it copies), so three million deliveries take seconds, not the hours the Local API
 * would. The shapes follow what the app writes: deliveries carry their subscriber's municipality
 * and language, building blocks copy the demo's texts and get ten versions in which the Dutch text
 * changes every time and each translation at its own version (so the translation overview sees
 * current, outdated and missing languages).
 */

export type ScaleSizes = {
  subscribers: number
  deliveries: number
  buildingBlocks: number
  versionsPerBlock: number
  packs: number
  editions: number
}

export const issueSizes: ScaleSizes = {
  subscribers: 100_000,
  deliveries: 3_000_000,
  buildingBlocks: 2_000,
  versionsPerBlock: 10,
  packs: 300,
  editions: 150,
}

export const scaledSizes = (factor: number): ScaleSizes => ({
  subscribers: Math.max(100, Math.round(issueSizes.subscribers * factor)),
  deliveries: Math.max(1_000, Math.round(issueSizes.deliveries * factor)),
  buildingBlocks: Math.max(20, Math.round(issueSizes.buildingBlocks * factor)),
  versionsPerBlock: issueSizes.versionsPerBlock,
  packs: issueSizes.packs,
  editions: issueSizes.editions,
})

export type ScaleCounts = ScaleSizes & { packsPossible: number }

/** Three years up to `now`, written through the adapter's own client. */
export const generateScaleData = async ({
  adapter,
  sizes,
  now = new Date(),
}: {
  adapter: SQLiteAdapter
  sizes: ScaleSizes
  now?: Date
}): Promise<ScaleCounts> => {
  const client = adapter.client
  const run = async (statement: string) => {
    await client.execute(statement)
  }
  const values = async (statement: string) => (await client.execute(statement)).rows
  const span = 3 * 365 * 24 * 3600_000
  const start = now.getTime() - span
  const municipalityIds = (await values('SELECT id FROM municipalities ORDER BY id')).map((row) =>
    Number(row.id),
  )
  if (!municipalityIds.length) throw new Error('Seed the reference data first: no municipalities.')
  const municipalityOf = (index: string) =>
    `CASE (${index}) % ${municipalityIds.length} ${municipalityIds
      .map((id, position) => `WHEN ${position} THEN ${id}`)
      .join(' ')} END`
  // Two in three subscribers read Dutch, the others one of the five other languages.
  const otherLocales = localeCodes.filter((code) => code !== 'nl')
  const localeOf = (index: string) =>
    `CASE WHEN (${index}) % 15 < 10 THEN 'nl' ${otherLocales
      .map((code, position) => `WHEN (${index}) % 15 = ${10 + position} THEN '${code}'`)
      .join(' ')} END`
  const isoAt = (millisExpression: string) =>
    `strftime('%Y-%m-%dT%H:%M:%fZ', (${millisExpression}) / 1000.0, 'unixepoch')`
  const counter = (count: number) =>
    `WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n + 1 < ${count})`
  const nowIso = `'${now.toISOString()}'`
  const inTransaction = async (work: () => Promise<void>) => {
    await run('BEGIN')
    try {
      await work()
      await run('COMMIT')
    } catch (error) {
      await run('ROLLBACK')
      throw error
    }
  }
  const nextId = async (table: string) =>
    Number((await values(`SELECT coalesce(max(id), 0) + 1 AS id FROM ${table}`))[0]!.id)

  // Subscribers: confirmed spread over the three years, one in ten unsubscribed since.
  const firstSubscriber = await nextId('subscribers')
  const confirmedAt = `${start} + n * ${Math.floor(span / sizes.subscribers)}`
  await inTransaction(async () => {
    await run(`${counter(sizes.subscribers)}
      INSERT INTO subscribers (id, email, locale, municipality_id, status, consent_given_at,
        consent_source, confirmed_at, unsubscribed_at, link_version, updated_at, created_at)
      SELECT ${firstSubscriber} + n, 'abonnee-' || n || '@schaal.example', ${localeOf('n')},
        ${municipalityOf('n')}, CASE WHEN n % 10 = 9 THEN 'unsubscribed' ELSE 'confirmed' END,
        ${isoAt(confirmedAt)}, 'import', ${isoAt(confirmedAt)},
        CASE WHEN n % 10 = 9 THEN ${isoAt(`${confirmedAt} + 30 * 86400000`)} END, 1,
        ${nowIso}, ${isoAt(confirmedAt)}
      FROM seq`)
    const audienceOf = (index: string) =>
      `CASE (${index}) % ${audiences.length} ${audiences
        .map(({ value }, position) => `WHEN ${position} THEN '${value}'`)
        .join(' ')} END`
    await run(`${counter(sizes.subscribers)}
      INSERT INTO subscribers_audiences ("order", parent_id, value)
      SELECT 1, ${firstSubscriber} + n, ${audienceOf('n')} FROM seq
      UNION ALL
      SELECT 2, ${firstSubscriber} + n, ${audienceOf('n + 3')} FROM seq WHERE n % 3 = 0`)
  })

  // Editions: sent one after the other over the three years.
  const firstEdition = await nextId('newsletter_editions')
  const editionStart = `${start} + n * ${Math.floor(span / sizes.editions)}`
  await inTransaction(async () => {
    await run(`${counter(sizes.editions)}
      INSERT INTO newsletter_editions (id, kind, status, sending_started_at, sending_finished_at,
        sending_is_snapshot_complete, updated_at, created_at, _status)
      SELECT ${firstEdition} + n, 'newsletter', 'sent', ${isoAt(editionStart)},
        ${isoAt(`${editionStart} + 3600000`)}, 1, ${isoAt(editionStart)},
        ${isoAt(`${editionStart} - 7 * 86400000`)}, 'published'
      FROM seq`)
    await run(`${counter(sizes.editions)}
      INSERT INTO newsletter_editions_locales (title, intro, _locale, _parent_id)
      SELECT 'Nieuwsbrief ' || (n + 1), NULL, 'nl', ${firstEdition} + n FROM seq`)
  })

  // Deliveries: each edition to a run of distinct subscribers, with their language and municipality.
  const perEdition = Math.ceil(sizes.deliveries / sizes.editions)
  if (perEdition > sizes.subscribers)
    throw new Error('More deliveries per edition than subscribers')
  const editionsPerTransaction = 10
  for (let from = 0; from < sizes.editions; from += editionsPerTransaction) {
    await inTransaction(async () => {
      for (
        let edition = from;
        edition < Math.min(sizes.editions, from + editionsPerTransaction);
        edition++
      ) {
        const count = Math.min(perEdition, sizes.deliveries - edition * perEdition)
        if (count <= 0) break
        const subscriber = `(n + ${edition * 7919}) % ${sizes.subscribers}`
        const state = `CASE WHEN h < 2 THEN 'bounced' WHEN h < 3 THEN 'failed' WHEN h < 4 THEN 'complained' WHEN h < 80 THEN 'delivered' ELSE 'accepted' END`
        const sentAt = `${start} + ${edition} * ${Math.floor(span / sizes.editions)} + n * 180`
        await run(`${counter(count)}
          INSERT INTO deliveries (edition_id, subscriber_id, recipient_key, locale, municipality_id,
            state, batch_key, attempts, accepted_at, delivered_at, opened_at, updated_at, created_at)
          SELECT ${firstEdition + edition}, ${firstSubscriber} + s, CAST(${firstSubscriber} + s AS TEXT),
            ${localeOf('s')}, ${municipalityOf('s')}, ${state}, 'b' || (n / 100), 1,
            CASE WHEN h <> 2 THEN ${isoAt(sentAt)} END,
            CASE WHEN h >= 3 AND h < 80 THEN ${isoAt(`${sentAt} + 60000`)} END,
            CASE WHEN h >= 40 AND h < 80 THEN ${isoAt(`${sentAt} + 3600000`)} END,
            ${isoAt(sentAt)}, ${isoAt(sentAt)}
          FROM (SELECT n, ${subscriber} AS s, (n * 2654435761) % 100 AS h FROM seq)`)
      }
    })
  }

  // Building blocks: copies of the demo's, each with its versions.
  const templates = `templates AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS idx FROM building_blocks)`
  const templateCount = Number(
    (await values('SELECT count(*) AS count FROM building_blocks'))[0]!.count,
  )
  if (!templateCount) throw new Error('Seed the demo data first: no building blocks to copy.')
  const firstBlock = await nextId('building_blocks')
  const firstVersion = await nextId('_building_blocks_v')
  const versions = sizes.versionsPerBlock
  const lastVersion = versions - 1
  const blockAt = `${start} + n * ${Math.floor(span / sizes.buildingBlocks)}`
  const versionAt = `${blockAt} + v * 86400000`
  // The Dutch text changes in every version; a translation last changed in version `n % versions`.
  const titleIn = (version: string) =>
    `CASE WHEN l._locale = 'nl' THEN l.title || ' #' || n || ' v' || (${version})
      ELSE l.title || ' #' || n || ' v' || min(${version}, n % ${versions}) END`
  await inTransaction(async () => {
    await run(`${counter(sizes.buildingBlocks)}, ${templates}
      INSERT INTO building_blocks (id, municipality_id, kind, event_date, image_id, link_url,
        valid_from, valid_until, review_status, review_feedback, submitted_at, reviewed_at,
        reviewed_by_id, updated_at, created_at)
      SELECT ${firstBlock} + n, ${municipalityOf('n')}, b.kind, b.event_date, b.image_id, b.link_url,
        b.valid_from, b.valid_until, b.review_status, b.review_feedback,
        CASE WHEN b.submitted_at IS NOT NULL THEN ${isoAt(blockAt)} END,
        CASE WHEN b.reviewed_at IS NOT NULL THEN ${isoAt(`${blockAt} + 86400000`)} END,
        b.reviewed_by_id, ${isoAt(`${blockAt} + ${lastVersion} * 86400000`)}, ${isoAt(blockAt)}
      FROM seq JOIN templates t ON t.idx = n % ${templateCount} JOIN building_blocks b ON b.id = t.id`)
    await run(`${counter(sizes.buildingBlocks)}, ${templates}
      INSERT INTO building_blocks_locales (title, summary, body, link_label, _locale, _parent_id)
      SELECT ${titleIn(String(lastVersion))}, l.summary, l.body, l.link_label, l._locale,
        ${firstBlock} + n
      FROM seq JOIN templates t ON t.idx = n % ${templateCount}
        JOIN building_blocks_locales l ON l._parent_id = t.id`)
    for (const table of ['themes', 'audiences']) {
      await run(`${counter(sizes.buildingBlocks)}, ${templates}
        INSERT INTO building_blocks_${table} ("order", parent_id, value)
        SELECT x."order", ${firstBlock} + n, x.value
        FROM seq JOIN templates t ON t.idx = n % ${templateCount}
          JOIN building_blocks_${table} x ON x.parent_id = t.id`)
    }
    await run(`${counter(sizes.buildingBlocks * versions)}, ${templates},
      numbered AS (SELECT n / ${versions} AS n, n % ${versions} AS v, n AS k FROM seq)
      INSERT INTO _building_blocks_v (id, parent_id, version_municipality_id, version_kind,
        version_event_date, version_image_id, version_link_url, version_valid_from,
        version_valid_until, version_review_status, version_review_feedback, version_submitted_at,
        version_reviewed_at, version_reviewed_by_id, version_updated_at, version_created_at,
        created_at, updated_at)
      SELECT ${firstVersion} + k, ${firstBlock} + n, ${municipalityOf('n')}, b.kind, b.event_date,
        b.image_id, b.link_url, b.valid_from, b.valid_until, b.review_status, b.review_feedback,
        b.submitted_at, b.reviewed_at, b.reviewed_by_id, ${isoAt(versionAt)}, ${isoAt(blockAt)},
        ${isoAt(versionAt)}, ${isoAt(versionAt)}
      FROM numbered JOIN templates t ON t.idx = n % ${templateCount}
        JOIN building_blocks b ON b.id = t.id`)
    await run(`${counter(sizes.buildingBlocks * versions)}, ${templates},
      numbered AS (SELECT n / ${versions} AS n, n % ${versions} AS v, n AS k FROM seq)
      INSERT INTO _building_blocks_v_locales (version_title, version_summary, version_body,
        version_link_label, _locale, _parent_id)
      SELECT ${titleIn('v')}, l.summary, l.body, l.link_label, l._locale, ${firstVersion} + k
      FROM numbered JOIN templates t ON t.idx = n % ${templateCount}
        JOIN building_blocks_locales l ON l._parent_id = t.id`)
  })

  // Packs: every municipality × audience that has a template, as far as the unique pair allows.
  const packsBefore = Number(
    (await values('SELECT count(*) AS count FROM communication_packs'))[0]!.count,
  )
  const packsPossible = Number(
    (
      await values(
        'SELECT count(*) AS count FROM municipalities CROSS JOIN pack_templates WHERE pack_templates.audience IS NOT NULL',
      )
    )[0]!.count,
  )
  await inTransaction(async () => {
    const firstPack = await nextId('communication_packs')
    await run(`
      INSERT INTO communication_packs (id, municipality_id, template_id, audience, updated_at,
        created_at, _status)
      SELECT ${firstPack} + row_number() OVER (ORDER BY m.id, t.id) - 1, m.id, t.id, t.audience,
        ${nowIso}, ${nowIso}, 'published'
      FROM municipalities m CROSS JOIN pack_templates t
      WHERE t.audience IS NOT NULL AND NOT EXISTS (SELECT 1 FROM communication_packs p
        WHERE p.municipality_id = m.id AND p.audience = t.audience)
      LIMIT ${Math.max(0, sizes.packs - packsBefore)}`)
    await run(`
      INSERT INTO communication_packs_locales (title, _locale, _parent_id)
      SELECT tl.title, tl._locale, p.id FROM communication_packs p
        JOIN pack_templates_locales tl ON tl._parent_id = p.template_id
      WHERE p.id >= ${firstPack} AND tl.title IS NOT NULL`)
  })
  const packs = Number(
    (await values('SELECT count(*) AS count FROM communication_packs'))[0]!.count,
  )
  return { ...sizes, packs, packsPossible }
}
