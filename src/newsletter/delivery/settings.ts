import { positiveNumber } from '@/lib/env'
import { providerMaxBatchSize } from '@/mail/transports/limits'

export type SendSettings = {
  /** Requests per second the provider allows this team (Resend's default is 2). */
  ratePerSecond: number
  /** Recipients per batch request: at most what the provider takes in one call. */
  batchSize: number
  /** A batch claimed longer ago than this without a sign of life belongs to a worker that died. */
  leaseSeconds: number
  /** After this many failed attempts in a row the edition pauses instead of hammering on. */
  maxConsecutiveFailures: number
  /** The first wait after a 5xx or lost connection; it doubles per attempt, up to a minute. */
  backoffSeconds: number
  /** A send job hands over to a fresh job after this long, so other jobs get their turn. */
  jobBudgetSeconds: number
}

/**
 * Read on every send rather than at module load: a wrong value must not stop the app from
 * starting, and tests and the benchmark set them per run. Out-of-range values fall back to the
 * nearest safe one instead of throwing in the middle of a send.
 */
export const sendSettings = (
  env: Record<string, string | undefined> = process.env,
): SendSettings => ({
  ratePerSecond: positiveNumber(env.SEND_RATE_PER_SECOND, 2),
  batchSize: Math.min(
    providerMaxBatchSize,
    Math.floor(positiveNumber(env.SEND_BATCH_SIZE, providerMaxBatchSize)),
  ),
  leaseSeconds: positiveNumber(env.SEND_LEASE_SECONDS, 120),
  maxConsecutiveFailures: Math.floor(positiveNumber(env.SEND_MAX_CONSECUTIVE_FAILURES, 10)),
  backoffSeconds: positiveNumber(env.SEND_BACKOFF_SECONDS, 1),
  jobBudgetSeconds: positiveNumber(env.SEND_JOB_BUDGET_SECONDS, 300),
})
