import { publicUrl } from '../src/lib/env'
import { escapeHtml, imageProtocols, safeHref } from '../src/lib/html'
import { emailStyle } from './emailStyle'

export type LexicalToEmailOptions = {
  /** Reading direction of the text around it: lists and quotes indent on the reading side. */
  dir?: 'ltr' | 'rtl'
  /** Base for relative links and upload URLs; defaults to PUBLIC_URL. */
  baseUrl?: string
  /**
   * Turns an internal link (to a Payload document) into a URL. Without it, or when it returns
   * nothing, the link's text stays as plain text.
   */
  resolveInternalLink?: (doc: { relationTo: string; value: unknown }) => string | undefined
}

export type EmailRichText = {
  /** E-mail-safe HTML with inline styles; every user-typed character is escaped. */
  html: string
  text: string
}

/**
 * Converts Lexical editor JSON (as Payload stores rich text) into HTML that mail clients render
 * and a plain-text version. Unknown nodes are dropped (their text kept), unsafe links become plain
 * text, and malformed input gives less output, never an exception: editors' content must not be
 * able to stop a send.
 */
export const lexicalToEmail = (
  editorState: unknown,
  options: LexicalToEmailOptions = {},
): EmailRichText => {
  const root = isRecord(editorState) && isRecord(editorState.root) ? editorState.root : editorState
  if (!isRecord(root)) return { html: '', text: '' }
  const context: Context = {
    dir: options.dir ?? 'ltr',
    baseUrl: (options.baseUrl ?? publicUrl()).replace(/\/+$/, ''),
    resolveInternalLink: options.resolveInternalLink,
  }
  const blocks = childrenOf(root)
  return {
    html: blocks.map((node) => blockHtml(node, context, 0)).join(''),
    text: blocks
      .map((node) => blockText(node, context, 0))
      .filter((text) => text.trim() !== '')
      .join('\n\n'),
  }
}

type LexicalNode = Record<string, unknown>

type Context = {
  dir: 'ltr' | 'rtl'
  baseUrl: string
  resolveInternalLink: LexicalToEmailOptions['resolveInternalLink']
}

/** Deeper nesting than any editor produces: stops hostile JSON from exhausting the stack. */
const maxDepth = 40

const isRecord = (value: unknown): value is LexicalNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const childrenOf = (node: LexicalNode): LexicalNode[] =>
  Array.isArray(node.children) ? node.children.filter(isRecord) : []

const textStyle = `font-family:${emailStyle.fonts.body};font-size:${emailStyle.fontSizes.body};line-height:${emailStyle.lineHeights.body};color:${emailStyle.colors.text}`

const styles = {
  paragraph: `margin:0 0 ${emailStyle.spacing.md};${textStyle}`,
  h2: `margin:${emailStyle.spacing.lg} 0 ${emailStyle.spacing.sm};font-family:${emailStyle.fonts.body};font-size:${emailStyle.fontSizes.h2};line-height:${emailStyle.lineHeights.heading};color:${emailStyle.colors.text}`,
  h3: `margin:${emailStyle.spacing.md} 0 ${emailStyle.spacing.sm};font-family:${emailStyle.fonts.body};font-size:${emailStyle.fontSizes.h3};line-height:${emailStyle.lineHeights.heading};color:${emailStyle.colors.text}`,
  list: (dir: Context['dir'], depth: number) =>
    `margin:${depth === 0 ? `0 0 ${emailStyle.spacing.md}` : `${emailStyle.spacing.xs} 0 0`};` +
    (dir === 'rtl'
      ? `padding:0 ${emailStyle.spacing.lg} 0 0`
      : `padding:0 0 0 ${emailStyle.spacing.lg}`),
  checkList: `margin:0 0 ${emailStyle.spacing.md};padding:0;list-style-type:none`,
  listItem: `margin:0 0 ${emailStyle.spacing.xs};${textStyle}`,
  nestedOnlyItem: `list-style-type:none;${textStyle}`,
  quote: (dir: Context['dir']) =>
    `margin:0 0 ${emailStyle.spacing.md};` +
    (dir === 'rtl'
      ? `padding:${emailStyle.spacing.xs} ${emailStyle.spacing.md} ${emailStyle.spacing.xs} 0;border-right:4px solid ${emailStyle.colors.quoteBorder}`
      : `padding:${emailStyle.spacing.xs} 0 ${emailStyle.spacing.xs} ${emailStyle.spacing.md};border-left:4px solid ${emailStyle.colors.quoteBorder}`) +
    `;font-family:${emailStyle.fonts.body};font-size:${emailStyle.fontSizes.body};line-height:${emailStyle.lineHeights.body};color:${emailStyle.colors.muted};font-style:italic`,
  rule: `border:none;border-top:1px solid ${emailStyle.colors.border};margin:${emailStyle.spacing.lg} 0`,
  link: `color:${emailStyle.colors.link};text-decoration:underline`,
  code: `font-family:${emailStyle.fonts.code};font-size:14px;background-color:${emailStyle.colors.codeBackground};padding:1px 4px;border-radius:3px`,
  mark: `background-color:${emailStyle.colors.highlight};color:${emailStyle.colors.text}`,
  imageWrapper: `margin:0 0 ${emailStyle.spacing.md}`,
  image: 'display:block;width:100%;height:auto;border:0;outline:none;text-decoration:none',
}

