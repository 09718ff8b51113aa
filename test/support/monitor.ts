import { beforeAll } from 'vitest'

import type { Locale } from '@/i18n'
import type { MonitorTable, TableId } from '@/monitor/tables'
import type { DeliveryState } from '@/newsletter/delivery/state'
import type { User } from '@/payload-types'

import type { Fixtures } from './fixtures'

/**
 * A known data set in 2025 (with a few rows in 2024 and 2026 that must not count) for Arnhem and
 * Winterswijk, made once for the file, with an editor of Arnhem and a regional adviser to read it.
 */
export const useMonitorYear = (fixtures: Fixtures) => {
  const made = {} as {
    arnhem: number | string
    winterswijk: number | string
    editor: User
    regional: User
  }
  beforeAll(async () => {
    Object.assign(made, await seedMonitorYear(fixtures))
  })
  return made
}

export const tableOf = (tables: MonitorTable[], id: TableId) =>
  tables.find((table) => table.id === id)!

export const rowOf = (table: MonitorTable, id: number | string) => {
  const row = table.rows.find((candidate) => candidate.id === String(id))!
  return [...row.cells, ...(row.total === undefined ? [] : [row.total])]
}

export const totalsOf = (table: MonitorTable) => [
  ...table.totals!.cells,
  ...(table.totals!.total === undefined ? [] : [table.totals!.total]),
]

/** Runs `make` for 0 … count - 1, one after the other. */
export const times = async <T>(count: number, make: (index: number) => Promise<T>) => {
  for (let index = 0; index < count; index++) await make(index)
}

const seedMonitorYear = async (fixtures: Fixtures) => {
  const arnhem = await fixtures.municipalityId('arnhem')
  const winterswijk = await fixtures.municipalityId('winterswijk')
  const editor = await fixtures.user({
    email: 'monitor.arnhem@test.example',
    roles: ['gemeente-redactie'],
    municipalities: ['arnhem'],
  })
  const regional = await fixtures.user({
    email: 'monitor.regio@test.example',
    roles: ['regio-redactie'],
  })

  const block = (municipality: number | string, data: Record<string, unknown>) =>
    fixtures.create(
      'building-blocks',
      { title: 'Bouwsteen voor de monitor', kind: 'news', municipality, ...data } as never,
      { context: { skipReviewWorkflow: true } },
    )
  const edition = (title: string, startedAt: string) =>
    fixtures.create(
      'newsletter-editions',
      {
        title,
        status: 'sent',
        sections: [],
        sending: { startedAt, finishedAt: startedAt, isSnapshotComplete: true },
      },
      { context: { isDeliveryEngine: true } },
    )
  const deliveries = (
    count: number,
    data: {
      edition: number | string
      municipality: number | string
      locale: Locale
      state: DeliveryState
    },
  ) => times(count, () => fixtures.create('deliveries', data as never))
  let subscriberNumber = 0
  const subscribers = (count: number, data: Record<string, unknown>) =>
    times(count, () =>
      fixtures.create('subscribers', {
        email: `monitor-${++subscriberNumber}@test.example`,
        ...data,
      } as never),
    )
  const downloads = (data: Record<string, unknown>) =>
    fixtures.create('pack-downloads', data as never)

  // Building blocks: Arnhem 6 in Q1 and 5 in Q3, Winterswijk 8 in Q2; approved: Arnhem 5 in Q2,
  // Winterswijk 2 in Q4 (a small number).
  await times(6, () => block(arnhem, { createdAt: '2025-02-03T10:00:00.000Z' }))
  await times(5, () =>
    block(arnhem, {
      createdAt: '2025-08-01T10:00:00.000Z',
      reviewStatus: 'approved',
      reviewedAt: '2025-05-20T10:00:00.000Z',
    }),
  )
  await times(8, () => block(winterswijk, { createdAt: '2025-04-01T08:00:00.000Z' }))
  await times(2, () =>
    block(winterswijk, {
      createdAt: '2024-12-01T10:00:00.000Z',
      reviewStatus: 'approved',
      reviewedAt: '2025-11-11T10:00:00.000Z',
    }),
  )

  // Editions: one sent in Q2, one in Q4 2025, one in 2024 that must not count.
  const may = await edition('Monitor mei', '2025-05-10T08:00:00.000Z')
  const november = await edition('Monitor november', '2025-11-02T08:00:00.000Z')
  const older = await edition('Monitor 2024', '2024-06-01T08:00:00.000Z')
  await deliveries(6, { edition: may.id, municipality: arnhem, locale: 'nl', state: 'delivered' })
  await deliveries(5, { edition: may.id, municipality: arnhem, locale: 'nl', state: 'bounced' })
  await deliveries(3, { edition: may.id, municipality: arnhem, locale: 'nl', state: 'failed' })
  await deliveries(5, {
    edition: may.id,
    municipality: winterswijk,
    locale: 'tr',
    state: 'delivered',
  })
  await deliveries(7, {
    edition: november.id,
    municipality: arnhem,
    locale: 'ar',
    state: 'accepted',
  })
  await deliveries(5, { edition: older.id, municipality: arnhem, locale: 'nl', state: 'delivered' })

  // Subscribers: Arnhem 6 stay, 5 leave in Q3; Winterswijk 5 in Q2; one pending, one from 2026.
  await subscribers(6, {
    municipality: arnhem,
    locale: 'nl',
    audiences: ['schools'],
    status: 'confirmed',
    confirmedAt: '2025-02-14T09:00:00.000Z',
  })
  await subscribers(5, {
    municipality: arnhem,
    locale: 'nl',
    audiences: ['residents'],
    status: 'unsubscribed',
    confirmedAt: '2025-02-20T09:00:00.000Z',
    unsubscribedAt: '2025-08-20T09:00:00.000Z',
  })
  await subscribers(5, {
    municipality: winterswijk,
    locale: 'tr',
    audiences: ['schools', 'employers'],
    status: 'confirmed',
    confirmedAt: '2025-04-02T09:00:00.000Z',
  })
  await subscribers(1, { municipality: arnhem, locale: 'nl', status: 'pending' })
  await subscribers(1, {
    municipality: arnhem,
    locale: 'nl',
    status: 'confirmed',
    confirmedAt: '2026-01-05T09:00:00.000Z',
  })

  // Downloads (already counted per day): 2024-12-31 and 2026-01-01 fall outside 2025.
  const download = { audience: 'schools', locale: 'nl', kind: 'pdf' }
  await downloads({ ...download, municipality: arnhem, day: '2025-02-10T00:00:00.000Z', count: 30 })
  await downloads({
    ...download,
    municipality: arnhem,
    kind: 'material',
    day: '2025-02-11T00:00:00.000Z',
    count: 6,
  })
  await downloads({
    ...download,
    municipality: arnhem,
    audience: 'employers',
    locale: 'en',
    day: '2025-05-05T00:00:00.000Z',
    count: 7,
  })
  await downloads({
    ...download,
    municipality: winterswijk,
    day: '2025-12-31T00:00:00.000Z',
    count: 8,
  })
  await downloads({
    ...download,
    municipality: arnhem,
    day: '2024-12-31T00:00:00.000Z',
    count: 100,
  })
  await downloads({ ...download, municipality: arnhem, day: '2026-01-01T00:00:00.000Z', count: 50 })

  return { arnhem, winterswijk, editor, regional }
}
