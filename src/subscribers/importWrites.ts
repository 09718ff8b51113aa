import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { inArray, sql } from '@payloadcms/db-sqlite/drizzle'
import type { SQL } from '@payloadcms/db-sqlite/drizzle'
import type { SQLiteTableWithColumns } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import crypto from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'

import { sqliteFastPath } from '@/lib/fastPaths'
import type { Subscriber } from '@/payload-types'

import { historyEntriesFor } from './consentHistory'
import type { ConsentHistoryEntry, ConsentProof } from './consentHistory'
import type { ValidRow } from './import'

export type StoredCounts = { added: number; merged: number }

/**
 * Stores one batch of checked import rows in the transaction of `req`: a new address becomes a
 * confirmed subscriber with the file's consent as proof; a known one is merged (language and
 * municipality from the file, audiences added), and only a pending one is confirmed by it: an
 * import is proof of consent for a sign-up that waits, never a way past an opt-out.
 *
 * On SQLite a batch is a handful of statements (one look-up, multi-row inserts and updates)
 * instead of a create or update through the Local API per row, which tops out at a few hundred
 * rows a second; the rows it writes are the ones the Local API writes (the int suite compares
 * both). Other databases, and SQLite with GENERIC_DATABASE_PATHS=1, take the Local API.
 */
export const storeImportRows = async ({
  payload,
  rows,
  req,
}: {
  payload: Payload
  rows: ValidRow[]
  req: PayloadRequest
}): Promise<StoredCounts> => {
  if (rows.length === 0) return { added: 0, merged: 0 }
  const sqlite = sqliteFastPath(payload)
  return sqlite ? storeWithSql({ sqlite, rows, req }) : storeWithLocalApi({ payload, rows, req })
}

const storeWithLocalApi = async ({
  payload,
  rows,
  req,
}: {
  payload: Payload
  rows: ValidRow[]
  req: PayloadRequest
}): Promise<StoredCounts> => {
  const counts = { added: 0, merged: 0 }
  const { docs } = await payload.find({
    collection: 'subscribers',
    where: { email: { in: [...new Set(rows.map(({ email }) => email))] } },
    pagination: false,
    depth: 0,
    req,
  })
  const existing = new Map<string, Subscriber>(docs.map((doc) => [doc.email, doc]))
  for (const row of rows) {
    const known = existing.get(row.email)
    if (!known) {
      const created = await payload.create({
        collection: 'subscribers',
        data: { email: row.email, ...newSubscriber(row) },
        depth: 0,
        req,
      })
      existing.set(created.email, created)
      counts.added++
      continue
    }
    const merged = await payload.update({
      collection: 'subscribers',
      id: known.id,
      data: mergedSubscriber(known, row),
      depth: 0,
      req,
    })
    existing.set(merged.email, merged)
    counts.merged++
  }
  return counts
}

/** What a new address gets from its row. */
const newSubscriber = (row: ValidRow) => ({
  locale: row.locale ?? 'nl',
  municipality: (row.municipality ?? null) as number | null,
  audiences: row.audiences,
  status: 'confirmed' as const,
  confirmedAt: row.consentDate,
  consent: importConsent(row),
})

/** What a known subscriber takes from a row. */
const mergedSubscriber = (
  known: Pick<Subscriber, 'locale' | 'municipality' | 'audiences' | 'status'>,
  row: ValidRow,
) => ({
  locale: row.locale ?? known.locale,
  municipality: (row.municipality ?? known.municipality ?? null) as number | null,
  audiences: [...new Set([...(known.audiences ?? []), ...row.audiences])],
  ...(known.status === 'pending'
    ? { status: 'confirmed' as const, confirmedAt: row.consentDate, consent: importConsent(row) }
    : {}),
})

const importConsent = (row: ValidRow) => ({
  givenAt: row.consentDate,
  source: row.consentSource,
  textVersion: 'import',
})

/** A subscriber as the SQL path works on it: the columns an import reads or writes. */
type Held = {
  id?: number
  email: string
  locale: Subscriber['locale']
  municipality: number | null
  audiences: NonNullable<Subscriber['audiences']>
  status: Subscriber['status']
  confirmedAt: string | null
  consent: ConsentProof
  /** History entries this batch adds, after `historyCount` earlier ones. */
  added: ConsentHistoryEntry[]
  historyCount: number
  isNew: boolean
  isChanged: boolean
}

