import type { TFunction } from '@payloadcms/translations'
import type { Payload, PayloadRequest } from 'payload'

import { defaultLocale, directionOf, isLocale } from '@/i18n'
import type { Locale } from '@/i18n'
import { adminT, adminTextsIn } from '@/i18n/admin'
import type { AdminI18n, AdminTranslationKey } from '@/i18n/admin'
import { idFromText } from '@/lib/ids'
import type { User } from '@/payload-types'

import { parseFileId } from './exportFile'
import { replaceTextBlocks, unitsOf } from './fields'
import type { Unit } from './fields'
import { checkTarget, segmentsToInline, segmentsToPlain } from './inline'
import type { LexicalNode, Segment } from './inline'
import { translatableCollectionsOf } from './registry'
import type { TranslatableCollection } from './registry'
import { titleText } from './urgency'
import { readXliff, TranslationFileError } from './xliffFile'

export { TranslationFileError }

export type UnitOutcome = {
  fileId: string
  unitId: string
  document?: string
  field?: string
  outcome: 'saved' | 'rejected' | 'skipped'
  reason: string
}

export type ImportReport = {
  locale: Locale
  saved: number
  rejected: number
  skipped: number
  units: UnitOutcome[]
}

/**
 * Puts the translations of an XLIFF file back, each in its own field in the file's language, and
 * touches nothing else: not Dutch, not other languages, not other fields. Collections with drafts
 * get a draft (published only when an editor publishes it). Building blocks have no drafts: the
 * translation is saved as a new version of the block, which can be restored from its history;
 * its review status stays as it is, because only the regional editors (who review) may import,
 * and sending a block back for review would drop it from editions already planned.
 * A unit is refused, with the reason, when its document, field or paragraph is unknown, its Dutch
 * source changed since the export, or its text has markup, codes or placeholders that do not
 * match the source. A rich text is stored only when all its paragraphs are accepted. The
 * report is worded in the language of `i18n` (Dutch without one).
 */
export const importTranslations = async ({
  payload,
  xml,
  user,
  i18n = adminTextsIn('nl'),
  req,
}: {
  payload: Payload
  xml: string
  user: User
  i18n?: AdminI18n
  req?: Partial<PayloadRequest>
}): Promise<ImportReport> => {
  const t = adminT(i18n)
  const file = await readXliff(xml, i18n)
  if (file.sourceLanguage !== defaultLocale) {
    throw new TranslationFileError(
      t('custom:translations:importNotes:wrongSourceLanguage', {
        language: file.sourceLanguage ?? '?',
      }),
    )
  }
  const locale = file.targetLanguage
  if (!isLocale(locale) || locale === defaultLocale) {
    throw new TranslationFileError(
      t('custom:translations:importNotes:unknownTargetLanguage', { language: locale ?? '?' }),
    )
  }
  const collections = new Map(
    translatableCollectionsOf(payload).map((collection) => [collection.slug as string, collection]),
  )
  const outcomes: UnitOutcome[] = []
  const byFile = groupBy(file.units, ({ fileId }) => fileId)

  for (const [fileId, units] of byFile) {
    const reject = (reason: string, extra: Partial<UnitOutcome> = {}) =>
      units.forEach(({ unitId }) =>
        outcomes.push({ fileId, unitId, outcome: 'rejected', reason, ...extra }),
      )
    const target = parseFileId(fileId)
    const collection = target ? collections.get(target.collection) : undefined
    if (!target || !collection) {
      reject(t('custom:translations:importNotes:unknownDocument', { fileId }))
      continue
    }
    const id = idFromText(payload, target.id)
    const dutch = await payload
      .findByID({
        collection: collection.slug,
        id,
        locale: defaultLocale,
        fallbackLocale: false,
        draft: collection.hasDrafts,
        depth: 0,
        user,
        overrideAccess: false,
        req,
      })
      .catch(() => null)
    if (!dutch) {
      reject(t('custom:translations:importNotes:documentGone'))
      continue
    }
    const title = titleText(
      (dutch as unknown as Record<string, unknown>)[collection.titleField],
      i18n,
    )
    const document = `${collection.singular} “${title}”`
    outcomes.push(
      ...(await importDocument({
        payload,
        collection,
        id,
        dutch: dutch as never,
        units,
        locale,
        user,
        req,
        fileId,
        document,
        i18n,
      })),
    )
  }

  return {
    locale,
    saved: outcomes.filter(({ outcome }) => outcome === 'saved').length,
    rejected: outcomes.filter(({ outcome }) => outcome === 'rejected').length,
    skipped: outcomes.filter(({ outcome }) => outcome === 'skipped').length,
    units: outcomes,
  }
}

type Accepted = { unit: Unit; segments: Segment[] }

