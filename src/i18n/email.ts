import type { EmailStrings } from '../../locales'
import type { Locale } from './locales'
import { translatorFor } from './translator'
import type { KeysOf, Translate } from './translator'

// Relative imports on purpose: the react-email preview server bundles emails/ (which imports this
// file) without the project's `@/` path alias.

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other'

type WithoutPluralSuffix<Key> = Key extends `${infer Base}_${PluralSuffix}` ? Base : Key

/** Every key of the Dutch e-mail strings, plural keys by their base name (`confirm.expires`). */
export type EmailKey = WithoutPluralSuffix<KeysOf<EmailStrings>>

export type EmailT = Translate<EmailKey>

/** The e-mail strings of one language; missing keys fall back to Dutch. */
export const emailTranslator = (locale: Locale): EmailT => translatorFor<EmailKey>('email', locale)
