import { beforeAll, expect, inject, it } from 'vitest'

import type { Media } from '@/payload-types'

import { describeAttacks } from '../support/abuse'
import { graphql } from '../support/graphql'
import { useIntegration } from '../support/integration'

/*
 * Anonymous filters and sorts that pass from a public list into a collection the visitor may
 * not read (users above all): each must be refused as a whole, never answer yes or no.
 */
const { payload, fixtures, rest, users } = useIntegration({
  users: { adviser: { email: 'adviseur@test.example', roles: ['regio-redactie'] } },
})

beforeAll(async () => {
  await fixtures.buildingBlock('winterswijk', {
    title: 'Goedgekeurd',
    reviewStatus: 'approved',
    reviewedBy: users.adviser.id,
    reviewedAt: '2026-12-01T09:00:00.000Z',
  })
  // A session the filters below would find.
  await payload.login({
    collection: 'users',
    data: { email: users.adviser.email, password: 'Test-wachtwoord-123!' },
  })
})

/** The answers to a filter that holds and to its opposite: the same refusal, or it is an oracle. */
const bothAnswers = async (path: string, operator: string, matching: string, other: string) => {
  const yes = await rest('GET', `/api/building-blocks?where[${path}][${operator}]=${matching}`)
  const no = await rest('GET', `/api/building-blocks?where[${path}][${operator}]=${other}`)
  return { yes, no }
}

const expectRefusedAlike = ({ yes, no }: Awaited<ReturnType<typeof bothAnswers>>) => {
  expect(yes.status).toBe(400)
  expect(no.status).toBe(400)
  expect(yes.text).toBe(no.text)
}

describeAttacks('filters', 'anonymous filters do not reach users’ fields', () => {
  it('should refuse a filter on a reviewer’s sessions alike whether or not one exists', async () => {
    expectRefusedAlike(await bothAnswers('reviewedBy.sessions.id', 'exists', 'true', 'false'))
  })

  it('should refuse a filter on a reviewer’s session expiry', async () => {
    expectRefusedAlike(
      await bothAnswers(
        'reviewedBy.sessions.expiresAt',
        'greater_than',
        '2000-01-01',
        '2999-01-01',
      ),
    )
  })

  it('should refuse a filter on a reviewer’s e-mail address', async () => {
    expectRefusedAlike(await bothAnswers('reviewedBy.email', 'like', 'adviseur', 'niemand'))
  })

  it('should refuse a filter on a reviewer’s role', async () => {
    expectRefusedAlike(await bothAnswers('reviewedBy.roles', 'equals', 'regio-redactie', 'admin'))
  })

  it('should refuse a filter on a reviewer’s login attempts and lock', async () => {
    expectRefusedAlike(await bothAnswers('reviewedBy.loginAttempts', 'equals', '0', '5'))
    expectRefusedAlike(await bothAnswers('reviewedBy.lockUntil', 'exists', 'true', 'false'))
  })

  it('should refuse a filter on a reviewer’s last change', async () => {
    expectRefusedAlike(
      await bothAnswers('reviewedBy.updatedAt', 'greater_than', '2000-01-01', '2999-01-01'),
    )
  })

  it('should refuse a filter on who reviewed by id', async () => {
    expectRefusedAlike(
      await bothAnswers('reviewedBy', 'equals', String(users.adviser.id), '999999'),
    )
  })

  it('should refuse sorting public blocks by a reviewer’s e-mail address', async () => {
    const { status } = await rest('GET', '/api/building-blocks?sort=reviewedBy.email')
    expect(status).toBe(400)
  })

  it('should refuse a reviewer filter written the GraphQL way', async () => {
    const { body } = await graphql(
      '{ BuildingBlocks(where: { reviewedBy__email: { like: "adviseur" } }) { docs { title } } }',
    )
    expect(body.errors?.length).toBeGreaterThan(0)
    expect(JSON.stringify(body.data ?? {})).not.toContain('Goedgekeurd')
  })

  it('should refuse a filter on review feedback', async () => {
    expectRefusedAlike(await bothAnswers('reviewFeedback', 'exists', 'true', 'false'))
  })

  it('should refuse a reviewer filter through an edition’s blocks', async () => {
    const { status, text } = await rest(
      'GET',
      '/api/newsletter-editions?where[sections.blocks.reviewedBy.email][like]=adviseur',
    )
    expect([400, 403]).toContain(status)
    expect(text).not.toContain('docs')
  })

  it('should refuse visitors every lock, so no filter on locks answers', async () => {
    const { status } = await rest(
      'GET',
      '/api/payload-locked-documents?where[user.email][like]=adviseur',
    )
    expect(status).toBe(403)
  })
})

describeAttacks('filters', 'anonymous filters see only public files', () => {
  it('should answer a filter on an unpublished file as if it did not exist', async () => {
    await fixtures.image({ municipality: 'winterswijk', name: 'geheim-concept.png', alt: 'Geheim' })
    const hit = await rest('GET', '/api/media?where[filename][equals]=geheim-concept.png')
    const miss = await rest('GET', '/api/media?where[filename][equals]=bestaat-niet.png')
    expect(hit.status).toBe(200)
    expect(hit.body.totalDocs).toBe(0)
    expect(hit.body).toEqual(miss.body)
  })

  it('should list only public files on the built app', async () => {
    const response = await fetch(`${inject('abuseBaseUrl')}/api/media?limit=200&depth=0`)
    const { docs } = (await response.json()) as { docs: Media[] }
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((doc) => doc.isPublic)).toBe(true)
  })

  it('should serve every public file and its sizes on the built app, and refuse the rest', async () => {
    const base = inject('abuseBaseUrl')
    const { docs } = (await fetch(`${base}/api/media?limit=200&depth=0`).then((r) => r.json())) as {
      docs: Media[]
    }
    for (const doc of docs.slice(0, 5)) {
      expect((await fetch(new URL(doc.url!, base))).status).toBe(200)
      if (doc.sizes?.thumbnail?.url)
        expect((await fetch(new URL(doc.sizes.thumbnail.url, base))).status).toBe(200)
    }
    expect((await fetch(`${base}/api/media/file/demo-niet-openbaar.png`)).status).toBe(403)
  })
})
