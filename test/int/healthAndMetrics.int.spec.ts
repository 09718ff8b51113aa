import { describe, expect, it, vi } from 'vitest'

import { countIfPortal } from '@/portal/requestCount'

import { useIntegration } from '../support/integration'

const { payload, fixtures, rest, users } = useIntegration({
  emptyAfterEach: ['payload-jobs', 'deliveries'],
  users: {
    admin: { email: 'metrics-admin@example.org', roles: ['admin'] },
    editor: { email: 'metrics-redacteur@example.org', roles: ['regio-redactie'] },
  },
})

const metricsToken = 'test-metrics-token-with-enough-length'

const overdueJob = (minutesAgo: number) =>
  payload.jobs.queue({
    task: 'campaignReminders',
    input: {},
    queue: 'nightly',
    waitUntil: new Date(Date.now() - minutesAgo * 60_000),
  })

/** `name{labels} value` per sample line, after checking every line is Prometheus text. */
const parseMetrics = (text: string) => {
  const samples = new Map<string, number>()
  for (const line of text.split('\n').filter(Boolean)) {
    if (line.startsWith('# ')) {
      expect(line).toMatch(/^# (HELP|TYPE) samen_veilig_[a-z_]+ .+$/)
      continue
    }
    const match =
      /^(samen_veilig_[a-z_]+(?:\{[a-z_]+="[^"\\\n]*"(?:,[a-z_]+="[^"\\\n]*")*\})?) (\d+)$/.exec(
        line,
      )
    expect(match, line).not.toBeNull()
    samples.set(match![1]!, Number(match![2]))
  }
  return samples
}

describe('GET /api/health', () => {
  it('should answer 200 with every check ok on a fresh database', async () => {
    const response = await rest('GET', '/api/health')

    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.body).toEqual({
      status: 'ok',
      checks: { database: 'ok', jobQueue: 'ok', transport: 'ok', disk: 'ok' },
      failing: [],
      jobLagSeconds: 0,
    })
  })

  it('should answer 503 naming the job queue when a due job has waited too long', async () => {
    await overdueJob(2)
    expect((await rest('GET', '/api/health')).status).toBe(200)

    await overdueJob(60)
    const response = await rest('GET', '/api/health')

    expect(response.status).toBe(503)
    expect(response.body).toMatchObject({
      status: 'fail',
      checks: { database: 'ok', jobQueue: 'fail', transport: 'ok', disk: 'ok' },
      failing: ['jobQueue'],
    })
    expect(response.body.jobLagSeconds).toBeGreaterThanOrEqual(3600)

    vi.stubEnv('HEALTH_MAX_JOB_LAG_SECONDS', String(3 * 3600))
    expect((await rest('GET', '/api/health')).status).toBe(200)
  })

  it('should answer 503 naming the disk when less than HEALTH_MIN_FREE_MB is free', async () => {
    vi.stubEnv('HEALTH_MIN_FREE_MB', String(1024 * 1024 * 1024))
    const response = await rest('GET', '/api/health')

    expect(response.status).toBe(503)
    expect(response.body).toMatchObject({ checks: { disk: 'fail' }, failing: ['disk'] })
  })
})

describe('GET /api/metrics', () => {
  it('should refuse a visitor, an editor who is not an admin and a wrong token', async () => {
    vi.stubEnv('METRICS_TOKEN', metricsToken)
    expect((await rest('GET', '/api/metrics')).status).toBe(401)
    expect((await rest('GET', '/api/metrics', { as: users.editor })).status).toBe(403)
    const wrongToken = await rest('GET', '/api/metrics', {
      headers: { Authorization: `Bearer ${metricsToken}x` },
    })
    expect(wrongToken.status).toBe(401)
  })

  it('should accept no token at all while METRICS_TOKEN is unset', async () => {
    vi.stubEnv('METRICS_TOKEN', undefined)
    const response = await rest('GET', '/api/metrics', { headers: { Authorization: 'Bearer ' } })
    expect(response.status).toBe(401)
  })

  it('should serve Prometheus text with METRICS_TOKEN, with mails counted per state', async () => {
    vi.stubEnv('METRICS_TOKEN', metricsToken)
    const edition = await fixtures.create(
      'newsletter-editions',
      { title: 'Metrics', status: 'sent', sections: [] },
      { context: { isDeliveryEngine: true } },
    )
    const municipality = await fixtures.municipalityId('arnhem')
    const delivery = (state: 'accepted' | 'bounced') =>
      payload.create({
        collection: 'deliveries',
        data: { edition: edition.id, municipality, locale: 'nl', state },
        overrideAccess: true,
      })
    for (const state of ['accepted', 'accepted', 'accepted', 'bounced'] as const) {
      await delivery(state)
    }
    await overdueJob(10)

    const response = await rest('GET', '/api/metrics', {
      headers: { Authorization: `Bearer ${metricsToken}` },
    })

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8')
    const samples = parseMetrics(response.text)
    expect(samples.get('samen_veilig_deliveries_total{state="accepted"}')).toBe(3)
    expect(samples.get('samen_veilig_deliveries_total{state="bounced"}')).toBe(1)
    expect(samples.get('samen_veilig_deliveries_total{state="delivered"}')).toBe(0)
    expect(samples.get('samen_veilig_job_queue_depth{queue="nightly"}')).toBe(1)
    expect(samples.get('samen_veilig_job_queue_depth{queue="sending"}')).toBe(0)
    expect(samples.get('samen_veilig_job_lag_seconds')).toBeGreaterThanOrEqual(600)
    expect(samples.has('samen_veilig_portal_requests_total')).toBe(true)
  })

  it('should serve an admin and count the public site requests the server saw', async () => {
    const before = parseMetrics((await rest('GET', '/api/metrics', { as: users.admin })).text)

    countIfPortal('/nl/gemeente/arnhem/scholen?pagina=2')
    countIfPortal('/ar')
    countIfPortal('/admin/collections/media')

    const response = await rest('GET', '/api/metrics', { as: users.admin })
    expect(response.status).toBe(200)
    const after = parseMetrics(response.text)
    expect(after.get('samen_veilig_portal_requests_total')).toBe(
      before.get('samen_veilig_portal_requests_total')! + 2,
    )
  })
})
