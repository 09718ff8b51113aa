import type { CollectionBeforeValidateHook } from 'payload'

/** One person (or organisation), one row: addresses are compared trimmed and lower-cased. */
export const normalizeEmail: CollectionBeforeValidateHook = ({ data }) => {
  if (data && typeof data.email === 'string') data.email = data.email.trim().toLowerCase()
  return data
}
