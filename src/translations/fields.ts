import { getTranslation } from '@payloadcms/translations'
import type { FlattenedField } from 'payload'

import { adminTextsIn } from '@/i18n/admin'

import { fingerprint, hasText, inlineToSource, isTextBlock, plainToSource } from './inline'
import type { LexicalNode, SourceText } from './inline'

export type TextKind = 'text' | 'textarea' | 'richText'

/**
 * One translatable field in one document: `key` names it through groups and array rows
 * (`sections.<row id>.heading`), `labels` is the trail an editor recognises.
 */
export type FieldSlot = { key: string; kind: TextKind; labels: string[]; value: unknown }

/** One piece a translator translates: a whole text field, or one paragraph of a rich text. */
export type Unit = {
  id: string
  slotKey: string
  kind: TextKind
  label: string
  source: SourceText
  hash: string
  /** For rich text: which paragraph (see `textBlocksOf`). */
  blockIndex?: number
}

const textKinds = new Set<string>(['text', 'textarea', 'richText'])

/**
 * The localized text fields of a document, found from the collection's own field config so a
 * new collection needs no code here. Localized fields inside a localized group or array are
 * skipped: there the whole container differs per language and has no shared row to translate.
 */
export const slotsOf = (
  fields: FlattenedField[],
  doc: Record<string, unknown> | null | undefined,
): FieldSlot[] => collectSlots(fields, doc ?? {}, [], [])

/** The units of a document read in one language (no fallback), in reading order. */
export const unitsOf = (fields: FlattenedField[], doc: Record<string, unknown>): Unit[] =>
  slotsOf(fields, doc).flatMap((slot) => unitsOfSlot(slot))

export const unitsOfSlot = (slot: FieldSlot): Unit[] => {
  const label = slot.labels.join(' › ')
  if (slot.kind !== 'richText') {
    if (typeof slot.value !== 'string') return []
    const source = plainToSource(slot.value)
    if (!hasText(source)) return []
    return [
      {
        id: slot.key,
        slotKey: slot.key,
        kind: slot.kind,
        label,
        source,
        hash: fingerprint(slot.value),
      },
    ]
  }
  const skeleton = fingerprint(visibleNode(richTextRoot(richTextSkeleton(slot.value)) ?? {}))
  return textBlocksOf(slot.value)
    .map((block, index) => ({ index, block, source: inlineToSource(block.children ?? []) }))
    .filter(({ source }) => hasText(source))
    .map(({ index, block, source }) => ({
      id: `${slot.key}.t${index}`,
      slotKey: slot.key,
      blockIndex: index,
      kind: slot.kind,
      label: `${label} (alinea ${index + 1})`,
      source,
      // A paragraph added or removed elsewhere in the text changes every unit of the field.
      hash: fingerprint({ block: visibleNode(block), skeleton }),
    }))
}

/** The paragraphs, headings and list items of a Lexical value, depth first, in reading order. */
export const textBlocksOf = (value: unknown): LexicalNode[] => {
  const root = richTextRoot(value)
  if (!root) return []
  const blocks: LexicalNode[] = []
  const visit = (node: LexicalNode) => {
    if (isTextBlock(node)) {
      blocks.push(node)
      return
    }
    node.children?.forEach(visit)
  }
  root.children?.forEach(visit)
  return blocks
}

/**
 * A fingerprint of what a reader sees in a field value. For rich text the editor's bookkeeping
 * (direction, indent, version, stored selection formats) is left out: the admin rewrites those on
 * a save without changes, and that must not make every translation outdated.
 */
export const contentFingerprint = (kind: TextKind, value: unknown): string =>
  fingerprint(kind === 'richText' ? visibleNode(richTextRoot(value) ?? {}) : value)

