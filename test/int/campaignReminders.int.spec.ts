import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sendCampaignReminders } from '@/campaigns/reminders'
import { createFixtures } from '../support/fixtures'
import { startPayload } from '../support/payload'

let payload: Payload
let fixtures: ReturnType<typeof createFixtures>

const outbox = async () =>
  (
    await payload.find({
      collection: 'outbox-messages',
      where: { subject: { contains: 'Bouwstenen gevraagd' } },
      pagination: false,
      depth: 0,
      sort: 'to',
    })
  ).docs

beforeAll(async () => {
  delete process.env.RESEND_API_KEY
  payload = await startPayload()
  fixtures = createFixtures(payload)
  await fixtures.user({
    email: 'redactie.aalten@test.example',
    roles: ['gemeente-redactie'],
    municipalities: ['aalten'],
  })
  await fixtures.user({
    email: 'redactie.winterswijk@test.example',
    roles: ['gemeente-redactie'],
    municipalities: ['winterswijk'],
  })
  await fixtures.user({ email: 'adviseur.herinnering@test.example', roles: ['regio-redactie'] })
})

afterAll(async () => {
  await payload.db.deleteMany({ collection: 'outbox-messages', where: { id: { exists: true } } })
  await payload.db.updateMany({
    collection: 'campaign-moments',
    where: { id: { exists: true } },
    data: { lastReminderYear: null },
  })
  await fixtures.cleanup()
  await payload.destroy()
})

describe('campaign moment reminders', () => {
  it('should mail the editors of every municipality six weeks before a moment, once per year', async () => {
    // Six weeks before the Week tegen Kindermishandeling of 2027 (15 to 21 November).
    const sixWeeksBefore = new Date('2027-10-05T07:00:00Z')

    expect(await sendCampaignReminders(payload, sixWeeksBefore)).toEqual(['week-tegen-kindermishandeling'])
    expect(await sendCampaignReminders(payload, new Date('2027-10-06T07:00:00Z'))).toEqual([])

    const messages = await outbox()
    expect(messages.map((message) => message.to)).toEqual([
      'redactie.aalten@test.example',
      'redactie.winterswijk@test.example',
    ])
    expect(messages[0].subject).toBe(
      'Bouwstenen gevraagd voor Week tegen Kindermishandeling (15 november 2027 tot en met 21 november 2027)',
    )
    expect(messages[0].text).toContain('/admin/collections/building-blocks/create')
  })

  it('should follow the number of weeks the editor configured for a moment', async () => {
    const orange = (
      await payload.find({ collection: 'campaign-moments', where: { slug: { equals: 'orange-the-world' } } })
    ).docs[0]
    await payload.update({ collection: 'campaign-moments', id: orange.id, data: { reminderWeeksBefore: 2 } })

    expect(await sendCampaignReminders(payload, new Date('2027-11-10T07:00:00Z'))).toEqual([])
    expect(await sendCampaignReminders(payload, new Date('2027-11-11T07:00:00Z'))).toEqual(['orange-the-world'])
  })
})
