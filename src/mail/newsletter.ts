import crypto from 'node:crypto'
import { createElement } from 'react'

import type { Locale } from '@/i18n'
import { emailTranslator } from '@/i18n/email'
import { escapeHtml } from '@/lib/html'

import Newsletter, { greetingFor } from '../../emails/Newsletter'
import type { TokenPlaceholders } from '../../emails/Newsletter'
import type { EditionContent, Recipient } from '../../emails/types'
import { renderEmail } from './render'
import type { RenderedEmail } from './render'

/**
 * One edition in one language, rendered once with placeholders where per-recipient values go,
 * already cut at those places so that personalising is a join (see `personalize`).
 */
export type NewsletterTemplate = {
  locale: Locale
  subject: string
  html: SlottedText
  text: SlottedText
  /** The greeting line around the name, HTML-escaped for the html part and raw for the text. */
  greeting: { html: GreetingParts; text: GreetingParts }
}

/** Full react-email render for one recipient: the reference the fast path must equal. */
export const renderNewsletter = async ({
  edition,
  recipient,
  isTest = false,
}: {
  edition: EditionContent
  recipient: Recipient
  isTest?: boolean
}): Promise<RenderedEmail> => {
  const element = createElement(Newsletter, {
    locale: edition.locale,
    edition,
    recipient: normalizeRecipient(recipient),
    isTest,
  })
  return { subject: newsletterSubject(edition, isTest), ...(await renderEmail(element)) }
}

/**
 * Renders the edition once for its language with unique tokens in place of the greeting, the
 * address and the two personal links, and splits the output at those tokens.
 */
export const renderNewsletterTemplate = async ({
  edition,
  isTest = false,
}: {
  edition: EditionContent
  isTest?: boolean
}): Promise<NewsletterTemplate> => {
  // A fresh random part per render: no text in an edition can accidentally contain a token.
  const nonce = crypto.randomBytes(8).toString('hex')
  const tokens = Object.fromEntries(
    slotNames.map((slot) => [slot, `__sv_${nonce}_${slot}__`]),
  ) as TokenPlaceholders
  const element = createElement(Newsletter, {
    locale: edition.locale,
    edition,
    recipient: tokens,
    isTest,
  })
  const { html, text } = await renderEmail(element)
  const t = emailTranslator(edition.locale)
  const nameMarker = `__sv_${nonce}_name__`
  const named = greetingFor(t, nameMarker).split(nameMarker)
  const generic = greetingFor(t, undefined)
  return {
    locale: edition.locale,
    subject: newsletterSubject(edition, isTest),
    html: splitAtTokens(html, tokens),
    text: splitAtTokens(text, tokens),
    greeting: {
      html: { named: named.map(escapeHtml), generic: escapeHtml(generic) },
      text: { named, generic },
    },
  }
}

/**
 * Fills a template for one recipient by string concatenation. The HTML part gets the values
 * escaped exactly as React escapes text and attributes, the text part gets them raw, so the result
 * equals `renderNewsletter` for the same recipient byte for byte.
 */
export const personalize = (template: NewsletterTemplate, recipient: Recipient): RenderedEmail => {
  const { name, email, unsubscribeUrl, preferencesUrl } = normalizeRecipient(recipient)
  const { greeting } = template
  const htmlValues = [
    name ? greeting.html.named.join(escapeHtml(name)) : greeting.html.generic,
    escapeHtml(email),
    escapeHtml(unsubscribeUrl),
    escapeHtml(preferencesUrl),
  ]
  const textValues = [
    name ? greeting.text.named.join(name) : greeting.text.generic,
    email,
    unsubscribeUrl,
    preferencesUrl,
  ]
  return {
    subject: template.subject,
    html: fillSlots(template.html, htmlValues),
    text: fillSlots(template.text, textValues),
  }
}

/**
 * The values as both paths use them. The text part comes from html-to-text, which collapses
 * whitespace, and React's UTF-8 stream turns broken surrogate pairs into U+FFFD; cleaning the
 * values first makes substitution land on the same bytes as a full render.
 */
const normalizeRecipient = (recipient: Recipient): Recipient => ({
  email: cleanText(recipient.email),
  name: cleanText(recipient.name ?? '') || undefined,
  unsubscribeUrl: cleanUrl(recipient.unsubscribeUrl),
  preferencesUrl: cleanUrl(recipient.preferencesUrl),
})

type SlotName = keyof TokenPlaceholders

/** The order of the value arrays in `personalize`. */
const slotNames = [
  'greeting',
  'email',
  'unsubscribeUrl',
  'preferencesUrl',
] as const satisfies readonly SlotName[]

type SlottedText = {
  /** Literal pieces; there is always one more piece than there are slots. */
  parts: string[]
  /** Index into the value array for the gap after `parts[i]`. */
  slots: number[]
}

type GreetingParts = {
  /** The sentence with a name, cut where the name goes. */
  named: string[]
  generic: string
}

const newsletterSubject = (edition: EditionContent, isTest: boolean) =>
  isTest
    ? emailTranslator(edition.locale)('newsletter.testSubject', { subject: edition.title })
    : edition.title

const splitAtTokens = (output: string, tokens: TokenPlaceholders): SlottedText => {
  const pattern = new RegExp(slotNames.map((slot) => tokens[slot]).join('|'), 'g')
  const parts: string[] = []
  const slots: number[] = []
  let from = 0
  for (const match of output.matchAll(pattern)) {
    parts.push(output.slice(from, match.index))
    slots.push(slotNames.findIndex((slot) => tokens[slot] === match[0]))
    from = match.index + match[0].length
  }
  parts.push(output.slice(from))
  // A template that lost, say, the unsubscribe link must stop the send, not go out without it.
  const missing = slotNames.filter((_, index) => !slots.includes(index))
  if (missing.length > 0) {
    throw new Error(`The newsletter template has no place for: ${missing.join(', ')}`)
  }
  return { parts, slots }
}

const fillSlots = ({ parts, slots }: SlottedText, values: string[]): string => {
  let output = parts[0]
  for (let index = 0; index < slots.length; index++) {
    output += values[slots[index]] + parts[index + 1]
  }
  return output
}

// Matching control characters is the point: they are dropped before substitution.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g
const loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
const whitespaceRuns = /[\s\u200b]+/g

const wellFormed = (value: string) =>
  value.replace(controlCharacters, '').replace(loneSurrogates, '\ufffd')

const cleanText = (value: string) => wellFormed(value).replace(whitespaceRuns, ' ').trim()

const cleanUrl = (value: string) =>
  wellFormed(value)
    .trim()
    .replace(/[\s\u200b]/g, (character) => encodeURIComponent(character))