// Lexical's TextNode format bits.
const formats = [
  { bit: 16, open: `<code style="${styles.code}">`, close: '</code>' },
  { bit: 4, open: '<s>', close: '</s>' },
  { bit: 8, open: '<u>', close: '</u>' },
  { bit: 2, open: '<em>', close: '</em>' },
  { bit: 1, open: '<strong>', close: '</strong>' },
  { bit: 32, open: '<sub>', close: '</sub>' },
  { bit: 64, open: '<sup>', close: '</sup>' },
  { bit: 128, open: `<mark style="${styles.mark}">`, close: '</mark>' },
] as const

const blockHtml = (node: LexicalNode, context: Context, depth: number): string => {
  if (depth > maxDepth) return ''
  switch (node.type) {
    case 'paragraph': {
      const inner = inlineHtml(childrenOf(node), context, depth + 1)
      return inner === '' ? '' : `<p style="${styles.paragraph}">${inner}</p>`
    }
    case 'heading': {
      const inner = inlineHtml(childrenOf(node), context, depth + 1)
      if (inner === '') return ''
      // The mail's own title is the h1 and block titles are h2/h3, so body headings start lower.
      const level = node.tag === 'h1' || node.tag === 'h2' ? 'h2' : 'h3'
      return `<${level} style="${styles[level]}">${inner}</${level}>`
    }
    case 'quote': {
      const inner = inlineHtml(childrenOf(node), context, depth + 1)
      return inner === ''
        ? ''
        : `<blockquote style="${styles.quote(context.dir)}">${inner}</blockquote>`
    }
    case 'list':
      return listHtml(node, context, depth, 0)
    case 'horizontalrule':
      return `<hr style="${styles.rule}"/>`
    case 'upload':
      return uploadHtml(node, context)
    default: {
      // Unknown node: drop what it is, keep what it says.
      if (hasBlockChildren(node)) {
        return childrenOf(node)
          .map((child) => blockHtml(child, context, depth + 1))
          .join('')
      }
      const inner = inlineHtml([node], context, depth)
      return inner === '' ? '' : `<p style="${styles.paragraph}">${inner}</p>`
    }
  }
}

const blockTypes = new Set(['paragraph', 'heading', 'quote', 'list', 'horizontalrule', 'upload'])

const hasBlockChildren = (node: LexicalNode) =>
  childrenOf(node).some((child) => blockTypes.has(String(child.type)))

const inlineHtml = (nodes: LexicalNode[], context: Context, depth: number): string => {
  if (depth > maxDepth) return ''
  let html = ''
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        html += formattedText(node)
        break
      case 'tab':
        html += ' '
        break
      case 'linebreak':
        html += '<br/>'
        break
      case 'link':
      case 'autolink': {
        const inner = inlineHtml(childrenOf(node), context, depth + 1)
        const href = linkHref(node, context)
        html +=
          href && inner !== ''
            ? `<a href="${escapeHtml(href)}" style="${styles.link}" target="_blank">${inner}</a>`
            : inner
        break
      }
      case 'list':
      case 'quote':
      case 'heading':
      case 'paragraph':
      case 'horizontalrule':
      case 'upload':
        // Block nodes nested where only inline content belongs: keep their text inline.
        html += inlineHtml(childrenOf(node), context, depth + 1)
        break
      default:
        if (typeof node.text === 'string') html += escapeHtml(node.text)
        else html += inlineHtml(childrenOf(node), context, depth + 1)
    }
  }
  return html
}

