import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { beforeAll, describe, expect, it } from 'vitest'

import { sendEmail } from '@/mail/transports'
import { oneClickOptOutUrlFor } from '@/organisations/links'
import type { Organisation, User } from '@/payload-types'
import config from '@payload-config'

import { testPassword } from '../support/fixtures'
import { useIntegration } from '../support/integration'

const { payload, fixtures, rest, users } = useIntegration({
  emptyAfterEach: ['deliveries', 'outbox-messages'],
  users: {
    editor: {
      email: 'redactie.winterswijk@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['winterswijk'],
    },
    adviser: { email: 'adviseur@test.example', roles: ['regio-redactie'] },
  },
})

let own: Organisation
let other: Organisation

const organisation = async (
  municipality: string,
  data: Partial<Organisation> & { name: string },
): Promise<Organisation> =>
  fixtures.create('organisations', {
    kind: 'primary-school',
    audience: 'schools',
    language: 'nl',
    source: 'manual',
    status: 'active',
    ...data,
    municipality: await fixtures.municipalityId(municipality),
  })

beforeAll(async () => {
  own = await organisation('winterswijk', {
    name: 'Basisschool De Klimop',
    email: 'info@klimop.example.org',
    contactName: 'Marleen de Vries',
  })
  other = await organisation('arnhem', {
    name: 'Sportclub Arnhem-Zuid',
    kind: 'club',
    audience: 'sports-clubs',
    email: 'secretaris@arnhemzuid.example.org',
    contactName: 'Youssef El Amrani',
  })
})

