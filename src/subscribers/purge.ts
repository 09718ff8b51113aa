import type { Payload, TaskConfig, Where } from 'payload'

/** Unconfirmed sign-ups are kept this long, then deleted: no consent, no reason to hold the address. */
export const unconfirmedRetentionDays = 30

type PurgeOptions = { payload: Payload; now?: Date }

/** The moment `days` days before `now`, as Payload compares dates. */
const daysBefore = (now: Date, days: number) =>
  new Date(now.getTime() - days * 24 * 60 * 60 * 1000).toISOString()

/** Deletes what `where` picks from `collection`; only the count comes back, no documents. */
const purge = async (
  payload: Payload,
  collection: 'subscribers' | 'webhook-events' | 'payload-jobs' | 'outbox-messages',
  where: Where,
): Promise<{ purged: number }> => {
  const { docs } = await payload.delete({ collection, where, depth: 0, select: {} })
  return { purged: docs.length }
}

/** Deletes pending sign-ups whose last confirmation mail went out more than 30 days ago. */
export const purgeUnconfirmedSubscribers = ({ payload, now = new Date() }: PurgeOptions) => {
  const cutoff = daysBefore(now, unconfirmedRetentionDays)
  return purge(payload, 'subscribers', {
    and: [
      { status: { equals: 'pending' } },
      {
        or: [
          { lastConfirmationSentAt: { less_than: cutoff } },
          {
            and: [
              { lastConfirmationSentAt: { exists: false } },
              { createdAt: { less_than: cutoff } },
            ],
          },
        ],
      },
    ],
  })
}

/**
 * Ids of handled webhook events are only needed while the provider may still retry (Resend gives
 * up after about a day), so they are kept for 30 days and then deleted.
 */
export const purgeOldWebhookEvents = ({ payload, now = new Date() }: PurgeOptions) =>
  purge(payload, 'webhook-events', { createdAt: { less_than: daysBefore(now, 30) } })

/**
 * A sign-up job holds the address until it is done, and a finished job is deleted at once. One
 * that failed on every try would keep the address: it goes after 30 days, as the unconfirmed
 * sign-ups do.
 */
export const purgeFailedSignUpJobs = ({ payload, now = new Date() }: PurgeOptions) =>
  purge(payload, 'payload-jobs', {
    and: [
      { taskSlug: { equals: 'handleSignUp' } },
      { createdAt: { less_than: daysBefore(now, unconfirmedRetentionDays) } },
    ],
  })

/**
 * The outbox keeps what would have been sent while no Resend key is set. It holds addresses and
 * names, so like the other traces it goes after 30 days.
 */
export const purgeOldOutboxMessages = ({ payload, now = new Date() }: PurgeOptions) =>
  purge(payload, 'outbox-messages', { createdAt: { less_than: daysBefore(now, 30) } })

/** Runs every night; the queue is worked by the app's own job runner (see `jobs.autoRun`). */
export const purgeUnconfirmedSubscribersTask: TaskConfig<{
  input: Record<string, never>
  output: {
    purged: number
    webhookEventsPurged: number
    signUpJobsPurged: number
    outboxMessagesPurged: number
  }
}> = {
  slug: 'purgeUnconfirmedSubscribers',
  label: 'Onbevestigde aanmeldingen opruimen',
  schedule: [{ cron: '0 3 * * *', queue: 'nightly' }],
  handler: async ({ req }) => {
    const { purged } = await purgeUnconfirmedSubscribers({ payload: req.payload })
    const webhookEvents = await purgeOldWebhookEvents({ payload: req.payload })
    const signUpJobs = await purgeFailedSignUpJobs({ payload: req.payload })
    const outbox = await purgeOldOutboxMessages({ payload: req.payload })
    return {
      output: {
        purged,
        webhookEventsPurged: webhookEvents.purged,
        signUpJobsPurged: signUpJobs.purged,
        outboxMessagesPurged: outbox.purged,
      },
    }
  },
}
