import { subscriberJobsQueue } from '@/subscribers/service'

import { useIntegration } from './integration'
import { rest } from './rest'
import { subscriberCollections } from './subscribers'

/**
 * The set-up of a file about signing up: the harness, emptying what sign-ups leave behind (a job
 * left behind would mail an address a later test uses), and helpers bound to its Payload.
 */
export const useSubscribing = () => {
  const integration = useIntegration({
    emptyAfterEach: ['payload-jobs', ...subscriberCollections],
  })
  const { payload } = integration

  /** The sign-up and welcome jobs: what the server's autorun or the worker does a moment later. */
  const runSubscriberJobs = () => payload.jobs.run({ queue: subscriberJobsQueue })

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
 * A sign-up as a visitor's browser posts it, each from its own address unless one is given, so the
 * rate limit stays out of the way.
 */
const signUp = (body: Record<string, unknown>, ip = `192.0.2.${++ipCounter % 250}`) =>
  rest('POST', '/api/subscribers/subscribe', { body, headers: { 'X-Forwarded-For': ip } })
