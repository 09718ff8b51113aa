import { describe, expect, it } from 'vitest'

import { ensureDemoMonitor } from '@/seed/demoMonitor'

import { useIntegration } from '../support/integration'
import { times } from '../support/monitor'

// Everything the demo monitor seed fills, those that point at others first.
const { payload, fixtures } = useIntegration({
  emptyAfterEach: ['deliveries', 'newsletter-editions', 'subscribers', 'pack-downloads'],
})

describe('demo monitor seed', () => {
  it('should add sent editions, deliveries, former subscribers and download counts once', async () => {
    const arnhem = await fixtures.municipalityId('arnhem')
    const winterswijk = await fixtures.municipalityId('winterswijk')
    const before = await payload.count({ collection: 'deliveries' })
    // A few of the demo list's subscribers, confirmed well before the demo editions went out.
    await times(18, (index) =>
      payload.create({
        collection: 'subscribers',
        data: {
          email: `abonnee-${900 + index}@example.org`,
          locale: index % 3 === 0 ? 'ar' : 'nl',
          municipality: index % 2 === 0 ? arnhem : winterswijk,
          status: 'confirmed',
          confirmedAt: new Date(Date.now() - 400 * 24 * 60 * 60 * 1000).toISOString(),
        } as never,
      }),
    )
    expect(await ensureDemoMonitor(payload)).toBe(true)
    expect(await ensureDemoMonitor(payload)).toBe(false)
    const { docs: demoEditions } = await payload.find({
      collection: 'newsletter-editions',
      where: { title: { like: '(verzonden)' } },
      depth: 0,
      pagination: false,
    })
    expect(demoEditions.map(({ status }) => status)).toEqual(['sent', 'sent'])
    const { totalDocs: demoDownloads } = await payload.count({ collection: 'pack-downloads' })
    expect(demoDownloads).toBeGreaterThan(50)
    const { totalDocs: unsubscribed } = await payload.count({
      collection: 'subscribers',
      where: { email: { like: 'oud-abonnee-' } },
    })
    expect(unsubscribed).toBe(8)
    const { totalDocs: bounced } = await payload.count({
      collection: 'deliveries',
      where: {
        and: [
          { edition: { in: demoEditions.map(({ id }) => id) } },
          { state: { equals: 'bounced' } },
        ],
      },
    })
    expect(bounced).toBeGreaterThan(0)
    expect((await payload.count({ collection: 'deliveries' })).totalDocs).toBe(
      before.totalDocs + 2 * 18,
    )
  })
})
