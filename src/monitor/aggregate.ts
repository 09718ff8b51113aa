import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { sql } from '@payloadcms/db-sqlite/drizzle'
import type { CollectionSlug, Payload, Where } from 'payload'

import { sqliteFastPath } from '@/lib/fastPaths'
import { municipalitiesByName } from '@/lib/municipalities'
import { suppressTable } from '@/lib/smallNumbers'

import { quartersOf, yearOf } from './periods'
import type { Period } from './periods'
import { activeSubscriberGroups, deliveryGroups, periodGroups } from './sqliteCounts'
import type { DeliveryGroup } from './sqliteCounts'
import { mailStates, regionName, specOf, tableIds } from './tables'
import type { MonitorTable, TableId } from './tables'

/**
 * The monitor's figures, counted in the database: one `count` per municipality and column (rows
 * whose year total is 0 are skipped after one count), and the pre-aggregated download counts read
 * page by page with only the fields needed. Memory stays flat however many subscribers, mails or
 * downloads there are; the number of queries grows with municipalities × columns, not with data
 * (at most about 800 small indexed counts for the whole dashboard: 0.6 s on SQLite, measured with
 * figures in all 18 municipalities). On SQLite the same figures come from a few grouped statements
 * (`sqliteCounts.ts`): with years of mail the counts per cell took half a minute.
 *
 * Tables are computed and suppressed over all municipalities; `scopeTables` then picks the rows a
 * viewer may see.
 */

export type MunicipalityRef = { id: string | number; name: string }

export type MonitorData = {
  year: number
  municipalities: MunicipalityRef[]
  tables: MonitorTable[]
}

export const computeMonitor = async ({
  payload,
  year,
  tables = tableIds,
  now = new Date(),
}: {
  payload: Payload
  year: number
  tables?: readonly TableId[]
  now?: Date
}): Promise<MonitorData> => {
  const docs = await municipalitiesByName(payload)
  const context: Context = {
    payload,
    year,
    now,
    municipalities: docs.map(({ id, name }) => ({ id, name })),
    quarters: quartersOf(year),
    wholeYear: yearOf(year),
    cache: new Map(),
    sqlite: sqliteFastPath(payload),
  }
  const computed: MonitorTable[] = []
  for (const id of tables) computed.push(await computeTable(context, id))
  return { year, municipalities: context.municipalities, tables: computed }
}

export type Scope = { kind: 'all' } | { kind: 'municipality'; id: string | number }

/** The rows a viewer may see; region totals only when every municipality is shown. */
export const scopeTables = (tables: MonitorTable[], scope: Scope): MonitorTable[] =>
  tables.map((table) => {
    if (scope.kind === 'all' || table.isRegional) return table
    const { totals: _regionTotals, ...rest } = table
    return { ...rest, rows: table.rows.filter(({ id }) => id === String(scope.id)) }
  })

type Context = {
  payload: Payload
  year: number
  now: Date
  municipalities: MunicipalityRef[]
  quarters: Period[]
  wholeYear: Period
  cache: Map<string, Promise<unknown>>
  sqlite: SQLiteAdapter | undefined
}

const computeTable = async (context: Context, id: TableId): Promise<MonitorTable> => {
  const spec = specOf(id)
  if (spec.isRegional) {
    const counts = await regionalCounts(context, id)
    const total = counts.reduce((sum, value) => sum + value, 0)
    // Editions are the region's own publications, not people: their counts are shown as they are.
    return { ...spec, id, rows: [{ id: 'regio', name: regionName, cells: counts, total }] }
  }
  const cells = await municipalityCounts(context, id)
  const suppressed = suppressTable({
    cells,
    hasRowTotals: spec.hasRowTotals,
    hasColumnTotals: spec.hasColumnTotals,
  })
  return {
    ...spec,
    id,
    rows: context.municipalities.map(({ id: municipalityId, name }, index) => ({
      id: String(municipalityId),
      name,
      cells: suppressed.cells[index]!,
      ...(suppressed.rowTotals ? { total: suppressed.rowTotals[index]! } : {}),
    })),
    ...(suppressed.columnTotals
      ? {
          totals: {
            cells: suppressed.columnTotals,
            ...(suppressed.grandTotal !== undefined ? { total: suppressed.grandTotal } : {}),
          },
        }
      : {}),
  }
}

