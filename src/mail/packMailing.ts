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
 * One pack mailing in one language, rendered once with placeholders where the per-recipient values
 * and the municipality's name and PDF link go, already cut at those places (see
 * `personalizePackMailing`). The municipality is a slot too: 18 municipalities then cost no more
 * renders than one, which keeps a regional mailing at the provider's pace.
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
    content: {
      ...content,
      municipalityName: cleanText(content.municipalityName),
      pdfUrl: cleanUrl(content.pdfUrl),
    },
    recipient: normalizeRecipient(recipient),
    isTest,
  })
  return { subject: subjectOf(content, isTest), ...(await renderEmail(element)) }
}

/** What differs per municipality: filled in like the per-recipient values. */
export type PackMailingMunicipality = Pick<PackMailingContent, 'municipalityName' | 'pdfUrl'>

/**
 * Renders once with unique tokens in place of the greeting, the address, the two personal links
 * and the municipality's name and PDF link.
 */
export const renderPackMailingTemplate = async ({
  content,
  isTest = false,
}: {
  content: Omit<PackMailingContent, keyof PackMailingMunicipality>
  isTest?: boolean
}): Promise<PackMailingTemplate> => {
  const { nonce, tokens } = slotTokens(slotNames)
  const element = createElement(PackMailing, {
    content: { ...content, municipalityName: tokens.municipalityName, pdfUrl: tokens.pdfUrl },
    recipient: tokens,
    isTest,
  })
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
  municipality: PackMailingMunicipality,
): RenderedEmail => {
  const { name, email, packUrl, optOutUrl } = normalizeRecipient(recipient)
  const municipalityName = cleanText(municipality.municipalityName)
  const pdfUrl = cleanUrl(municipality.pdfUrl)
  const { greeting } = template
  const htmlValues = [
    name ? greeting.html.named.join(escapeHtml(name)) : greeting.html.generic,
    escapeHtml(email),
    escapeHtml(packUrl),
    escapeHtml(optOutUrl),
    escapeHtml(municipalityName),
    escapeHtml(pdfUrl),
  ]
  const textValues = [
    name ? greeting.text.named.join(name) : greeting.text.generic,
    email,
    packUrl,
    optOutUrl,
    municipalityName,
    pdfUrl,
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
  'municipalityName',
  'pdfUrl',
] as const satisfies readonly (keyof PackMailingPlaceholders | keyof PackMailingMunicipality)[]

const normalizeRecipient = (recipient: PackMailingRecipient): PackMailingRecipient => ({
  email: cleanText(recipient.email),
  name: cleanText(recipient.name ?? '') || undefined,
  packUrl: cleanUrl(recipient.packUrl),
  optOutUrl: cleanUrl(recipient.optOutUrl),
})

const subjectOf = (content: Pick<PackMailingContent, 'locale' | 'subject'>, isTest: boolean) =>
  isTest
    ? emailTranslator(content.locale)('newsletter.testSubject', { subject: content.subject })
    : content.subject
