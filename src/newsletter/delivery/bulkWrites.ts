import { inArray, sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import { sqliteFastPath } from '@/lib/fastPaths'

import type { NewDelivery } from './state'

/**
 * The two writes the sender makes per recipient, done per batch, for `state.ts` only. Through the
 * adapter a row costs about 1-2 ms on SQLite: for 100 recipients that is a large part of the half
 * second the provider allows per request, and the send would fall behind the rate. On SQLite each
 * is one statement; other databases take the adapter's row-by-row path.
 */

/** Rows another worker froze at the same moment are left as they are (unique index). */
export const insertDeliveries = async (payload: Payload, rows: NewDelivery[]) => {
  if (rows.length === 0) return
  const sqlite = sqliteFastPath(payload)
  if (sqlite) {
    await sqlite.drizzle
      .insert(sqlite.tables.deliveries)
      .values(rows as unknown as Record<string, unknown>[])
      .onConflictDoNothing()
    return
  }
  for (const data of rows) {
    await payload.db.create({ collection: 'deliveries', data }).catch(() => undefined)
  }
}

export type AcceptedDelivery = { id: string | number; providerMessageId: string }

export const markAccepted = async ({
  payload,
  deliveries,
  attempts,
  acceptedAt,
}: {
  payload: Payload
  deliveries: AcceptedDelivery[]
  attempts: number
  acceptedAt: string
}) => {
  if (deliveries.length === 0) return
  const sqlite = sqliteFastPath(payload)
  if (sqlite) {
    const table = sqlite.tables.deliveries
    const messageIds = sql.join(
      deliveries.map(({ id, providerMessageId }) => sql`when ${id} then ${providerMessageId}`),
      sql` `,
    )
    await sqlite.drizzle
      .update(table)
      .set({
        state: 'accepted',
        providerMessageId: sql`case ${table.id} ${messageIds} end`,
        acceptedAt,
        attempts,
        lastError: null,
        updatedAt: acceptedAt,
      })
      .where(
        inArray(
          table.id,
          deliveries.map(({ id }) => id),
        ),
      )
    return
  }
  for (const { id, providerMessageId } of deliveries) {
    await payload.db.updateOne({
      collection: 'deliveries',
      id,
      data: { state: 'accepted', providerMessageId, acceptedAt, attempts, lastError: null },
      returning: false,
    })
  }
}
