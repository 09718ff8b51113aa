import { sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload, Where } from 'payload'

import type { PackAudience } from '@/fields/taxonomy'
import type { Locale } from '@/i18n'
import { sqliteFastPath } from '@/lib/fastPaths'

/**
 * Download counts of packs and materials: one row per municipality, audience, language, kind and
 * day, incremented in place. Nothing about the person who downloads is kept: no IP address, no
 * cookie, no user agent, no third party.
 */

export type DownloadKind = 'pdf' | 'material'

export type DownloadKey = {
  municipalityId: number | string
  audience: PackAudience
  locale: Locale
  kind: DownloadKind
  /** Defaults to today in the Netherlands; a `YYYY-MM-DD` string or a moment on that day. */
  day?: string | Date
}

/**
 * Adds one to the count of this key, atomically, so concurrent downloads never lose a
 * count. Never throws: a download must not fail because counting did; the problem is logged.
 */
export const countDownload = async (payload: Payload, key: DownloadKey): Promise<void> => {
  try {
    await increment(payload, key)
  } catch (error) {
    payload.logger.error({
      err: error,
      msg: 'Download niet geteld',
      kind: key.kind,
      audience: key.audience,
    })
  }
}

export type DownloadTotals = { pdf: number; material: number; total: number }

/** Sums the counts of the rows matching `where` (for example one municipality and a period). */
export const downloadTotals = async (
  payload: Payload,
  where: Where = {},
): Promise<DownloadTotals> => {
  const { docs } = await payload.find({
    collection: 'pack-downloads',
    where,
    pagination: false,
    depth: 0,
    select: { kind: true, count: true },
  })
  const totals: DownloadTotals = { pdf: 0, material: 0, total: 0 }
  for (const { kind, count } of docs) {
    totals[kind as DownloadKind] += Number(count)
    totals.total += Number(count)
  }
  return totals
}

/** The calendar day in the Netherlands, stored as midnight UTC of that date (a Payload date). */
export const downloadDay = (day: string | Date = new Date()): string => {
  const date =
    typeof day === 'string'
      ? day.slice(0, 10)
      : new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(day)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`Not a day: ${String(day)}`)
  return `${date}T00:00:00.000Z`
}

const increment = async (
  payload: Payload,
  { municipalityId, audience, locale, kind, day }: DownloadKey,
) => {
  const row = { audience, locale, kind, day: downloadDay(day) }
  const now = new Date().toISOString()

  const sqlite = sqliteFastPath(payload)
  if (sqlite) {
    const table = sqlite.tables.pack_downloads
    await sqlite.drizzle
      .insert(table)
      .values({ ...row, municipality: municipalityId, count: 1, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({
        target: [table.municipality, table.audience, table.locale, table.kind, table.day],
        set: { count: sql`${table.count} + 1`, updatedAt: now },
      })
    return
  }

  // The adapter's `$inc` is one atomic update on every database (MongoDB's `$inc`, SQL's
  // `count = count + 1`), so concurrent downloads never lose a count. Only the day's first download
  // creates the row; when two race to create it, the unique index lets one win and the other adds
  // its one to the winner's row.
  const where: Where = {
    and: [
      { municipality: { equals: municipalityId } },
      ...Object.entries(row).map(([field, value]) => ({ [field]: { equals: value } })),
    ],
  }
  const addOne = () =>
    payload.db.updateOne({
      collection: 'pack-downloads',
      where,
      data: { count: { $inc: 1 }, updatedAt: now },
      select: { id: true },
    })
  if (await addOne()) return
  try {
    await payload.db.create({
      collection: 'pack-downloads',
      data: { ...row, municipality: municipalityId, count: 1, createdAt: now, updatedAt: now },
      select: { id: true },
    })
  } catch (error) {
    if (!(await addOne())) throw error
  }
}
