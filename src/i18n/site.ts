import type { SiteStrings } from '../../locales'
import type { Locale } from './locales'
import { translatorFor } from './translator'
import type { KeysOf, Translate } from './translator'

/** Every key of the Dutch site strings (`subscribe.title`). */
export type SiteKey = KeysOf<SiteStrings>

export type SiteT = Translate<SiteKey>

/** The site strings of one language; missing keys fall back to Dutch. */
export const siteTranslator = (locale: Locale): SiteT => translatorFor<SiteKey>('site', locale)
