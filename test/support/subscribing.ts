import { clientAddressHeader } from '@/lib/clientAddress'
import { subscriberJobsQueue } from '@/subscribers/service'

import type { NewUser } from './fixtures'
import { useIntegration } from './integration'
import { rest } from './rest'
import { subscriberCollections } from './subscribers'

/**
 * The set-up of a file about signing up: the harness, emptying what sign-ups leave behind (a job
 * left behind would mail an address a later test uses), and helpers bound to its Payload.
 */
export const useSubscribing = <TUsers extends Record<string, NewUser> = Record<never, NewUser>>({
  users,
}: { users?: TUsers } = {}) => {
  const integration = useIntegration({
    users,
    emptyAfterEach: ['payload-jobs', ...subscriberCollections],
  })
  const { payload } = integration

  /**
   * The sign-up and welcome jobs: what the server's autorun or the worker does a moment later. A
   * run does one job per address (its concurrency key) and leaves the others for the next run,
   * so this runs until none is left.
   */
  const runSubscriberJobs = async () => {
    for (let run = 0; run < 20; run += 1) {
      const result = await payload.jobs.run({ queue: subscriberJobsQueue })
      if (!result.jobStatus || Object.keys(result.jobStatus).length === 0) return
    }
  }

  /** A sign-up and the job that follows it. */
  const signUpAndRun = async (body: Record<string, unknown>) => {
    const response = await signUp(body)
    await runSubscriberJobs()
    return response
  }

  const subscriberByEmail = async (email: string) =>
    (
      await payload.find({
        collection: 'subscribers',
        where: { email: { equals: email } },
        limit: 1,
        depth: 0,
      })
    ).docs[0]

  return {
    ...integration,
    signUp,
    runSubscriberJobs,
    signUpAndRun,
    subscriberByEmail,
    /** Someone who signed up and has not confirmed yet. */
    pendingSubscriber: async (email: string) => {
      await signUpAndRun({ email })
      return (await subscriberByEmail(email))!
    },
  }
}

let ipCounter = 0

/**
 * A sign-up as a visitor's browser posts it through the app's server (which sets the client
 * address), each from its own address unless one is given, so the rate limit stays out of the way.
 */
const signUp = (body: Record<string, unknown>, ip = `192.0.2.${++ipCounter % 250}`) =>
  rest('POST', '/api/subscribers/subscribe', { body, headers: { [clientAddressHeader]: ip } })
