import type { CollectionSlug, Payload, Where } from 'payload'

import { municipalitiesByName } from '@/lib/municipalities'
import { suppressTable } from '@/lib/smallNumbers'

import { quartersOf, yearOf } from './periods'
import type { Period } from './periods'
import { mailStates, regionName, specOf, tableIds } from './tables'
import type { MonitorTable, TableId } from './tables'

/**
 * The monitor's figures, counted in the database: one `count` per municipality and column (rows
 * whose year total is 0 are skipped after one count), and the pre-aggregated download counts read
 * page by page with only the fields needed. Memory stays flat however many subscribers, mails or
 * downloads there are; the number of queries grows with municipalities × columns, not with data
 * (at most about 800 small indexed counts for the whole dashboard: 0.6 s on SQLite, measured with
 * figures in all 18 municipalities).
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
  switch (id) {
    case 'bouwstenen-aangeleverd':
      return quarterGrid(context, 'building-blocks', (period) => within('createdAt', period))
    case 'bouwstenen-gepubliceerd':
      return quarterGrid(context, 'building-blocks', (period) => ({
        and: [{ reviewStatus: { equals: 'approved' } }, within('reviewedAt', period)],
      }))
    case 'mails-per-kwartaal': {
      const editions = await editionsStartedIn(context)
      return quarterGrid(context, 'deliveries', (period): Where | null => {
        const ids = editions.idsIn(period)
        return ids.length
          ? { and: [{ edition: { in: ids } }, { state: { in: [...mailStates.accepted] } }] }
          : null
      })
    }
    case 'mails-per-status': {
      const ids = (await editionsStartedIn(context)).idsIn(context.wholeYear)
      if (!ids.length) return zeroGrid(context, spec.columns.length)
      const inYear: Where = { edition: { in: ids } }
      return grid(context, {
        collection: 'deliveries',
        rowWhere: { and: [inYear, { state: { in: [...mailStates.accepted] } }] },
        cellWhere: (column) => ({
          and: [inYear, { state: { in: [...mailStates[column as keyof typeof mailStates]] } }],
        }),
        columns: spec.columns.map(({ key }) => key),
      })
    }
    case 'mails-per-taal': {
      const ids = (await editionsStartedIn(context)).idsIn(context.wholeYear)
      if (!ids.length) return zeroGrid(context, spec.columns.length)
      const accepted: Where = {
        and: [{ edition: { in: ids } }, { state: { in: [...mailStates.accepted] } }],
      }
      return grid(context, {
        collection: 'deliveries',
        rowWhere: accepted,
        cellWhere: (locale) => ({ and: [accepted, { locale: { equals: locale } }] }),
        columns: spec.columns.map(({ key }) => key),
      })
    }
    case 'aanmeldingen':
      return quarterGrid(context, 'subscribers', (period) => within('confirmedAt', period))
    case 'afmeldingen':
      return quarterGrid(context, 'subscribers', (period) => within('unsubscribedAt', period))
    case 'abonnees-per-taal': {
      const active = activeSubscribersAt(context)
      return grid(context, {
        collection: 'subscribers',
        rowWhere: active,
        cellWhere: (locale) => ({ and: [active, { locale: { equals: locale } }] }),
        columns: spec.columns.map(({ key }) => key),
      })
    }
    case 'abonnees-per-doelgroep': {
      const active = activeSubscribersAt(context)
      return grid(context, {
        collection: 'subscribers',
        rowWhere: active,
        cellWhere: (audience) => ({ and: [active, { audiences: { in: [audience] } }] }),
        columns: spec.columns.map(({ key }) => key),
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
      return packMailingGrid(
        context,
        spec.columns.map(({ key }) => key),
      )
  }
}

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
  if (context.now.toISOString() < end) return { status: { equals: 'confirmed' } }
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

type StartedEditions = { idsIn: (period: Period) => (string | number)[] }

/**
 * The pack mailings' deliveries of the year per municipality and (audience, measure): mailed is
 * accepted by the provider, opened is that and the pack link followed. Counted like every other
 * table, suppressed by `suppressTable`.
 */
const packMailingGrid = async (context: Context, columns: string[]) => {
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
  if (!docs.length) return zeroGrid(context, columns.length)
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
