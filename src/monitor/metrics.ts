import crypto from 'node:crypto'
import type { CollectionSlug, Endpoint, Payload, PayloadRequest } from 'payload'

import { checkRole } from '@/access/checkRole'
import { refuseRequest } from '@/access/endpointGuards'
import { deliveryStates } from '@/newsletter/delivery/state'
import { portalRequestCount } from '@/portal/requestCount'

import { jobLagSeconds, jobQueueDepths } from './jobQueue'

/**
 * `GET /api/metrics` in Prometheus' text format, for an admin (signed in) or for a scraper that
 * sends `Authorization: Bearer <METRICS_TOKEN>`. Totals only, never about one person: mails per
 * state, jobs waiting per queue and how long the oldest due job waited, subscriber imports per
 * status, and the public site's requests counted by this process (see ../portal/requestCount.ts).
 */
export const metricsEndpoint: Endpoint = {
  path: '/metrics',
  method: 'get',
  handler: async (req) => {
    if (!hasMetricsToken(req) && !checkRole(['admin'], req.user)) return refuseRequest(req)
    return new Response(await metricsText(req.payload), {
      headers: {
        'Content-Type': 'text/plain; version=0.0.4; charset=utf-8',
        'Cache-Control': 'no-store',
      },
    })
  },
}

export const metricsText = async (payload: Payload): Promise<string> => {
  const [deliveries, depths, lag, imports] = await Promise.all([
    countPerValue(payload, 'deliveries', 'state', deliveryStates),
    jobQueueDepths(payload),
    jobLagSeconds(payload),
    subscriberImportsPerStatus(payload),
  ])
  return [
    ...metric({
      name: 'samen_veilig_deliveries_total',
      help: 'Mails (deliveries) per state; a mail moves on from accepted to delivered, bounced or complained.',
      type: 'gauge',
      samples: Object.entries(deliveries).map(([state, value]) => ({ labels: { state }, value })),
    }),
    ...metric({
      name: 'samen_veilig_job_queue_depth',
      help: 'Unfinished jobs per queue.',
      type: 'gauge',
      samples: Object.entries(depths).map(([queue, value]) => ({ labels: { queue }, value })),
    }),
    ...metric({
      name: 'samen_veilig_job_lag_seconds',
      help: 'Seconds the oldest due, unfinished job has waited.',
      type: 'gauge',
      samples: [{ value: lag }],
    }),
    ...(imports
      ? metric({
          name: 'samen_veilig_subscriber_imports_total',
          help: 'Subscriber imports per status.',
          type: 'gauge',
          samples: Object.entries(imports).map(([status, value]) => ({
            labels: { status },
            value,
          })),
        })
      : []),
    ...metric({
      name: 'samen_veilig_portal_requests_total',
      help: 'Requests for the public site handled by this process since it started.',
      type: 'counter',
      samples: [{ value: portalRequestCount() }],
    }),
    '',
  ].join('\n')
}

/** METRICS_TOKEN compared in constant time; unset, no token is accepted. */
const hasMetricsToken = (req: PayloadRequest) => {
  const expected = process.env.METRICS_TOKEN
  const given = /^Bearer (.+)$/.exec(req.headers.get('authorization') ?? '')?.[1]
  if (!expected || !given) return false
  const digest = (value: string) => crypto.createHash('sha256').update(value).digest()
  return crypto.timingSafeEqual(digest(given), digest(expected))
}

const countPerValue = async (
  payload: Payload,
  collection: CollectionSlug,
  field: string,
  values: readonly string[],
) =>
  Object.fromEntries(
    await Promise.all(
      values.map(async (value) => {
        const { totalDocs } = await payload.count({
          collection,
          where: { [field]: { equals: value } },
          overrideAccess: true,
        })
        return [value, totalDocs] as const
      }),
    ),
  )

/** Undefined while the installation has no subscriber imports collection. */
const subscriberImportsPerStatus = async (payload: Payload) => {
  const slug = 'subscriber-imports' as CollectionSlug
  const collection = payload.collections[slug]
  if (!collection) return undefined
  const statusField = collection.config.fields.find(
    (field) => 'name' in field && field.name === 'status',
  )
  const statuses =
    statusField && 'options' in statusField
      ? statusField.options.map((option) => (typeof option === 'string' ? option : option.value))
      : []
  return countPerValue(payload, slug, 'status', statuses)
}

type Sample = { labels?: Record<string, string>; value: number }

const metric = ({
  name,
  help,
  type,
  samples,
}: {
  name: string
  help: string
  type: 'counter' | 'gauge'
  samples: Sample[]
}) => [
  `# HELP ${name} ${help}`,
  `# TYPE ${name} ${type}`,
  ...samples.map(({ labels, value }) => `${name}${formatLabels(labels)} ${value}`),
]

const formatLabels = (labels: Record<string, string> | undefined) => {
  if (!labels) return ''
  const pairs = Object.entries(labels).map(
    ([key, value]) =>
      `${key}="${value.replace(/[\\"\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))}"`,
  )
  return `{${pairs.join(',')}}`
}
