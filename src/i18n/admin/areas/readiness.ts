import type { Wording } from '../wording'

/** The admin texts of this area (`custom:readiness:…`). */
export const nl = {}

export const en: Wording<typeof nl> = {}
