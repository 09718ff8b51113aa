import type { Payload } from 'payload'

import type { Locale } from '@/i18n'
import { adminTextsIn } from '@/i18n/admin'

import { unitsOf } from './fields'
import { loadTranslationOverview } from './overview'
import { translatableCollectionsOf } from './registry'
import { fieldsNeedingWork, needsWork } from './status'
import { writeXliff } from './xliffFile'
import type { OutgoingFile } from './xliffFile'

/**
 * Everything that needs translating into `locale`, most urgent document first, as one XLIFF 2.0
 * file: per document a `<file>`, per text field or paragraph a `<unit>` with the Dutch source, a
 * note saying where it appears, and a fingerprint of the source so the import can tell when the
 * Dutch changed in between.
 */
export const exportTranslations = async ({
  payload,
  locale,
  today = new Date(),
}: {
  payload: Payload
  locale: Locale
  today?: Date
}) => {
  const collections = new Map(
    translatableCollectionsOf(payload).map((collection) => [collection.slug, collection]),
  )
  // The notes are for translators, who all read Dutch, whoever exports.
  const overview = await loadTranslationOverview({ payload, today, i18n: adminTextsIn('nl') })
  const files: OutgoingFile[] = []
  for (const entry of overview) {
    const status = entry.languages[locale]
    const collection = collections.get(entry.collection)
    if (!status || !needsWork(status.state) || !collection) continue
    const dutch = await payload.findByID({
      collection: entry.collection,
      id: entry.id,
      locale: 'nl',
      fallbackLocale: false,
      draft: collection.hasDrafts,
      depth: 0,
    })
    const wanted = fieldsNeedingWork(entry.histories, locale)
    const units = unitsOf(collection.fields, dutch as unknown as Record<string, unknown>)
      .filter((unit) => wanted.has(unit.slotKey))
      .map((unit) => ({
        id: unit.id,
        source: unit.source,
        hash: unit.hash,
        note: `${entry.collectionLabel} “${entry.title}” – ${unit.label}. Nodig: ${entry.urgency.reason}.`,
      }))
    if (units.length > 0) files.push({ id: fileIdOf(entry.collection, entry.id), units })
  }
  const xml = await writeXliff({ targetLanguage: locale, files })
  return {
    xml,
    fileName: `vertalen-nl-${locale}-${today.toISOString().slice(0, 10)}.xlf`,
    documents: files.length,
    units: files.reduce((sum, file) => sum + file.units.length, 0),
  }
}

/** `building-blocks:12`: a valid XLIFF id (NMTOKEN) that says which document a file is. */
export const fileIdOf = (collection: string, id: string | number) => `${collection}:${id}`

export const parseFileId = (fileId: string) => {
  const at = fileId.indexOf(':')
  return at < 1 ? undefined : { collection: fileId.slice(0, at), id: fileId.slice(at + 1) }
}
