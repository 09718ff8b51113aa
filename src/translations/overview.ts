import type { Payload } from 'payload'

import { defaultLocale, localeCodes } from '@/i18n'
import type { Locale } from '@/i18n'
import { adminTextsIn } from '@/i18n/admin'
import type { AdminI18n } from '@/i18n/admin'

import { translatableCollectionsOf } from './registry'
import type { TranslatableCollection, TranslatableSlug } from './registry'
import { languageStatus } from './status'
import type { FieldHistory, LanguageStatus } from './status'
import { historiesOf } from './storedHistories'
import { compareUrgency, titleText, urgencyRanker } from './urgency'
import type { Urgency } from './urgency'

export type DocumentTranslations = {
  collection: TranslatableSlug
  collectionLabel: string
  id: string | number
  title: string
  urgency: Urgency
  updatedAt?: string
  /** Per language other than Dutch; absent when the document has no Dutch text to translate. */
  languages: Partial<Record<Locale, LanguageStatus>>
  histories: Map<string, FieldHistory>
}

export const targetLocales = localeCodes.filter((code) => code !== defaultLocale)

/**
 * Every registered document with, per language, whether its translation is missing, outdated or
 * current, derived from its versions, most urgent first, with why in the language of `i18n`
 * (Dutch without one). Reads as the system: callers check who may see it. No `req` on purpose:
 * reading with `locale: 'all'` through a request would leave that request's locale at 'all' for
 * whatever reads with it next.
 */
export const loadTranslationOverview = async ({
  payload,
  today = new Date(),
  i18n = adminTextsIn('nl'),
}: {
  payload: Payload
  today?: Date
  i18n?: AdminI18n
}): Promise<DocumentTranslations[]> => {
  const collections = translatableCollectionsOf(payload)
  const loaded = await Promise.all(
    collections.map((collection) => loadCollection({ payload, collection })),
  )
  const editions =
    loaded.find(({ collection }) => collection.slug === 'newsletter-editions')?.docs ?? []
  const { docs: moments } = await payload.find({
    collection: 'campaign-moments',
    locale: defaultLocale,
    pagination: false,
    depth: 0,
  })
  const rank = urgencyRanker({ editions, moments, today, i18n })

  return loaded
    .flatMap(({ collection, docs, historiesOfDoc }, collectionOrder) =>
      docs.map((doc) => {
        const histories = historiesOfDoc(doc)
        const audienceLanguages = languagesOf(doc)
        const languages: DocumentTranslations['languages'] = {}
        for (const locale of targetLocales) {
          const status = languageStatus(histories, locale)
          if (!status) continue
          languages[locale] =
            audienceLanguages && !audienceLanguages.includes(locale)
              ? { state: 'notNeeded', missingFields: [], outdatedFields: [] }
              : status
        }
        return {
          collection: collection.slug,
          collectionLabel: collection.singular,
          id: doc.id as string | number,
          title: titleText(doc[collection.titleField], i18n),
          urgency: rank({ collection: collection.slug, doc }),
          updatedAt: typeof doc.updatedAt === 'string' ? doc.updatedAt : undefined,
          languages,
          histories,
          collectionOrder,
        }
      }),
    )
    .filter((entry) => Object.keys(entry.languages).length > 0)
    .sort(compareUrgency)
    .map(({ collectionOrder: _order, ...entry }) => entry)
}

/**
 * The latest state of every document (drafts included: that is what editors work on) and, per
 * document, when each text last changed in each language, read from its versions once and kept
 * until it changes again (`storedHistories.ts`).
 */
const loadCollection = async ({
  payload,
  collection,
}: {
  payload: Payload
  collection: TranslatableCollection
}) => {
  const { docs } = await payload.find({
    collection: collection.slug,
    locale: 'all',
    draft: collection.hasDrafts,
    pagination: false,
    depth: 0,
  })
  const read = docs as unknown as Record<string, unknown>[]
  const histories = await historiesOf({ payload, collection, docs: read })
  const historiesOfDoc = (doc: Record<string, unknown>) => histories.get(String(doc.id))!
  return { collection, docs: read, historiesOfDoc }
}

/** An edition sent only in some languages does not need the others. */
const languagesOf = (doc: Record<string, unknown>): string[] | undefined => {
  const audience = doc.audience as { languages?: unknown } | undefined
  const languages = audience?.languages
  return Array.isArray(languages) && languages.length > 0 ? languages.map(String) : undefined
}