const formattedText = (node: LexicalNode): string => {
  if (typeof node.text !== 'string' || node.text === '') return ''
  const format = typeof node.format === 'number' ? node.format : 0
  let html = escapeHtml(node.text)
  for (const { bit, open, close } of formats) {
    if (format & bit) html = `${open}${html}${close}`
  }
  return html
}

const linkHref = (node: LexicalNode, context: Context): string | undefined => {
  const fields = isRecord(node.fields) ? node.fields : {}
  if (fields.linkType === 'internal') {
    const doc = fields.doc
    if (!isRecord(doc) || typeof doc.relationTo !== 'string' || !context.resolveInternalLink) {
      return undefined
    }
    return safeHref(context.resolveInternalLink({ relationTo: doc.relationTo, value: doc.value }), {
      baseUrl: context.baseUrl,
    })
  }
  // Older Lexical link nodes keep the URL on the node itself.
  return safeHref(fields.url ?? node.url, { baseUrl: context.baseUrl })
}

type ListItem = { children: LexicalNode[]; checked?: boolean; isNestedOnly: boolean }

/**
 * Lexical puts a nested list in an extra list item after its parent item. Moving it into the
 * parent item gives the nesting mail clients (and screen readers) expect, without a stray bullet.
 */
const listItems = (list: LexicalNode): ListItem[] => {
  const items: ListItem[] = []
  for (const item of childrenOf(list)) {
    const children = childrenOf(item)
    const isNestedOnly = children.length > 0 && children.every((child) => child.type === 'list')
    const previous = items[items.length - 1]
    if (isNestedOnly && previous) {
      previous.children.push(...children)
    } else {
      items.push({
        children: [...children],
        checked: typeof item.checked === 'boolean' ? item.checked : undefined,
        isNestedOnly,
      })
    }
  }
  return items
}

const listHtml = (list: LexicalNode, context: Context, depth: number, level: number): string => {
  if (depth > maxDepth) return ''
  const isNumbered = list.listType === 'number' || list.tag === 'ol'
  const isCheck = list.listType === 'check'
  const start = typeof list.start === 'number' && Number.isInteger(list.start) ? list.start : 1
  const tag = isNumbered ? 'ol' : 'ul'
  const style = isCheck ? styles.checkList : styles.list(context.dir, level)
  const items = listItems(list)
    .map((item) => {
      const content = item.children
        .map((child) =>
          child.type === 'list'
            ? listHtml(child, context, depth + 1, level + 1)
            : inlineHtml([child], context, depth + 1),
        )
        .join('')
      if (content === '') return ''
      const box = isCheck ? (item.checked ? '☑ ' : '☐ ') : ''
      const itemStyle = item.isNestedOnly ? styles.nestedOnlyItem : styles.listItem
      return `<li style="${itemStyle}">${box}${content}</li>`
    })
    .join('')
  if (items === '') return ''
  const startAttribute = isNumbered && start !== 1 ? ` start="${start}"` : ''
  return `<${tag}${startAttribute} style="${style}">${items}</${tag}>`
}

type UploadImage = { src: string; retinaSrc?: string; alt: string; width: number; height: number }

