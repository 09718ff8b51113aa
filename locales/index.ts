import type { Locale } from '../src/i18n/locales'

import arEmail from './ar/email.json'
import enEmail from './en/email.json'
import nlEmail from './nl/email.json'
import plEmail from './pl/email.json'
import trEmail from './tr/email.json'
import ukEmail from './uk/email.json'

/**
 * Interface strings per language and namespace, imported statically so Next, vitest, tsx and the
 * react-email preview all bundle them without file-system reads. A language added to
 * `src/i18n/locales.ts` fails type checking here until its folder is imported.
 */
export const resources = {
  nl: { email: nlEmail },
  en: { email: enEmail },
  ar: { email: arEmail },
  tr: { email: trEmail },
  pl: { email: plEmail },
  uk: { email: ukEmail },
} satisfies Record<Locale, { email: Record<string, unknown> }>

/** The Dutch file is the reference every other language is checked against. */
export type EmailStrings = typeof nlEmail
