import { afterEach, describe, expect, it } from 'vitest'

import { sendCampaignReminders } from '@/campaigns/reminders'

import { useIntegration } from '../support/integration'

const { payload, fixtures } = useIntegration({
  emptyAfterEach: ['outbox-messages'],
  // Editors of two municipalities, who are asked, and an adviser, who is not.
  users: {
    aalten: {
      email: 'redactie.aalten@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['aalten'],
    },
    winterswijk: {
      email: 'redactie.winterswijk@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['winterswijk'],
    },
    adviser: { email: 'adviseur.herinnering@test.example', roles: ['regio-redactie'] },
  },
})

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

const moment = async (slug: string) =>
  (await payload.find({ collection: 'campaign-moments', where: { slug: { equals: slug } } }))
    .docs[0]!

// The reminders record the year they were sent on the moments: each test starts with none sent.
afterEach(async () => {
  await payload.db.updateMany({
    collection: 'campaign-moments',
    where: { id: { exists: true } },
    data: { lastReminderYear: null },
  })
})

describe('campaign moment reminders', () => {
  it('should mail the editors of every municipality six weeks before a moment, once per year', async () => {
    // Six weeks before the Week tegen Kindermishandeling of 2027 (15 to 21 November).
    const sixWeeksBefore = new Date('2027-10-05T07:00:00Z')

    expect(await sendCampaignReminders(payload, sixWeeksBefore)).toEqual([
      'week-tegen-kindermishandeling',
    ])
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

  it('should ask editors to check their route to help and pack first before a moment with pack mailings, and not before others', async () => {
    const week = await moment('week-tegen-kindermishandeling')
    const packMailing = await fixtures.edition({
      kind: 'pack-mailing',
      title: 'Het pakket voor scholen',
      packMailing: { audience: 'schools' },
      campaignMoment: week.id,
    })
    expect(await sendCampaignReminders(payload, new Date('2027-10-05T07:00:00Z'))).toEqual([
      'week-tegen-kindermishandeling',
    ])
    const [withPack] = await outbox()
    expect(withPack.text).toContain('Controleer uw route naar hulp')
    expect(withPack.text).toContain('/admin/collections/communication-packs')

    await payload.update({
      collection: 'newsletter-editions',
      id: packMailing.id,
      data: { campaignMoment: null },
    })
    await payload.delete({ collection: 'outbox-messages', where: { id: { exists: true } } })
    await payload.db.updateMany({
      collection: 'campaign-moments',
      where: { id: { exists: true } },
      data: { lastReminderYear: null },
    })
    expect(await sendCampaignReminders(payload, new Date('2027-10-05T07:00:00Z'))).toEqual([
      'week-tegen-kindermishandeling',
    ])
    const [withoutPack] = await outbox()
    expect(withoutPack.text).not.toContain('route naar hulp')
  })

  it('should follow the number of weeks the editor configured for a moment', async () => {
    // The Week tegen Kindermishandeling, a week earlier, has had its reminder this year.
    const week = await moment('week-tegen-kindermishandeling')
    await payload.update({
      collection: 'campaign-moments',
      id: week.id,
      data: { lastReminderYear: 2027 },
    })
    const orange = await moment('orange-the-world')
    await fixtures.update({
      collection: 'campaign-moments',
      id: orange.id,
      data: { reminderWeeksBefore: 2 },
    })

    expect(await sendCampaignReminders(payload, new Date('2027-11-10T07:00:00Z'))).toEqual([])
    expect(await sendCampaignReminders(payload, new Date('2027-11-11T07:00:00Z'))).toEqual([
      'orange-the-world',
    ])
  })
})
