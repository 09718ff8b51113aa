import arEmail from './ar/email.json'
import arSite from './ar/site.json'
import enEmail from './en/email.json'
import enSite from './en/site.json'
import nlEmail from './nl/email.json'
import nlSite from './nl/site.json'
import plEmail from './pl/email.json'
import plSite from './pl/site.json'
import trEmail from './tr/email.json'
import trSite from './tr/site.json'
import ukEmail from './uk/email.json'
import ukSite from './uk/site.json'

/**
 * Interface strings per language and namespace, imported statically so Next, vitest, tsx and the
 * react-email preview all bundle them without file-system reads. `src/i18n/translator.ts` checks
 * that every language of `src/i18n/locales.ts` is here.
 */
export const resources = {
  nl: { email: nlEmail, site: nlSite },
  en: { email: enEmail, site: enSite },
  ar: { email: arEmail, site: arSite },
  tr: { email: trEmail, site: trSite },
  pl: { email: plEmail, site: plSite },
  uk: { email: ukEmail, site: ukSite },
}

/** The Dutch file is the reference every other language is checked against. */
export type EmailStrings = typeof nlEmail

/** The Dutch site strings, the reference for the public pages in every language. */
export type SiteStrings = typeof nlSite
