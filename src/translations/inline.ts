import type { TFunction } from '@payloadcms/translations'
import { createHash } from 'node:crypto'

import { adminT, adminTextsIn } from '@/i18n/admin'
import type { AdminI18n, AdminTranslationKey } from '@/i18n/admin'

/**
 * A translatable text as a translator sees it: plain strings with inline codes. `pc` wraps text
 * (formatting, a link), `ph` stands alone (a line break, a placeholder such as `{{firstName}}`).
 * The codes only carry an id; what they mean stays on our side in `tags`, so nothing a
 * translator writes can change a link's address or a node's type.
 */
export type Segment = string | { ph: string } | { pc: string; contents: Segment[] }

export type InlineTag =
  | { kind: 'format'; node: LexicalNode }
  | { kind: 'link'; node: LexicalNode }
  | { kind: 'break'; node: LexicalNode }
  | { kind: 'newline' }
  | { kind: 'placeholder'; text: string }

export type SourceText = { segments: Segment[]; tags: Record<string, InlineTag> }

export type LexicalNode = {
  type: string
  children?: LexicalNode[]
  text?: string
  [key: string]: unknown
}

const placeholderPattern = /\{\{\s*[\w.]+\s*\}\}/g
const inlineTypes = new Set(['text', 'linebreak', 'tab', 'link', 'autolink'])
/** Anything that looks like an HTML or XML tag in a translated text: never stored. */
const markupPattern = /<\s*\/?\s*[a-z!?][^>]*>?/i

/** A plain text or textarea value as segments: placeholders and line breaks become codes. */
export const plainToSource = (text: string): SourceText => {
  const tags: Record<string, InlineTag> = {}
  const segments = textToSegments(text, tags, counter())
  return { segments, tags }
}

/** The inline children of one Lexical block (paragraph, heading, list item) as segments. */
export const inlineToSource = (children: LexicalNode[]): SourceText => {
  const tags: Record<string, InlineTag> = {}
  const segments = inlineSegments(children, tags, counter())
  return { segments, tags }
}

/** The plain text of segments with every placeholder written out: what a reader would see. */
export const flatText = ({ segments, tags }: SourceText): string =>
  segments
    .map((segment) => {
      if (typeof segment === 'string') return segment
      if ('pc' in segment) return flatText({ segments: segment.contents, tags })
      const tag = tags[segment.ph]
      if (tag?.kind === 'placeholder') return tag.text
      return tag?.kind === 'newline' || tag?.kind === 'break' ? '\n' : ''
    })
    .join('')

export const hasText = (source: SourceText) => flatText(source).trim().length > 0

/** A short fingerprint of a source text: changes when its words, codes or structure change. */
export const fingerprint = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16)

export type TargetCheck =
  { isValid: true; segments: Segment[] } | { isValid: false; reason: string }

/**
 * Whether a translated text may replace its source: every code of the source used exactly once,
 * no unknown codes, no markup typed as text, the same placeholders, and codes only where they
 * can be rebuilt (no link inside formatting). The reason is in the language of `i18n` (Dutch
 * without one).
 */
export const checkTarget = (
  source: SourceText,
  target: Segment[],
  i18n: AdminI18n = adminTextsIn('nl'),
): TargetCheck => {
  const t = adminT(i18n)
  const used = new Map<string, number>()
  let problem: string | undefined
  const visit = (segments: Segment[], parent: InlineTag | undefined) => {
    for (const segment of segments) {
      if (problem) return
      if (typeof segment === 'string') {
        if (markupPattern.test(segment)) problem = t('custom:translations:importNotes:markup')
        continue
      }
      const id = 'pc' in segment ? segment.pc : segment.ph
      const tag = source.tags[id]
      used.set(id, (used.get(id) ?? 0) + 1)
      if (!tag) {
        problem = t('custom:translations:importNotes:unknownCode', { id })
        return
      }
      const isSpan = 'pc' in segment
      if (isSpan !== (tag.kind === 'format' || tag.kind === 'link')) {
        problem = t('custom:translations:importNotes:wrongCodeForm', {
          id,
          form: isSpan ? '<pc>' : '<ph>',
        })
        return
      }
      if (
        parent?.kind === 'format' &&
        (tag.kind === 'format' || tag.kind === 'link' || tag.kind === 'break')
      ) {
        problem = t('custom:translations:importNotes:codeInsideFormatting', { id })
        return
      }
      if (parent?.kind === 'link' && tag.kind === 'link') {
        problem = t('custom:translations:importNotes:linkInsideLink', { id })
        return
      }
      if ('pc' in segment) visit(segment.contents, tag)
    }
  }
  visit(target, undefined)
  if (problem) return { isValid: false, reason: problem }
  const missing = Object.keys(source.tags).filter((id) => used.get(id) !== 1)
  if (missing.length > 0) {
    const codes = missing.map((id) => describeTag(source.tags[id], id, t)).join(', ')
    return {
      isValid: false,
      reason: t('custom:translations:importNotes:missingOrDouble', { codes }),
    }
  }
  const expected = placeholdersIn(flatText(source))
  const found = placeholdersIn(flatText({ segments: target, tags: source.tags }))
  if (expected.join('|') !== found.join('|')) {
    const none = t('custom:translations:importNotes:none')
    return {
      isValid: false,
      reason: t('custom:translations:importNotes:placeholdersDiffer', {
        expected: expected.join(' ') || none,
        found: found.join(' ') || none,
      }),
    }
  }
  return { isValid: true, segments: target }
}

