/**
 * The one list of content and site languages. Adding a language is one line here plus its
 * `locales/<code>` folder with interface strings.
 */
export const locales = [
  { code: 'nl', label: 'Nederlands', dir: 'ltr' },
  { code: 'en', label: 'English', dir: 'ltr' },
  { code: 'ar', label: 'العربية', dir: 'rtl' },
  { code: 'tr', label: 'Türkçe', dir: 'ltr' },
  { code: 'pl', label: 'Polski', dir: 'ltr' },
  { code: 'uk', label: 'Українська', dir: 'ltr' },
] as const

export type Locale = (typeof locales)[number]['code']

export const defaultLocale: Locale = 'nl'

export const localeCodes = locales.map(({ code }) => code) as Locale[]

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (localeCodes as string[]).includes(value)

export const directionOf = (code: Locale): 'ltr' | 'rtl' =>
  locales.find((locale) => locale.code === code)?.dir ?? 'ltr'
