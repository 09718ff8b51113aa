import type { PackTemplate } from '@/payload-types'

/**
 * Seed content as small, readable data, turned into the Lexical JSON the editor stores. Covers what
 * seeded texts need: headings, paragraphs with bold and links, bulleted and numbered lists.
 */

/** A piece of running text: plain, bold, or a link. */
export type Inline = string | { bold: string } | { link: string; url: string }

export type Part =
  | { heading: string; level?: 2 | 3 }
  | { paragraph: string | Inline[] }
  | { bullets: (string | Inline[])[] }
  | { steps: (string | Inline[])[] }

export type Direction = 'ltr' | 'rtl'

/** The shape Payload generates for every rich text field. */
export type LexicalDocument = NonNullable<PackTemplate['intro']>

/** Bold in Lexical's text format bit field. */
const isBold = 1

export const richText = (parts: Part[], direction: Direction = 'ltr'): LexicalDocument => {
  const element = { direction, format: '' as const, indent: 0, version: 1 }
  const text = (value: string, format = 0) => ({
    type: 'text',
    text: value,
    detail: 0,
    format,
    mode: 'normal',
    style: '',
    version: 1,
  })
  const inline = (value: string | Inline[]) =>
    (typeof value === 'string' ? [value] : value).map((piece) => {
      if (typeof piece === 'string') return text(piece)
      if ('bold' in piece) return text(piece.bold, isBold)
      return {
        ...element,
        type: 'link',
        version: 3,
        fields: { linkType: 'custom', newTab: false, url: piece.url },
        children: [text(piece.link)],
      }
    })
  const list = (items: (string | Inline[])[], listType: 'bullet' | 'number') => ({
    ...element,
    type: 'list',
    listType,
    tag: listType === 'bullet' ? 'ul' : 'ol',
    start: 1,
    children: items.map((item, index) => ({
      ...element,
      type: 'listitem',
      value: index + 1,
      children: inline(item),
    })),
  })
  const node = (part: Part) => {
    if ('heading' in part) {
      return {
        ...element,
        type: 'heading',
        tag: `h${part.level ?? 2}`,
        children: inline(part.heading),
      }
    }
    if ('bullets' in part) return list(part.bullets, 'bullet')
    if ('steps' in part) return list(part.steps, 'number')
    return {
      ...element,
      type: 'paragraph',
      textFormat: 0,
      textStyle: '',
      children: inline(part.paragraph),
    }
  }
  return {
    root: { ...element, type: 'root', children: parts.map(node) },
  } as unknown as LexicalDocument
}

/** The plain text of a Lexical document, for tests and summaries. */
export const plainText = (document: unknown): string => {
  const walk = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const { text, children } = node as { text?: unknown; children?: unknown }
    if (typeof text === 'string') return text
    if (!Array.isArray(children)) return ''
    return children.map(walk).join((node as { type?: string }).type === 'root' ? '\n' : '')
  }
  return walk((document as { root?: unknown } | null)?.root)
}
