import type { Payload } from 'payload'

type Id = string | number

/**
 * The ids behind relationship values, whether Payload populated them (documents) or not (ids).
 * Ids are `string | number`: numbers on SQLite, strings on MongoDB.
 */
export const idsOf = (values: readonly unknown[] | null | undefined): Id[] =>
  (values ?? [])
    .map((value) => (value && typeof value === 'object' && 'id' in value ? value.id : value))
    .filter((id): id is Id => typeof id === 'string' || typeof id === 'number')

/** An id that travelled as text (job input, a cursor) back in the database's own id type. */
export const idFromText = (payload: Payload, id: string): Id =>
  payload.db.defaultIDType === 'number' ? Number(id) : id
