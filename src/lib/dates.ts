/**
 * Dates as people in the region read them, always on the Amsterdam clock whatever the server's
 * time zone, in the admin's language (`nl` or `en`; Dutch for any other). A calendar day
 * (`YYYY-MM-DD`) is read at noon, so no time zone moves it to another day.
 */

type DayOptions = { withWeekday?: boolean }

/** "20 november 2026" or "20 November 2026", optionally with the weekday: "vrijdag 20 november 2026". */
export const formatDay = (
  day: string | Date,
  language: string,
  { withWeekday = false }: DayOptions = {},
) =>
  dateOf(day).toLocaleDateString(intlLocaleOf(language), {
    weekday: withWeekday ? 'long' : undefined,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  })

/** A moment to the minute: "20 november 2026 om 10:00", "20 November 2026 at 10:00". */
export const formatMoment = (moment: string | Date, language: string) =>
  new Date(moment).toLocaleString(intlLocaleOf(language), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  })

const timeZone = 'Europe/Amsterdam'

const intlLocaleOf = (language: string) => (language === 'en' ? 'en-GB' : 'nl-NL')

const dateOf = (day: string | Date) =>
  typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day)
    ? new Date(`${day}T12:00:00Z`)
    : new Date(day)
