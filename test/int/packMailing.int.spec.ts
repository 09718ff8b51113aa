import crypto from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'

import { computeMonitor } from '@/monitor/aggregate'
import { openPack } from '@/newsletter/delivery/packOpens'
import { editionProgress } from '@/newsletter/delivery/progress'
import { handleResendWebhook } from '@/newsletter/delivery/webhooks'
import type { NewsletterEdition, User } from '@/payload-types'

import { runSendingQueue, scheduleNow, seedOrganisations, useSending } from '../support/sending'

const { users, payload, fixtures, rest, fake, deliveriesOf } = useSending()

/** A pack mailing to the schools of the given municipalities (none: all), by the adviser. */
const packMailing = async (municipalitySlugs: string[] = [], user: User = users.adviser) =>
  (await payload.create({
    collection: 'newsletter-editions',
    data: {
      kind: 'pack-mailing',
      title: 'Het pakket voor scholen',
      preheader: 'Kant-en-klare teksten en posters voor uw school.',
      packMailing: { audience: 'schools', message: 'Wij horen graag wat u ervan vindt.' },
      audience: {
        municipalities: await Promise.all(municipalitySlugs.map(fixtures.municipalityId)),
      },
      status: 'draft',
    },
    user,
    overrideAccess: false,
  })) as NewsletterEdition

const organisationById = async (id: string | number) =>
  payload.findByID({ collection: 'organisations', id, depth: 0, overrideAccess: true })

