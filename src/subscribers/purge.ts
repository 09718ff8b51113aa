import type { Payload, TaskConfig } from 'payload'

/** Unconfirmed sign-ups are kept this long, then deleted: no consent, no reason to hold the address. */
export const unconfirmedRetentionDays = 30

/** Deletes pending sign-ups whose last confirmation mail went out more than 30 days ago. */
export const purgeUnconfirmedSubscribers = async ({
  payload,
  now = new Date(),
}: {
  payload: Payload
  now?: Date
}): Promise<{ purged: number }> => {
  const cutoff = new Date(
    now.getTime() - unconfirmedRetentionDays * 24 * 60 * 60 * 1000,
  ).toISOString()
  const { docs } = await payload.delete({
    collection: 'subscribers',
    where: {
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
    },
    depth: 0,
    select: {},
  })
  return { purged: docs.length }
}

/**
 * Ids of handled webhook events are only needed while the provider may still retry (Resend gives
 * up after about a day), so they are kept for 30 days and then deleted.
 */
export const purgeOldWebhookEvents = async ({
  payload,
  now = new Date(),
}: {
  payload: Payload
  now?: Date
}): Promise<{ purged: number }> => {
  const cutoff = new Date(now.getTime() - 30 * 24 * 60 * 60 * 1000).toISOString()
  const { docs } = await payload.delete({
    collection: 'webhook-events',
    where: { createdAt: { less_than: cutoff } },
    depth: 0,
    select: {},
  })
  return { purged: docs.length }
}

/**
 * A sign-up job holds the address until it is done, and a finished job is deleted at once. One
 * that failed on every try would keep the address: it goes after 30 days, as the unconfirmed
 * sign-ups do.
 */
export const purgeFailedSignUpJobs = async ({
  payload,
  now = new Date(),
}: {
  payload: Payload
  now?: Date
}): Promise<{ purged: number }> => {
  const cutoff = new Date(
    now.getTime() - unconfirmedRetentionDays * 24 * 60 * 60 * 1000,
  ).toISOString()
  const { docs } = await payload.delete({
    collection: 'payload-jobs',
    where: {
      and: [{ taskSlug: { equals: 'handleSignUp' } }, { createdAt: { less_than: cutoff } }],
    },
    depth: 0,
    select: {},
  })
  return { purged: docs.length }
}

/**
 * The outbox keeps what would have been sent while no Resend key is set. It holds addresses and
 * names, so like the other traces it goes after 30 days.
 */
export const purgeOldOutboxMessages = async ({
  payload,
  now = new Date(),
}: {
  payload: Payload
  now?: Date
}): Promise<{ purged: number }> => {
  const cutoff = new Date(now.getTime() - 30 * 24 * 60 * 60 * 1000).toISOString()
  const { docs } = await payload.delete({
    collection: 'outbox-messages',
    where: { createdAt: { less_than: cutoff } },
    depth: 0,
    select: {},
  })
  return { purged: docs.length }
}

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
