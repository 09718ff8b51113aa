import { describe, expect, it } from 'vitest'

import { sendSettings } from '@/newsletter/delivery/settings'

import { createEdition, runSendingQueue, seedSubscribers, useSending } from '../support/sending'

const { users, payload, fixtures, rest, fake, edition } = useSending()

describe('scheduling an edition', () => {
  it('should schedule and send through a REST PATCH by the regio-redactie', async () => {
    await seedSubscribers({ payload, count: 3 })
    const doc = await edition()
    const response = await rest('PATCH', `/api/newsletter-editions/${doc.id}`, {
      as: users.adviser,
      body: { status: 'scheduled', sendAt: new Date().toISOString() },
    })
    expect(response.status).toBe(200)
    expect(response.body.doc.status).toBe('scheduled')

    expect(await runSendingQueue(payload, doc.id)).toBe('sent')
    expect(fake.messages).toHaveLength(3)
  })

  it('should not send a scheduled edition before its moment', async () => {
    await seedSubscribers({ payload, count: 3 })
    const doc = await edition()
    await payload.update({
      collection: 'newsletter-editions',
      id: doc.id,
      data: { status: 'scheduled', sendAt: new Date(Date.now() + 3_600_000).toISOString() },
      user: users.adviser,
      overrideAccess: false,
    })
    await payload.jobs.run({ queue: 'sending' })
    const after = await payload.findByID({
      collection: 'newsletter-editions',
      id: doc.id,
      depth: 0,
    })
    expect(after.status).toBe('scheduled')
    expect(fake.requests).toHaveLength(0)
  })

  it('should refuse an edition without approved building blocks, with a clear message', async () => {
    await seedSubscribers({ payload, count: 3 })
    const withdrawn = await fixtures.buildingBlock('arnhem', { reviewStatus: 'approved' })
    const doc = await createEdition({ fixtures, user: users.adviser, blocks: [withdrawn.id] })
    await payload.update({
      collection: 'building-blocks',
      id: withdrawn.id,
      data: { reviewStatus: 'draft' },
      context: { skipReviewWorkflow: true },
    })
    const response = await rest('PATCH', `/api/newsletter-editions/${doc.id}`, {
      as: users.adviser,
      body: { status: 'scheduled', sendAt: new Date().toISOString() },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toBe(
      'Deze editie bevat geen goedgekeurde bouwstenen. Voeg minstens één goedgekeurde bouwsteen toe voordat u hem inplant.',
    )
  })

  it('should refuse an edition nobody would receive, with a clear message', async () => {
    await seedSubscribers({ payload, count: 3, locales: ['nl'] })
    const doc = await edition({ languages: ['uk'] })
    const response = await rest('PATCH', `/api/newsletter-editions/${doc.id}`, {
      as: users.adviser,
      body: { status: 'scheduled', sendAt: new Date().toISOString() },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/^Er zijn geen bevestigde abonnees/)
  })

  it('should ask to send now when the moment lies in the past', async () => {
    await seedSubscribers({ payload, count: 3 })
    const doc = await edition()
    const response = await rest('POST', `/api/newsletter-editions/${doc.id}/sending/schedule`, {
      as: users.adviser,
      body: { sendAt: '2020-01-01T09:00:00.000Z' },
    })
    expect(response.status).toBe(400)
    expect(response.body.error).toMatch(/ligt in het verleden\. Wilt u de editie nu verzenden\?/)
  })

  it('should ask an English admin in English, with the moment as English readers write it', async () => {
    await seedSubscribers({ payload, count: 3 })
    const doc = await edition()
    const response = await rest('POST', `/api/newsletter-editions/${doc.id}/sending/schedule`, {
      as: users.adviser,
      body: { sendAt: '2020-01-01T09:00:00.000Z' },
      language: 'en',
    })
    expect(response.status).toBe(400)
    expect(response.body.error).toBe(
      'The chosen send moment (1 January 2020 at 10:00) lies in the past. Do you want to send the edition now? Then choose "Send now".',
    )
  })

  it('should summarise the audience per language and per municipality, hiding 1 to 4, before scheduling', async () => {
    const arnhem = await fixtures.municipalityId('arnhem')
    const aalten = await fixtures.municipalityId('aalten')
    await seedSubscribers({
      payload,
      count: 12,
      locales: ['nl', 'tr'],
      municipalities: [arnhem, aalten, arnhem],
    })
    const doc = await edition()
    const response = await rest('GET', `/api/newsletter-editions/${doc.id}/sending/summary`, {
      as: users.adviser,
    })
    expect(response.status).toBe(200)
    expect(response.body.problem).toBeNull()
    expect(response.body.audience.total).toBe(12)
    expect(response.body.audience.byLanguage).toEqual([
      { code: 'nl', label: 'Nederlands', count: 6 },
      { code: 'tr', label: 'Türkçe', count: 6 },
    ])
    // Aalten has 4; Arnhem's 8 is hidden too, or 12 minus 8 would give the 4 away.
    expect(
      response.body.audience.byMunicipality.map(
        ({ name, count }: { name: string; count: unknown }) => [name, count],
      ),
    ).toEqual([
      ['Aalten', '<5'],
      ['Arnhem', 'x'],
    ])
  })

  it('should keep the batch size within the provider limit whatever is configured', () => {
    expect(sendSettings({ SEND_BATCH_SIZE: '500' }).batchSize).toBe(100)
    expect(sendSettings({ SEND_RATE_PER_SECOND: 'veel' }).ratePerSecond).toBe(2)
  })
})
