import { describe, expect, it } from 'vitest'

import { askForBlocksOn, nextOccurrence, occurrenceIn } from '@/campaigns/dateRules'

const weekAgainstChildAbuse = { dateRule: 'week-containing-20-november' } as const

describe('campaign moment dates', () => {
  it('should put the Week tegen Kindermishandeling on the Monday-to-Sunday week containing 20 November', () => {
    expect(occurrenceIn(weekAgainstChildAbuse, 2026)).toEqual({
      startsOn: '2026-11-16',
      endsOn: '2026-11-22',
    })
    // 20 November 2022 was a Sunday, 2023 a Monday: the week ends or starts on that day.
    expect(occurrenceIn(weekAgainstChildAbuse, 2022)).toEqual({
      startsOn: '2022-11-14',
      endsOn: '2022-11-20',
    })
    expect(occurrenceIn(weekAgainstChildAbuse, 2023)).toEqual({
      startsOn: '2023-11-20',
      endsOn: '2023-11-26',
    })
  })

  it('should run Orange the World from 25 November to 10 December every year', () => {
    expect(occurrenceIn({ dateRule: '25-november-to-10-december' }, 2027)).toEqual({
      startsOn: '2027-11-25',
      endsOn: '2027-12-10',
    })
  })

  it('should use the dates the editor entered, only in their year', () => {
    const schoolYear = {
      dateRule: 'entered',
      startsOn: '2027-08-30T00:00:00.000Z',
      endsOn: null,
    } as const
    expect(occurrenceIn(schoolYear, 2027)).toEqual({ startsOn: '2027-08-30', endsOn: '2027-08-30' })
    expect(occurrenceIn(schoolYear, 2028)).toBeUndefined()
    expect(occurrenceIn({ dateRule: 'entered' }, 2027)).toBeUndefined()
  })

  it('should move on to next year once this year’s moment is over', () => {
    expect(nextOccurrence(weekAgainstChildAbuse, new Date('2026-11-29T12:00:00Z'))).toEqual({
      startsOn: '2027-11-15',
      endsOn: '2027-11-21',
    })
  })

  it('should suggest asking for building blocks the configured number of weeks before', () => {
    expect(askForBlocksOn({ startsOn: '2026-11-16', endsOn: '2026-11-22' }, 6)).toBe('2026-10-05')
  })
})
