import type { Payload } from 'payload'

import { municipalitiesByName } from '@/lib/municipalities'

import { subscriberStatuses } from './statuses'
import type { SubscriberStatus } from './statuses'

export type MunicipalityCounts = {
  municipality: { id: string | number; name: string }
  byStatus: Record<SubscriberStatus, number>
}

/**
 * Subscribers per municipality and status: what a municipal editor may know about the list.
 * Only counts leave this function, never an address.
 */
export const countSubscribers = async ({
  payload,
  municipalities,
}: {
  payload: Payload
  /** Limit to these municipalities; all when left out. */
  municipalities?: (string | number)[]
}): Promise<MunicipalityCounts[]> => {
  const docs = await municipalitiesByName(payload, { ids: municipalities })
  return Promise.all(
    docs.map(async ({ id, name }) => {
      const counts = await Promise.all(
        subscriberStatuses.map(async (value) => {
          const { totalDocs } = await payload.count({
            collection: 'subscribers',
            where: { and: [{ municipality: { equals: id } }, { status: { equals: value } }] },
          })
          return [value, totalDocs] as const
        }),
      )
      return {
        municipality: { id, name },
        byStatus: Object.fromEntries(counts) as Record<SubscriberStatus, number>,
      }
    }),
  )
}
