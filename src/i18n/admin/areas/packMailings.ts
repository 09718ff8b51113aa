import type { Wording } from '../wording'

/** The admin texts of this area (`custom:packMailings:…`). */
export const nl = {}

export const en: Wording<typeof nl> = {}
