import { NotFound } from 'payload'
import type {
  CollectionSlug,
  DataFromCollectionSlug,
  File,
  Payload,
  RequiredDataFromCollectionSlug,
  TypedLocale,
} from 'payload'
import sharp from 'sharp'

import type { Role } from '@/access/checkRole'
import type {
  BuildingBlock,
  CommunicationPack,
  NewsletterEdition,
  PackTemplate,
  User,
} from '@/payload-types'
import { richText } from '@/seed/lexical'

export const testPassword = 'Test-wachtwoord-123!'

export type Fixtures = ReturnType<typeof createFixtures>

type Id = number | string

/** A person who logs in with `testPassword`, working for the municipalities named by slug. */
export type NewUser = { email: string; roles: Role[]; municipalities?: string[] }

type CreateOptions = {
  /** Acts as this person: their access applies (`overrideAccess: false`). */
  as?: User
  draft?: boolean
  locale?: TypedLocale
  context?: Record<string, unknown>
  file?: File
}

/**
 * Creates documents for tests and undoes them again, so tests do not lean on each other: every
 * document it creates (and every change it makes through `update`) is remembered in the open
 * layer and undone, newest first, when that layer is cleaned up. The integration harness opens a
 * layer for each test; what a file's set-up makes stays in the bottom layer until the file ends.
 */