const regionalCounts = async (context: Context, id: TableId): Promise<number[]> => {
  if (id !== 'edities-verzonden') throw new Error(`No regional counts for ${id}`)
  return Promise.all(
    context.quarters.map((quarter) =>
      count(context, 'newsletter-editions', {
        and: [
          { status: { equals: 'sent' } },
          { kind: { not_equals: 'pack-mailing' } },
          within('sending.finishedAt', quarter),
        ],
      }),
    ),
  )
}

const municipalityCounts = async (context: Context, id: TableId): Promise<number[][]> => {
  const spec = specOf(id)
  const keys = spec.columns.map(({ key }) => key)
  const { sqlite } = context
  switch (id) {
    case 'bouwstenen-aangeleverd':
      if (sqlite) return periodGrid(context, { table: 'building_blocks', field: 'created_at' })
      return quarterGrid(context, 'building-blocks', (period) => within('createdAt', period))
    case 'bouwstenen-gepubliceerd':
      if (sqlite) {
        return periodGrid(context, {
          table: 'building_blocks',
          field: 'reviewed_at',
          condition: sql`review_status = 'approved'`,
        })
      }
      return quarterGrid(context, 'building-blocks', (period) => ({
        and: [{ reviewStatus: { equals: 'approved' } }, within('reviewedAt', period)],
      }))
    case 'mails-per-kwartaal': {
      const editions = await editionsStartedIn(context)
      if (sqlite) {
        const quarterOf = new Map(
          context.quarters.flatMap((quarter, index) =>
            editions.idsIn(quarter).map((editionId) => [String(editionId), index] as const),
          ),
        )
        return groupGrid(context, {
          groups: (await yearDeliveries(context)).newsletters,
          width: context.quarters.length,
          columnsOf: (group) => {
            const quarter = quarterOf.get(group.edition)
            return isAccepted(group) && quarter !== undefined ? [quarter] : []
          },
        })
      }
      return quarterGrid(context, 'deliveries', (period): Where | null => {
        const ids = editions.idsIn(period)
        return ids.length
          ? { and: [{ edition: { in: ids } }, { state: { in: [...mailStates.accepted] } }] }
          : null
      })
    }
    case 'mails-per-status': {
      const ids = (await editionsStartedIn(context)).idsIn(context.wholeYear)
      if (!ids.length) return zeroGrid(context, keys.length)
      if (sqlite) {
        const states = keys.map((key): readonly string[] => mailStates[key as MailStateKey])
        return groupGrid(context, {
          groups: (await yearDeliveries(context)).newsletters,
          width: states.length,
          columnsOf: (group) =>
            states.flatMap((list, index) => (list.includes(group.state) ? [index] : [])),
        })
      }
      const inYear: Where = { edition: { in: ids } }
      return grid(context, {
        collection: 'deliveries',
        rowWhere: { and: [inYear, { state: { in: [...mailStates.accepted] } }] },
        cellWhere: (column) => ({
          and: [inYear, { state: { in: [...mailStates[column as MailStateKey]] } }],
        }),
        columns: keys,
      })
    }
    case 'mails-per-taal': {
      const ids = (await editionsStartedIn(context)).idsIn(context.wholeYear)
      if (!ids.length) return zeroGrid(context, keys.length)
      if (sqlite) {
        return groupGrid(context, {
          groups: (await yearDeliveries(context)).newsletters,
          width: keys.length,
          columnsOf: (group) => (isAccepted(group) ? indexIn(keys, group.locale) : []),
        })
      }
      const accepted: Where = {
        and: [{ edition: { in: ids } }, { state: { in: [...mailStates.accepted] } }],
      }
      return grid(context, {
        collection: 'deliveries',
        rowWhere: accepted,
        cellWhere: (locale) => ({ and: [accepted, { locale: { equals: locale } }] }),
        columns: keys,
      })
    }
    case 'aanmeldingen':
      if (sqlite) return periodGrid(context, { table: 'subscribers', field: 'confirmed_at' })
      return quarterGrid(context, 'subscribers', (period) => within('confirmedAt', period))
    case 'afmeldingen':
      if (sqlite) return periodGrid(context, { table: 'subscribers', field: 'unsubscribed_at' })
      return quarterGrid(context, 'subscribers', (period) => within('unsubscribedAt', period))
    case 'abonnees-per-taal':
    case 'abonnees-per-doelgroep': {
      const by = id === 'abonnees-per-taal' ? 'locale' : 'audience'
      if (sqlite) {
        const groups = await activeSubscriberGroups({
          sqlite,
          by,
          activeUntil: isCurrentYear(context) ? undefined : context.wholeYear.to,
        })
        return groupGrid(context, {
          groups,
          width: keys.length,
          columnsOf: (group) => indexIn(keys, group.value),
        })
      }
      const active = activeSubscribersAt(context)
      return grid(context, {
        collection: 'subscribers',
        rowWhere: active,
        cellWhere: (value) => ({
          and: [
            active,
            by === 'locale' ? { locale: { equals: value } } : { audiences: { in: [value] } },
          ],
        }),
        columns: keys,
      })
    }
    case 'downloads-per-kwartaal':
      return (await downloadSums(context)).byQuarter
    case 'downloads-per-doelgroep':
      return (await downloadSums(context)).byAudience
    case 'downloads-per-taal':
      return (await downloadSums(context)).byLocale
    case 'edities-verzonden':
      throw new Error('Editions are counted for the region')
    case 'pakketmailings':
      return packMailingGrid(context, keys)
  }
}

