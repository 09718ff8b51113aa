import { describe, expect, it } from 'vitest'

import { calendarEntries } from '@/campaigns/calendar'
import type { PlannedEdition } from '@/campaigns/calendar'
import type { CampaignMoment } from '@/payload-types'

const moment = (id: number, fields: Partial<CampaignMoment>): CampaignMoment => ({
  id,
  name: `Moment ${id}`,
  slug: `moment-${id}`,
  dateRule: 'entered',
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
  ...fields,
})

const week = moment(1, {
  name: 'Week tegen Kindermishandeling',
  dateRule: 'week-containing-20-november',
})
const orange = moment(2, { name: 'Orange the World', dateRule: '25-november-to-10-december' })
const schoolYear = moment(3, { name: 'Start schooljaar' })

const edition = (id: number, fields: Partial<PlannedEdition>): PlannedEdition => ({
  id,
  title: `Editie ${id}`,
  status: 'draft',
  sendAt: null,
  campaignMoment: null,
  ...fields,
})

describe('campaign calendar', () => {
  it('should list the occurrences that have not ended, soonest first, and moments without dates apart', () => {
    const { planned, undated } = calendarEntries({
      moments: [week, orange, schoolYear],
      editions: [],
      today: '2026-11-29',
    })
    expect(planned.map(({ moment: { id }, year }) => [id, year])).toEqual([
      [2, 2026],
      [1, 2027],
      [2, 2027],
    ])
    expect(undated.map(({ id }) => id)).toEqual([3])
  })

  it('should show a draft without a send date under its moment’s next occurrence only', () => {
    const { planned } = calendarEntries({
      moments: [orange],
      editions: [edition(10, { campaignMoment: orange.id })],
      today: '2026-06-01',
    })
    expect(planned.map(({ year, editions }) => [year, editions.map(({ id }) => id)])).toEqual([
      [2026, [10]],
      [2027, []],
    ])
  })

  it('should put an edition with a send date under the occurrence whose window holds it', () => {
    const { planned } = calendarEntries({
      moments: [week],
      editions: [
        edition(11, {
          status: 'scheduled',
          sendAt: '2027-11-10T08:00:00.000Z',
          campaignMoment: week.id,
        }),
      ],
      today: '2026-06-01',
    })
    expect(planned.map(({ year, editions }) => [year, editions.map(({ id }) => id)])).toEqual([
      [2026, []],
      [2027, [11]],
    ])
  })

  it('should say the reminder is sent, due, scheduled or too late for a moment already begun', () => {
    const reminders = (today: string, lastReminderYear?: number) =>
      calendarEntries({ moments: [{ ...orange, lastReminderYear }], editions: [], today })
        .planned[0]?.reminder
    expect(reminders('2026-08-01')).toBe('scheduled')
    expect(reminders('2026-10-20')).toBe('due')
    expect(reminders('2026-11-29')).toBe('too-late')
    expect(reminders('2026-11-29', 2026)).toBe('sent')
  })
})