describe('sending a pack mailing', () => {
  it('should mail every active school of the chosen municipalities exactly once, in its own language, with its own municipality’s pack link', async () => {
    const [arnhem, aalten, berkelland] = await Promise.all(
      ['arnhem', 'aalten', 'berkelland'].map(fixtures.municipalityId),
    )
    const schools = await seedOrganisations({
      payload,
      count: 60,
      municipalities: [arnhem, aalten],
    })
    await seedOrganisations({ payload, count: 5, municipalities: [berkelland], prefix: 'elders' })
    await seedOrganisations({
      payload,
      count: 4,
      municipalities: [arnhem],
      audience: 'employers',
      prefix: 'werkgever',
    })
    const [optedOut, withoutAddress] = await seedOrganisations({
      payload,
      count: 2,
      municipalities: [aalten],
      prefix: 'stil',
    })
    await payload.db.updateOne({
      collection: 'organisations',
      id: optedOut,
      data: { status: 'opted-out' },
    })
    await payload.db.updateOne({
      collection: 'organisations',
      id: withoutAddress,
      data: { email: null },
    })

    const edition = await packMailing(['arnhem', 'aalten'])
    const summary = await rest('GET', `/api/newsletter-editions/${edition.id}/sending/summary`, {
      as: users.adviser,
    })
    expect(summary.body.problem).toBeNull()
    expect(summary.body.audience.total).toBe(60)
    expect(
      summary.body.audience.byMunicipality.map(({ count }: { count: number }) => count),
    ).toEqual([30, 30])

    await scheduleNow(payload, users.adviser, edition.id)
    expect(await runSendingQueue(payload, edition.id)).toBe('sent')

    const addresses = fake.messages.flatMap((message) => message.to)
    expect(addresses).toHaveLength(60)
    expect(new Set(addresses).size).toBe(60)
    expect(addresses.every((address) => address.startsWith('school'))).toBe(true)

    const deliveries = await deliveriesOf(edition.id)
    expect(deliveries).toHaveLength(60)
    for (const delivery of deliveries) {
      const organisation = await organisationById(delivery.organisation as number)
      expect(delivery.subscriber ?? null).toBeNull()
      expect(delivery.recipientKey).toBe(`organisation-${organisation.id}`)
      expect(delivery.locale).toBe(organisation.language)
      expect(delivery.municipality).toBe(organisation.municipality)
      expect(delivery.state).toBe('accepted')

      const message = fake.messages.find((sent) => sent.to[0] === organisation.email)!
      expect(message.html).toContain(`lang="${organisation.language}"`)
      expect(message.tags).toEqual([
        { name: 'kind', value: 'pack-mailing' },
        { name: 'edition', value: String(edition.id) },
        { name: 'locale', value: organisation.language },
      ])
      expect(message.headers?.['List-Unsubscribe']).toMatch(
        /^<http[^>]+\/api\/organisations\/opt-out\?token=organisation-opt-out\.[^>]+>, <http[^>]+\/organisaties\/afmelden\?token=[^>]+>$/,
      )
      const slug = organisation.municipality === arnhem ? 'arnhem' : 'aalten'
      expect(message.html).toContain(`/${organisation.language}/gemeente/${slug}/scholen/pdf`)
      const [, token] = message.text!.match(/\/api\/pack-mailings\/open\?token=(\S+)/)!
      expect(await openPack({ payload, token: decodeURIComponent(token) })).toMatch(
        new RegExp(`/${organisation.language}/gemeente/${slug}/scholen$`),
      )
    }
    expect(schools).toHaveLength(60)

    const progress = await editionProgress({ payload, editionId: edition.id, withBreakdown: true })
    expect(progress).toMatchObject({ status: 'sent', total: 60, accepted: 60, remaining: 0 })
  })

  it('should count the first open of a delivery only, and send a broken link to the portal without counting', async () => {
    const aalten = await fixtures.municipalityId('aalten')
    await seedOrganisations({ payload, count: 2, municipalities: [aalten], locales: ['tr'] })
    const edition = await packMailing()
    await scheduleNow(payload, users.adviser, edition.id)
    expect(await runSendingQueue(payload, edition.id)).toBe('sent')
    const [first] = fake.messages
    const [, token] = first.text!.match(/\/api\/pack-mailings\/open\?token=(\S+)/)!

    const response = await rest('GET', `/api/pack-mailings/open?token=${token}`)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toMatch(/\/tr\/gemeente\/aalten\/scholen$/)
    const opened = (await deliveriesOf(edition.id)).filter((delivery) => delivery.openedAt)
    expect(opened).toHaveLength(1)
    const firstOpen = opened[0].openedAt

    await rest('GET', `/api/pack-mailings/open?token=${token}`)
    const again = (await deliveriesOf(edition.id)).filter((delivery) => delivery.openedAt)
    expect(again.map(({ openedAt }) => openedAt)).toEqual([firstOpen])

    const tampered = await rest('GET', `/api/pack-mailings/open?token=${token.slice(0, -2)}xx`)
    expect(tampered.status).toBe(303)
    expect(tampered.headers.get('location')).toMatch(/\/nl\/gemeente$/)
    expect((await deliveriesOf(edition.id)).filter((delivery) => delivery.openedAt)).toHaveLength(1)
  })

  it('should count pack mailings and opens per municipality and audience in the monitor, never per organisation and small numbers as <5', async () => {
    const [aalten, arnhem] = await Promise.all(['aalten', 'arnhem'].map(fixtures.municipalityId))
    await seedOrganisations({ payload, count: 8, municipalities: [aalten], locales: ['nl'] })
    await seedOrganisations({ payload, count: 3, municipalities: [arnhem], prefix: 'arnhem' })
    const edition = await packMailing()
    await scheduleNow(payload, users.adviser, edition.id)
    expect(await runSendingQueue(payload, edition.id)).toBe('sent')
    const aaltenMails = fake.messages.filter((message) => message.to[0]!.startsWith('school'))
    for (const message of aaltenMails.slice(0, 6)) {
      const [, token] = message.text!.match(/\/api\/pack-mailings\/open\?token=(\S+)/)!
      await openPack({ payload, token: decodeURIComponent(token) })
    }

    const { tables, municipalities } = await computeMonitor({
      payload,
      year: new Date().getFullYear(),
      tables: ['pakketmailings', 'mails-per-kwartaal'],
    })
    const [packTable, newsletterMails] = tables
    const rowOf = (id: string | number) => packTable.rows.find((row) => row.id === String(id))!
    const column = (key: string) => packTable.columns.findIndex((c) => c.key === key)
    expect(rowOf(arnhem).cells[column('schools:mailed')]).toBe('<5')
    expect(rowOf(arnhem).cells[column('schools:opened')]).toBe(0)
    // Aalten's 8 would give Arnhem's small number away from the total: hidden as well.
    expect(rowOf(aalten).cells[column('schools:mailed')]).toBe('x')
    expect(rowOf(aalten).cells[column('schools:opened')]).toBe(6)
    expect(packTable.totals?.cells[column('schools:mailed')]).toBe(11)
    const cells = packTable.rows.flatMap((row) => row.cells)
    expect(cells.filter((cell) => typeof cell === 'number' && cell > 0 && cell < 5)).toEqual([])
    expect(packTable.rows).toHaveLength(municipalities.length)
    // Pack mailings are not newsletter mails.
    expect(newsletterMails.rows.every((row) => row.total === 0)).toBe(true)
  })

  it('should set an organisation to bounced on a hard bounce or complaint of its pack mailing', async () => {
    const aalten = await fixtures.municipalityId('aalten')
    const [bouncing, complaining] = await seedOrganisations({
      payload,
      count: 2,
      municipalities: [aalten],
    })
    const edition = await packMailing(['aalten'])
    await scheduleNow(payload, users.adviser, edition.id)
    expect(await runSendingQueue(payload, edition.id)).toBe('sent')
    const deliveries = await deliveriesOf(edition.id)
    const messageIdOf = (organisation: string | number) =>
      deliveries.find((delivery) => delivery.organisation === organisation)!.providerMessageId!

    const secret = `whsec_${Buffer.from('pakketmailing-test').toString('base64')}`
    const send = (type: string, emailId: string, extra: Record<string, unknown> = {}) => {
      const id = `msg_${crypto.randomUUID()}`
      const timestamp = Math.floor(Date.now() / 1000)
      const rawBody = JSON.stringify({
        type,
        created_at: new Date().toISOString(),
        data: { email_id: emailId, to: ['x@example.org'], ...extra },
      })
      const signature = crypto
        .createHmac('sha256', Buffer.from(secret.replace(/^whsec_/, ''), 'base64'))
        .update(`${id}.${timestamp}.${rawBody}`)
        .digest('base64')
      return handleResendWebhook({
        payload,
        rawBody,
        secret,
        headers: new Headers({
          'svix-id': id,
          'svix-timestamp': String(timestamp),
          'svix-signature': `v1,${signature}`,
        }),
      })
    }
    await send('email.bounced', messageIdOf(bouncing), {
      bounce: { type: 'Permanent', subType: 'General', message: 'No such user' },
    })
    await send('email.complained', messageIdOf(complaining))

    expect((await organisationById(bouncing)).status).toBe('bounced')
    expect((await organisationById(complaining)).status).toBe('bounced')
  })
})

