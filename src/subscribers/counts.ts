import type { Payload } from 'payload'

import { municipalitiesByName } from '@/lib/municipalities'
import { suppressTable } from '@/lib/smallNumbers'
import type { Shown } from '@/lib/smallNumbers'

import type { SubscriberStatus } from './statuses'

/**
 * The columns of the counts: who receives the newsletter, who has yet to confirm, and who gets no
 * mail any more. Statuses are grouped before suppression: hidden figures cannot be added up later.
 */
export const countGroups = {
  confirmed: ['confirmed'],
  pending: ['pending'],
  stopped: ['unsubscribed', 'bounced', 'complained'],
} as const satisfies Record<string, readonly SubscriberStatus[]>

export type CountGroup = keyof typeof countGroups

export type ShownCounts = Record<CountGroup, Shown>

export type SubscriberCounts = {
  rows: { municipality: { id: string | number; name: string }; counts: ShownCounts }[]
  /** Over all municipalities: only for a viewer who sees every municipality. */
  totals?: ShownCounts
}

/**
 * Subscribers per municipality and group: what an editor may know about the list. Only counts
 * leave this function, never an address, and a count of 1 to 4 only as "<5" (`suppressTable`,
 * with the region's totals). The table is counted and suppressed over all municipalities before
 * the rows in scope are picked, so a municipality's row reads the same to every viewer.
 *
 * A row has no total on purpose: the confirmed count is also the monitor's number of subscribers
 * now, so a row total beside it would give a hidden pending or stopped count away ("total minus
 * confirmed"), and it would cost small municipalities their confirmed count as a secondary "x".
 */
export const countSubscribers = async ({
  payload,
  municipalities,
}: {
  payload: Payload
  /** Limit to these municipalities; all when left out. */
  municipalities?: (string | number)[]
}): Promise<SubscriberCounts> => {
  const docs = await municipalitiesByName(payload)
  const groups = Object.keys(countGroups) as CountGroup[]
  const cells = await Promise.all(
    docs.map(({ id }) =>
      Promise.all(
        groups.map(
          async (group) =>
            (
              await payload.count({
                collection: 'subscribers',
                where: {
                  and: [
                    { municipality: { equals: id } },
                    { status: { in: [...countGroups[group]] } },
                  ],
                },
              })
            ).totalDocs,
        ),
      ),
    ),
  )
  const table = suppressTable({ cells, hasRowTotals: false, hasColumnTotals: true })
  const byGroup = (values: Shown[]) =>
    Object.fromEntries(groups.map((group, index) => [group, values[index]!])) as ShownCounts
  const inScope = (id: string | number) =>
    !municipalities || municipalities.some((own) => String(own) === String(id))
  return {
    rows: docs.flatMap(({ id, name }, index) =>
      inScope(id) ? [{ municipality: { id, name }, counts: byGroup(table.cells[index]!) }] : [],
    ),
    ...(municipalities ? {} : { totals: byGroup(table.columnTotals!) }),
  }
}