const storeWithSql = async ({
  sqlite,
  rows,
  req,
}: {
  sqlite: SQLiteAdapter
  rows: ValidRow[]
  req: PayloadRequest
}): Promise<StoredCounts> => {
  // The batch's transaction, so the rows and the import's progress land together.
  const session = req.transactionID ? sqlite.sessions[await req.transactionID] : undefined
  const db = (session?.db as SQLiteAdapter['drizzle'] | undefined) ?? sqlite.drizzle
  const { subscribers, subscribers_audiences: audiencesTable } = sqlite.tables
  const historyTable = sqlite.tables.subscribers_consent_history
  const now = new Date()
  const timestamp = now.toISOString()
  const emails = [...new Set(rows.map(({ email }) => email))]

  const held = new Map<string, Held>()
  for (const part of chunks(emails, statementRows)) {
    const found = (await db
      .select({
        id: subscribers.id,
        email: subscribers.email,
        locale: subscribers.locale,
        municipality: subscribers.municipality,
        status: subscribers.status,
        confirmedAt: subscribers.confirmedAt,
        givenAt: subscribers.consent_givenAt,
        source: subscribers.consent_source,
        textVersion: subscribers.consent_textVersion,
        ipHash: subscribers.consent_ipHash,
      })
      .from(subscribers)
      .where(inArray(subscribers.email, part))) as {
      id: number
      email: string
      locale: Held['locale']
      municipality: number | null
      status: Held['status']
      confirmedAt: string | null
      givenAt: string | null
      source: string | null
      textVersion: string | null
      ipHash: string | null
    }[]
    for (const { givenAt, source, textVersion, ipHash, ...subscriber } of found) {
      held.set(subscriber.email, {
        ...subscriber,
        consent: { givenAt, source, textVersion, ipHash },
        audiences: [],
        added: [],
        historyCount: 0,
        isNew: false,
        isChanged: false,
      })
    }
  }
  const knownIds = [...held.values()].map(({ id }) => id!)
  const byId = new Map([...held.values()].map((subscriber) => [subscriber.id!, subscriber]))
  for (const part of chunks(knownIds, statementRows)) {
    const audienceRows = (await db
      .select({ parent: audiencesTable.parent, value: audiencesTable.value })
      .from(audiencesTable)
      .where(inArray(audiencesTable.parent, part))
      .orderBy(audiencesTable.order)) as { parent: number; value: Held['audiences'][number] }[]
    for (const { parent, value } of audienceRows) byId.get(parent)?.audiences.push(value)
    const historyCounts = (await db
      .select({ parent: historyTable._parentID, count: sql<number>`count(*)` })
      .from(historyTable)
      .where(inArray(historyTable._parentID, part))
      .groupBy(historyTable._parentID)) as { parent: number; count: number }[]
    for (const { parent, count } of historyCounts) byId.get(parent)!.historyCount = count
  }

  // The rows in file order, as the Local API path takes them: a second row for an address merges
  // into what the first one made.
  const counts = { added: 0, merged: 0 }
  for (const row of rows) {
    const known = held.get(row.email)
    if (!known) {
      const data = newSubscriber(row)
      held.set(row.email, {
        email: row.email,
        ...data,
        added: historyEntriesFor({ before: undefined, after: data, now }),
        historyCount: 0,
        isNew: true,
        isChanged: true,
      })
      counts.added++
      continue
    }
    const data = mergedSubscriber(known, row)
    // As Payload merges a group: the proof fields the row does not set (ipHash) stay.
    const consent = data.consent ? { ...known.consent, ...data.consent } : known.consent
    const after = { status: data.status ?? known.status, consent }
    known.added.push(...historyEntriesFor({ before: known, after, now }))
    Object.assign(known, data, { consent, isChanged: true })
    counts.merged++
  }

  const created = [...held.values()].filter(({ isNew }) => isNew)
  const linkVersions = randomLinkVersions(created.length)
  if (created.length > 0) {
    const ids = await insertRows<{ id: number; email: string }>({
      db,
      table: subscribers,
      rows: created.map((subscriber) => ({
        email: subscriber.email,
        ...columnsOf(subscriber),
        updatedAt: timestamp,
        linkVersion: linkVersions.next(),
        createdAt: timestamp,
      })),
      returning: sql`returning ${sql.identifier(subscribers.id.name)} as id, ${sql.identifier(subscribers.email.name)} as email`,
    })
    for (const { id, email } of ids) held.get(email)!.id = id
  }

  const merged = [...held.values()].filter(({ isNew, isChanged }) => !isNew && isChanged)
  for (const part of chunks(merged, statementRows / 4)) {
    const ids = part.map(({ id }) => id!)
    const caseOf = (value: (subscriber: Held) => unknown) =>
      sql`case ${subscribers.id} ${sql.join(
        part.map((subscriber) => sql`when ${subscriber.id} then ${value(subscriber)}`),
        sql` `,
      )} end`
    await db
      .update(subscribers)
      .set({
        locale: caseOf(({ locale }) => locale),
        municipality: caseOf(({ municipality }) => municipality),
        status: caseOf(({ status }) => status),
        confirmedAt: caseOf(({ confirmedAt }) => confirmedAt),
        consent_givenAt: caseOf(({ consent }) => consent.givenAt ?? null),
        consent_source: caseOf(({ consent }) => consent.source ?? null),
        consent_textVersion: caseOf(({ consent }) => consent.textVersion ?? null),
        updatedAt: timestamp,
      })
      .where(inArray(subscribers.id, ids))
    await db.delete(audiencesTable).where(inArray(audiencesTable.parent, ids))
  }

  const changed = [...created, ...merged]
  const audienceRows = changed.flatMap(({ id, audiences }) =>
    audiences.map((value, index) => ({ order: index + 1, parent: id!, value })),
  )
  await insertRows({ db, table: audiencesTable, rows: audienceRows })
  const rowIds = arrayRowIds(changed.reduce((count, { added }) => count + added.length, 0))
  const historyRows = changed.flatMap(({ id, added, historyCount }) =>
    added.map((entry, index) => ({
      _order: historyCount + index + 1,
      _parentID: id!,
      id: rowIds.next(),
      event: entry.event,
      at: entry.at,
      source: entry.source ?? null,
      textVersion: entry.textVersion ?? null,
      ipHash: entry.ipHash ?? null,
    })),
  )
  await insertRows({ db, table: historyTable, rows: historyRows })
  return counts
}

