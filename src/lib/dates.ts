/**
 * Dates as people in the region read them, always on the Amsterdam clock whatever the server's
 * time zone. A calendar day (`YYYY-MM-DD`) is read at noon, so no time zone moves it to another day.
 */

type DayOptions = { withWeekday?: boolean }

/** "20 november 2026", optionally with the weekday: "vrijdag 20 november 2026". */
export const formatDutchDay = (day: string | Date, options: DayOptions = {}) =>
  formatDay(day, 'nl-NL', options)

/** The same day for a reader who chose English: "20 November 2026". */
export const formatEnglishDay = (day: string | Date, options: DayOptions = {}) =>
  formatDay(day, 'en-GB', options)

/** A moment to the minute: "20 november 2026 om 10:00". */
export const formatDutchMoment = (moment: string | Date) =>
  new Date(moment).toLocaleString('nl-NL', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  })

const timeZone = 'Europe/Amsterdam'

const formatDay = (day: string | Date, locale: string, { withWeekday = false }: DayOptions) =>
  dateOf(day).toLocaleDateString(locale, {
    weekday: withWeekday ? 'long' : undefined,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  })

const dateOf = (day: string | Date) =>
  typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day)
    ? new Date(`${day}T12:00:00Z`)
    : new Date(day)
