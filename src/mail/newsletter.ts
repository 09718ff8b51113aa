import { createElement } from 'react'

import type { Locale } from '@/i18n'
import { emailTranslator } from '@/i18n/email'
import { escapeHtml } from '@/lib/html'

import Newsletter, { greetingFor } from '../../emails/Newsletter'
import type { TokenPlaceholders } from '../../emails/Newsletter'
import type { EditionContent, Recipient } from '../../emails/types'
import { renderEmail } from './render'
import type { RenderedEmail } from './render'
import { cleanText, cleanUrl, fillSlots, slotTokens, splitAtTokens } from './slots'
import type { SlottedText } from './slots'

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
  const { nonce, tokens } = slotTokens(slotNames)
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
    html: splitAtTokens({ output: html, slotNames, tokens, templateName: 'newsletter' }),
    text: splitAtTokens({ output: text, slotNames, tokens, templateName: 'newsletter' }),
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

/** The values as both paths use them (see `cleanText`). */
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

type GreetingParts = {
  /** The sentence with a name, cut where the name goes. */
  named: string[]
  generic: string
}

const newsletterSubject = (edition: EditionContent, isTest: boolean) =>
  isTest
    ? emailTranslator(edition.locale)('newsletter.testSubject', { subject: edition.title })
    : edition.title
