import type { TFunction } from '@payloadcms/translations'

import { adminLanguages, adminT, adminTextsIn } from '@/i18n/admin'
import type { AdminTranslationKey } from '@/i18n/admin'

/**
 * A label, description or option text from the admin translations: Payload calls it with the
 * reader's `t`, wherever it takes a function (labels, descriptions, options, tabs, blocks).
 */
export const label =
  (key: AdminTranslationKey) =>
  ({ t }: { t: TFunction }) =>
    adminT({ t })(key)

/** The same text as `{ nl, en }`, where Payload takes no function (collection groups, UI fields). */
export const staticLabel = (key: AdminTranslationKey) =>
  Object.fromEntries(
    adminLanguages.map((language) => [language, adminT(adminTextsIn(language))(key)]),
  )
