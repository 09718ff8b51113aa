import { describe, expect, it, vi } from 'vitest'

import type { Media, User } from '@/payload-types'
import { routeToHelpOf } from '@/reference/routeToHelp'
import { demoAccounts } from '@/seed/data/demo/accounts'
import { seedDemoData } from '@/seed/demo'

import { useIntegration } from '../support/integration'

// Everything the demo seed fills, those that point at others first.
const { payload } = useIntegration({
  emptyAfterEach: [
    'deliveries',
    'organisations',
    'newsletter-editions',
    'subscribers',
    'pack-downloads',
    'communication-packs',
    'pack-templates',
    'building-blocks',
    'media',
    'users',
  ],
})

const counts = async () =>
  Object.fromEntries(
    await Promise.all(
      (['building-blocks', 'media', 'users', 'organisations'] as const).map(async (collection) => [
        collection,
        (await payload.count({ collection })).totalDocs,
      ]),
    ),
  )

describe('seedDemoData', () => {
  it('should refuse in production mode and create nothing', async () => {
    const before = await counts()
    vi.stubEnv('APP_MODE', 'production')
    await expect(seedDemoData(payload, { password: 'Demo-wachtwoord-1' })).rejects.toThrow(
      /nooit in productie/,
    )
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

    const { docs: organisations } = await payload.find({
      collection: 'organisations',
      pagination: false,
      depth: 1,
    })
    const municipalitiesWith = new Set(
      organisations.map(({ municipality }) =>
        typeof municipality === 'object' ? municipality?.slug : municipality,
      ),
    )
    for (const slug of ['arnhem', 'winterswijk', 'duiven', 'zevenaar']) {
      expect(municipalitiesWith.has(slug), slug).toBe(true)
    }
    expect(new Set(organisations.map(({ kind }) => kind)).size).toBe(7)
    expect(new Set(organisations.map(({ audience }) => audience)).size).toBe(4)
    const languages = new Set<string>(organisations.map(({ language }) => language))
    for (const language of ['ar', 'tr', 'pl', 'uk']) expect(languages.has(language)).toBe(true)
    const withoutAddress = organisations.filter(({ email }) => !email)
    expect(withoutAddress.length).toBeGreaterThanOrEqual(2)
    expect(withoutAddress.every(({ source }) => source === 'school-register')).toBe(true)
    expect(organisations.filter(({ status }) => status === 'opted-out')).toHaveLength(1)
    expect(organisations.every(({ email }) => !email || email.endsWith('@example.org'))).toBe(true)
    const { docs: municipalities } = await payload.find({
      collection: 'municipalities',
      pagination: false,
      depth: 0,
    })
    const statusOf = (slug: string) =>
      routeToHelpOf(municipalities.find((municipality) => municipality.slug === slug)!).status
    expect(statusOf('arnhem')).toBe('verified')
    expect(statusOf('duiven')).toBe('verified')
    expect(statusOf('winterswijk')).toBe('stale')
    expect(statusOf('aalten')).toBe('unverified')
  })

  it('should create nothing new when run a second time and accept the new password', async () => {
    await seedDemoData(payload, { password: 'Demo-wachtwoord-1' })
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
