import { createLocalReq, Forbidden } from 'payload'
import type {
  Access,
  CollectionBeforeChangeHook,
  CollectionSlug,
  Payload,
  PayloadRequest,
  SanitizedConfig,
  Where,
} from 'payload'

import { idsOf } from '@/lib/ids'

/**
 * Payload's own `payload-locked-documents` collection lets any signed-in user read, create and
 * delete locks on any document: an editor of one municipality could lock another's work (423 on
 * save) and see which subscriber records someone has open. Here a lock follows the locked
 * document's access: a user reads a lock only on a document they may read, and takes, moves or
 * removes one only on a document they may update.
 */
export const lockedDocumentsSlug = 'payload-locked-documents'

type Operation = 'read' | 'update'

type LockedRef = { relationTo?: string; value?: unknown } | null | undefined

/**
 * Narrows the built config's lock collection. Payload adds that collection while it sanitizes
 * the config, after plugins have run, so this is applied to the result of `buildConfig`.
 */
export const narrowDocumentLocks = (config: SanitizedConfig): SanitizedConfig => {
  const locks = config.collections.find(({ slug }) => slug === lockedDocumentsSlug)
  if (!locks) return config
  locks.access = {
    ...locks.access,
    read: lockAccess('read'),
    create: lockAccess('update'),
    update: lockAccess('update'),
    delete: lockAccess('update'),
  }
  locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), lockInOwnName]
  return config
}

/**
 * The admin's form state takes a lock straight through the database adapter, past every access
 * rule, for whatever document id the browser names. Wrapping the adapter's `create` is the one
 * place every new lock passes: a lock the named user may not take on that document is refused.
 */
export const guardLockCreation = (payload: Payload) => {
  const create = payload.db.create.bind(payload.db)
  payload.db.create = async (args) => {
    if (args.collection === lockedDocumentsSlug) {
      const [userId] = idsOf([(args.data.user as LockedRef)?.value])
      const user =
        userId === undefined
          ? null
          : await payload.findByID({
              collection: 'users',
              id: userId,
              depth: 0,
              disableErrors: true,
            })
      const req = await createLocalReq(
        { user: user ? { ...user, collection: 'users' } : undefined },
        payload,
      )
      if (!user || !(await mayTakeLock({ req, document: args.data.document as LockedRef })))
        throw new Forbidden(req.t)
    }
    return create(args)
  }
}

/** Whether the requesting user may `operation` the document with this id. */
export const mayAccessDocument = async ({
  req,
  collection,
  id,
  operation,
}: {
  req: PayloadRequest
  collection: string
  id: unknown
  operation: Operation
}) => (await accessibleIds({ req, collection, ids: [id], operation })).size > 0

const lockAccess =
  (operation: Operation): Access =>
  async ({ req, id, data }) => {
    if (!req.user) return false
    if (data?.document !== undefined && !(await mayTakeLock({ req, document: data.document })))
      return false
    // A new lock has nothing to look up: only its document counts.
    if (operation === 'update' && !id && data?.document !== undefined) return true
    const { docs: locks } = await req.payload.db.find<{
      id: number | string
      document?: LockedRef
    }>({
      collection: lockedDocumentsSlug,
      where: id === undefined ? {} : { id: { equals: id } },
      pagination: false,
      req,
    })
    const allowed: (number | string)[] = []
    const collections = new Set(locks.map(({ document }) => document?.relationTo).filter(Boolean))
    for (const collection of collections as Set<string>) {
      const ofCollection = locks.filter(({ document }) => document?.relationTo === collection)
      const ids = await accessibleIds({
        req,
        collection,
        ids: ofCollection.map(({ document }) => document?.value),
        operation,
      })
      for (const lock of ofCollection) {
        const [documentId] = idsOf([lock.document?.value])
        if (documentId !== undefined && ids.has(documentId)) allowed.push(lock.id)
      }
    }
    // Never a bare `false` for reads: the admin asks for locks on every page and must see none.
    return allowed.length ? { id: { in: allowed } } : { id: { exists: false } }
  }

/** A lock names its document; the user taking it must be allowed to update that document. */
const mayTakeLock = async ({ req, document }: { req: PayloadRequest; document: LockedRef }) =>
  Boolean(document?.relationTo) &&
  mayAccessDocument({
    req,
    collection: document!.relationTo!,
    id: document!.value,
    operation: 'update',
  })

/** A lock is always in the name of whoever takes it, never in someone else's. */
const lockInOwnName: CollectionBeforeChangeHook = ({ data, req }) =>
  req.user ? { ...data, user: { relationTo: req.user.collection, value: req.user.id } } : data

/** Of `ids` in `collection`, the ones the request's user may `operation`, by that collection's rules. */
const accessibleIds = async ({
  req,
  collection,
  ids,
  operation,
}: {
  req: PayloadRequest
  collection: string
  ids: unknown[]
  operation: Operation
}) => {
  const wanted = idsOf(ids)
  const target = req.payload.collections[collection as CollectionSlug]
  if (!target || !wanted.length) return new Set<number | string>()
  const result = await target.config.access[operation]({
    req,
    id: (wanted.length === 1 ? wanted[0] : undefined) as number | undefined,
  })
  if (!result) return new Set<number | string>()
  const where: Where =
    result === true ? { id: { in: wanted } } : { and: [{ id: { in: wanted } }, result as Where] }
  const { docs } = await req.payload.find({
    collection: collection as CollectionSlug,
    where,
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  return new Set(docs.map(({ id }) => id))
}
