import { createElement } from 'react'

import type { Locale } from '@/i18n'
import { emailTranslator } from '@/i18n/email'
import { escapeHtml } from '@/lib/html'

import PackMailing, { packGreetingFor } from '../../emails/PackMailing'
import type {
  PackMailingContent,
  PackMailingPlaceholders,
  PackMailingRecipient,
} from '../../emails/PackMailing'
import { renderEmail } from './render'
import type { RenderedEmail } from './render'
import { cleanText, cleanUrl, fillSlots, slotTokens, splitAtTokens } from './slots'
import type { SlottedText } from './slots'

export type { PackMailingContent, PackMailingRecipient }

/**
 * One pack mailing in one language for one municipality, rendered once with placeholders where
 * per-recipient values go, already cut at those places (see `personalizePackMailing`).
 */
export type PackMailingTemplate = {
  locale: Locale
  subject: string
  html: SlottedText
  text: SlottedText
  greeting: { html: GreetingParts; text: GreetingParts }
}

/** Full react-email render for one recipient: the reference the fast path must equal. */
export const renderPackMailing = async ({
  content,
  recipient,
  isTest = false,
}: {
  content: PackMailingContent
  recipient: PackMailingRecipient
  isTest?: boolean
}): Promise<RenderedEmail> => {
  const element = createElement(PackMailing, {
    content,
    recipient: normalizeRecipient(recipient),
    isTest,
  })
  return { subject: subjectOf(content, isTest), ...(await renderEmail(element)) }
}

/** Renders once with unique tokens in place of the greeting, the address and the two links. */
export const renderPackMailingTemplate = async ({
  content,
  isTest = false,
}: {
  content: PackMailingContent
  isTest?: boolean
}): Promise<PackMailingTemplate> => {
  const { nonce, tokens } = slotTokens(slotNames)
  const element = createElement(PackMailing, { content, recipient: tokens, isTest })
  const { html, text } = await renderEmail(element)
  const t = emailTranslator(content.locale)
  const nameMarker = `__sv_${nonce}_name__`
  const named = packGreetingFor(t, nameMarker).split(nameMarker)
  const generic = packGreetingFor(t, undefined)
  const templateName = 'pack mailing'
  return {
    locale: content.locale,
    subject: subjectOf(content, isTest),
    html: splitAtTokens({ output: html, slotNames, tokens, templateName }),
    text: splitAtTokens({ output: text, slotNames, tokens, templateName }),
    greeting: {
      html: { named: named.map(escapeHtml), generic: escapeHtml(generic) },
      text: { named, generic },
    },
  }
}

/** Fills a template for one recipient; equals `renderPackMailing` byte for byte. */
export const personalizePackMailing = (
  template: PackMailingTemplate,
  recipient: PackMailingRecipient,
): RenderedEmail => {
  const { name, email, packUrl, optOutUrl } = normalizeRecipient(recipient)
  const { greeting } = template
  const htmlValues = [
    name ? greeting.html.named.join(escapeHtml(name)) : greeting.html.generic,
    escapeHtml(email),
    escapeHtml(packUrl),
    escapeHtml(optOutUrl),
  ]
  const textValues = [
    name ? greeting.text.named.join(name) : greeting.text.generic,
    email,
    packUrl,
    optOutUrl,
  ]
  return {
    subject: template.subject,
    html: fillSlots(template.html, htmlValues),
    text: fillSlots(template.text, textValues),
  }
}

type GreetingParts = { named: string[]; generic: string }

/** The order of the value arrays in `personalizePackMailing`. */
const slotNames = [
  'greeting',
  'email',
  'packUrl',
  'optOutUrl',
] as const satisfies readonly (keyof PackMailingPlaceholders)[]

const normalizeRecipient = (recipient: PackMailingRecipient): PackMailingRecipient => ({
  email: cleanText(recipient.email),
  name: cleanText(recipient.name ?? '') || undefined,
  packUrl: cleanUrl(recipient.packUrl),
  optOutUrl: cleanUrl(recipient.optOutUrl),
})

const subjectOf = (content: PackMailingContent, isTest: boolean) =>
  isTest
    ? emailTranslator(content.locale)('newsletter.testSubject', { subject: content.subject })
    : content.subject
