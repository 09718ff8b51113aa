import type { Payload, TaskConfig } from 'payload'

import { defaultLocale } from '@/i18n'
import { publicUrl } from '@/lib/env'
import { municipalEditors } from '@/lib/municipalities'
import { renderCampaignReminder } from '@/mail/transactional'
import { sendEmail } from '@/mail/transports'
import type { CampaignMoment } from '@/payload-types'

import { askForBlocksOn, nextOccurrence } from './dateRules'
import type { Occurrence } from './dateRules'

export const defaultReminderWeeks = 6

/**
 * Mails the editors of every municipality when a campaign moment is its configured number of
 * weeks away, asking for building blocks: once per moment per year, however often it runs.
 * Returns the slugs of the moments reminded about.
 */
export const sendCampaignReminders = async (payload: Payload, now = new Date()) => {
  const { docs: moments } = await payload.find({
    collection: 'campaign-moments',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const today = now.toISOString().slice(0, 10)
  const reminded: string[] = []
  for (const moment of moments) {
    const occurrence = nextOccurrence(moment, now)
    if (!occurrence) continue
    const year = Number(occurrence.startsOn.slice(0, 4))
    const weeks = moment.reminderWeeksBefore ?? defaultReminderWeeks
    const isDue = today >= askForBlocksOn(occurrence, weeks) && today < occurrence.startsOn
    if (!isDue || moment.lastReminderYear === year) continue
    // Recorded before mailing: a crash then costs one reminder, never a second one.
    await payload.update({
      collection: 'campaign-moments',
      id: moment.id,
      data: { lastReminderYear: year },
      overrideAccess: true,
    })
    await mailEditors(payload, moment, occurrence, year)
    reminded.push(moment.slug)
  }
  return reminded
}

/** Every morning at seven; the queue is worked by the server and by `npm run worker`. */
export const campaignRemindersTask: TaskConfig<'campaignReminders'> = {
  slug: 'campaignReminders',
  label: 'Herinneringen campagnemomenten',
  inputSchema: [],
  outputSchema: [],
  schedule: [{ cron: '0 7 * * *', queue: 'default' }],
  handler: async ({ req }) => {
    await sendCampaignReminders(req.payload)
    return { output: {} }
  },
}

const mailEditors = async (
  payload: Payload,
  moment: CampaignMoment,
  occurrence: Occurrence,
  year: number,
) => {
  const editors = await municipalEditors(payload)
  const createBlockUrl = `${publicUrl()}/admin/collections/building-blocks/create`
  const packCheck = (await hasPackMailings(payload, moment))
    ? {
        routeToHelpUrl: `${publicUrl()}/admin/collections/municipalities`,
        packsUrl: `${publicUrl()}/admin/collections/communication-packs`,
      }
    : undefined
  for (const editor of editors) {
    // Users keep no language of their own, so editors are written to in Dutch.
    const rendered = await renderCampaignReminder({
      locale: defaultLocale,
      editorName: editor.name ?? undefined,
      momentName: moment.name,
      startsOn: occurrence.startsOn,
      endsOn: occurrence.endsOn,
      createBlockUrl,
      packCheck,
    })
    await sendEmail(
      payload,
      {
        to: editor.email,
        ...rendered,
        tags: [
          { name: 'kind', value: 'campaign-reminder' },
          { name: 'moment', value: moment.slug.replace(/[^a-zA-Z0-9_-]/g, '_') },
        ],
      },
      // A retried job reaches the provider with the same key: no editor gets it twice.
      { idempotencyKey: `campaign-reminder:${moment.slug}:${year}:${editor.id}` },
    )
  }
}

/** The start of the school year always brings the schools' pack; other moments when planned. */
const packMailingMoment = 'start-schooljaar'

const hasPackMailings = async (payload: Payload, moment: CampaignMoment) =>
  moment.slug === packMailingMoment ||
  (
    await payload.count({
      collection: 'newsletter-editions',
      where: {
        and: [
          { kind: { equals: 'pack-mailing' } },
          { campaignMoment: { equals: moment.id } },
          { status: { in: ['draft', 'scheduled'] } },
        ],
      },
      overrideAccess: true,
    })
  ).totalDocs > 0
