/**
 * The periods the monitor reports on: a year and its four quarters, as half-open ranges
 * `[from, to)` of ISO instants. Moments (created, confirmed, sent) are split at midnight in the
 * Netherlands; calendar days that are stored as midnight UTC of their date (download counts) are
 * split at midnight UTC, so each falls in the quarter of its own date.
 */

export type Period = { key: string; from: string; to: string }

export type PeriodKind = 'moment' | 'calendarDay'

export const quarterKeys = ['K1', 'K2', 'K3', 'K4'] as const

export const quartersOf = (year: number, kind: PeriodKind = 'moment'): Period[] =>
  quarterKeys.map((key, index) => ({
    key,
    from: startOfMonth(year, index * 3, kind),
    to: startOfMonth(year, index * 3 + 3, kind),
  }))

export const yearOf = (year: number, kind: PeriodKind = 'moment'): Period => ({
  key: String(year),
  from: startOfMonth(year, 0, kind),
  to: startOfMonth(year + 1, 0, kind),
})

/** The year shown when none is asked for: the current one in the Netherlands. */
export const currentYear = (now = new Date()) =>
  Number(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric' }).format(now))

/** A year from a query string, or the current year when it is missing or not a sensible year. */
export const parseYear = (value: unknown, now = new Date()): number => {
  const year = Number(value)
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : currentYear(now)
}

const timeZone = 'Europe/Amsterdam'

const startOfMonth = (year: number, monthIndex: number, kind: PeriodKind) => {
  const midnightUtc = Date.UTC(year, monthIndex, 1)
  if (kind === 'calendarDay') return new Date(midnightUtc).toISOString()
  return new Date(midnightUtc - offsetMs(new Date(midnightUtc))).toISOString()
}

/** How far the Netherlands is ahead of UTC at this instant (one hour in winter, two in summer). */
const offsetMs = (instant: Date) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    })
      .formatToParts(instant)
      .map(({ type, value }) => [type, Number(value)]),
  )
  const local = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!)
  return local - instant.getTime()
}
