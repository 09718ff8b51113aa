import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  FlattenedField,
  Payload,
  PayloadRequest,
  Where,
} from 'payload'

import { idsOf } from '@/lib/ids'
import { publicEditionStatuses } from '@/newsletter/editionStatuses'

type Id = number | string

/**
 * A file is public (`isPublic`: its record, URL and sizes readable by anyone) exactly while
 * published content uses it. The flag is kept here, when content that can use a file changes,
 * not looked up when a file is requested: every image on a portal page or in a newsletter is a
 * request of its own, and the flag makes it one indexed lookup, where "is it used?" would be a
 * search through every published document's fields and rich text on each of them.
 *
 * What counts as published, per collection that uses files. Editions count through their blocks:
 * a sent newsletter's images stay reachable from the mails, even when a block is later returned.
 */
const publishedContent: {
  collection: CollectionSlug
  where?: Where
  isPublished: (doc: Record<string, unknown>) => boolean
}[] = [
  {
    collection: 'building-blocks',
    where: { reviewStatus: { equals: 'approved' } },
    isPublished: (doc) => doc.reviewStatus === 'approved',
  },
  {
    collection: 'communication-packs',
    where: { _status: { equals: 'published' } },
    isPublished: (doc) => doc._status === 'published',
  },
  {
    collection: 'pack-templates',
    where: { _status: { equals: 'published' } },
    isPublished: (doc) => doc._status === 'published',
  },
  { collection: 'municipalities', isPublished: () => true },
  {
    collection: 'newsletter-editions',
    where: { status: { in: [...publicEditionStatuses] } },
    isPublished: (doc) => (publicEditionStatuses as readonly unknown[]).includes(doc.status),
  },
]

/**
 * Sets `isPublic` on every file from what published content uses now. Whole, not by difference:
 * it cannot drift, and it runs only when published content changes (and once at start, which
 * also sets the flag on a database from before it existed).
 */
export const refreshMediaPublicity = async ({
  payload,
  req,
}: {
  payload: Payload
  req?: PayloadRequest
}) => {
  const used = new Set<Id>()
  const blockIds = new Set<Id>()
  for (const { collection, where } of publishedContent) {
    const found = await referencesFrom({ payload, req, collection, where })
    for (const id of found.media) used.add(id)
    for (const id of found.blocks) blockIds.add(id)
  }
  if (blockIds.size) {
    const where = { id: { in: [...blockIds] } }
    const found = await referencesFrom({ payload, req, collection: 'building-blocks', where })
    for (const id of found.media) used.add(id)
  }
  // Through the adapter: a flag the app keeps is no edit, so no version and no hooks.
  if (used.size) {
    await payload.db.updateMany({
      collection: 'media',
      where: { and: [{ id: { in: [...used] } }, { isPublic: { not_equals: true } }] },
      data: { isPublic: true },
      req,
    })
  }
  await payload.db.updateMany({
    collection: 'media',
    where: {
      and: [{ isPublic: { equals: true } }, ...(used.size ? [{ id: { not_in: [...used] } }] : [])],
    },
    data: { isPublic: false },
    req,
  })
}

/** The files and building blocks the documents of `collection` matching `where` refer to. */
const referencesFrom = async ({
  payload,
  req,
  collection,
  where,
}: {
  payload: Payload
  req?: PayloadRequest
  collection: CollectionSlug
  where?: Where
}) => {
  const fields = payload.collections[collection].config.flattenedFields
  const { docs } = await payload.find({
    collection,
    where,
    locale: 'all',
    depth: 0,
    pagination: false,
    select: fileBearing(fields),
    overrideAccess: true,
    req,
  })
  return {
    media: docs.flatMap((doc) => referencesIn({ fields, value: doc, relationTo: 'media' })),
    blocks: docs.flatMap((doc) =>
      referencesIn({ fields, value: doc, relationTo: 'building-blocks' }),
    ),
  }
}

