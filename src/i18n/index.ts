export { defaultLocale, directionOf, isLocale, localeCodes, locales } from './locales'
export type { Locale } from './locales'
