import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload, Where } from 'payload'

import type { PackAudience } from '@/fields/taxonomy'
import type { Locale } from '@/i18n'

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
 * Adds one to the count of this key, atomically (an upsert), so concurrent downloads never lose a
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

  if (payload.db.name === 'sqlite') {
    const sqlite = payload.db as unknown as SQLiteAdapter
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

  if (payload.db.name === 'mongoose') {
    // The Mongoose model casts the ids and the date as the collection's schema says.
    const model = (payload.db as unknown as { collections: Record<string, MongooseModel> })
      .collections['pack-downloads']
    await model.updateOne(
      { ...row, day: new Date(row.day), municipality: municipalityId },
      {
        $inc: { count: 1 },
        $set: { updatedAt: new Date(now) },
        $setOnInsert: { createdAt: new Date(now) },
      },
      { upsert: true },
    )
    return
  }

  throw new Error(`Download counting does not support the ${payload.db.name} adapter`)
}

type MongooseModel = {
  updateOne: (filter: object, update: object, options: { upsert: boolean }) => Promise<unknown>
}
