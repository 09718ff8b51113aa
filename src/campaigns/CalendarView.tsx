import { getTranslation } from '@payloadcms/translations'
import type { I18n } from '@payloadcms/translations'
import type { AdminViewServerProps } from 'payload'

import { AdminViewFrame } from '@/components/AdminViewFrame'

import { editionStatuses } from '@/collections/NewsletterEditions/shared'
import type { CampaignMoment } from '@/payload-types'
import { calendarEntries, type PlannedEdition, type ReminderState } from './calendar'
import { formatDutchDay, type Occurrence } from './dateRules'

/**
 * The campaign calendar (admin, /admin/campagnekalender): the coming campaign moments with their
 * dates, when to ask the municipalities for building blocks, and the editions planned around
 * each. Plain headings, lists and links, so it reads and works with a keyboard and screen reader.
 */
export const CalendarView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const { payload, user } = req
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
        select: { title: true, status: true, sendAt: true, campaignMoment: true },
        user,
        overrideAccess: false,
      })
    : { docs: [] as PlannedEdition[] }

  const { planned, undated } = calendarEntries({ moments, editions, today: todayIso })

  return (
    <AdminViewFrame view={view}>
      <h1>Campagnekalender</h1>
      <p>
        De komende campagnemomenten, wanneer u de gemeenten om bouwstenen vraagt en welke edities
        eromheen gepland zijn. De redacteuren van alle gemeenten krijgen automatisch een
        herinnering.
      </p>
      {!user && <p>Log in om de kalender te zien.</p>}
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
                  <strong>Vraag gemeenten om bouwstenen:</strong> uiterlijk {formatDay(askOn)} (
                  {weeks} weken vooraf)
                  {reminderTexts[reminder]}
                </p>
                {around.length === 0 ? (
                  <p style={{ margin: 0 }}>
                    Nog geen editie gepland.{' '}
                    <a href="/admin/collections/newsletter-editions/create">
                      Nieuwe editie samenstellen
                    </a>
                  </p>
                ) : (
                  <ul>
                    {around.map((edition) => (
                      <li key={edition.id}>
                        <a href={`/admin/collections/newsletter-editions/${edition.id}`}>
                          {edition.title}
                        </a>
                        {' – '}
                        {statusLabel(edition.status, req.i18n)}
                        {edition.sendAt
                          ? `, verzenden op ${formatDay(edition.sendAt.slice(0, 10))}`
                          : ''}
                      </li>
                    ))}
                  </ul>
                )}
                <p style={{ margin: '0.25rem 0 0' }}>
                  <a href={`/admin/collections/campaign-moments/${moment.id}`}>
                    {moment.name}: datum of herinnering aanpassen
                  </a>
                </p>
              </section>
            </li>
          )
        })}
      </ol>
      {undated.length > 0 && (
        <section aria-labelledby="undated">
          <h2 id="undated">Nog geen datum</h2>
          <p>
            Vul de data in zodra ze bekend zijn; dan verschijnen ze hierboven en gaat de herinnering
            mee.
          </p>
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

const reminderTexts: Record<ReminderState, string> = {
  sent: '. De herinnering is verstuurd.',
  due: '. De herinnering gaat vandaag of morgen uit.',
  scheduled: '. De herinnering gaat op die dag automatisch uit.',
  'too-late': '. Het moment is al begonnen; er gaat geen herinnering meer uit.',
}

const statusLabel = (status: string, i18n: I18n) => {
  const option = editionStatuses.find(({ value }) => value === status)
  return option ? getTranslation(option.label, i18n) : status
}

const period = ({ startsOn, endsOn }: Occurrence) =>
  startsOn === endsOn ? formatDay(startsOn) : `${formatDay(startsOn)} t/m ${formatDay(endsOn)}`

const formatDay = (isoDay: string) => formatDutchDay(isoDay, { withWeekday: true })