describe('the register’s rules', () => {
  it('should lower-case the address and take the audience from the kind when none is given', async () => {
    const doc = await fixtures.create('organisations', {
      name: 'Werkgever Lievelde',
      kind: 'employer',
      email: '  HR@Lievelde.Example.org ',
      municipality: await fixtures.municipalityId('oost-gelre'),
    } as Organisation)
    expect(doc).toMatchObject({ email: 'hr@lievelde.example.org', audience: 'employers' })
  })

  it('should refuse a malformed BRIN code with a Dutch reason and accept 12AB and 12AB00', async () => {
    const refused = await rest('POST', '/api/organisations', {
      as: users.editor,
      body: { name: 'School X', kind: 'primary-school', brin: '1AB' },
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('Dit is geen BRIN-code')
    const english = await rest('POST', '/api/organisations', {
      as: users.editor,
      language: 'en',
      body: { name: 'School X', kind: 'primary-school', brin: 'ABCD' },
    })
    expect(JSON.stringify(english.body)).toContain('This is not a BRIN code')
    for (const brin of ['12ab', '12AB00']) {
      const doc = await organisation('winterswijk', {
        name: `School ${brin}`,
        brin,
      })
      expect(doc.brin).toBe(brin.toUpperCase())
    }
  })

  it('should refuse a second organisation with the same address in one municipality, naming the first', async () => {
    const refused = await rest('POST', '/api/organisations', {
      as: users.editor,
      body: { name: 'Dubbel', kind: 'club', email: 'INFO@klimop.example.org' },
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('Basisschool De Klimop')
    // The same address in another municipality is another registration.
    const elsewhere = await organisation('arnhem', {
      name: 'Klimop Arnhem',
      email: 'info@klimop.example.org',
    })
    expect(elsewhere.id).toBeTruthy()
  })

  it('should place a municipal editor’s new organisation in their municipality', async () => {
    const response = await rest('POST', '/api/organisations', {
      as: users.editor,
      body: { name: 'Vrijwilligers Meddo', kind: 'volunteer-organisation' },
    })
    expect(response.status).toBe(201)
    fixtures.track('organisations', response.body.doc.id)
    expect(response.body.doc).toMatchObject({
      municipality: expect.objectContaining({ slug: 'winterswijk' }),
      audience: 'volunteer-organisations',
    })
  })
})

describe('opting out in one click (RFC 8058)', () => {
  const postOneClick = (url: string, body = 'List-Unsubscribe=One-Click') =>
    rest('POST', new URL(url).pathname + new URL(url).search, {
      body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })

  it('should opt the organisation out with an empty 200 and keep the first date', async () => {
    const club = await organisation('duiven', { name: 'Voetbalclub Duiven', kind: 'club' })
    const response = await postOneClick(oneClickOptOutUrlFor(club))
    expect(response.status).toBe(200)
    expect(response.text).toBe('')
    const after = await payload.findByID({ collection: 'organisations', id: club.id })
    expect(after).toMatchObject({ status: 'opted-out', optedOutAt: expect.any(String) })
    expect((await postOneClick(oneClickOptOutUrlFor(club))).status).toBe(200)
    const again = await payload.findByID({ collection: 'organisations', id: club.id })
    expect(again.optedOutAt).toBe(after.optedOutAt)
  })

  it('should change nothing without the One-Click body or with a tampered token', async () => {
    const url = oneClickOptOutUrlFor(own)
    expect((await postOneClick(url, '')).status).toBe(400)
    expect((await postOneClick(url.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))).status).toBe(400)
    const after = await payload.findByID({ collection: 'organisations', id: own.id })
    expect(after.status).toBe('active')
  })
})

describe('privacy rights', () => {
  /** An organisation with one pack delivery and one stored mail, as after a pack mailing. */
  const organisationWithHistory = async (email: string) => {
    const doc = await organisation('winterswijk', { name: `Organisatie ${email}`, email })
    const edition = await fixtures.edition({ title: `Editie ${email}` }, { draft: true })
    await payload.create({
      collection: 'deliveries',
      data: {
        edition: edition.id,
        organisation: doc.id,
        recipientKey: `organisation-${doc.id}`,
        locale: 'nl',
        municipality: doc.municipality as number,
        state: 'delivered',
      },
    })
    await sendEmail(payload, {
      to: email,
      subject: 'Pakket',
      html: '<p>Pakket</p>',
      text: 'Pakket',
    })
    return doc
  }

  it('should export the organisation, its deliveries and mails to the own editor', async () => {
    const doc = await organisationWithHistory('inzage@school.example.org')
    const response = await rest('GET', `/api/organisations/${doc.id}/export`, {
      as: users.editor,
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain('attachment')
    const data = JSON.parse(response.text)
    expect(data.organisation).toMatchObject({ email: 'inzage@school.example.org' })
    expect(data.deliveries).toEqual([expect.objectContaining({ state: 'delivered' })])
    expect(data.messages.map(({ subject }: { subject: string }) => subject)).toEqual(['Pakket'])
  })

  it('should erase the organisation and its mails and keep its deliveries as anonymous counts', async () => {
    const doc = await organisationWithHistory('wissen@school.example.org')
    const response = await rest('POST', `/api/organisations/${doc.id}/erase`, {
      as: users.adviser,
    })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ deliveriesAnonymised: 1, messagesDeleted: 1 })
    expect(
      await payload.findByID({ collection: 'organisations', id: doc.id, disableErrors: true }),
    ).toBeNull()
    const { docs } = await payload.find({ collection: 'deliveries', depth: 0 })
    expect(docs).toEqual([
      expect.objectContaining({
        organisation: null,
        recipientKey: expect.stringMatching(/^erased-/),
      }),
    ])
    const { totalDocs } = await payload.count({
      collection: 'outbox-messages',
      where: { to: { equals: 'wissen@school.example.org' } },
    })
    expect(totalDocs).toBe(0)
  })

  it('should refuse export and erase of another municipality’s organisation', async () => {
    const exported = await rest('GET', `/api/organisations/${other.id}/export`, {
      as: users.editor,
    })
    expect(exported.status).toBe(404)
    expect(exported.text).not.toContain('arnhemzuid')
    const erased = await rest('POST', `/api/organisations/${other.id}/erase`, {
      as: users.editor,
    })
    expect(erased.status).toBe(404)
    expect(await payload.findByID({ collection: 'organisations', id: other.id })).toBeTruthy()
    for (const path of [`/${other.id}/export`, `/${own.id}/export`]) {
      expect((await rest('GET', `/api/organisations${path}`)).status).toBe(401)
    }
    expect((await rest('POST', `/api/organisations/${own.id}/erase`)).status).toBe(401)
  })
})

describe('municipality isolation', () => {
  it('should list and read only the own municipality’s organisations over REST', async () => {
    const list = await rest('GET', '/api/organisations?limit=100', { as: users.editor })
    expect(list.status).toBe(200)
    const names = list.body.docs.map((doc: Organisation) => doc.name)
    expect(names).toContain('Basisschool De Klimop')
    expect(names).not.toContain('Sportclub Arnhem-Zuid')
    expect((await rest('GET', `/api/organisations/${other.id}`, { as: users.editor })).status).toBe(
      404,
    )
  })

  it('should refuse to create, update or delete another municipality’s organisation', async () => {
    const created = await rest('POST', '/api/organisations', {
      as: users.editor,
      body: {
        name: 'Ingeschoven',
        kind: 'employer',
        municipality: await fixtures.municipalityId('arnhem'),
      },
    })
    expect(created.status).toBeGreaterThanOrEqual(400)
    expect(
      (
        await payload.count({
          collection: 'organisations',
          where: { name: { equals: 'Ingeschoven' } },
        })
      ).totalDocs,
    ).toBe(0)
    const updated = await rest('PATCH', `/api/organisations/${other.id}`, {
      as: users.editor,
      body: { email: 'kaper@example.org' },
    })
    expect([403, 404]).toContain(updated.status)
    const deleted = await rest('DELETE', `/api/organisations/${other.id}`, { as: users.editor })
    expect([403, 404]).toContain(deleted.status)
    const unchanged = await payload.findByID({ collection: 'organisations', id: other.id })
    expect(unchanged.email).toBe('secretaris@arnhemzuid.example.org')
  })

  it('should show the editor only the own organisations over GraphQL', async () => {
    const body = await graphql(
      '{ Organisations(limit: 100) { docs { name email } } }',
      users.editor,
    )
    const names = body.data.Organisations.docs.map(({ name }: { name: string }) => name)
    expect(names).toContain('Basisschool De Klimop')
    expect(names).not.toContain('Sportclub Arnhem-Zuid')
    const single = await graphql(`{ Organisation(id: ${other.id}) { name email } }`, users.editor)
    expect(single.data?.Organisation ?? null).toBeNull()
  })

  it('should let the regional adviser see every municipality’s organisations', async () => {
    const list = await rest('GET', '/api/organisations?limit=100', { as: users.adviser })
    const names = list.body.docs.map((doc: Organisation) => doc.name)
    expect(names).toEqual(
      expect.arrayContaining(['Basisschool De Klimop', 'Sportclub Arnhem-Zuid']),
    )
  })

  it('should keep contact data off every public endpoint and keep no versions', async () => {
    const list = await rest('GET', '/api/organisations')
    expect(list.status).toBe(403)
    expect(list.text).not.toContain('example.org')
    expect((await rest('GET', `/api/organisations/${own.id}`)).status).toBe(403)
    const anonymous = await graphql('{ Organisations { docs { name email contactName } } }')
    expect(JSON.stringify(anonymous)).not.toContain('klimop')
    const versions = await rest('GET', '/api/organisations/versions', { as: users.editor })
    expect(versions.status).toBeGreaterThanOrEqual(400)
    expect(versions.text).not.toContain('klimop')
  })
})

const graphqlHandler = GRAPHQL_POST(config)

const graphql = async (query: string, as?: User) => {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (as) {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: as.email, password: testPassword },
    })
    headers.set('Authorization', `JWT ${token}`)
  }
  const response = await graphqlHandler(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query }),
    }),
  )
  return response.json()
}
