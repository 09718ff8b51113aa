import type { Payload } from 'payload'

import type { Locale } from '@/i18n'
import { escapeHtml, safeHref, unescapeHtml } from '@/lib/html'
import { idFromText } from '@/lib/ids'
import { renderNewsletter } from '@/mail/newsletter'
import { loadEditionContent } from '@/newsletter/editionContent'

/** Sent editions, newest first, with their title in the visitor's language. */
export const sentEditions = async (payload: Payload, locale: Locale) => {
  const { docs } = await payload.find({
    collection: 'newsletter-editions',
    // Pack mailings are personal mails to organisations, not newsletter editions.
    where: { and: [{ status: { equals: 'sent' } }, { kind: { not_equals: 'pack-mailing' } }] },
    sort: '-sending.finishedAt',
    locale,
    fallbackLocale: 'nl',
    depth: 0,
    pagination: false,
    // The archive is public; the filter above is what makes an edition public.
    overrideAccess: true,
    select: { title: true, sending: true, sendAt: true, updatedAt: true },
  })
  return docs.map((edition) => ({
    id: edition.id,
    title: edition.title,
    sentAt: edition.sending?.finishedAt ?? edition.sendAt ?? edition.updatedAt,
  }))
}

/**
 * The web version of a sent edition in one language: the same react-email render subscribers
 * got, without greeting by name, address or personal links, as a fragment for the site page.
 * Null when the edition does not exist or was not sent.
 */
export const editionWebVersion = async (payload: Payload, rawId: string, locale: Locale) => {
  if (!/^[a-zA-Z0-9]{1,40}$/.test(rawId)) return null
  const id = idFromText(payload, rawId)
  const edition = await payload
    .findByID({
      collection: 'newsletter-editions',
      id,
      depth: 0,
      overrideAccess: true,
      select: { status: true, kind: true, sending: true, sendAt: true, updatedAt: true },
    })
    .catch(() => null)
  if (!edition || edition.status !== 'sent' || edition.kind === 'pack-mailing') return null
  const content = await loadEditionContent({ payload, id, locale, isDraft: false })
  // Empty personal values: the footer leaves out the address line and the personal links.
  const { html } = await renderNewsletter({
    edition: { ...content, webVersionUrl: '' },
    recipient: { email: '', unsubscribeUrl: '', preferencesUrl: '' },
  })
  return {
    title: content.title,
    sentAt: edition.sending?.finishedAt ?? edition.sendAt ?? edition.updatedAt,
    html: emailBodyForPage(html),
  }
}

/**
 * The body of a rendered e-mail, reduced to what a page may contain: an allowlist of elements
 * and attributes, safe link and image addresses only, no ids (they would clash with the page's).
 * The mail's title is the page's heading. The input is React's own output (attributes
 * always double-quoted and escaped), so a tag-level pass is enough as a second line of defence.
 */
export const emailBodyForPage = (html: string): string => {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? ''
  return body
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(
      /<(script|style|template|noscript|iframe|object|embed|svg|math)\b[\s\S]*?<\/\1\s*>/gi,
      '',
    )
    .replace(
      /<\/?([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>/g,
      (tag, rawName: string, rawAttributes: string) => {
        const name = rawName.toLowerCase()
        if (!allowedElements.has(name)) return ''
        const isClosing = tag.startsWith('</')
        if (isClosing) return `</${name}>`
        return `<${name}${cleanAttributes(name, rawAttributes)}>`
      },
    )
}

const allowedElements = new Set([
  'a',
  'b',
  'blockquote',
  'br',
  'code',
  'div',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'li',
  'ol',
  'p',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'u',
  'ul',
])

const allowedAttributes = new Set([
  'align',
  'alt',
  'border',
  'cellpadding',
  'cellspacing',
  'colspan',
  'dir',
  'height',
  'href',
  'lang',
  'role',
  'rowspan',
  'src',
  'srcset',
  'style',
  'title',
  'valign',
  'width',
])

const cleanAttributes = (element: string, raw: string): string => {
  let result = ''
  for (const [, rawName, value = ''] of raw.matchAll(/([a-zA-Z:-]+)(?:="([^"]*)")?/g)) {
    const name = rawName.toLowerCase()
    if (!allowedAttributes.has(name)) continue
    if (name === 'href' || name === 'src') {
      const href = safeHref(unescapeHtml(value), { relative: 'keep' })
      if (!href || (name === 'src' && !/^(https?:|\/)/.test(href))) continue
      result += ` ${name}="${escapeHtml(href)}"`
      if (name === 'href' && element === 'a' && /^https?:/.test(href)) result += ' rel="noopener"'
      continue
    }
    if (name === 'srcset') continue
    if (
      name === 'style' &&
      /url\s*\(|expression\s*\(|@import|behavior\s*:/i.test(unescapeHtml(value))
    )
      continue
    result += ` ${name}="${value}"`
  }
  return result
}
