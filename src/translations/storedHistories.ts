import type { Payload } from 'payload'

import { localeCodes } from '@/i18n'
import { idsOf } from '@/lib/ids'

import type { TranslatableCollection } from './registry'
import { fieldHistories } from './status'
import type { FieldHistory, Snapshot } from './status'

/**
 * The field histories of a collection's documents, kept in `translation-histories`: a document's
 * versions are read (and its histories stored again) only when it changed since they were stored,
 * so the overview no longer reads every version of every document on every visit (2,000 building
 * blocks with ten versions each took seconds). Histories of documents that are gone are removed.
 */
export const historiesOf = async ({
  payload,
  collection,
  docs,
}: {
  payload: Payload
  collection: TranslatableCollection
  /** The collection's documents as the overview read them (`id` and `updatedAt` are used). */
  docs: Record<string, unknown>[]
}): Promise<Map<string, Map<string, FieldHistory>>> => {
  const { docs: stored } = await payload.find({
    collection: 'translation-histories',
    where: { collectionSlug: { equals: collection.slug } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const storedOf = new Map(stored.map((row) => [row.document, row]))
  const result = new Map<string, Map<string, FieldHistory>>()
  const stale: Record<string, unknown>[] = []
  for (const doc of docs) {
    const row = storedOf.get(String(doc.id))
    if (row?.basedOn === basedOnOf(doc)) result.set(String(doc.id), fromJson(row.histories))
    else stale.push(doc)
  }
  for (let start = 0; start < stale.length; start += staleChunk) {
    const chunk = stale.slice(start, start + staleChunk)
    const snapshots = await snapshotsOf({ payload, collection, docs: chunk })
    for (const doc of chunk) {
      const id = String(doc.id)
      const histories = fieldHistories(collection.fields, snapshots.get(id)!, localeCodes)
      result.set(id, histories)
      const row = storedOf.get(id)
      const data = {
        collectionSlug: collection.slug,
        document: id,
        basedOn: basedOnOf(doc),
        histories: toJson(histories),
      }
      // Two visits at once may both store it; the unique index keeps one, and either is right.
      await (
        row
          ? payload.update({
              collection: 'translation-histories',
              id: row.id,
              data,
              overrideAccess: true,
            })
          : payload.create({ collection: 'translation-histories', data, overrideAccess: true })
      ).catch(() => undefined)
    }
  }
  const present = new Set(docs.map((doc) => String(doc.id)))
  for (const id of present) storedOf.delete(id)
  const gone = [...storedOf.values()].map(({ id }) => id)
  if (gone.length) {
    await payload.delete({
      collection: 'translation-histories',
      where: { id: { in: gone } },
      overrideAccess: true,
    })
  }
  return result
}

/** Bump when what is stored changes shape or meaning: every history is then read again once. */
const historyFormat = 1

const basedOnOf = (doc: Record<string, unknown>) =>
  `${historyFormat}:${String(doc.updatedAt ?? '')}`

/** Changed documents whose versions are read in one query. */
const staleChunk = 50

/**
 * The versions of these documents with all languages, oldest first, per document id; the document
 * itself when it has none (made before versions were kept, or written straight into the database).
 */
const snapshotsOf = async ({
  payload,
  collection,
  docs,
}: {
  payload: Payload
  collection: TranslatableCollection
  docs: Record<string, unknown>[]
}): Promise<Map<string, Snapshot[]>> => {
  const { docs: versions } = await payload.findVersions({
    collection: collection.slug,
    where: { parent: { in: docs.map(({ id }) => id) } },
    locale: 'all',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const byParent = new Map<string, Snapshot[]>()
  for (const version of [...versions].sort(inCreationOrder)) {
    const parent = String(idsOf([version.parent])[0])
    const snapshots = byParent.get(parent) ?? []
    snapshots.push({
      at: version.updatedAt,
      doc: version.version as unknown as Record<string, unknown>,
    })
    byParent.set(parent, snapshots)
  }
  for (const doc of docs) {
    if (byParent.has(String(doc.id))) continue
    const full = await payload.findByID({
      collection: collection.slug,
      id: doc.id as string | number,
      locale: 'all',
      draft: collection.hasDrafts,
      depth: 0,
      overrideAccess: true,
    })
    byParent.set(String(doc.id), [
      { at: String(full.updatedAt ?? ''), doc: full as unknown as Record<string, unknown> },
    ])
  }
  return byParent
}

type StoredHistory = Omit<FieldHistory, 'changedIn' | 'changedAt' | 'hasText'> & {
  changedIn: Record<string, number>
  changedAt: Record<string, string>
  hasText: Record<string, boolean>
}

const toJson = (histories: Map<string, FieldHistory>): [string, StoredHistory][] =>
  [...histories].map(([key, history]) => [
    key,
    {
      ...history,
      changedIn: Object.fromEntries(history.changedIn),
      changedAt: Object.fromEntries(history.changedAt),
      hasText: Object.fromEntries(history.hasText),
    },
  ])

const fromJson = (stored: unknown): Map<string, FieldHistory> =>
  new Map(
    (stored as [string, StoredHistory][]).map(([key, history]) => [
      key,
      {
        ...history,
        changedIn: new Map(Object.entries(history.changedIn)),
        changedAt: new Map(Object.entries(history.changedAt)),
        hasText: new Map(Object.entries(history.hasText)),
      },
    ]),
  )

/** Versions in the order they were made; ids break ties within one millisecond. */
const inCreationOrder = (
  a: { createdAt: string; id: string | number },
  b: { createdAt: string; id: string | number },
) =>
  a.createdAt.localeCompare(b.createdAt) ||
  (typeof a.id === 'number' && typeof b.id === 'number'
    ? a.id - b.id
    : String(a.id).localeCompare(String(b.id)))