export const createFixtures = (payload: Payload) => {
  const layers: (() => Promise<unknown>)[][] = [[]]
  const remember = (undo: () => Promise<unknown>) => layers.at(-1)!.push(undo)

  /** Deletes a document when the layer is cleaned up, unless the test deleted it already. */
  const track = (collection: CollectionSlug, id: Id) =>
    remember(() =>
      payload.delete({ collection, id }).catch((error: unknown) => {
        if (!(error instanceof NotFound)) throw error
      }),
    )

  const create = async <TSlug extends CollectionSlug>(
    collection: TSlug,
    data: RequiredDataFromCollectionSlug<TSlug>,
    { as, ...options }: CreateOptions = {},
  ): Promise<DataFromCollectionSlug<TSlug>> => {
    const doc = (await payload.create({
      collection,
      data,
      ...options,
      ...(as ? { user: as, overrideAccess: false } : {}),
    } as Parameters<Payload['create']>[0])) as DataFromCollectionSlug<TSlug>
    track(collection, doc.id)
    return doc
  }

  /** Puts the given fields of a document back as they are now when the layer is cleaned up. */
  const restoreLater = async <TSlug extends CollectionSlug>({
    collection,
    id,
    fields,
    locale,
    context,
  }: {
    collection: TSlug
    id: Id
    fields: string[]
    locale?: TypedLocale
    context?: Record<string, unknown>
  }) => {
    const before = (await payload.findByID({
      collection,
      id,
      locale,
      fallbackLocale: false,
      depth: 0,
    })) as Record<string, unknown>
    const data = Object.fromEntries(fields.map((field) => [field, before[field] ?? null]))
    remember(() =>
      payload.update({ collection, id, locale, data, context } as Parameters<Payload['update']>[0]),
    )
  }

  /** Changes a document that outlives the test (reference data, a file's set-up) until cleanup. */
  const update = async <TSlug extends CollectionSlug>({
    collection,
    id,
    data,
    locale,
    context,
  }: {
    collection: TSlug
    id: Id
    data: Partial<DataFromCollectionSlug<TSlug>>
    locale?: TypedLocale
    context?: Record<string, unknown>
  }) => {
    await restoreLater({ collection, id, fields: Object.keys(data), locale, context })
    return (await payload.update({ collection, id, locale, data, context } as Parameters<
      Payload['update']
    >[0])) as DataFromCollectionSlug<TSlug>
  }

  const municipality = async (slug: string) => {
    const { docs } = await payload.find({
      collection: 'municipalities',
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
    })
    if (!docs[0]) throw new Error(`Municipality ${slug} is not seeded`)
    return docs[0]
  }

  const municipalityId = async (slug: string) => (await municipality(slug)).id

  const user = async ({ email, roles, municipalities = [] }: NewUser): Promise<User> =>
    create('users', {
      email,
      password: testPassword,
      roles,
      municipalities: await Promise.all(
        municipalities.map(async (slug) => ({ municipality: await municipalityId(slug) })),
      ),
    })

  const buildingBlock = async (
    municipalitySlug: string,
    data: Partial<Omit<BuildingBlock, 'id' | 'createdAt' | 'updatedAt' | 'municipality'>> = {},
  ): Promise<BuildingBlock> =>
    create(
      'building-blocks',
      {
        title: `Bouwsteen van ${municipalitySlug}`,
        kind: 'news',
        ...data,
        municipality: await municipalityId(municipalitySlug),
      } as RequiredDataFromCollectionSlug<'building-blocks'>,
      { context: { skipReviewWorkflow: true } },
    )

  /** An edition in the making with one section of the given blocks (none: no sections). */
  const edition = (
    {
      blocks = [],
      heading = 'Uit de regio',
      ...data
    }: Partial<NewsletterEdition> & { blocks?: BuildingBlock['id'][]; heading?: string } = {},
    options: CreateOptions = {},
  ): Promise<NewsletterEdition> =>
    create(
      'newsletter-editions',
      {
        title: 'Nieuwsbrief december',
        status: 'draft',
        sections: blocks.length ? [{ heading, blocks }] : [],
        ...data,
      } as RequiredDataFromCollectionSlug<'newsletter-editions'>,
      options,
    )

  /** A PNG of one colour in the media library. */
  const image = async ({
    municipality: municipalitySlug,
    name,
    alt = 'Testbeeld',
    width = 40,
    height = 40,
    background = '#b3122e',
  }: {
    municipality: string
    name: string
    alt?: string
    width?: number
    height?: number
    background?: string
  }) => {
    const data = await sharp({ create: { width, height, channels: 3, background } })
      .png()
      .toBuffer()
    return create(
      'media',
      { alt, municipality: await municipalityId(municipalitySlug) },
      { file: { data, mimetype: 'image/png', name, size: data.length } },
    )
  }

  /** A published regional template for schools, with a short introduction. */
  const packTemplate = (data: Partial<PackTemplate> = {}): Promise<PackTemplate> =>
    create('pack-templates', {
      title: 'Pakket voor scholen',
      audience: 'schools',
      _status: 'published',
      intro: richText([{ paragraph: 'Regionale inleiding' }]),
      ...data,
    } as RequiredDataFromCollectionSlug<'pack-templates'>)

  /** A municipality's pack of a template, published unless asked otherwise. */
  const pack = async ({
    municipality: municipalitySlug,
    template,
    status = 'published',
    introduction,
    ...data
  }: Partial<Omit<CommunicationPack, 'introduction' | 'template' | 'municipality'>> & {
    municipality: string
    template: PackTemplate['id']
    status?: 'draft' | 'published'
    introduction?: string
  }): Promise<CommunicationPack> =>
    create(
      'communication-packs',
      {
        ...data,
        municipality: await municipalityId(municipalitySlug),
        template,
        ...(introduction ? { introduction: richText([{ paragraph: introduction }]) } : {}),
        _status: status,
      } as RequiredDataFromCollectionSlug<'communication-packs'>,
      { draft: status === 'draft', locale: 'nl' },
    )

  /** Opens a layer: what is made from now on is undone by the next `cleanup`. */
  const begin = () => {
    layers.push([])
  }

  /** Undoes the open layer, newest first (the bottom layer when none is open). */
  const cleanup = async () => {
    const layer = layers.length > 1 ? layers.pop()! : layers[0]!
    for (const undo of layer.splice(0).reverse()) await undo()
  }

  return {
    create,
    track,
    update,
    restoreLater,
    municipality,
    municipalityId,
    user,
    buildingBlock,
    edition,
    image,
    packTemplate,
    pack,
    begin,
    cleanup,
  }
}