const uploadImage = (node: LexicalNode, context: Context): UploadImage | undefined => {
  const doc = node.value
  // An unpopulated upload is only an id: nothing to show.
  if (!isRecord(doc)) return undefined
  if (typeof doc.mimeType === 'string' && !doc.mimeType.startsWith('image/')) return undefined
  const sizes = isRecord(doc.sizes) ? doc.sizes : {}
  const pick = (candidate: unknown) =>
    isRecord(candidate) &&
    typeof candidate.url === 'string' &&
    typeof candidate.width === 'number' &&
    typeof candidate.height === 'number' &&
    candidate.width > 0 &&
    candidate.height > 0
      ? { url: candidate.url, width: candidate.width, height: candidate.height }
      : undefined
  // Payload skips a size larger than the original, so a small image falls back to itself.
  const chosen = pick(sizes.email) ?? pick(doc)
  if (!chosen) return undefined
  const src = safeHref(chosen.url, { baseUrl: context.baseUrl, protocols: imageProtocols })
  if (!src) return undefined
  const retina = pick(sizes.emailRetina)
  const width = Math.min(chosen.width, emailStyle.contentWidth)
  return {
    src,
    retinaSrc: retina
      ? safeHref(retina.url, { baseUrl: context.baseUrl, protocols: imageProtocols })
      : undefined,
    alt: typeof doc.alt === 'string' ? doc.alt : '',
    width,
    height: Math.round((chosen.height * width) / chosen.width),
  }
}

const uploadHtml = (node: LexicalNode, context: Context): string => {
  const image = uploadImage(node, context)
  if (!image) return ''
  const srcset = image.retinaSrc ? ` srcset="${escapeHtml(image.retinaSrc)} 2x"` : ''
  return (
    `<p style="${styles.imageWrapper}"><img src="${escapeHtml(image.src)}"${srcset}` +
    ` alt="${escapeHtml(image.alt)}" width="${image.width}" height="${image.height}"` +
    ` style="${styles.image};max-width:${image.width}px"/></p>`
  )
}

const blockText = (node: LexicalNode, context: Context, depth: number): string => {
  if (depth > maxDepth) return ''
  switch (node.type) {
    case 'list':
      return listText(node, context, depth, 0)
    case 'quote':
      return inlineText(childrenOf(node), context, depth + 1)
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n')
    case 'horizontalrule':
      return '----------'
    case 'upload':
      // Like react-email's own plain text, images are left out of the text part.
      return ''
    case 'paragraph':
    case 'heading':
      return inlineText(childrenOf(node), context, depth + 1)
    default:
      if (hasBlockChildren(node)) {
        return childrenOf(node)
          .map((child) => blockText(child, context, depth + 1))
          .filter((text) => text.trim() !== '')
          .join('\n\n')
      }
      return inlineText([node], context, depth)
  }
}

const inlineText = (nodes: LexicalNode[], context: Context, depth: number): string => {
  if (depth > maxDepth) return ''
  let text = ''
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        text += typeof node.text === 'string' ? node.text : ''
        break
      case 'tab':
        text += ' '
        break
      case 'linebreak':
        text += '\n'
        break
      case 'link':
      case 'autolink': {
        const inner = inlineText(childrenOf(node), context, depth + 1)
        const href = linkHref(node, context)
        const shown = href?.replace(/^mailto:/, '')
        text += href && inner !== '' && inner.trim() !== shown ? `${inner} (${shown})` : inner
        break
      }
      default:
        if (typeof node.text === 'string') text += node.text
        else text += inlineText(childrenOf(node), context, depth + 1)
    }
  }
  return text
}

const listText = (list: LexicalNode, context: Context, depth: number, level: number): string => {
  if (depth > maxDepth) return ''
  const isNumbered = list.listType === 'number' || list.tag === 'ol'
  const isCheck = list.listType === 'check'
  let number = typeof list.start === 'number' && Number.isInteger(list.start) ? list.start : 1
  const indent = '  '.repeat(level)
  const lines: string[] = []
  for (const item of listItems(list)) {
    const inline = item.children
      .filter((child) => child.type !== 'list')
      .map((child) => inlineText([child], context, depth + 1))
      .join('')
    const nested = item.children
      .filter((child) => child.type === 'list')
      .map((child) => listText(child, context, depth + 1, level + 1))
      .filter((text) => text !== '')
    if (inline.trim() === '' && nested.length === 0) continue
    if (inline.trim() !== '') {
      const marker = isCheck
        ? item.checked
          ? '[x] '
          : '[ ] '
        : isNumbered
          ? `${number++}. `
          : '- '
      const continuation = `${indent}${' '.repeat(marker.length)}`
      lines.push(`${indent}${marker}${inline.split('\n').join(`\n${continuation}`)}`)
    }
    lines.push(...nested)
  }
  return lines.join('\n')
}
