import type { CollectionSlug, FlattenedField, Payload } from 'payload'

/**
 * The collections whose texts are translated here, in the order their documents usually go out.
 * Registering a collection is one line: its localized text fields are found from its config.
 * Only collections with versions belong here: "outdated" is read from the version history.
 */
export const translatableCollections = [
  { slug: 'newsletter-editions', singular: 'Editie', plural: 'Nieuwsbrief-edities' },
  { slug: 'building-blocks', singular: 'Bouwsteen', plural: 'Bouwstenen' },
  { slug: 'pack-templates', singular: 'Pakketsjabloon', plural: 'Pakketsjablonen' },
  { slug: 'communication-packs', singular: 'Communicatiepakket', plural: 'Communicatiepakketten' },
  { slug: 'municipalities', singular: 'Gemeente', plural: 'Gemeenten' },
  { slug: 'media', singular: 'Beeld', plural: 'Beeld en bestanden' },
] as const satisfies { slug: CollectionSlug; singular: string; plural: string }[]

export type TranslatableSlug = (typeof translatableCollections)[number]['slug']

export type TranslatableCollection = {
  slug: TranslatableSlug
  singular: string
  plural: string
  fields: FlattenedField[]
  hasDrafts: boolean
  titleField: string
}

/** The registered collections this Payload instance has, with what the translation code needs. */
export const translatableCollectionsOf = (payload: Payload): TranslatableCollection[] =>
  translatableCollections.flatMap(({ slug, singular, plural }) => {
    const config = payload.collections[slug]?.config
    if (!config) return []
    return [
      {
        slug,
        singular,
        plural,
        fields: config.flattenedFields,
        hasDrafts: Boolean(config.versions && config.versions.drafts),
        titleField: config.admin?.useAsTitle ?? 'id',
      },
    ]
  })

export const isTranslatableSlug = (value: string): value is TranslatableSlug =>
  translatableCollections.some(({ slug }) => slug === value)
