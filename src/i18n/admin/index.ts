import { t as translate } from '@payloadcms/translations'
import type {
  I18nOptions,
  NestedKeysStripped,
  TFunction,
  getTranslation,
} from '@payloadcms/translations'
import { en as payloadEnglish } from '@payloadcms/translations/languages/en'
import { nl as payloadDutch } from '@payloadcms/translations/languages/nl'
import { deepMergeSimple } from '@payloadcms/translations/utilities'

import { en } from './en'
import { nl } from './nl'
import type { AdminTexts } from './nl'

export type { AdminTexts }

/** The admin's languages: Dutch for most editors, English for the rest. */
export const adminLanguages = ['nl', 'en'] as const

export type AdminLanguage = (typeof adminLanguages)[number]

export const adminTranslations = { nl, en } satisfies Record<AdminLanguage, AdminTexts>

/** Every key of the admin texts, as Payload's `t` takes it: `custom:monitor:title`. */
export type AdminTranslationKey = NestedKeysStripped<AdminTexts>

/** Payload's i18n options; also what `initI18n` takes to build an i18n outside a request. */
export const adminI18n = {
  supportedLanguages: { nl: payloadDutch, en: payloadEnglish },
  fallbackLanguage: 'nl',
  // Copies: plugins (multi-tenant) add their namespaces and languages to the config's object.
  translations: { nl: { ...nl }, en: { ...en } },
} satisfies I18nOptions<AdminTexts>

/** The multi-tenant plugin's words: users never read "tenant"; they choose a municipality. */
export const multiTenantTranslations = {
  nl: nl['plugin-multi-tenant'],
  en: en['plugin-multi-tenant'],
}

/**
 * Payload's `t` (of `req`, `req.i18n`, a server component's `i18n` or a label function's
 * arguments) typed with this project's keys. Payload types it with its own keys only.
 */
export const adminT = ({ t }: { t: (key: never, options?: Record<string, unknown>) => string }) =>
  t as TFunction<AdminTranslationKey>

/** Payload's i18n as far as reading a text needs it: `req.i18n`, a component's, `adminTextsIn`. */
export type AdminI18n = Parameters<typeof getTranslation>[1]

/**
 * The admin texts of one language where no request brings Payload's i18n, with Payload's own
 * lookup and interpolation: for what is always written in one language (the translators' notes
 * are Dutch) and for `getTranslation`.
 */
export const adminTextsIn = (language: AdminLanguage): AdminI18n => {
  const known = textsByLanguage.get(language)
  if (known) return known
  const translations = deepMergeSimple(
    adminI18n.supportedLanguages[language].translations,
    adminTranslations[language],
  )
  const texts: AdminI18n = {
    language,
    fallbackLanguage: adminI18n.fallbackLanguage,
    t: (key: string, vars?: Record<string, unknown>) => translate({ key, translations, vars }),
  }
  textsByLanguage.set(language, texts)
  return texts
}

const textsByLanguage = new Map<AdminLanguage, AdminI18n>()
