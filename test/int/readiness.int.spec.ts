import { describe, expect, it } from 'vitest'

import { engineContext } from '@/newsletter/delivery/control'
import type { MunicipalityReadiness } from '@/readiness/readiness'

import { useIntegration } from '../support/integration'
import { useDemoPacks } from '../support/packs'

const { payload, fixtures, rest, users } = useIntegration({
  emptyAfterEach: ['organisations'],
  users: {
    adviser: { email: 'adviseur.gereed@test.example', roles: ['regio-redactie'] },
    editor: {
      email: 'redactie.gereed@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['winterswijk'],
    },
  },
})
const packs = useDemoPacks({ payload, fixtures })

const readiness = async (as?: (typeof users)['adviser']) =>
  rest('GET', '/api/municipalities/readiness', { as })

const rowOf = (rows: MunicipalityReadiness[], slug: string) =>
  rows.find(({ municipality }) => municipality.slug === slug)!

const audienceOf = (row: MunicipalityReadiness, audience: string) =>
  row.audiences.find((candidate) => candidate.audience === audience)!

describe('readiness per municipality', () => {
  it('should give the regional adviser one row per municipality, named by slug', async () => {
    const { status, body } = await readiness(users.adviser)
    expect(status).toBe(200)
    const rows = body as MunicipalityReadiness[]
    expect(rows).toHaveLength(18)
    expect(rows.map(({ municipality }) => municipality.slug)).toContain('aalten')
    for (const row of rows) {
      expect(row.audiences.map(({ audience }) => audience)).toEqual([
        'schools',
        'employers',
        'volunteer-organisations',
        'sports-clubs',
      ])
    }
    // The demo templates are published in Dutch, English and Arabic.
    expect(audienceOf(rowOf(rows, 'aalten'), 'schools').languages).toEqual(['nl', 'en', 'ar'])
  })

  it('should give a municipal editor only their own municipality and a visitor nothing', async () => {
    const own = await readiness(users.editor)
    expect(own.status).toBe(200)
    expect(
      (own.body as MunicipalityReadiness[]).map(({ municipality }) => municipality.slug),
    ).toEqual(['winterswijk'])
    expect((await readiness()).status).toBe(401)
  })

  it('should tell an unchecked, a checked and a stale route to help apart', async () => {
    const now = Date.now()
    const day = 86_400_000
    await fixtures.update({
      collection: 'municipalities',
      id: await fixtures.municipalityId('aalten'),
      data: {
        verification: { checkedAt: new Date(now - 40 * day).toISOString(), checkedBy: 'Fatima' },
      },
    })
    await fixtures.update({
      collection: 'municipalities',
      id: await fixtures.municipalityId('berkelland'),
      data: {
        verification: { checkedAt: new Date(now - 400 * day).toISOString(), checkedBy: 'Joost' },
      },
    })
    const rows = (await readiness(users.adviser)).body as MunicipalityReadiness[]
    expect(rowOf(rows, 'aalten').routeToHelp).toMatchObject({
      status: 'verified',
      checkedBy: 'Fatima',
      ageInDays: 40,
    })
    expect(rowOf(rows, 'berkelland').routeToHelp).toMatchObject({ status: 'stale', ageInDays: 400 })
    expect(rowOf(rows, 'bronckhorst').routeToHelp).toMatchObject({
      status: 'unverified',
      checkedAt: null,
    })
  })

  it('should show no pack, a draft, a published and an outdated pack per audience', async () => {
    await packs.makePack('aalten', 'schools')
    await packs.makePack('aalten', 'employers', { status: 'draft' })
    const outdated = await packs.makePack('aalten', 'sports-clubs')
    // The region changes the template after Aalten published its pack.
    const template = packs.templateFor('sports-clubs')
    await fixtures.update({
      collection: 'pack-templates',
      id: template.id,
      data: { title: `${template.title} (bijgewerkt)`, _status: 'published' },
      locale: 'nl',
    })
    const aalten = rowOf((await readiness(users.adviser)).body as MunicipalityReadiness[], 'aalten')
    expect(aalten.audiences.map(({ audience, pack }) => [audience, pack.state])).toEqual([
      ['schools', 'published'],
      ['employers', 'draft'],
      ['volunteer-organisations', 'none'],
      ['sports-clubs', 'outdated'],
    ])
    expect(audienceOf(aalten, 'sports-clubs').pack.id).toBe(outdated.id)
  })

  it('should count registered organisations and those a pack mailing reaches', async () => {
    const aalten = await fixtures.municipalityId('aalten')
    for (const data of [
      { name: 'Basisschool De Es', email: 'info@de-es.example.org', status: 'active' },
      { name: 'Basisschool Het Anker', email: 'anker@example.org', status: 'opted-out' },
      { name: 'Kindcentrum Zonder Adres', status: 'active' },
    ] satisfies { name: string; email?: string; status: 'active' | 'opted-out' }[]) {
      await payload.create({
        collection: 'organisations',
        data: {
          ...data,
          municipality: aalten,
          kind: 'primary-school',
          audience: 'schools',
          language: 'nl',
          source: 'manual',
        },
      })
    }
    const row = rowOf((await readiness(users.adviser)).body as MunicipalityReadiness[], 'aalten')
    expect(audienceOf(row, 'schools').organisations).toEqual({ registered: 3, reachable: 1 })
    expect(audienceOf(row, 'employers').organisations).toEqual({ registered: 0, reachable: 0 })
    expect(JSON.stringify(row)).not.toContain('@')
  })

  it('should show when each audience last got a pack mailing, also from a mailing to all', async () => {
    const aalten = await fixtures.municipalityId('aalten')
    const sentPackMailing = async (
      audience: 'schools' | 'employers',
      finishedAt: string,
      municipalities: number[],
    ) => {
      const edition = await fixtures.edition({
        title: `Pakket ${audience}`,
        kind: 'pack-mailing',
        packMailing: { audience },
        audience: { municipalities },
      })
      await payload.update({
        collection: 'newsletter-editions',
        id: edition.id,
        data: { status: 'sent', sending: { finishedAt } },
        context: engineContext,
      })
      return edition
    }
    const older = await sentPackMailing('schools', '2026-08-20T08:00:00.000Z', [aalten])
    const newer = await sentPackMailing('schools', '2026-09-01T08:00:00.000Z', [aalten])
    const toAll = await sentPackMailing('employers', '2026-09-15T08:00:00.000Z', [])
    const rows = (await readiness(users.adviser)).body as MunicipalityReadiness[]
    const row = rowOf(rows, 'aalten')
    expect(older.id).not.toBe(newer.id)
    expect(audienceOf(row, 'schools').lastMailing).toEqual({
      editionId: newer.id,
      sentAt: '2026-09-01T08:00:00.000Z',
    })
    expect(audienceOf(row, 'employers').lastMailing).toEqual({
      editionId: toAll.id,
      sentAt: '2026-09-15T08:00:00.000Z',
    })
    expect(audienceOf(rowOf(rows, 'berkelland'), 'employers').lastMailing?.editionId).toBe(toAll.id)
    expect(audienceOf(rowOf(rows, 'berkelland'), 'schools').lastMailing).toBeNull()
  })
})
