import type { TFunction } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { audiences, audiencesByName } from '@/fields/taxonomy'
import type { Audience } from '@/fields/taxonomy'
import { isLocale, locales } from '@/i18n'
import type { Locale } from '@/i18n'
import { adminT, adminTextsIn } from '@/i18n/admin'
import type { AdminI18n, AdminTranslationKey } from '@/i18n/admin'
import { csvImportTexts } from '@/i18n/admin/csvImport'
import { ImportFileError, echoed, headerKey, readCsvBatches } from '@/lib/csvImport'
import type { ImportBatch, ImportProblem } from '@/lib/csvImport'

import { isPlausibleEmail, normalizeAddress } from './consent'

/**
 * The columns of an import file, with the Dutch header names accepted as well. `audiences` holds
 * one or more audiences separated by `;` or `|`.
 */
export const importColumns = {
  email: ['email', 'e-mail', 'e-mailadres'],
  language: ['language', 'taal'],
  municipality: ['municipality', 'gemeente'],
  audiences: ['audiences', 'doelgroepen'],
  consentDate: ['consent_date', 'toestemming_datum'],
  consentSource: ['consent_source', 'toestemming_bron'],
} as const

type Column = keyof typeof importColumns

/**
 * Reads and checks an import file streaming, in batches of `batchSize` rows, pulling from the
 * input only as fast as the batches are consumed (back-pressure): the file is never held in
 * memory, so 100,000 rows cost no more memory than 1,000. Every bad row is reported with its line
 * number and the reason, in the language of `i18n` (Dutch without one).
 */
export async function* readImportBatches({
  payload,
  input,
  i18n = adminTextsIn('nl'),
  batchSize,
}: {
  payload: Payload
  input: AsyncIterable<Buffer | string | Uint8Array>
  i18n?: AdminI18n
  batchSize?: number
}): AsyncGenerator<ImportBatch<ValidRow>> {
  const t = adminT(i18n)
  const lookups = await referenceLookups(payload)
  yield* readCsvBatches({
    input,
    columns: (header) => header.map((name) => columnFor(headerKey(name)) ?? name),
    checkHeader: (record) => {
      const missing = requiredColumns.filter((column) => !(column in record))
      if (missing.length === 0) return
      throw new ImportFileError(
        t('custom:subscribers:importProblems:missingColumns', {
          missing: missing.map((column) => importColumns[column][0]).join(', '),
          expected: Object.values(importColumns)
            .map((names) => names[0])
            .join(', '),
        }),
      )
    },
    checkRow: ({ record, line }) => checkRow({ record, line, lookups, t }),
    ...csvImportTexts(t),
    batchSize,
  })
}

const requiredColumns = ['email', 'consentDate', 'consentSource'] as const

export type ValidRow = {
  line: number
  email: string
  locale?: Locale
  municipality?: string | number
  audiences: Audience[]
  consentDate: string
  consentSource: string
}

type Lookups = {
  municipalities: Map<string, string | number>
  audiences: Map<string, Audience>
  locales: Map<string, Locale>
}

const columnFor = (header: string): Column | undefined =>
  (Object.keys(importColumns) as Column[]).find((column) =>
    (importColumns[column] as readonly string[]).includes(header),
  )

/** Municipalities by slug and name, audiences by value, Dutch slug and label, languages by code and name. */
const referenceLookups = async (payload: Payload): Promise<Lookups> => {
  const { docs } = await payload.find({
    collection: 'municipalities',
    pagination: false,
    depth: 0,
    select: { name: true, slug: true },
  })
  const municipalities = new Map<string, string | number>()
  for (const { id, name, slug } of docs) {
    municipalities.set(slug.toLowerCase(), id)
    municipalities.set(name.toLowerCase(), id)
  }
  const localeMap = new Map<string, Locale>()
  for (const { code, label } of locales) {
    localeMap.set(code, code)
    localeMap.set(label.toLowerCase(), code)
  }
  return { municipalities, audiences: audiencesByName(audiences), locales: localeMap }
}

const checkRow = ({
  record,
  line,
  lookups,
  t,
}: {
  record: Partial<Record<Column, string>>
  line: number
  lookups: Lookups
  t: TFunction<AdminTranslationKey>
}): ValidRow | ImportProblem => {
  const problem = (key: AdminTranslationKey, values?: Record<string, unknown>) => ({
    line,
    reason: t(key, values),
  })
  const email = normalizeAddress(record.email ?? '')
  if (!email) return problem('custom:subscribers:importProblems:emailMissing')
  if (!isPlausibleEmail(email)) {
    return problem('custom:subscribers:importProblems:invalidEmail', {
      email: echoed(record.email),
    })
  }

  const languageText = (record.language ?? '').toLowerCase()
  const locale = languageText ? lookups.locales.get(languageText) : undefined
  if (languageText && !locale) {
    return problem('custom:subscribers:importProblems:unknownLanguage', {
      language: echoed(record.language),
    })
  }

  const municipalityText = (record.municipality ?? '').toLowerCase()
  const municipality = municipalityText ? lookups.municipalities.get(municipalityText) : undefined
  if (municipalityText && municipality === undefined) {
    return problem('custom:subscribers:importProblems:unknownMunicipality', {
      municipality: echoed(record.municipality),
    })
  }

  const chosen: Audience[] = []
  for (const part of (record.audiences ?? '').split(/[;|]/)) {
    const name = part.trim()
    if (!name) continue
    const audience = lookups.audiences.get(name.toLowerCase())
    if (!audience) {
      return problem('custom:subscribers:importProblems:unknownAudience', {
        audience: echoed(name),
      })
    }
    chosen.push(audience)
  }

  const consentDate = parseDate(record.consentDate ?? '')
  if (!consentDate) {
    return record.consentDate
      ? problem('custom:subscribers:importProblems:invalidConsentDate', {
          date: echoed(record.consentDate),
        })
      : problem('custom:subscribers:importProblems:consentDateMissing')
  }
  if (!record.consentSource) {
    return problem('custom:subscribers:importProblems:consentSourceMissing')
  }
  return {
    line,
    email,
    locale: locale && isLocale(locale) ? locale : undefined,
    municipality,
    audiences: [...new Set(chosen)],
    consentDate,
    consentSource: record.consentSource,
  }
}

/** ISO dates (2025-03-14, with or without time) and Dutch day-month-year (14-03-2025, 14/3/2025). */
const parseDate = (text: string): string | undefined => {
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text)
  const iso = dutch
    ? `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}`
    : text
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return undefined
  const time = Date.parse(iso)
  if (!Number.isFinite(time) || time > Date.now()) return undefined
  return new Date(time).toISOString()
}
