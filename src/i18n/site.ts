import { createInstance } from 'i18next'
import type { i18n, TOptions } from 'i18next'

import { resources } from '../../locales'
import type { SiteStrings } from '../../locales'
import { defaultLocale, localeCodes } from './locales'
import type { Locale } from './locales'

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** Every key of the Dutch site strings (`subscribe.title`). */
export type SiteKey = Leaves<SiteStrings>

export type SiteT = (key: SiteKey, options?: TOptions) => string

let instance: i18n | undefined

/**
 * One instance per process with the language bound per call (`getFixedT`), as for e-mail: pages
 * rendered at the same time in different languages never share a current language.
 */
const siteI18n = (): i18n => {
  if (instance) return instance
  const created = createInstance({
    resources,
    lng: defaultLocale,
    fallbackLng: defaultLocale,
    supportedLngs: localeCodes,
    ns: ['site'],
    defaultNS: 'site',
    initAsync: false,
    interpolation: { escapeValue: false },
  })
  void created.init()
  instance = created
  return created
}

/** The site strings of one language; missing keys fall back to Dutch. */
export const siteTranslator = (locale: Locale): SiteT => {
  const t = siteI18n().getFixedT(locale, 'site')
  return (key, options) => String(t(key, options))
}
