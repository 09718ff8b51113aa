import type { Locale } from '../src/i18n/locales'

/**
 * What an edition's e-mail shows, already resolved for one language: plain data, so templates
 * never touch the database and one render serves every recipient of that language.
 */
export type EmailImage = {
  /** Absolute URL of the 600 px e-mail size. */
  url: string
  /** Absolute URL of the 1200 px size, for sharp screens (srcset); optional. */
  retinaUrl?: string
  alt: string
  width: number
  height: number
}

export type EditionBlock = {
  id: string | number
  kind: 'news' | 'event' | 'story' | 'call-to-action' | 'background'
  title: string
  summary?: string
  /** Lexical rich text (editor JSON) of the body, or null. */
  body?: unknown
  image?: EmailImage
  link?: { url: string; label?: string }
  eventDate?: string
  municipalityName: string
  /** True when this block has no text in the edition's language and shows the Dutch text. */
  isInDutchFallback: boolean
}

export type EditionSection = {
  heading?: string
  blocks: EditionBlock[]
}

export type EditionContent = {
  id: string | number
  locale: Locale
  title: string
  intro?: string
  /** Short text shown by mail clients next to the subject. */
  preheader: string
  sections: EditionSection[]
  campaignMoment?: string
  /** Absolute URL of the public web version of this edition in this language. */
  webVersionUrl: string
}

/** Per-recipient values filled in after the one render per (edition, language). */
export type Recipient = {
  email: string
  /** Name for the greeting; empty gives the generic greeting. */
  name?: string
  unsubscribeUrl: string
  preferencesUrl: string
}
