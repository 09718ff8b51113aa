import type { I18nOptions, NestedKeysStripped, TFunction } from '@payloadcms/translations'
import { en as payloadEnglish } from '@payloadcms/translations/languages/en'
import { nl as payloadDutch } from '@payloadcms/translations/languages/nl'

import { en } from './en'
import { nl } from './nl'
import type { AdminTexts } from './nl'

export type { AdminTexts }

/** The admin's languages: Dutch for most editors, English for the rest. */
export const adminTranslations = { nl, en } satisfies Record<string, AdminTexts>

export type AdminLanguage = keyof typeof adminTranslations

/** Every key of the admin texts, as Payload's `t` takes it: `custom:monitor:title`. */
export type AdminTranslationKey = NestedKeysStripped<AdminTexts>

/** Payload's i18n options; also what builds an i18n for one language outside a request. */
export const adminI18n = {
  supportedLanguages: { nl: payloadDutch, en: payloadEnglish },
  fallbackLanguage: 'nl',
  translations: adminTranslations,
} satisfies I18nOptions<AdminTexts>

/**
 * Payload's `t` (of `req`, `req.i18n`, a server component's `i18n` or a label function's
 * arguments) typed with this project's keys. Payload types it with its own keys only.
 */
export const adminT = ({ t }: { t: (key: never, options?: Record<string, unknown>) => string }) =>
  t as TFunction<AdminTranslationKey>

/** One text in every admin language, for the few places where Payload takes no function. */
export const adminTexts = (key: AdminTranslationKey): Record<AdminLanguage, string> => ({
  nl: textAt(nl, key),
  en: textAt(en, key),
})

const textAt = (texts: AdminTexts, key: string): string => {
  const found = key
    .split(':')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], texts)
  if (typeof found !== 'string') throw new Error(`No admin text for ${key}`)
  return found
}