type MailStateKey = keyof typeof mailStates

const isAccepted = (group: DeliveryGroup) =>
  (mailStates.accepted as readonly string[]).includes(group.state)

const indexIn = (list: string[], value: string) => {
  const index = list.indexOf(value)
  return index >= 0 ? [index] : []
}

/**
 * Sums grouped counts into the municipality × column grid: `columnsOf` says which columns a
 * group counts in (none, one, or several, as a state does in "accepted" and "delivered").
 */
const groupGrid = <Group extends { municipality: string; count: number }>(
  context: Context,
  {
    groups,
    width,
    columnsOf,
  }: {
    groups: Group[]
    width: number
    columnsOf: (group: Group) => number[]
  },
): number[][] => {
  const rowOf = new Map(context.municipalities.map(({ id }, index) => [String(id), index]))
  const rows = zeroGrid(context, width)
  for (const group of groups) {
    const row = rowOf.get(group.municipality)
    if (row === undefined) continue
    for (const column of columnsOf(group)) rows[row]![column]! += group.count
  }
  return rows
}

/** The quarters of the year by the moment in `field`, counted in one grouped statement. */
const periodGrid = async (
  context: Context,
  options: Omit<Parameters<typeof periodGroups>[0], 'sqlite' | 'periods'>,
) =>
  groupGrid(context, {
    groups: (
      await periodGroups({ ...options, sqlite: context.sqlite!, periods: context.quarters })
    ).map(({ column, ...group }) => ({ ...group, columns: [column] })),
    width: context.quarters.length,
    columnsOf: (group: { columns: number[] }) => group.columns,
  })

/** The newsletter and pack-mailing deliveries of the year, grouped once for every mail table. */
const yearDeliveries = (
  context: Context,
): Promise<{ newsletters: DeliveryGroup[]; packMailings: DeliveryGroup[] }> =>
  cached(context, 'deliveryGroups', async () => {
    const newsletterIds = (await editionsStartedIn(context)).idsIn(context.wholeYear)
    const packMailingIds = (await packMailingsOfYear(context)).map(({ id }) => id)
    const groups = await deliveryGroups(context.sqlite!, [...newsletterIds, ...packMailingIds])
    const isNewsletter = new Set(newsletterIds.map(String))
    return {
      newsletters: groups.filter(({ edition }) => isNewsletter.has(edition)),
      packMailings: groups.filter(({ edition }) => !isNewsletter.has(edition)),
    }
  })

