import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { sql } from '@payloadcms/db-sqlite/drizzle'
import type { SQL } from '@payloadcms/db-sqlite/drizzle'

import type { Period } from './periods'

/**
 * The monitor's counts on SQLite as a few grouped statements instead of hundreds of `count`s:
 * with years of mail (millions of deliveries) the counts took half a minute, these take well under
 * a second. Only for `aggregate.ts`, which keeps the Local API's counts beside them (MongoDB, and
 * `GENERIC_DATABASE_PATHS=1`) and turns both into the same tables; the where-clauses here mirror
 * the `Where`s there, and the int tests compare the two.
 */

export type DeliveryGroup = {
  edition: string
  municipality: string
  state: string
  locale: string
  count: number
  opened: number
}

/**
 * The deliveries of these editions per edition, municipality, state and language, with how many
 * were opened: one pass over the covering index on those columns (Deliveries `indexes`).
 */
export const deliveryGroups = async (
  sqlite: SQLiteAdapter,
  editionIds: (string | number)[],
): Promise<DeliveryGroup[]> => {
  if (!editionIds.length) return []
  const rows = await sqlite.drizzle.all<{
    edition: number
    municipality: number | null
    state: string
    locale: string
    count: number
    opened: number
  }>(sql`
    select edition_id as edition, municipality_id as municipality, state, locale,
      count(*) as count, count(opened_at) as opened
    from deliveries
    where edition_id in (${sql.join(
      editionIds.map((id) => sql`${id}`),
      sql`, `,
    )})
    group by edition_id, municipality_id, state, locale`)
  return rows.flatMap((row) =>
    row.municipality === null
      ? []
      : [{ ...row, edition: String(row.edition), municipality: String(row.municipality) }],
  )
}

export type PeriodGroup = { municipality: string; column: number; count: number }

/**
 * Rows of `table` per municipality and the period (index in `periods`) its `field` falls in,
 * only rows where `condition` holds; rows outside every period are left out.
 */
export const periodGroups = async ({
  sqlite,
  table,
  field,
  periods,
  condition,
}: {
  sqlite: SQLiteAdapter
  table: 'subscribers' | 'building_blocks'
  field: 'confirmed_at' | 'unsubscribed_at' | 'created_at' | 'reviewed_at'
  periods: Period[]
  condition?: SQL
}): Promise<PeriodGroup[]> => {
  const column = sql.identifier(field)
  const first = periods[0]!.from
  const last = periods.at(-1)!.to
  const bucket = sql.join(
    periods.map(({ to }, index) => sql`when ${column} < ${to} then ${index}`),
    sql` `,
  )
  const rows = await sqlite.drizzle.all<{ municipality: number; column: number; count: number }>(
    sql`
    select municipality_id as municipality, case ${bucket} end as "column", count(*) as count
    from ${sql.identifier(table)}
    where municipality_id is not null and ${column} >= ${first} and ${column} < ${last}
      ${condition ? sql`and ${condition}` : sql``}
    group by 1, 2`,
  )
  return rows.map((row) => ({ ...row, municipality: String(row.municipality) }))
}

export type ValueGroup = { municipality: string; value: string; count: number }

/**
 * Subscribers active at the end of a period per municipality and language, or per audience
 * (a subscriber counts once in each of their audiences).
 */
export const activeSubscriberGroups = async ({
  sqlite,
  by,
  activeUntil,
}: {
  sqlite: SQLiteAdapter
  by: 'locale' | 'audience'
  /** Undefined: subscribed now. */
  activeUntil?: string
}): Promise<ValueGroup[]> => {
  const active = activeUntil
    ? sql`s.confirmed_at < ${activeUntil}
        and (s.unsubscribed_at is null or s.unsubscribed_at >= ${activeUntil})`
    : sql`s.status = 'confirmed'`
  const rows = await sqlite.drizzle.all<{ municipality: number; value: string; count: number }>(
    by === 'locale'
      ? sql`
        select s.municipality_id as municipality, s.locale as value, count(*) as count
        from subscribers s
        where s.municipality_id is not null and ${active}
        group by 1, 2`
      : sql`
        -- cross join: SQLite then reads the audiences first, its fastest order here
        select s.municipality_id as municipality, a.value as value, count(distinct s.id) as count
        from subscribers_audiences a cross join subscribers s on s.id = a.parent_id
        where s.municipality_id is not null and ${active}
        group by 1, 2`,
  )
  return rows.map((row) => ({ ...row, municipality: String(row.municipality) }))
}
