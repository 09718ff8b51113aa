import { QueryError } from 'payload'
import type {
  CollectionBeforeOperationHook,
  CollectionSlug,
  FlattenedField,
  Plugin,
  PayloadRequest,
  Where,
} from 'payload'

/**
 * A filter or sort on a relationship path (`where[reviewedBy.sessions.id][exists]=true`) reads
 * the related document: used on a public list it answers yes or no about a document the
 * requester may not read, a user's sessions or login times among them. Payload checks such paths
 * field by field and misses some (the hidden fields of users); this guard refuses, before the
 * query runs, every where or sort path that passes into a collection the requester may not read,
 * with the same 400 Payload gives for a path that cannot be queried. Paths into collections the
 * requester reads under a condition stay allowed: Payload adds that condition to the hop itself.
 */
export const guardRelationshipFilters: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        refuseUnreadableRelationshipPaths,
        ...(collection.hooks?.beforeOperation ?? []),
      ],
    },
  })),
})

const refuseUnreadableRelationshipPaths: CollectionBeforeOperationHook = async ({
  args,
  collection,
  req,
}) => {
  const { where, sort, overrideAccess } = args as {
    where?: Where
    sort?: string | string[]
    overrideAccess?: boolean
  }
  if (overrideAccess !== false || (!where && !sort)) return args
  const paths = [...wherePaths(where), ...sortPaths(sort)]
  const refused: { path: string }[] = []
  const readable = new Map<string, Promise<boolean>>()
  for (const path of paths) {
    const segments = path.replace(/__/g, '.').split('.')
    const fieldsOf = (slug: string) =>
      req.payload.collections[slug as CollectionSlug]?.config.flattenedFields ?? []
    for (const slug of collectionsOnPath({
      fields: collection.flattenedFields,
      segments,
      fieldsOf,
    })) {
      if (!readable.has(slug)) readable.set(slug, mayRead(req, slug))
      if (!(await readable.get(slug))) {
        refused.push({ path })
        break
      }
    }
  }
  if (refused.length) throw new QueryError(refused)
  return args
}

const mayRead = async (req: PayloadRequest, slug: string) => {
  const target = req.payload.collections[slug as CollectionSlug]
  return Boolean(target && (await target.config.access.read({ req })))
}

/** Every field path a where clause names, through `and` and `or`. */
const wherePaths = (where: Where | undefined): string[] =>
  Object.entries(where ?? {}).flatMap(([key, value]) =>
    (key === 'and' || key === 'or') && Array.isArray(value)
      ? value.flatMap((nested) => wherePaths(nested as Where))
      : [key],
  )

const sortPaths = (sort: string | string[] | undefined) =>
  (Array.isArray(sort) ? sort : sort ? sort.split(',') : []).map((path) =>
    path.trim().replace(/^-/, ''),
  )

/**
 * The collections a path passes into through relationships, uploads and joins, in order
 * (GraphQL writes `a__b` for `a.b`). A path that only names a relationship (or its id) does
 * not pass into the related collection.
 */
const collectionsOnPath = ({
  fields,
  segments,
  fieldsOf,
}: {
  fields: FlattenedField[]
  segments: string[]
  fieldsOf: (slug: string) => FlattenedField[]
}): string[] => {
  const [name, ...rest] = segments
  const field = fields.find((candidate) => candidate.name === name)
  if (!field) return []
  if (field.type === 'relationship' || field.type === 'upload' || field.type === 'join') {
    const targets: string[] =
      field.type === 'join' ? [field.collection].flat() : [field.relationTo].flat()
    const isPolymorphic = Array.isArray(field.type === 'join' ? field.collection : field.relationTo)
    // `rel.value.x` on a polymorphic relationship, `rel.x` on a plain one.
    const inside = isPolymorphic ? (rest[0] === 'value' ? rest.slice(1) : []) : rest
    if (!inside.length || (inside.length === 1 && inside[0] === 'id')) return []
    if (targets.length > 1) return targets
    return [
      targets[0]!,
      ...collectionsOnPath({ fields: fieldsOf(targets[0]!), segments: inside, fieldsOf }),
    ]
  }
  if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) {
    return collectionsOnPath({ fields: field.flattenedFields, segments: rest, fieldsOf })
  }
  if (field.type === 'blocks') {
    const blockFields = field.blocks.flatMap((block) => block.flattenedFields ?? [])
    return collectionsOnPath({ fields: blockFields, segments: rest, fieldsOf })
  }
  return []
}