const visibleNode = (node: LexicalNode | Record<string, never>): unknown => {
  const { type, text, format, style, tag, listType, fields, value, relationTo, children } =
    node as LexicalNode
  return {
    type,
    ...(text !== undefined ? { text } : {}),
    ...(format ? { format } : {}),
    ...(style ? { style } : {}),
    ...(tag ? { tag } : {}),
    ...(listType ? { listType } : {}),
    ...(fields ? { fields } : {}),
    ...(value !== undefined ? { value } : {}),
    ...(relationTo ? { relationTo } : {}),
    ...(children ? { children: children.map(visibleNode) } : {}),
  }
}

/** Whether a field value (string or Lexical JSON) holds any text at all. */
export const valueHasText = (kind: TextKind, value: unknown): boolean => {
  if (kind !== 'richText') return typeof value === 'string' && value.trim().length > 0
  return textBlocksOf(value).some((block) => hasText(inlineToSource(block.children ?? [])))
}

/** Replaces the inline children of the text blocks at the given indexes; the rest stays as is. */
export const replaceTextBlocks = (
  value: unknown,
  replacements: Map<number, LexicalNode[]>,
  direction?: 'ltr' | 'rtl',
): unknown => {
  const copy = structuredClone(value)
  textBlocksOf(copy).forEach((block, index) => {
    const children = replacements.get(index)
    if (children) block.children = children
  })
  // The structure comes from the Dutch text; the reading direction is the translation's own.
  const turn = (node: LexicalNode) => {
    if (direction && (node.direction === 'ltr' || node.direction === 'rtl'))
      node.direction = direction
    node.children?.forEach(turn)
  }
  const root = richTextRoot(copy)
  if (root) turn(root)
  return copy
}

const richTextRoot = (value: unknown): LexicalNode | undefined => {
  if (!value || typeof value !== 'object' || !('root' in value)) return undefined
  const root = (value as { root: unknown }).root
  return root && typeof root === 'object' ? (root as LexicalNode) : undefined
}

/** The rich text with the words taken out: what must stay the same for a translation to fit. */
const richTextSkeleton = (value: unknown): unknown => {
  const copy = structuredClone(value)
  textBlocksOf(copy).forEach((block) => {
    block.children = []
  })
  return copy
}

/** A field's label in Dutch: this module reports to the regional editors and the translators. */
const labelOf = (field: FlattenedField): string => {
  const value = 'label' in field ? field.label : undefined
  if (value) return getTranslation(value, adminTextsIn('nl'))
  return 'name' in field ? field.name : ''
}

const collectSlots = (
  fields: FlattenedField[],
  data: Record<string, unknown>,
  path: string[],
  labels: string[],
): FieldSlot[] =>
  fields.flatMap((field): FieldSlot[] => {
    if (!('name' in field) || field.type === 'join' || ('virtual' in field && field.virtual))
      return []
    const value = data[field.name]
    const here = [...path, field.name]
    const trail = [...labels, labelOf(field)]
    if (textKinds.has(field.type)) {
      return field.localized
        ? [{ key: here.join('.'), kind: field.type as TextKind, labels: trail, value }]
        : []
    }
    if (field.localized) return []
    if (field.type === 'group' || field.type === 'tab') {
      return collectSlots(field.flattenedFields, asRecord(value), here, trail)
    }
    if (field.type === 'array') {
      return rowsOf(value).flatMap((row, index) =>
        collectSlots(
          field.flattenedFields,
          row,
          [...here, String(row.id)],
          [...labels, `${labelOf(field)} ${index + 1}`],
        ),
      )
    }
    if (field.type === 'blocks') {
      return rowsOf(value).flatMap((row, index) => {
        const block = (field.blocks ?? []).find(({ slug }) => slug === row.blockType)
        if (!block || !('flattenedFields' in block)) return []
        return collectSlots(
          block.flattenedFields as FlattenedField[],
          row,
          [...here, String(row.id)],
          [...labels, `${labelOf(field)} ${index + 1}`],
        )
      })
    }
    return []
  })

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}

const rowsOf = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.filter((row) => row && typeof row === 'object' && row.id != null)
    : []