const importDocument = async ({
  payload,
  collection,
  id,
  dutch,
  units,
  locale,
  user,
  req,
  fileId,
  document,
  i18n,
}: {
  payload: Payload
  collection: TranslatableCollection
  id: string | number
  dutch: Record<string, unknown>
  units: Awaited<ReturnType<typeof readXliff>>['units']
  locale: Locale
  user: User
  req?: Partial<PayloadRequest>
  fileId: string
  document: string
  i18n: AdminI18n
}): Promise<UnitOutcome[]> => {
  const t = adminT(i18n)
  const current = new Map(unitsOf(collection.fields, dutch).map((unit) => [unit.id, unit]))
  const outcomes: UnitOutcome[] = []
  const accepted: Accepted[] = []
  const note = (unitId: string, outcome: UnitOutcome['outcome'], reason: string, field?: string) =>
    outcomes.push({ fileId, unitId, document, field, outcome, reason })

  for (const incoming of units) {
    const unit = current.get(incoming.unitId)
    if (!unit) {
      note(incoming.unitId, 'rejected', t('custom:translations:importNotes:unknownUnit'))
    } else if (incoming.problem) {
      note(incoming.unitId, 'rejected', incoming.problem, unit.label)
    } else if (!incoming.target) {
      note(
        incoming.unitId,
        'skipped',
        t('custom:translations:importNotes:notTranslated'),
        unit.label,
      )
    } else if (incoming.hash !== unit.hash) {
      note(
        incoming.unitId,
        'rejected',
        t('custom:translations:importNotes:sourceChanged'),
        unit.label,
      )
    } else {
      const check = checkTarget(unit.source, incoming.target, i18n)
      if (check.isValid) accepted.push({ unit, segments: check.segments })
      else note(incoming.unitId, 'rejected', check.reason, unit.label)
    }
  }

  // A rich text is rebuilt from its Dutch structure: every paragraph needs its translation.
  const bySlot = groupBy(accepted, ({ unit }) => unit.slotKey)
  const values = new Map<string, unknown>()
  for (const [slotKey, parts] of bySlot) {
    const first = parts[0].unit
    if (first.kind !== 'richText') {
      values.set(slotKey, segmentsToPlain(first.source, parts[0].segments))
      continue
    }
    const expected = [...current.values()].filter((unit) => unit.slotKey === slotKey)
    if (parts.length !== expected.length) {
      parts.forEach(({ unit }) =>
        note(
          unit.id,
          'rejected',
          t('custom:translations:importNotes:otherParagraphsMissing'),
          unit.label,
        ),
      )
      continue
    }
    const replacements = new Map<number, LexicalNode[]>(
      parts.map(({ unit, segments }) => [
        unit.blockIndex ?? -1,
        segmentsToInline(unit.source, segments),
      ]),
    )
    values.set(
      slotKey,
      replaceTextBlocks(valueAt(dutch, slotKey), replacements, directionOf(locale)),
    )
  }
  const stored = accepted.filter(({ unit }) => values.has(unit.slotKey))
  if (stored.length === 0) return outcomes

  try {
    const translated = (await payload.findByID({
      collection: collection.slug,
      id,
      locale,
      fallbackLocale: false,
      draft: collection.hasDrafts,
      depth: 0,
      user,
      overrideAccess: false,
      req,
    })) as unknown as Record<string, unknown>
    const data: Record<string, unknown> = {}
    for (const [slotKey, value] of values) {
      const topLevel = slotKey.split('.')[0]
      data[topLevel] ??= structuredClone(translated[topLevel])
      setValueAt({ doc: data, key: slotKey, value, t })
    }
    await payload.update({
      collection: collection.slug,
      id,
      locale,
      data,
      draft: collection.hasDrafts,
      depth: 0,
      user,
      overrideAccess: false,
      context: { isTranslationImport: true },
      req,
    })
    const reason = collection.hasDrafts
      ? t('custom:translations:importNotes:savedAsDraft')
      : t('custom:translations:importNotes:savedAsVersion')
    stored.forEach(({ unit }) => note(unit.id, 'saved', reason, unit.label))
  } catch (error) {
    const reason = t('custom:translations:importNotes:saveFailed', {
      error: (error as Error).message,
    })
    stored.forEach(({ unit }) => note(unit.id, 'rejected', reason, unit.label))
  }
  return outcomes
}

/** Follows a slot key (`sections.<row id>.heading`) through groups and array rows. */
const valueAt = (doc: Record<string, unknown>, key: string): unknown =>
  key.split('.').reduce<unknown>((value, part) => childOf(value, part), doc)

const setValueAt = ({
  doc,
  key,
  value,
  t,
}: {
  doc: Record<string, unknown>
  key: string
  value: unknown
  t: TFunction<AdminTranslationKey>
}) => {
  const parts = key.split('.')
  const last = parts.pop() as string
  let parent: unknown = doc
  for (const part of parts) {
    let next = childOf(parent, part)
    if (Array.isArray(parent) && !next) {
      throw new Error(t('custom:translations:importNotes:rowGone', { row: part }))
    }
    if (next === undefined || next === null) {
      next = {}
      ;(parent as Record<string, unknown>)[part] = next
    }
    parent = next
  }
  ;(parent as Record<string, unknown>)[last] = value
}

const childOf = (value: unknown, part: string): unknown => {
  if (Array.isArray(value))
    return value.find((row) => row && String((row as { id?: unknown }).id) === part)
  return value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined
}

/** `Map.groupBy`, which Node 20 does not have yet. */
const groupBy = <T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>()
  // Pushing in place: copying the group per item took time by the square of a file's units.
  for (const item of items) {
    const group = groups.get(keyOf(item))
    if (group) group.push(item)
    else groups.set(keyOf(item), [item])
  }
  return groups
}
