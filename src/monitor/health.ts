import fs from 'node:fs/promises'
import path from 'node:path'
import type { Endpoint, Payload } from 'payload'

import { mediaDir, parseDatabaseUrl, positiveNumber } from '@/lib/env'
import { s3Client, s3Settings } from '@/lib/s3'
import { getTransport } from '@/mail/transports'
import { pdfCacheDir } from '@/portal/pdf/store'

import { jobLagSeconds } from './jobQueue'

/**
 * `GET /api/health`, for a load balancer or uptime monitor: 200 when the database answers, no due
 * job has waited longer than `HEALTH_MAX_JOB_LAG_SECONDS`, a mail transport is configured and
 * there is room for files (`HEALTH_MIN_FREE_MB` free on the data folders, or the bucket answers);
 * 503 otherwise, naming the failing part. Public, so it says only ok or fail per part (and the
 * job lag); the reason goes to the server log. No call to the mail provider: a health check every
 * few seconds must not spend its rate limit. Requests that arrive while a check runs share it,
 * so a flood of health checks costs one check at a time.
 */

export type CheckName = 'database' | 'jobQueue' | 'transport' | 'disk'

export type Health = {
  status: 'ok' | 'fail'
  checks: Record<CheckName, 'ok' | 'fail'>
  failing: CheckName[]
  jobLagSeconds: number | null
}

export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const health = await sharedHealthCheck(req.payload)
    return Response.json(health, {
      status: health.status === 'ok' ? 200 : 503,
      headers: { 'Cache-Control': 'no-store' },
    })
  },
}

export const checkHealth = async (payload: Payload): Promise<Health> => {
  let lag: number | null = null
  const outcomes = await Promise.all(
    (
      [
        ['database', () => checkDatabase(payload)],
        [
          'jobQueue',
          async () => {
            lag = await jobLagSeconds(payload)
            const maximum = positiveNumber(process.env.HEALTH_MAX_JOB_LAG_SECONDS, 300)
            if (lag > maximum) {
              throw new Error(
                `The oldest due job has waited ${lag} s (more than ${maximum} s): check that a ` +
                  'worker runs (npm run worker) or that the server works the queues (JOBS_AUTORUN)',
              )
            }
          },
        ],
        ['transport', async () => void getTransport(payload)],
        ['disk', () => checkFileStorage()],
      ] as const
    ).map(async ([name, check]) => {
      try {
        await withTimeout(check(), `${name} check`)
        return [name, 'ok'] as const
      } catch (error) {
        payload.logger.error({ err: error, msg: `Health check "${name}" failed` })
        return [name, 'fail'] as const
      }
    }),
  )
  const checks = Object.fromEntries(outcomes) as Health['checks']
  const failing = outcomes.filter(([, outcome]) => outcome === 'fail').map(([name]) => name)
  return { status: failing.length ? 'fail' : 'ok', checks, failing, jobLagSeconds: lag }
}

const checkDatabase = async (payload: Payload) => {
  await payload.count({ collection: 'users', overrideAccess: true })
}

/** The bucket when files go to S3; else free space where the database and files are kept. */
const checkFileStorage = async () => {
  const settings = s3Settings()
  if (settings) {
    const { HeadBucketCommand } = await import('@aws-sdk/client-s3')
    await (await s3Client(settings)).send(new HeadBucketCommand({ Bucket: settings.bucket }))
  }
  const minimumMb = positiveNumber(process.env.HEALTH_MIN_FREE_MB, 200)
  for (const dir of localDataDirs({ isS3: Boolean(settings) })) {
    const freeMb = await freeMegabytes(dir)
    if (freeMb < minimumMb) {
      throw new Error(
        `${dir} has ${Math.floor(freeMb)} MB free (less than HEALTH_MIN_FREE_MB, ${minimumMb} MB): ` +
          'make room there, or move files to a bucket (S3_BUCKET)',
      )
    }
  }
}

const localDataDirs = ({ isS3 }: { isS3: boolean }) => {
  const database = parseDatabaseUrl()
  const dirs = [database.kind === 'sqlite' ? path.dirname(path.resolve(database.filePath)) : null]
  if (!isS3) {
    dirs.push(mediaDir(), pdfCacheDir())
  }
  return [...new Set(dirs.filter((dir): dir is string => dir !== null))]
}

/** Free space for this process's user on the file system that holds `dir` (or its nearest parent). */
const freeMegabytes = async (dir: string): Promise<number> => {
  let existing = dir
  while (!(await fs.stat(existing).catch(() => undefined)) && path.dirname(existing) !== existing) {
    existing = path.dirname(existing)
  }
  const { bavail, bsize } = await fs.statfs(existing)
  return (bavail * bsize) / (1024 * 1024)
}

const timeoutMs = 5_000

const withTimeout = async <T>(promise: Promise<T>, what: string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`${what} took longer than ${timeoutMs} ms`)),
          timeoutMs,
        )
      }),
    ])
  } finally {
    clearTimeout(timer)
  }
}

const sharedHealthCheck = (payload: Payload) => {
  const holder = globalThis as typeof globalThis & { __samenVeiligHealth?: Promise<Health> }
  holder.__samenVeiligHealth ??= checkHealth(payload).finally(() => {
    holder.__samenVeiligHealth = undefined
  })
  return holder.__samenVeiligHealth
}