/** After a change to content that uses files: refreshes when it was or is published. */
export const refreshMediaPublicityAfterChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  if (wasOrIsPublished(collection.slug, [doc, previousDoc]))
    await refreshMediaPublicity({ payload: req.payload, req })
  return doc
}

export const refreshMediaPublicityAfterDelete: CollectionAfterDeleteHook = async ({
  collection,
  doc,
  req,
}) => {
  if (wasOrIsPublished(collection.slug, [doc]))
    await refreshMediaPublicity({ payload: req.payload, req })
  return doc
}

const wasOrIsPublished = (slug: string, docs: unknown[]) => {
  const content = publishedContent.find(({ collection }) => collection === slug)
  return Boolean(
    content &&
    docs.some(
      (doc) =>
        doc && typeof doc === 'object' && content.isPublished(doc as Record<string, unknown>),
    ),
  )
}

/** The top-level fields that can hold a reference (uploads, relationships, rich text), to select. */
const fileBearing = (fields: FlattenedField[]) =>
  Object.fromEntries(
    fields.filter((field) => canHoldReference(field)).map(({ name }) => [name, true]),
  ) as Record<string, true>

const canHoldReference = (field: FlattenedField): boolean => {
  if (field.type === 'upload' || field.type === 'relationship' || field.type === 'richText')
    return true
  if (field.type === 'blocks')
    return field.blocks.some((block) => block.flattenedFields.some(canHoldReference))
  return 'flattenedFields' in field && field.flattenedFields.some(canHoldReference)
}

/**
 * The ids a document refers to in `relationTo`, through its upload and relationship fields
 * (in groups, arrays and blocks, in every language) and the upload nodes of its rich text.
 */
const referencesIn = ({
  fields,
  value,
  relationTo,
}: {
  fields: FlattenedField[]
  value: unknown
  relationTo: string
}): Id[] => {
  if (!value || typeof value !== 'object') return []
  const row = value as Record<string, unknown>
  return fields.flatMap((field) => {
    const stored = row[field.name]
    const values =
      field.localized && stored && typeof stored === 'object' && !Array.isArray(stored)
        ? Object.values(stored)
        : [stored]
    return values.flatMap((inLanguage) =>
      referencesInField({ field, value: inLanguage, relationTo }),
    )
  })
}

const referencesInField = ({
  field,
  value,
  relationTo,
}: {
  field: FlattenedField
  value: unknown
  relationTo: string
}): Id[] => {
  if (value === null || value === undefined) return []
  if (field.type === 'upload' || field.type === 'relationship') {
    if (Array.isArray(field.relationTo)) return []
    return field.relationTo === relationTo ? idsOf([value].flat()) : []
  }
  if (field.type === 'richText') return relationTo === 'media' ? uploadNodesIn(value) : []
  if (field.type === 'array' && Array.isArray(value))
    return value.flatMap((row) =>
      referencesIn({ fields: field.flattenedFields, value: row, relationTo }),
    )
  if (field.type === 'blocks' && Array.isArray(value))
    return value.flatMap((row) => {
      const block = field.blocks.find(
        ({ slug }) => slug === (row as { blockType?: string })?.blockType,
      )
      return block ? referencesIn({ fields: block.flattenedFields, value: row, relationTo }) : []
    })
  if ('flattenedFields' in field)
    return referencesIn({ fields: field.flattenedFields, value, relationTo })
  return []
}

/** Lexical upload nodes (`{ type: 'upload', relationTo: 'media', value }`) anywhere in a tree. */
const uploadNodesIn = (node: unknown): Id[] => {
  if (!node || typeof node !== 'object') return []
  if (Array.isArray(node)) return node.flatMap(uploadNodesIn)
  const { type, relationTo, value, ...rest } = node as Record<string, unknown>
  if (type === 'upload' && relationTo === 'media') return idsOf([value])
  return Object.values(rest).flatMap(uploadNodesIn)
}
