import { label } from '@/fields/labels'

/**
 * When the campaign moments fall. Two follow a fixed rule every year; the others change per year
 * (school regions, organisers) and are entered by the editor.
 */
export const dateRules = [
  {
    value: 'week-containing-20-november',
    label: label('custom:campaigns:weekMondaySundayContaining20'),
  },
  {
    value: '25-november-to-10-december',
    label: label('custom:campaigns:n25November10December'),
  },
  {
    value: 'entered',
    label: label('custom:campaigns:datesEnteredEditors'),
  },
] as const

export type DateRule = (typeof dateRules)[number]['value']

/** Calendar days as `YYYY-MM-DD`, so no time zone moves a moment to the day before. */
export type Occurrence = { startsOn: string; endsOn: string }

export type MomentDates = {
  dateRule?: DateRule | null
  startsOn?: string | null
  endsOn?: string | null
}

/** The moment's dates in `year`, or undefined when the editor has not entered dates for that year. */
export const occurrenceIn = (moment: MomentDates, year: number): Occurrence | undefined => {
  if (moment.dateRule === 'week-containing-20-november') {
    const twentieth = Date.UTC(year, 10, 20)
    // getUTCDay: Sunday 0 ... Saturday 6; the week starts on Monday.
    const daysSinceMonday = (new Date(twentieth).getUTCDay() + 6) % 7
    const monday = twentieth - daysSinceMonday * day
    return { startsOn: isoDay(monday), endsOn: isoDay(monday + 6 * day) }
  }
  if (moment.dateRule === '25-november-to-10-december') {
    return { startsOn: isoDay(Date.UTC(year, 10, 25)), endsOn: isoDay(Date.UTC(year, 11, 10)) }
  }
  if (!moment.startsOn) return undefined
  const startsOn = moment.startsOn.slice(0, 10)
  if (Number(startsOn.slice(0, 4)) !== year) return undefined
  return { startsOn, endsOn: (moment.endsOn ?? moment.startsOn).slice(0, 10) }
}

/** The first occurrence that has not ended on `today` (this year's, else next year's). */
export const nextOccurrence = (moment: MomentDates, today: Date): Occurrence | undefined => {
  const todayIso = isoDay(today.getTime())
  for (const year of [today.getUTCFullYear(), today.getUTCFullYear() + 1]) {
    const occurrence = occurrenceIn(moment, year)
    if (occurrence && occurrence.endsOn >= todayIso) return occurrence
  }
  return undefined
}

/** The day to ask municipalities for building blocks: `weeks` weeks before the moment starts. */
export const askForBlocksOn = (occurrence: Occurrence, weeks: number) =>
  isoDay(Date.parse(`${occurrence.startsOn}T00:00:00Z`) - weeks * 7 * day)

const day = 24 * 60 * 60 * 1000

export const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10)
