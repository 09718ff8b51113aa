import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media, User } from '@/payload-types'
import { demoAccounts } from '@/seed/data/demo/accounts'
import { seedDemoData } from '@/seed/demo'
import { startPayload } from '../support/payload'

const seededCollections = ['building-blocks', 'media', 'users'] as const

type SeededCollection = (typeof seededCollections)[number]

let payload: Payload
const idsBefore = new Map<SeededCollection, Set<number>>()

const idsOf = async (collection: SeededCollection) => {
  const { docs } = await payload.find({ collection, pagination: false, depth: 0, select: {} })
  return new Set(docs.map((doc) => doc.id))
}

const counts = async () =>
  Object.fromEntries(
    await Promise.all(
      seededCollections.map(async (collection) => [
        collection,
        (await payload.count({ collection })).totalDocs,
      ]),
    ),
  )

beforeAll(async () => {
  payload = await startPayload()
  for (const collection of seededCollections) idsBefore.set(collection, await idsOf(collection))
})

afterAll(async () => {
  // Blocks point at media and users, so they go first.
  for (const collection of seededCollections) {
    const created = [...(await idsOf(collection))].filter(
      (id) => !idsBefore.get(collection)?.has(id),
    )
    if (created.length) await payload.delete({ collection, where: { id: { in: created } } })
  }
  await payload.destroy()
})

describe('seedDemoData', () => {
  it('should refuse in production mode and create nothing', async () => {
    const previous = process.env.APP_MODE
    const before = await counts()
    process.env.APP_MODE = 'production'
    try {
      await expect(seedDemoData(payload, { password: 'Demo-wachtwoord-1' })).rejects.toThrow(
        /nooit in productie/,
      )
    } finally {
      if (previous === undefined) delete process.env.APP_MODE
      else process.env.APP_MODE = previous
    }
    expect(await counts()).toEqual(before)
  })

  it('should create the five demo accounts, about twenty building blocks and images in all sizes', async () => {
    const { createdAccounts } = await seedDemoData(payload, { password: 'Demo-wachtwoord-1' })
    expect(createdAccounts.sort()).toEqual(demoAccounts.map(({ email }) => email).sort())

    const { docs: users } = await payload.find({
      collection: 'users',
      where: { email: { in: demoAccounts.map(({ email }) => email) } },
      depth: 1,
      pagination: false,
    })
    const municipalitySlugsOf = (user: User) =>
      (user.municipalities ?? []).map(({ municipality }) =>
        typeof municipality === 'object' ? municipality.slug : municipality,
      )
    for (const account of demoAccounts) {
      const user = users.find(({ email }) => email === account.email)
      expect(user, account.email).toBeDefined()
      expect(user!.roles).toEqual(account.roles)
      expect(user!.isDemoAccount).toBe(true)
      expect(user!.name).toBeTruthy()
      expect(municipalitySlugsOf(user!).sort()).toEqual([...account.municipalities].sort())
    }

    const { docs: blocks } = await payload.find({
      collection: 'building-blocks',
      pagination: false,
      depth: 0,
      locale: 'all',
    })
    expect(blocks.length).toBeGreaterThanOrEqual(18)
    expect(new Set(blocks.map(({ reviewStatus }) => reviewStatus))).toEqual(
      new Set(['draft', 'submitted', 'approved', 'returned']),
    )
    for (const block of blocks) {
      if (block.reviewStatus === 'returned') expect(block.reviewFeedback).toBeTruthy()
      if (block.reviewStatus === 'approved') expect(block.reviewedAt).toBeTruthy()
    }
    const titles = blocks.map(({ title }) => title as unknown as Record<string, string>)
    const translatedTo = (locale: string) => titles.filter((title) => title[locale]).length
    expect(translatedTo('en')).toBeGreaterThanOrEqual(3)
    expect(translatedTo('ar')).toBeGreaterThanOrEqual(3)
    for (const locale of ['tr', 'pl', 'uk']) expect(translatedTo(locale)).toBeGreaterThanOrEqual(1)
    const withImage = blocks.filter(({ image }) => image).length
    expect(withImage).toBeGreaterThanOrEqual(blocks.length / 3)

    const { docs: media } = await payload.find({ collection: 'media', pagination: false, depth: 0 })
    expect(media.length).toBeGreaterThanOrEqual(4)
    // Demo pictures, not the municipality logos the pack seed adds.
    const image = media.find(({ filename }) => filename?.startsWith('demo-')) as Media
    expect(image.municipality).toBeTruthy()
    expect(image.alt).toBeTruthy()
    expect(image.width).toBe(1600)
    expect(image.sizes?.thumbnail?.width).toBe(300)
    expect(image.sizes?.card?.width).toBe(768)
    expect(image.sizes?.email?.width).toBe(600)
    expect(image.sizes?.emailRetina?.width).toBe(1200)
  })

  it('should create nothing new when run a second time and accept the new password', async () => {
    const before = await counts()
    const { createdAccounts } = await seedDemoData(payload, { password: 'Ander-wachtwoord-2' })
    expect(createdAccounts).toEqual([])
    expect(await counts()).toEqual(before)

    for (const { email } of demoAccounts) {
      const { user } = await payload.login({
        collection: 'users',
        data: { email, password: 'Ander-wachtwoord-2' },
      })
      expect(user?.email).toBe(email)
    }
  })
})
