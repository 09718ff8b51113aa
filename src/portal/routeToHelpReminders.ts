import type { Payload, TaskConfig } from 'payload'

import { defaultLocale } from '@/i18n'
import { publicUrl } from '@/lib/env'
import { municipalEditors } from '@/lib/municipalities'
import { renderRouteToHelpReminder } from '@/mail/transactional'
import { sendEmail } from '@/mail/transports'
import type { Municipality } from '@/payload-types'
import { routeToHelpOf } from '@/reference/routeToHelp'

/** After the first reminder about a stale route to help, at most one more per this many days. */
export const routeToHelpReminderIntervalDays = 30

/**
 * Mails the editors of every municipality whose route to help is stale (checked more than a
 * year ago) to check it again: once, then at most monthly, until someone checks it (a new check
 * clears `verification.reminderSentAt`). A route never checked is not stale: the portal shows the
 * regional route there, and the readiness view lists it. Returns the slugs reminded about.
 */
export const sendRouteToHelpReminders = async (payload: Payload, now = new Date()) => {
  const { docs: municipalities } = await payload.find({
    collection: 'municipalities',
    where: { 'verification.checkedAt': { exists: true } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const reminded: string[] = []
  for (const municipality of municipalities) {
    const check = routeToHelpOf(municipality, { now })
    if (check.status !== 'stale' || !isReminderDue(municipality, now)) continue
    const sentAt = now.toISOString()
    // Recorded before mailing: a crash then costs one reminder, never a second one. Nothing
    // public changes, so the portal's cache stays.
    await payload.update({
      collection: 'municipalities',
      id: municipality.id,
      data: { verification: { ...municipality.verification, reminderSentAt: sentAt } },
      overrideAccess: true,
      context: { skipPortalRevalidation: true },
    })
    await mailEditors(payload, {
      municipality,
      checkedAt: check.checkedAt!,
      checkedBy: check.checkedBy!,
      sentAt,
    })
    reminded.push(municipality.slug)
  }
  return reminded
}

/** Every morning at seven, with the campaign reminders. */
export const routeToHelpRemindersTask: TaskConfig<'routeToHelpReminders'> = {
  slug: 'routeToHelpReminders',
  label: 'Herinneringen route naar hulp',
  inputSchema: [],
  outputSchema: [],
  schedule: [{ cron: '0 7 * * *', queue: 'default' }],
  handler: async ({ req }) => {
    await sendRouteToHelpReminders(req.payload)
    return { output: {} }
  },
}

const isReminderDue = (municipality: Municipality, now: Date) => {
  const sentAt = municipality.verification?.reminderSentAt
  if (!sentAt) return true
  return now.getTime() - new Date(sentAt).getTime() >= routeToHelpReminderIntervalDays * dayInMs
}

const mailEditors = async (
  payload: Payload,
  {
    municipality,
    checkedAt,
    checkedBy,
    sentAt,
  }: { municipality: Municipality; checkedAt: string; checkedBy: string; sentAt: string },
) => {
  const editors = await municipalEditors(payload, { municipality: municipality.id })
  const municipalityUrl = `${publicUrl()}/admin/collections/municipalities/${municipality.id}`
  for (const editor of editors) {
    // Users keep no language of their own, so editors are written to in Dutch.
    const rendered = await renderRouteToHelpReminder({
      locale: defaultLocale,
      editorName: editor.name ?? undefined,
      municipalityName: municipality.name,
      checkedAt,
      checkedBy,
      municipalityUrl,
    })
    await sendEmail(
      payload,
      {
        to: editor.email,
        ...rendered,
        tags: [
          { name: 'kind', value: 'route-to-help-reminder' },
          { name: 'municipality', value: municipality.slug.replace(/[^a-zA-Z0-9_-]/g, '_') },
        ],
      },
      // A retried job reaches the provider with the same key: no editor gets it twice.
      {
        idempotencyKey: `route-to-help-reminder:${municipality.id}:${sentAt.slice(0, 10)}:${editor.id}`,
      },
    )
  }
}

const dayInMs = 24 * 60 * 60 * 1000
