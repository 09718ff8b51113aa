import type { Payload } from 'payload'
import { beforeAll } from 'vitest'

import type { PackAudience } from '@/fields/taxonomy'
import { localeCodes } from '@/i18n'
import type { Locale } from '@/i18n'
import type { BuildingBlock, NewsletterEdition, User } from '@/payload-types'
import type { SubscriberStatus } from '@/subscribers/statuses'

import type { Fixtures } from './fixtures'
import { useIntegration } from './integration'
import { useFakeResend } from './useFakeResend'

/**
 * Subscribers (confirmed unless `status` says otherwise) written straight through the database
 * adapter: thousands in seconds, spread over the languages (and municipalities when given).
 */
export const seedSubscribers = async ({
  payload,
  count,
  prefix = 'abonnee',
  locales = localeCodes,
  municipalities = [],
  status = 'confirmed',
}: {
  payload: Payload
  count: number
  prefix?: string
  locales?: readonly Locale[]
  municipalities?: (string | number)[]
  status?: SubscriberStatus
}) => {
  const createdAt = new Date(Date.now() - 60_000).toISOString()
  const ids: (string | number)[] = []
  for (let index = 0; index < count; index++) {
    const doc = await payload.db.create({
      collection: 'subscribers',
      data: {
        email: `${prefix}${index}@example.org`,
        name: index % 4 === 0 ? null : `Abonnee ${index}`,
        locale: locales[index % locales.length],
        municipality: municipalities.length ? municipalities[index % municipalities.length] : null,
        status,
        confirmedAt: status === 'confirmed' ? createdAt : null,
        createdAt,
        updatedAt: createdAt,
      },
    })
    ids.push(doc.id)
  }
  return ids
}

/** Subscribers of one municipality in one status, for tests that count them. */
export const seedSubscribersOf = ({
  payload,
  municipality,
  status = 'confirmed',
  count,
}: {
  payload: Payload
  municipality: string | number
  status?: SubscriberStatus
  count: number
}) =>
  seedSubscribers({
    payload,
    count,
    municipalities: [municipality],
    status,
    prefix: `${status}.${municipality}.`,
  })

/**
 * Active organisations with an address, written through the adapter, spread over the languages
 * and the given municipalities; every `otherAudienceEvery`-th one belongs to another audience.
 */
export const seedOrganisations = async ({
  payload,
  count,
  municipalities,
  audience = 'schools',
  prefix = 'school',
  locales = localeCodes,
}: {
  payload: Payload
  count: number
  municipalities: (string | number)[]
  audience?: PackAudience
  prefix?: string
  locales?: readonly Locale[]
}) => {
  const createdAt = new Date(Date.now() - 60_000).toISOString()
  const ids: (string | number)[] = []
  for (let index = 0; index < count; index++) {
    const doc = await payload.db.create({
      collection: 'organisations',
      data: {
        name: `${prefix} ${index}`,
        kind: audience === 'schools' ? 'primary-school' : 'employer',
        audience,
        contactName: index % 3 === 0 ? null : `Contact ${index}`,
        email: `${prefix}${index}@example.org`,
        language: locales[index % locales.length],
        municipality: municipalities[index % municipalities.length],
        source: 'manual',
        status: 'active',
        createdAt,
        updatedAt: createdAt,
      },
    })
    ids.push(doc.id)
  }
  return ids
}

/** What a send fills, for `useIntegration({ emptyAfterEach })`: each test starts from an empty list. */
export const sendingCollections = [
  'delivery-claims',
  'send-windows',
  'delivery-batches',
  'deliveries',
  'payload-jobs',
  'subscribers',
  'organisations',
] as const

/** An edition with one section of the given blocks, made by `user`, ready to be scheduled. */
export const createEdition = ({
  fixtures,
  user,
  blocks,
  audience,
}: {
  fixtures: Fixtures
  user: User
  blocks: BuildingBlock['id'][]
  audience?: NewsletterEdition['audience']
}) => fixtures.edition({ intro: 'Een korte inleiding.', blocks, audience }, { as: user })

/** Schedules for now as the adviser (the way the admin's "Nu verzenden" does). */
export const scheduleNow = (payload: Payload, user: User, id: string | number) =>
  payload.update({
    collection: 'newsletter-editions',
    id,
    data: { status: 'scheduled', sendAt: new Date().toISOString() },
    user,
    overrideAccess: false,
  })

/**
 * Works the sending queue in this process until the edition has an outcome: jobs, not sleeps.
 * Returns the edition's status.
 */
export const runSendingQueue = async (
  payload: Payload,
  editionId: string | number,
  { maxRounds = 200 }: { maxRounds?: number } = {},
) => {
  for (let round = 0; round < maxRounds; round++) {
    await payload.jobs.run({ queue: 'sending', limit: 10 })
    const edition = await payload.findByID({
      collection: 'newsletter-editions',
      id: editionId,
      depth: 0,
      overrideAccess: true,
    })
    if (['sent', 'cancelled', 'paused'].includes(edition.status)) return edition.status
  }
  throw new Error(`Edition ${editionId} did not finish in ${maxRounds} rounds of the queue`)
}

/**
 * The set-up of a file that sends editions: the harness with a quick sending pace, a fake Resend
 * server for each test, and a regional adviser with an approved block to send, made once.
 */
export const useSending = () => {
  const integration = useIntegration({
    env: { SEND_RATE_PER_SECOND: '50', SEND_BACKOFF_SECONDS: '0.05' },
    emptyAfterEach: sendingCollections,
    users: { adviser: { email: 'adviseur.verzending@test.example', roles: ['regio-redactie'] } },
  })
  const { payload, fixtures, users } = integration
  const fake = useFakeResend({ ratePerSecond: 50 })
  let approvedBlock: BuildingBlock | undefined

  beforeAll(async () => {
    approvedBlock = await fixtures.buildingBlock('arnhem', {
      title: 'Arnhem kleurt oranje',
      reviewStatus: 'approved',
    })
  })

  return {
    ...integration,
    fake,
    /** An edition of the approved block by the adviser. */
    edition: (audience?: NewsletterEdition['audience']) =>
      createEdition({ fixtures, user: users.adviser, blocks: [approvedBlock!.id], audience }),
    deliveriesOf: async (editionId: string | number) =>
      (
        await payload.find({
          collection: 'deliveries',
          where: { edition: { equals: editionId } },
          pagination: false,
          depth: 0,
          sort: 'id',
          overrideAccess: true,
        })
      ).docs,
    recipientsAtFake: () => fake.messages.flatMap((message) => message.to),
  }
}
