import { getTranslation } from '@payloadcms/translations'
import type { I18n } from '@payloadcms/translations'
import { formatDate } from '@payloadcms/ui/shared'
import type { AdminViewServerProps, PayloadRequest } from 'payload'

import { AdminViewFrame } from '@/components/AdminViewFrame'
import { adminT } from '@/i18n/admin'
import type { AdminTranslationKey } from '@/i18n/admin'
import type { CampaignMoment } from '@/payload-types'

import { calendarEntries } from './calendar'
import type { PlannedEdition, ReminderState } from './calendar'
import type { Occurrence } from './dateRules'

/**
 * The campaign calendar (admin, /admin/campagnekalender): the coming campaign moments with their
 * dates, when to ask the municipalities for building blocks, and the editions planned around
 * each. Plain headings, lists and links, so it reads and works with a keyboard and screen reader.
 */
export const CalendarView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const { payload, user, i18n } = req
  const t = adminT(i18n)
  const day = (isoDay: string) => formatDay(isoDay, i18n)
  const period = ({ startsOn, endsOn }: Occurrence) =>
    startsOn === endsOn
      ? day(startsOn)
      : t('custom:campaigns:calendar:period', { start: day(startsOn), end: day(endsOn) })
  const today = new Date()
  const todayIso = today.toISOString().slice(0, 10)

  const { docs: moments } = user
    ? await payload.find({
        collection: 'campaign-moments',
        pagination: false,
        depth: 0,
        user,
        overrideAccess: false,
      })
    : { docs: [] as CampaignMoment[] }
  const { docs: editions } = user
    ? await payload.find({
        collection: 'newsletter-editions',
        pagination: false,
        depth: 0,
        select: { title: true, kind: true, status: true, sendAt: true, campaignMoment: true },
        user,
        overrideAccess: false,
      })
    : { docs: [] as PlannedEdition[] }

  const { planned, undated } = calendarEntries({ moments, editions, today: todayIso })

  return (
    <AdminViewFrame view={view}>
      <h1>{t('custom:campaigns:calendar:title')}</h1>
      <p>{t('custom:campaigns:calendar:intro')}</p>
      {!user && <p>{t('custom:campaigns:calendar:logIn')}</p>}
      <ol style={{ listStyle: 'none', padding: 0 }}>
        {planned.map(({ moment, year, occurrence, weeks, askOn, reminder, editions: around }) => {
          const headingId = `moment-${moment.id}-${year}`
          return (
            <li key={headingId} style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
              <section aria-labelledby={headingId}>
                <h2 id={headingId} style={{ marginBottom: '0.25rem' }}>
                  {moment.name} <span style={{ fontWeight: 400 }}>({period(occurrence)})</span>
                </h2>
                <p style={{ margin: '0 0 0.25rem' }}>
                  <strong>{t('custom:campaigns:calendar:askForBlocks')}</strong>{' '}
                  {t('custom:campaigns:calendar:askBy', { date: day(askOn), weeks })}.{' '}
                  {t(reminderTexts[reminder])}
                </p>
                {around.length === 0 ? (
                  <p style={{ margin: 0 }}>
                    {t('custom:campaigns:calendar:noEdition')}{' '}
                    <a href="/admin/collections/newsletter-editions/create">
                      {t('custom:campaigns:calendar:composeEdition')}
                    </a>
                  </p>
                ) : (
                  <ul>
                    {around.map((edition) => (
                      <li key={edition.id}>
                        <a href={`/admin/collections/newsletter-editions/${edition.id}`}>
                          {edition.title}
                        </a>
                        {edition.kind === 'pack-mailing'
                          ? ` (${t('custom:packMailings:kinds:packMailing')})`
                          : ''}
                        {' – '}
                        {statusLabel(req, edition.status)}
                        {edition.sendAt
                          ? `, ${t('custom:campaigns:calendar:sendsOn', { date: day(edition.sendAt.slice(0, 10)) })}`
                          : ''}
                      </li>
                    ))}
                  </ul>
                )}
                <p style={{ margin: '0.25rem 0 0' }}>
                  <a href={`/admin/collections/campaign-moments/${moment.id}`}>
                    {t('custom:campaigns:calendar:adjust', { moment: moment.name })}
                  </a>
                </p>
              </section>
            </li>
          )
        })}
      </ol>
      {undated.length > 0 && (
        <section aria-labelledby="undated">
          <h2 id="undated">{t('custom:campaigns:calendar:undated')}</h2>
          <p>{t('custom:campaigns:calendar:undatedIntro')}</p>
          <ul>
            {undated.map((moment) => (
              <li key={moment.id}>
                <a href={`/admin/collections/campaign-moments/${moment.id}`}>{moment.name}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </AdminViewFrame>
  )
}

const reminderTexts: Record<ReminderState, AdminTranslationKey> = {
  sent: 'custom:campaigns:calendar:reminderSent',
  due: 'custom:campaigns:calendar:reminderDue',
  scheduled: 'custom:campaigns:calendar:reminderScheduled',
  'too-late': 'custom:campaigns:calendar:reminderTooLate',
}

/** The status as the edition's own select shows it, in the admin's language. */
const statusLabel = ({ payload, i18n }: PayloadRequest, status: string) => {
  const field = payload.collections['newsletter-editions'].config.flattenedFields.find(
    ({ name }) => name === 'status',
  )
  const option =
    field?.type === 'select'
      ? field.options.find((option) => typeof option === 'object' && option.value === status)
      : undefined
  return typeof option === 'object' ? getTranslation(option.label, i18n) : status
}

/** A calendar day with its weekday, in the reader's language, as it falls in the Netherlands. */
const formatDay = (isoDay: string, i18n: I18n) =>
  formatDate({
    date: `${isoDay}T12:00:00Z`,
    i18n,
    pattern: 'EEEE d MMMM yyyy',
    timezone: 'Europe/Amsterdam',
  })
