import { createInstance } from 'i18next'
import type { i18n, TOptions } from 'i18next'

import { resources } from '../../locales'
import { defaultLocale, localeCodes } from './locales'
import type { Locale } from './locales'

// Relative imports on purpose: the react-email preview server bundles emails/ (which imports this
// file through email.ts) without the project's `@/` path alias.

/** The namespaces under `locales/<lng>/`: `email`, `site`, ... */
export type Namespace = keyof (typeof resources)[typeof defaultLocale]

/** Every leaf key of a strings file, dotted (`subscribe.title`). */
export type KeysOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : KeysOf<T[K], `${Prefix}${K}.`>
}[keyof T & string]

export type Translate<Key extends string> = (key: Key, options?: TOptions) => string

/** A language added to `locales.ts` fails type checking here until `locales/index.ts` imports it. */
const everyLocale: Record<Locale, (typeof resources)[typeof defaultLocale]> = resources

let instance: i18n | undefined

/**
 * One initialised instance per process for every namespace: resources are static, and
 * `getFixedT` binds the language per call, so renders in different languages at the same time
 * never share a current language (no `changeLanguage`). React escapes the output, so i18next
 * must not escape as well.
 */
const sharedI18n = (): i18n => {
  if (instance) return instance
  const namespaces = Object.keys(resources[defaultLocale])
  const created = createInstance({
    resources: everyLocale,
    lng: defaultLocale,
    fallbackLng: defaultLocale,
    supportedLngs: localeCodes,
    ns: namespaces,
    defaultNS: namespaces[0],
    initAsync: false,
    interpolation: { escapeValue: false },
  })
  void created.init()
  instance = created
  return created
}

/** The strings of one namespace in one language; missing keys fall back to Dutch. */
export const translatorFor = <Key extends string>(
  namespace: Namespace,
  locale: Locale,
): Translate<Key> => {
  // The namespace is a runtime value here, so i18next's key typing cannot follow; Key does that.
  const t = sharedI18n().getFixedT(locale, namespace) as unknown as (
    key: string,
    options?: TOptions,
  ) => unknown
  return (key, options) => String(t(key, options))
}