/** A checked target back as a plain string (text and textarea fields). */
export const segmentsToPlain = (source: SourceText, segments: Segment[]): string =>
  flatText({ segments, tags: source.tags })

/** A checked target back as Lexical inline nodes, with the source's formatting and links. */
export const segmentsToInline = (source: SourceText, segments: Segment[]): LexicalNode[] => {
  const nodes: LexicalNode[] = []
  let pending = ''
  const flush = () => {
    if (pending) nodes.push(plainTextNode(pending))
    pending = ''
  }
  for (const segment of segments) {
    if (typeof segment === 'string') {
      pending += segment
      continue
    }
    if ('ph' in segment) {
      const tag = source.tags[segment.ph]
      if (tag?.kind === 'break') {
        flush()
        nodes.push(structuredClone(tag.node))
      } else {
        pending += flatText({ segments: [segment], tags: source.tags })
      }
      continue
    }
    flush()
    const tag = source.tags[segment.pc]
    if (tag?.kind === 'link') {
      nodes.push({
        ...structuredClone(tag.node),
        children: segmentsToInline(source, segment.contents),
      })
    } else if (tag?.kind === 'format') {
      const text = flatText({ segments: segment.contents, tags: source.tags })
      if (text) nodes.push({ ...structuredClone(tag.node), text })
    }
  }
  flush()
  return nodes
}

/** Whether a Lexical element holds running text: its children are all inline nodes. */
export const isTextBlock = (node: LexicalNode): boolean =>
  Array.isArray(node.children) &&
  node.children.length > 0 &&
  node.children.every((child) => inlineTypes.has(child.type))

export const placeholdersIn = (text: string): string[] =>
  [...text.matchAll(placeholderPattern)].map(([match]) => match.replace(/\s+/g, '')).sort()

const counter = () => {
  let next = 0
  return () => String(++next)
}

const textToSegments = (
  text: string,
  tags: Record<string, InlineTag>,
  nextId: () => string,
): Segment[] => {
  const segments: Segment[] = []
  const pattern = new RegExp(`${placeholderPattern.source}|\\n`, 'g')
  let from = 0
  for (const match of text.matchAll(pattern)) {
    if (match.index > from) segments.push(text.slice(from, match.index))
    const id = nextId()
    tags[id] = match[0] === '\n' ? { kind: 'newline' } : { kind: 'placeholder', text: match[0] }
    segments.push({ ph: id })
    from = match.index + match[0].length
  }
  if (from < text.length) segments.push(text.slice(from))
  return segments
}

const inlineSegments = (
  children: LexicalNode[],
  tags: Record<string, InlineTag>,
  nextId: () => string,
): Segment[] =>
  children.flatMap((child): Segment[] => {
    if (child.type === 'text' && isPlainText(child))
      return textToSegments(child.text ?? '', tags, nextId)
    if (child.type === 'text') {
      const id = nextId()
      const { text, ...node } = child
      tags[id] = { kind: 'format', node: node as LexicalNode }
      return [{ pc: id, contents: textToSegments(text ?? '', tags, nextId) }]
    }
    if (child.type === 'link' || child.type === 'autolink') {
      const id = nextId()
      const { children: linkChildren, ...node } = child
      tags[id] = { kind: 'link', node: node as LexicalNode }
      return [{ pc: id, contents: inlineSegments(linkChildren ?? [], tags, nextId) }]
    }
    const id = nextId()
    tags[id] = { kind: 'break', node: child }
    return [{ ph: id }]
  })

const isPlainText = (node: LexicalNode) =>
  !node.format && !node.style && !node.detail && (node.mode ?? 'normal') === 'normal'

const plainTextNode = (text: string): LexicalNode => ({
  type: 'text',
  text,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})

const describeTag = (tag: InlineTag | undefined, id: string, t: TFunction<AdminTranslationKey>) => {
  if (tag?.kind === 'placeholder') return tag.text
  if (tag?.kind === 'link') return t('custom:translations:importNotes:linkCode', { id })
  if (tag?.kind === 'format') return t('custom:translations:importNotes:formatCode', { id })
  return t('custom:translations:importNotes:breakCode', { id })
}
