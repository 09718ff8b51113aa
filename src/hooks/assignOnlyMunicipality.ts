import type { CollectionBeforeValidateHook } from 'payload'

import { municipalityIdsOf } from '@/lib/municipalities'

/**
 * An editor of exactly one municipality never has to pick it: new documents land there. Editors
 * of several municipalities choose through the municipality selector (or pass it in the API).
 */
export const assignOnlyMunicipality: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !data || data.municipality) return data
  const ids = municipalityIdsOf(req.user)
  if (ids.length === 1) return { ...data, municipality: ids[0] }
  return data
}
