import crypto from 'node:crypto'
import type { TaskConfig } from 'payload'

import type { Audience } from '@/fields/taxonomy'
import type { Locale } from '@/i18n'
import { idFromText } from '@/lib/ids'

import { consentTextVersion } from './consent'
import { registerSignUp, sendWelcomeMail } from './service'

/**
 * A sign-up from the public form or the embeddable endpoint: stores or refreshes the subscriber
 * and sends the confirmation mail, away from the visitor's request (see `subscribe`). The input
 * holds the address only until the job is done: a finished job is deleted.
 */
export const handleSignUpTask: TaskConfig<'handleSignUp'> = {
  slug: 'handleSignUp',
  label: 'Aanmelding verwerken',
  inputSchema: [
    { name: 'email', type: 'text', required: true },
    { name: 'locale', type: 'text', required: true },
    { name: 'municipality', type: 'text' },
    { name: 'audiences', type: 'text', hasMany: true },
    { name: 'consentGivenAt', type: 'text', required: true },
    { name: 'consentSource', type: 'text', required: true },
    { name: 'ipHash', type: 'text' },
  ],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  // One job per address at a time, in the server and the worker alike: two sign-ups for one
  // address at once (a double click, or a flood) are handled one after the other, so the second
  // sees the first one's mail and sends none. The key is a hash, not the address.
  concurrency: ({ input }) => `sign-up:${addressKey(input.email)}`,
  // Should a second job for a new address still run at once (another queue runner), it fails on
  // the unique address; its retry finds the subscriber the first one made.
  retries: { attempts: 3, backoff: { type: 'fixed', delay: 1000 } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const outcome = await registerSignUp({
      payload,
      signUp: {
        email: input.email,
        locale: input.locale as Locale,
        municipality: input.municipality ? idFromText(payload, input.municipality) : null,
        audiences: (input.audiences ?? []) as Audience[],
      },
      consent: {
        givenAt: input.consentGivenAt,
        source: input.consentSource,
        textVersion: consentTextVersion,
        ipHash: input.ipHash ?? undefined,
      },
    })
    return { output: { outcome } }
  },
}

/** The welcome mail after the confirmation button; retried with the same idempotency key. */
export const sendWelcomeMailTask: TaskConfig<'sendWelcomeMail'> = {
  slug: 'sendWelcomeMail',
  label: 'Welkomstmail versturen',
  inputSchema: [
    { name: 'subscriberId', type: 'text', required: true },
    { name: 'confirmedAt', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 2000 } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const outcome = await sendWelcomeMail({
      payload,
      subscriberId: idFromText(payload, input.subscriberId),
      confirmedAt: input.confirmedAt,
    })
    return { output: { outcome } }
  },
}

export const subscriberTasks = [handleSignUpTask, sendWelcomeMailTask]

const addressKey = (email: string) =>
  crypto.createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32)
