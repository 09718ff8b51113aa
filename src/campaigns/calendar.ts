import type { CampaignMoment, NewsletterEdition } from '@/payload-types'

import { askForBlocksOn, occurrenceIn } from './dateRules'
import type { Occurrence } from './dateRules'
import { defaultReminderWeeks } from './reminders'

/** Editions sent up to this long before a moment count as planned around it. */
const leadWeeks = 8

export type PlannedEdition = Pick<
  NewsletterEdition,
  'id' | 'title' | 'status' | 'sendAt' | 'campaignMoment'
> &
  Partial<Pick<NewsletterEdition, 'kind'>>

export type ReminderState = 'sent' | 'due' | 'scheduled' | 'too-late'

export type CalendarEntry = {
  moment: CampaignMoment
  year: number
  occurrence: Occurrence
  weeks: number
  askOn: string
  reminder: ReminderState
  editions: PlannedEdition[]
}

/**
 * What the campaign calendar shows on `today` (an ISO day): each moment's occurrences this year
 * and next that have not ended, soonest first, with when to ask for building blocks, what the
 * reminder does and the editions planned around it. An edition with a send date belongs to the
 * occurrence whose window holds that date; a draft without one, to its moment's next occurrence
 * only (not to every year's).
 */
export const calendarEntries = ({
  moments,
  editions,
  today,
}: {
  moments: CampaignMoment[]
  editions: PlannedEdition[]
  today: string
}): { planned: CalendarEntry[]; undated: CampaignMoment[] } => {
  const thisYear = Number(today.slice(0, 4))
  const years = [thisYear, thisYear + 1]
  const upcoming = moments
    .flatMap((moment) =>
      years.map((year) => ({ moment, year, occurrence: occurrenceIn(moment, year) })),
    )
    .filter((entry): entry is { moment: CampaignMoment; year: number; occurrence: Occurrence } =>
      Boolean(entry.occurrence && entry.occurrence.endsOn >= today),
    )
    .sort((a, b) => a.occurrence.startsOn.localeCompare(b.occurrence.startsOn))

  const seen = new Set<CampaignMoment['id']>()
  const planned = upcoming.map(({ moment, year, occurrence }) => {
    const isNext = !seen.has(moment.id)
    seen.add(moment.id)
    const weeks = moment.reminderWeeksBefore ?? defaultReminderWeeks
    const askOn = askForBlocksOn(occurrence, weeks)
    return {
      moment,
      year,
      occurrence,
      weeks,
      askOn,
      reminder: reminderState({ moment, year, occurrence, askOn, today }),
      editions: editions.filter((edition) => isAround(edition, moment, occurrence, isNext)),
    }
  })
  const undated = moments.filter((moment) => !seen.has(moment.id))
  return { planned, undated }
}

/** The reminder job runs daily from the ask date until the moment starts (see reminders.ts). */
const reminderState = ({
  moment,
  year,
  occurrence,
  askOn,
  today,
}: {
  moment: CampaignMoment
  year: number
  occurrence: Occurrence
  askOn: string
  today: string
}): ReminderState => {
  if (moment.lastReminderYear === year) return 'sent'
  if (today >= occurrence.startsOn) return 'too-late'
  return askOn <= today ? 'due' : 'scheduled'
}

const isAround = (
  edition: PlannedEdition,
  moment: CampaignMoment,
  occurrence: Occurrence,
  isNextOccurrence: boolean,
) => {
  const momentId =
    typeof edition.campaignMoment === 'object' ? edition.campaignMoment?.id : edition.campaignMoment
  if (!edition.sendAt)
    return isNextOccurrence && momentId === moment.id && edition.status === 'draft'
  const sendDay = edition.sendAt.slice(0, 10)
  const isInWindow =
    sendDay >= askForBlocksOn(occurrence, leadWeeks) && sendDay <= occurrence.endsOn
  return isInWindow && (momentId === moment.id || momentId === undefined || momentId === null)
}