const columnsOf = (subscriber: Held) => ({
  locale: subscriber.locale,
  municipality: subscriber.municipality,
  status: subscriber.status,
  confirmedAt: subscriber.confirmedAt,
  consent_givenAt: subscriber.consent.givenAt ?? null,
  consent_source: subscriber.consent.source ?? null,
  consent_textVersion: subscriber.consent.textVersion ?? null,
})

/** Rows per look-up or update: well under SQLite's limit of 32,766 bound values. */
const statementRows = 1000

type Drizzle = SQLiteAdapter['drizzle']

/**
 * Inserts rows (objects keyed by the table's column keys, all with the same keys) in one statement
 * that binds one value: the rows as JSON, unpacked by SQLite's `json_each`. Binding a value per
 * column per row costs more than the insert itself: building and binding 20,000 values for 2,000
 * subscribers took longer than SQLite took to store them.
 */
const insertRows = async <Returned = never>({
  db,
  table,
  rows,
  returning,
}: {
  db: Drizzle
  table: SQLiteTableWithColumns<any> // eslint-disable-line @typescript-eslint/no-explicit-any
  rows: Record<string, unknown>[]
  returning?: SQL
}): Promise<Returned[]> => {
  if (rows.length === 0) return []
  const keys = Object.keys(rows[0]!)
  const columns = sql.join(
    keys.map((key) => sql.identifier(table[key].name)),
    sql`, `,
  )
  const values = sql.join(
    keys.map((key) => sql`json_extract(value, ${`$.${key}`})`),
    sql`, `,
  )
  const statement = sql`insert into ${table} (${columns}) select ${values} from json_each(${JSON.stringify(rows)}) ${returning ?? sql``}`
  if (!returning) {
    await db.run(statement)
    return []
  }
  return (await db.all(statement)) as Returned[]
}

const chunks = <Item>(items: Item[], size: number): Item[][] => {
  const parts: Item[][] = []
  for (let start = 0; start < items.length; start += size) {
    parts.push(items.slice(start, start + size))
  }
  return parts
}

/**
 * `count` random values from one draw of random bytes: a draw per row costs more than the row's
 * insert.
 */
const randomDraws = <Value>(count: number, size: number, read: (bytes: Buffer) => Value) => {
  const bytes = crypto.randomBytes(Math.max(count, 1) * size)
  let index = 0
  return {
    next: () => {
      if (index >= count) throw new Error('More random values taken than drawn')
      return read(bytes.subarray(size * index, size * ++index))
    },
  }
}

/** Link versions as `linkVersionField` draws them: 1 to 2^31 - 2. */
const randomLinkVersions = (count: number) =>
  randomDraws(count, 4, (bytes) => (bytes.readUInt32BE(0) % (2 ** 31 - 2)) + 1)

/** The shape of the ids Payload gives array rows (24 hex characters, as a MongoDB ObjectId). */
const arrayRowIds = (count: number) => randomDraws(count, 12, (bytes) => bytes.toString('hex'))