const zeroGrid = (context: Context, width: number) =>
  context.municipalities.map(() => Array<number>(width).fill(0))

const count = async (context: Context, collection: CollectionSlug, where: Where) =>
  (await context.payload.count({ collection, where, overrideAccess: true })).totalDocs

const within = (field: string, { from, to }: Period): Where => ({
  and: [{ [field]: { greater_than_equal: from } }, { [field]: { less_than: to } }],
})

/**
 * Counts per municipality (rows) and column. `rowWhere` must include every column's matches:
 * a municipality with nothing in the row is not asked about each column.
 */
const grid = async (
  context: Context,
  {
    collection,
    rowWhere,
    cellWhere,
    columns,
  }: {
    collection: CollectionSlug
    rowWhere: Where
    /** `null`: nothing can match (for example a quarter without editions), so 0 without asking. */
    cellWhere: (column: string) => Where | null
    columns: string[]
  },
): Promise<number[][]> => {
  const rows: number[][] = []
  for (const { id } of context.municipalities) {
    const ofMunicipality: Where = { municipality: { equals: id } }
    const rowCount = await count(context, collection, { and: [ofMunicipality, rowWhere] })
    if (rowCount === 0) {
      rows.push(columns.map(() => 0))
      continue
    }
    const cells: number[] = []
    for (const column of columns) {
      const where = cellWhere(column)
      cells.push(where ? await count(context, collection, { and: [ofMunicipality, where] }) : 0)
    }
    rows.push(cells)
  }
  return rows
}

const quarterGrid = async (
  context: Context,
  collection: CollectionSlug,
  inPeriod: (period: Period) => Where | null,
) => {
  const rowWhere = inPeriod(context.wholeYear)
  if (!rowWhere) return zeroGrid(context, context.quarters.length)
  return grid(context, {
    collection,
    rowWhere,
    cellWhere: (key) => inPeriod(context.quarters.find((quarter) => quarter.key === key)!),
    columns: context.quarters.map(({ key }) => key),
  })
}

/** Subscribers at the end of the year; for this year (or later): those subscribed now. */
const activeSubscribersAt = (context: Context): Where => {
  const end = context.wholeYear.to
  if (isCurrentYear(context)) return { status: { equals: 'confirmed' } }
  return {
    and: [
      { confirmedAt: { less_than: end } },
      {
        or: [
          { unsubscribedAt: { exists: false } },
          { unsubscribedAt: { greater_than_equal: end } },
        ],
      },
    ],
  }
}

/** This year or a later one: who is subscribed now counts, not who was at the end of the year. */
const isCurrentYear = (context: Context) => context.now.toISOString() < context.wholeYear.to

type StartedEditions = { idsIn: (period: Period) => (string | number)[] }

/**
 * The pack mailings' deliveries of the year per municipality and (audience, measure): mailed is
 * accepted by the provider, opened is that and the pack link followed. Counted like every other
 * table, suppressed by `suppressTable`.
 */
const packMailingGrid = async (context: Context, columns: string[]) => {
  const docs = await packMailingsOfYear(context)
  if (!docs.length) return zeroGrid(context, columns.length)
  if (context.sqlite) {
    const audienceOf = new Map(
      docs.map(({ id, packMailing }) => [String(id), packMailing?.audience]),
    )
    const { packMailings } = await yearDeliveries(context)
    return groupGrid(context, {
      groups: packMailings.flatMap((group) =>
        isAccepted(group)
          ? [
              { ...group, measure: 'mailed' },
              { ...group, measure: 'opened', count: group.opened },
            ]
          : [],
      ),
      width: columns.length,
      columnsOf: (group: DeliveryGroup & { measure: string }) =>
        indexIn(columns, `${audienceOf.get(group.edition)}:${group.measure}`),
    })
  }
  const mailed: Where = {
    and: [
      { edition: { in: docs.map(({ id }) => id) } },
      { state: { in: [...mailStates.accepted] } },
    ],
  }
  return grid(context, {
    collection: 'deliveries',
    rowWhere: mailed,
    cellWhere: (column) => {
      const [audience, measure] = column.split(':')
      const ids = docs.filter((doc) => doc.packMailing?.audience === audience).map(({ id }) => id)
      if (!ids.length) return null
      return {
        and: [
          mailed,
          { edition: { in: ids } },
          ...(measure === 'opened' ? [{ openedAt: { exists: true } }] : []),
        ],
      }
    },
    columns,
  })
}

