import type { FlattenedField } from 'payload'

import { defaultLocale } from '@/i18n'
import type { Locale } from '@/i18n'

import { contentFingerprint, slotsOf, valueHasText } from './fields'

/**
 * missing: nothing written in the language; incomplete: some texts are, others not yet;
 * outdated: the Dutch text of a field changed after its translation last changed;
 * current: every Dutch text has a translation written after it; notNeeded: the document does
 * not go out in this language (an edition for other languages only).
 */
export type TranslationState = 'missing' | 'incomplete' | 'outdated' | 'current' | 'notNeeded'

export type LanguageStatus = {
  state: TranslationState
  /** Fields with Dutch text and no translation. */
  missingFields: string[]
  /** Fields whose Dutch text changed after the translation. */
  outdatedFields: string[]
  /** When the Dutch text of the outdated fields changed, the latest of them. */
  sourceChangedAt?: string
}

/** One saved state of a document with every language in it (`locale: 'all'`), oldest first. */
export type Snapshot = { at: string; doc: Record<string, unknown> }

/**
 * `changedIn` is the index of the version in which a language's text last changed: versions saved
 * within the same millisecond still keep their order. `changedAt` is its time, for people.
 */
export type FieldHistory = {
  kind: Parameters<typeof valueHasText>[0]
  label: string
  changedIn: Map<string, number>
  changedAt: Map<string, string>
  hasText: Map<string, boolean>
}

/**
 * Reads, per field and language, when its text last changed, by walking the document's versions
 * oldest first. With a pruned history the oldest kept version counts as the moment everything in
 * it was written, so only changes after it can make a translation outdated.
 */
export const fieldHistories = (
  fields: FlattenedField[],
  snapshots: Snapshot[],
  locales: readonly string[],
): Map<string, FieldHistory> => {
  const histories = new Map<string, FieldHistory>()
  const previous = new Map<string, string>()
  snapshots.forEach(({ at, doc }, index) => {
    const isLatest = index === snapshots.length - 1
    const seen = new Set<string>()
    for (const slot of slotsOf(fields, doc)) {
      seen.add(slot.key)
      const history = histories.get(slot.key) ?? {
        kind: slot.kind,
        label: slot.labels.join(' › '),
        changedIn: new Map(),
        changedAt: new Map(),
        hasText: new Map(),
      }
      history.label = slot.labels.join(' › ')
      histories.set(slot.key, history)
      const values = (slot.value && typeof slot.value === 'object' ? slot.value : {}) as Record<
        string,
        unknown
      >
      for (const locale of locales) {
        const value = values[locale]
        const isWritten = valueHasText(slot.kind, value)
        const print = isWritten ? contentFingerprint(slot.kind, value) : ''
        const id = `${slot.key}\u0000${locale}`
        if (previous.get(id) !== print) {
          history.changedIn.set(locale, index)
          history.changedAt.set(locale, at)
        }
        previous.set(id, print)
        history.hasText.set(locale, isWritten)
      }
    }
    // Rows removed along the way are no longer part of the document.
    if (isLatest) for (const key of [...histories.keys()]) if (!seen.has(key)) histories.delete(key)
  })
  return histories
}

/** The state of one language for one document, from its field histories. */
export const languageStatus = (
  histories: Map<string, FieldHistory>,
  locale: Locale,
): LanguageStatus | undefined => {
  const sources = [...histories.values()].filter((history) => history.hasText.get(defaultLocale))
  if (sources.length === 0) return undefined
  const translated = sources.filter((history) => history.hasText.get(locale))
  const missingFields = sources
    .filter((history) => !history.hasText.get(locale))
    .map(({ label }) => label)
  const outdated = translated.filter((history) => isOutdated(history, locale))
  const outdatedFields = outdated.map(({ label }) => label)
  const sourceChangedAt = outdated
    .map((history) => history.changedAt.get(defaultLocale) ?? '')
    .sort()
    .at(-1)
  const state: TranslationState =
    translated.length === 0
      ? 'missing'
      : outdated.length > 0
        ? 'outdated'
        : missingFields.length > 0
          ? 'incomplete'
          : 'current'
  return { state, missingFields, outdatedFields, ...(sourceChangedAt ? { sourceChangedAt } : {}) }
}

export const needsWork = (state: TranslationState) =>
  state === 'missing' || state === 'incomplete' || state === 'outdated'

/** The fields (by key) that need a translator in this language: missing or outdated. */
export const fieldsNeedingWork = (
  histories: Map<string, FieldHistory>,
  locale: Locale,
): Set<string> =>
  new Set(
    [...histories.entries()]
      .filter(
        ([, history]) =>
          history.hasText.get(defaultLocale) &&
          (!history.hasText.get(locale) || isOutdated(history, locale)),
      )
      .map(([key]) => key),
  )

const isOutdated = (history: FieldHistory, locale: Locale) =>
  (history.changedIn.get(defaultLocale) ?? -1) > (history.changedIn.get(locale) ?? -1)
