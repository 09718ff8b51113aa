import type { TFunction } from '@payloadcms/translations'
import { js2xliff, xliff2js } from 'xliff'
import type { XliffValue } from 'xliff'

import { adminT, adminTextsIn } from '@/i18n/admin'
import type { AdminI18n, AdminTranslationKey } from '@/i18n/admin'
import { unescapeHtml } from '@/lib/html'

import type { InlineTag, Segment, SourceText } from './inline'

/** Our own attributes on each unit, in a namespace of their own as XLIFF 2 allows. */
const namespace = 'urn:samen-veilig:translations:1'
const hashAttribute = 'sv:sourceHash'

export type OutgoingUnit = { id: string; source: SourceText; hash: string; note: string }
export type OutgoingFile = { id: string; units: OutgoingUnit[] }

export type IncomingUnit = {
  fileId: string
  unitId: string
  hash?: string
  /** Undefined when the unit has no (non-empty) target. */
  target?: Segment[]
  /** Why the target cannot be read (markup we do not accept), in the reader's language. */
  problem?: string
}

export type IncomingDocument = {
  sourceLanguage?: string
  targetLanguage?: string
  units: IncomingUnit[]
}

export class TranslationFileError extends Error {}

/** An XLIFF 2.0 document from Dutch to `targetLanguage`, one `<file>` per document. */
export const writeXliff = async ({
  targetLanguage,
  files,
}: {
  targetLanguage: string
  files: OutgoingFile[]
}): Promise<string> => {
  const resources = Object.fromEntries(
    files.map((file) => [
      file.id,
      Object.fromEntries(
        file.units.map((unit) => [
          unit.id,
          {
            source: toXliffValue(unit.source.segments, unit.source.tags),
            target: '',
            note: unit.note,
            additionalAttributes: { [hashAttribute]: unit.hash },
          },
        ]),
      ),
    ]),
  )
  // No indentation: whitespace between inline codes is text, and indenting would change it.
  const xml = await js2xliff({ sourceLanguage: 'nl', targetLanguage, resources }, { indent: '' })
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml
    .replace('<xliff ', `<xliff xmlns:sv="${namespace}" `)
    .replace(/(<(?:file|unit|notes|segment|source|target)[\s>/])/g, '\n$1')
    .replace(/(<\/(?:file|xliff)>)/g, '\n$1')}\n`
}

/**
 * Reads a translated XLIFF 2 document. The `xliff` package silently drops inline elements it does
 * not know (a `<script>` in a target would vanish), so each target is checked for them first, and
 * spaces between two codes are protected because its XML reader drops whitespace-only text.
 * Problems are worded in the language of `i18n` (Dutch without one).
 */
export const readXliff = async (
  xml: string,
  i18n: AdminI18n = adminTextsIn('nl'),
): Promise<IncomingDocument> => {
  const t = adminT(i18n)
  const { text, problems, spaces } = guardTargets(xml, t)
  let parsed: Awaited<ReturnType<typeof xliff2js>>
  try {
    parsed = await xliff2js(text)
  } catch (error) {
    throw new TranslationFileError(
      t('custom:translations:importNotes:unreadableFile', {
        error: (error as Error).message.split('\n')[0],
      }),
    )
  }
  if (!parsed || parsed instanceof Error || !parsed.resources) {
    throw new TranslationFileError(t('custom:translations:importNotes:notXliff2'))
  }
  const units: IncomingUnit[] = []
  for (const [fileId, fileUnits] of Object.entries(parsed.resources)) {
    for (const [unitId, unit] of Object.entries(fileUnits ?? {})) {
      if (!unit || typeof unit !== 'object') continue
      const hash = unit.additionalAttributes?.[hashAttribute]
      const problem = problems.get(problemKey(fileId, unitId))
      if (problem) {
        units.push({ fileId, unitId, hash, problem })
        continue
      }
      const target = fromXliffValue(unit.target ?? '', spaces, t)
      if ('problem' in target) units.push({ fileId, unitId, hash, problem: target.problem })
      else
        units.push({
          fileId,
          unitId,
          hash,
          target: isBlank(target.segments) ? undefined : target.segments,
        })
    }
  }
  return { sourceLanguage: parsed.sourceLanguage, targetLanguage: parsed.targetLanguage, units }
}

const toXliffValue = (segments: Segment[], tags: Record<string, InlineTag>): XliffValue =>
  segments.map((segment): XliffValue => {
    if (typeof segment === 'string') return segment
    if ('ph' in segment) {
      const tag = tags[segment.ph]
      const equiv =
        tag?.kind === 'placeholder'
          ? tag.text
          : tag?.kind === 'break' && tag.node.type === 'tab'
            ? '\t'
            : '\n'
      const disp = tag?.kind === 'placeholder' ? tag.text : '↵'
      return { Standalone: { id: segment.ph, equiv, disp } }
    }
    const tag = tags[segment.pc]
    return {
      GenericSpan: {
        id: segment.pc,
        type: tag?.kind === 'link' ? 'link' : 'fmt',
        contents: toXliffValue(segment.contents, tags),
      },
    }
  })

const fromXliffValue = (
  value: XliffValue | undefined,
  spaces: string[],
  t: TFunction<AdminTranslationKey>,
): { segments: Segment[] } | { problem: string } => {
  if (value === undefined || value === '') return { segments: [] }
  if (typeof value === 'string') {
    const text = restoreSpaces(value, spaces)
    return { segments: text ? [text] : [] }
  }
  if (Array.isArray(value)) {
    const segments: Segment[] = []
    for (const part of value) {
      const converted = fromXliffValue(part, spaces, t)
      if ('problem' in converted) return converted
      segments.push(...converted.segments)
    }
    return { segments }
  }
  const [kind, element] = Object.entries(value)[0] ?? []
  const attributes = (element ?? {}) as { id?: unknown; contents?: XliffValue }
  const id = typeof attributes.id === 'string' ? attributes.id : undefined
  if (!id) return { problem: t('custom:translations:importNotes:codeWithoutId') }
  if (kind === 'Standalone') return { segments: [{ ph: id }] }
  if (kind === 'Span' || kind === 'GenericSpan') {
    const contents = fromXliffValue(attributes.contents, spaces, t)
    if ('problem' in contents) return contents
    return { segments: [{ pc: id, contents: contents.segments }] }
  }
  return { problem: t('custom:translations:importNotes:unsupportedCode', { id }) }
}

/** A target with nothing in it but spaces counts as not translated. */
const isBlank = (segments: Segment[]) =>
  segments.every((segment) => typeof segment === 'string' && !segment.trim())

const allowedInline = new Set(['pc', 'ph'])
const spaceMark = '\uE000'

/**
 * Marks targets with elements other than `<pc>`/`<ph>`, and protects spaces between codes.
 * One pass from left to right with `indexOf`, never back: a file from outside may leave tags
 * open (a `<target>` without `</target>`), and a pattern that searches to the end of the file
 * for each of them takes time by the square of the file. An open tag ends the pass; the XML
 * reader then refuses the file.
 */
const guardTargets = (xml: string, t: TFunction<AdminTranslationKey>) => {
  const problems = new Map<string, string>()
  const spaces: string[] = []
  const parts: string[] = []
  let fileId = ''
  let unitId = ''
  let copied = 0
  for (let at = xml.indexOf('<'); at !== -1; at = xml.indexOf('<', at + 1)) {
    const name = tagNameAt(xml, at)
    if (name !== 'file' && name !== 'unit' && name !== 'target') continue
    const tagEnd = xml.indexOf('>', at)
    if (tagEnd === -1) break
    const tag = xml.slice(at, tagEnd + 1)
    if (name === 'file') fileId = idAttribute(tag)
    if (name === 'unit') unitId = idAttribute(tag)
    if (name !== 'target' || tag.endsWith('/>')) {
      at = tagEnd
      continue
    }
    const close = closingTag(xml, tagEnd + 1, 'target')
    if (!close) break
    const body = xml.slice(tagEnd + 1, close.start)
    const unknown = [...body.matchAll(/<\s*\/?\s*([A-Za-z_][\w:.-]*)/g)]
      .map(([, element]) => element)
      .filter((element) => !allowedInline.has(element))
    if (unknown.length > 0) {
      problems.set(
        problemKey(fileId, unitId),
        t('custom:translations:importNotes:unknownMarkup', {
          elements: [...new Set(unknown)].join('>, <'),
        }),
      )
    }
    parts.push(
      xml.slice(copied, tagEnd + 1),
      body.replace(/>([ \t\u00a0]+)</g, (_: string, run: string) => {
        spaces.push(run)
        return `>${spaceMark}${spaces.length - 1}${spaceMark}<`
      }),
    )
    copied = close.start
    at = close.end - 1
  }
  parts.push(xml.slice(copied))
  return { text: parts.join(''), problems, spaces }
}

/** The element name of the start tag at `at` (`<unit id=…>` → `unit`), or '' for anything else. */
const tagNameAt = (xml: string, at: number) => {
  const match = /^[A-Za-z_][\w:.-]{0,30}/.exec(xml.slice(at + 1, at + 33))
  return match ? match[0] : ''
}

/** The next `</name>` (spaces allowed before `>`) at or after `from`. */
const closingTag = (xml: string, from: number, name: string) => {
  for (let start = xml.indexOf(`</${name}`, from); start !== -1;) {
    const match = /^\s*>/.exec(xml.slice(start + name.length + 2, start + name.length + 66))
    if (match) return { start, end: start + name.length + 2 + match[0].length }
    start = xml.indexOf(`</${name}`, start + 1)
  }
  return undefined
}

const restoreSpaces = (text: string, spaces: string[]) =>
  text.replace(
    new RegExp(`${spaceMark}(\\d+)${spaceMark}`, 'g'),
    (_, index: string) => spaces[Number(index)] ?? '',
  )

const idAttribute = (tag: string) =>
  unescapeHtml(
    /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/
      .exec(tag)
      ?.slice(1)
      .find((v) => v !== undefined) ?? '',
  )

const problemKey = (fileId: string, unitId: string) => `${fileId}\u0000${unitId}`