/** The pack mailings that started sending in the year, with their audience. */
const packMailingsOfYear = (context: Context) =>
  cached(context, 'packMailings', async () => {
    const { docs } = await context.payload.find({
      collection: 'newsletter-editions',
      where: {
        and: [{ kind: { equals: 'pack-mailing' } }, within('sending.startedAt', context.wholeYear)],
      },
      pagination: false,
      depth: 0,
      select: { packMailing: { audience: true } },
      overrideAccess: true,
    })
    return docs
  })

/**
 * Newsletter mails count in the quarter their edition started sending; a handful of editions a
 * year. Pack mailings have their own table.
 */
const editionsStartedIn = (context: Context): Promise<StartedEditions> =>
  cached(context, 'editions', async () => {
    const { docs } = await context.payload.find({
      collection: 'newsletter-editions',
      where: {
        and: [
          { kind: { not_equals: 'pack-mailing' } },
          within('sending.startedAt', context.wholeYear),
        ],
      },
      pagination: false,
      depth: 0,
      select: { sending: { startedAt: true } },
      overrideAccess: true,
    })
    const started = docs.map(({ id, sending }) => ({ id, startedAt: String(sending?.startedAt) }))
    return {
      idsIn: ({ from, to }: Period) =>
        started.filter(({ startedAt }) => startedAt >= from && startedAt < to).map(({ id }) => id),
    }
  })

type DownloadSums = { byQuarter: number[][]; byAudience: number[][]; byLocale: number[][] }

const downloadPageSize = 500

/** One pass over the year's download counts (already one row per key and day), page by page. */
const downloadSums = (context: Context): Promise<DownloadSums> =>
  cached(context, 'downloads', async () => {
    const rowOf = new Map(context.municipalities.map(({ id }, index) => [String(id), index]))
    const quarters = quartersOf(context.year, 'calendarDay')
    const audienceKeys = specOf('downloads-per-doelgroep').columns.map(({ key }) => key)
    const localeKeys = specOf('downloads-per-taal').columns.map(({ key }) => key)
    const sums: DownloadSums = {
      byQuarter: zeroGrid(context, quarters.length),
      byAudience: zeroGrid(context, audienceKeys.length),
      byLocale: zeroGrid(context, localeKeys.length),
    }
    const where = within('day', yearOf(context.year, 'calendarDay'))
    for (let page = 1; ; page++) {
      const result = await context.payload.find({
        collection: 'pack-downloads',
        where,
        page,
        limit: downloadPageSize,
        sort: 'id',
        depth: 0,
        select: { municipality: true, audience: true, locale: true, day: true, count: true },
        overrideAccess: true,
      })
      for (const { municipality, audience, locale, day, count: downloads } of result.docs) {
        const municipalityId = typeof municipality === 'object' ? municipality?.id : municipality
        const row = rowOf.get(String(municipalityId))
        if (row === undefined) continue
        const quarter = quarters.findIndex(({ from, to }) => day >= from && day < to)
        const value = Number(downloads) || 0
        if (quarter >= 0) sums.byQuarter[row]![quarter]! += value
        const audienceIndex = audienceKeys.indexOf(audience)
        if (audienceIndex >= 0) sums.byAudience[row]![audienceIndex]! += value
        const localeIndex = localeKeys.indexOf(locale)
        if (localeIndex >= 0) sums.byLocale[row]![localeIndex]! += value
      }
      if (!result.hasNextPage) break
    }
    return sums
  })

const cached = <T>(context: Context, key: string, compute: () => Promise<T>): Promise<T> => {
  if (!context.cache.has(key)) context.cache.set(key, compute())
  return context.cache.get(key) as Promise<T>
}