describe('pack mailings by a municipal editor', () => {
  let editor: User

  beforeAll(async () => {
    editor = await fixtures.user({
      email: 'redacteur.aalten@test.example',
      roles: ['gemeente-redactie'],
      municipalities: ['aalten'],
    })
  })

  it('should let the editor make, preview, test and send a pack mailing to its own organisations only', async () => {
    const [aalten, arnhem] = await Promise.all(['aalten', 'arnhem'].map(fixtures.municipalityId))
    await seedOrganisations({ payload, count: 3, municipalities: [aalten], prefix: 'aalten' })
    await seedOrganisations({ payload, count: 3, municipalities: [arnhem], prefix: 'arnhem' })
    const edition = await packMailing(['aalten'], editor)

    const preview = await rest('GET', `/api/newsletter-editions/${edition.id}/preview?locale=ar`, {
      as: editor,
    })
    expect(preview.status).toBe(200)
    const test = await rest('POST', `/api/newsletter-editions/${edition.id}/test-send`, {
      as: editor,
      body: JSON.stringify({ locale: 'pl' }),
      headers: { 'Content-Type': 'application/json' },
    })
    expect(test.status).toBe(200)
    expect(fake.messages.at(-1)!.to).toEqual([editor.email])
    expect(fake.messages.at(-1)!.html).toContain('/pl/gemeente/aalten/scholen')
    fake.messages.length = 0

    const schedule = await rest('POST', `/api/newsletter-editions/${edition.id}/sending/schedule`, {
      as: editor,
      body: JSON.stringify({}),
      headers: { 'Content-Type': 'application/json' },
    })
    expect(schedule.status).toBe(200)
    expect(await runSendingQueue(payload, edition.id)).toBe('sent')
    expect(fake.messages.flatMap(({ to }) => to).sort()).toEqual([
      'aalten0@example.org',
      'aalten1@example.org',
      'aalten2@example.org',
    ])
  })

  it("should refuse the editor a newsletter, a mailing for all or for another municipality, and another municipality's mailings", async () => {
    await expect(
      payload.create({
        collection: 'newsletter-editions',
        data: { title: 'Nieuwsbrief', status: 'draft' },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/alleen pakketmailings/)
    await expect(packMailing([], editor)).rejects.toThrow(/eigen gemeente/)
    await expect(packMailing(['arnhem'], editor)).rejects.toThrow(/eigen gemeente/)
    await expect(packMailing(['arnhem', 'aalten'], editor)).rejects.toThrow(/eigen gemeente/)

    const arnhemMailing = await packMailing(['arnhem'])
    const mixedMailing = await packMailing(['arnhem', 'aalten'])
    const found = await payload.find({
      collection: 'newsletter-editions',
      where: { kind: { equals: 'pack-mailing' } },
      user: editor,
      overrideAccess: false,
      depth: 0,
    })
    expect(found.docs.map(({ id }) => id)).not.toContain(arnhemMailing.id)
    const rest404 = await rest('GET', `/api/newsletter-editions/${arnhemMailing.id}`, {
      as: editor,
    })
    expect(rest404.status).toBe(404)
    const versions = await payload.findVersions({
      collection: 'newsletter-editions',
      where: { parent: { equals: arnhemMailing.id } },
      user: editor,
      overrideAccess: false,
    })
    expect(versions.docs).toHaveLength(0)
    const graphql = await rest('POST', '/api/graphql', {
      as: editor,
      body: JSON.stringify({
        query: `{ NewsletterEdition(id: ${JSON.stringify(arnhemMailing.id)}) { id title } }`,
      }),
      headers: { 'Content-Type': 'application/json' },
    })
    expect(JSON.stringify(graphql.body)).not.toContain('Het pakket voor scholen')

    for (const [method, path] of [
      ['GET', 'sending/summary'],
      ['POST', 'sending/schedule'],
      ['POST', 'test-send'],
    ] as const) {
      for (const mailing of [arnhemMailing, mixedMailing]) {
        const response = await rest(method, `/api/newsletter-editions/${mailing.id}/${path}`, {
          as: editor,
          body: method === 'POST' ? JSON.stringify({}) : undefined,
          headers: { 'Content-Type': 'application/json' },
        })
        expect([403, 404], `${path} of ${mailing.id}`).toContain(response.status)
      }
    }
    await expect(
      payload.update({
        collection: 'newsletter-editions',
        id: mixedMailing.id,
        data: { title: 'Overgenomen' },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/eigen gemeente/)
    await expect(
      payload.delete({
        collection: 'newsletter-editions',
        id: mixedMailing.id,
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const [aalten, arnhem] = await Promise.all(['aalten', 'arnhem'].map(fixtures.municipalityId))
    await seedOrganisations({ payload, count: 2, municipalities: [aalten, arnhem] })
    const organisations = await payload.find({
      collection: 'organisations',
      user: editor,
      overrideAccess: false,
      depth: 0,
    })
    expect(organisations.docs.map(({ municipality }) => municipality)).toEqual([aalten])
  })
})
