import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { Role } from '@/access/checkRole'
import type { BuildingBlock, User } from '@/payload-types'

export const testPassword = 'Test-wachtwoord-123!'

type CreatedDoc = { collection: 'users' | 'building-blocks' | 'media'; id: number | string }

/**
 * Creates documents for one test and removes them again, so tests do not lean on each other.
 */
export const createFixtures = (payload: Payload) => {
  const created: CreatedDoc[] = []

  const municipalityId = async (slug: string) => {
    const { docs } = await payload.find({
      collection: 'municipalities',
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
    })
    if (!docs[0]) throw new Error(`Municipality ${slug} is not seeded`)
    return docs[0].id
  }

  const user = async ({
    email,
    roles,
    municipalities = [],
  }: {
    email: string
    roles: Role[]
    municipalities?: string[]
  }): Promise<User> => {
    const doc = await payload.create({
      collection: 'users',
      data: {
        email,
        password: testPassword,
        roles,
        municipalities: await Promise.all(
          municipalities.map(async (slug) => ({ municipality: await municipalityId(slug) })),
        ),
      },
    })
    created.push({ collection: 'users', id: doc.id })
    return doc
  }

  const buildingBlock = async (
    municipality: string,
    data: Partial<Omit<BuildingBlock, 'id' | 'createdAt' | 'updatedAt' | 'municipality'>> = {},
  ): Promise<BuildingBlock> => {
    const doc = await payload.create({
      collection: 'building-blocks',
      data: {
        title: `Bouwsteen van ${municipality}`,
        kind: 'news',
        ...data,
        municipality: await municipalityId(municipality),
      } as RequiredDataFromCollectionSlug<'building-blocks'>,
      context: { skipReviewWorkflow: true },
    })
    created.push({ collection: 'building-blocks', id: doc.id })
    return doc
  }

  const track = (collection: CreatedDoc['collection'], id: number | string) => {
    created.push({ collection, id })
  }

  const cleanup = async () => {
    for (const { collection, id } of created.reverse()) {
      await payload.delete({ collection, id }).catch(() => undefined)
    }
    created.length = 0
  }

  return { municipalityId, user, buildingBlock, track, cleanup }
}
