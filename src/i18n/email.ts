import { createInstance } from 'i18next'
import type { i18n, TOptions } from 'i18next'

import { resources } from '../../locales'
import type { EmailStrings } from '../../locales'
import { defaultLocale, localeCodes } from './locales'
import type { Locale } from './locales'

// Relative imports on purpose: the react-email preview server bundles emails/ (which imports this
// file) without the project's `@/` path alias.

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other'

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]

type WithoutPluralSuffix<Key> = Key extends `${infer Base}_${PluralSuffix}` ? Base : Key

/** Every key of the Dutch e-mail strings, plural keys by their base name (`confirm.expires`). */
export type EmailKey = WithoutPluralSuffix<Leaves<EmailStrings>>

export type EmailT = (key: EmailKey, options?: TOptions) => string

let instance: i18n | undefined

/**
 * One initialised instance per process: resources are static, and `getFixedT` binds the language
 * per call, so concurrent renders in different languages never share a current language (no
 * `changeLanguage`). React escapes the output, so i18next must not escape as well.
 */
const emailI18n = (): i18n => {
  if (instance) return instance
  const created = createInstance({
    resources,
    lng: defaultLocale,
    fallbackLng: defaultLocale,
    supportedLngs: localeCodes,
    ns: ['email'],
    defaultNS: 'email',
    initAsync: false,
    interpolation: { escapeValue: false },
  })
  void created.init()
  instance = created
  return created
}

/** The e-mail strings of one language; missing keys fall back to Dutch. */
export const emailTranslator = (locale: Locale): EmailT => {
  const t = emailI18n().getFixedT(locale, 'email')
  return (key, options) => String(t(key, options))
}
