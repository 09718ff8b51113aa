import { publicUrl } from './env'

// Relative imports on purpose: emails/ uses this file, and the react-email preview server bundles
// emails/ without the project's `@/` path alias.

/** Escapes exactly the characters React escapes in text and attribute values. */
export const escapeHtml = (value: string): string =>
  htmlSpecial.test(value)
    ? value.replace(htmlSpecialGlobal, (character) => htmlEntities[character])
    : value

/** Reads back what `escapeHtml`, React or an XML writer escaped, in one pass. */
export const unescapeHtml = (value: string): string =>
  value.replace(escapedEntity, (entity) => unescapedCharacters[entity])

export type SafeHrefOptions = {
  /** Base for relative addresses; defaults to PUBLIC_URL. */
  baseUrl?: string
  /** The schemes allowed; defaults to web, mail and phone links. */
  protocols?: readonly string[]
  /**
   * `keep` leaves a path on this site (`/nl/...`) or an anchor as written, for pages, where the
   * browser resolves them, and refuses other relative addresses. A mail is read elsewhere, so by
   * default every address is resolved against `baseUrl`.
   */
  relative?: 'resolve' | 'keep'
}

/**
 * The URL a link or image may point to, or undefined for anything else (javascript:, data:,
 * vbscript:, ...). The WHATWG parser decides, so tricks such as tabs or mixed case inside the
 * scheme are judged the way a browser or mail client would read them.
 */
export const safeHref = (
  raw: unknown,
  { baseUrl = publicUrl(), protocols = linkProtocols, relative = 'resolve' }: SafeHrefOptions = {},
): string | undefined => {
  if (typeof raw !== 'string') return undefined
  let candidate = raw.trim()
  if (candidate === '') return undefined
  const isOnThisSite = candidate.startsWith('#') || /^\/(?![/\\])/.test(candidate)
  if (relative === 'keep' && isOnThisSite) return candidate
  // A fragment on its own goes nowhere once the text is read outside its page.
  if (candidate.startsWith('#')) return undefined
  if (/^www\./i.test(candidate)) candidate = `https://${candidate}`
  try {
    const base = relative === 'keep' ? undefined : `${baseUrl.replace(/\/+$/, '')}/`
    const url = new URL(candidate, base)
    return protocols.includes(url.protocol) ? url.href : undefined
  } catch {
    return undefined
  }
}

/** What an image may load from: no mail, phone or data addresses. */
export const imageProtocols = ['http:', 'https:'] as const

const linkProtocols = ['http:', 'https:', 'mailto:', 'tel:'] as const

const htmlSpecial = /["&'<>]/
const htmlSpecialGlobal = /["&'<>]/g
const htmlEntities: Record<string, string> = {
  '"': '&quot;',
  '&': '&amp;',
  "'": '&#x27;',
  '<': '&lt;',
  '>': '&gt;',
}

const escapedEntity = /&(?:quot|#x27|#39|apos|lt|gt|amp);/g
const unescapedCharacters: Record<string, string> = {
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'",
  '&apos;': "'",
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
}
