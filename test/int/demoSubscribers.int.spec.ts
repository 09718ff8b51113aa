import { describe, expect, it } from 'vitest'

import { demoSubscriberCount, ensureDemoSubscribers } from '@/seed/demoSubscribers'

import { useIntegration } from '../support/integration'

const { payload } = useIntegration({ emptyAfterEach: ['subscribers'] })

describe('demo subscribers', () => {
  it('should add about 200 confirmed example.org subscribers once, spread over languages, municipalities and audiences', async () => {
    expect(await ensureDemoSubscribers(payload)).toBe(demoSubscriberCount)
    expect(await ensureDemoSubscribers(payload)).toBe(0)

    const { docs } = await payload.find({ collection: 'subscribers', pagination: false, depth: 0 })
    expect(docs).toHaveLength(demoSubscriberCount)
    expect(
      docs.every(({ email, status }) => email.endsWith('@example.org') && status === 'confirmed'),
    ).toBe(true)
    expect(new Set(docs.map(({ locale }) => locale))).toEqual(
      new Set(['nl', 'en', 'ar', 'tr', 'pl', 'uk']),
    )
    expect(new Set(docs.map(({ municipality }) => municipality)).size).toBeGreaterThanOrEqual(5)
    expect(new Set(docs.flatMap(({ audiences }) => audiences ?? [])).size).toBeGreaterThanOrEqual(6)
  })
})
