import type { TFunction } from '@payloadcms/translations'
import type { Payload, PayloadRequest } from 'payload'

import { audiences, audiencesByName } from '@/fields/taxonomy'
import type { Audience } from '@/fields/taxonomy'
import { isLocale, locales } from '@/i18n'
import type { Locale } from '@/i18n'
import { adminT, adminTextsIn } from '@/i18n/admin'
import type { AdminI18n, AdminTranslationKey } from '@/i18n/admin'
import { csvImportTexts } from '@/i18n/admin/csvImport'
import {
  ImportFileError,
  echoed,
  headerKey,
  inImportTransaction,
  readCsvBatches,
} from '@/lib/csvImport'
import type { ImportBatch, ImportProblem, ImportReport } from '@/lib/csvImport'
import type { Subscriber } from '@/payload-types'

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
 * Imports an existing list from CSV, streaming: the file is never held in memory, so 100,000
 * rows cost no more memory than 1,000. Valid rows are added or merged into an existing
 * subscriber; every other row is reported with its line number and the reason, in the language
 * of `i18n` (Dutch without one). A person who unsubscribed, bounced or complained is never
 * subscribed again by an import.
 */
export const importSubscribers = async ({
  payload,
  input,
  i18n,
  onProgress,
}: {
  payload: Payload
  input: AsyncIterable<Buffer | string | Uint8Array>
  i18n?: AdminI18n
  /** Called after every batch with the rows read so far. */
  onProgress?: (report: ImportReport) => void
}): Promise<ImportReport> => {
  const report: ImportReport = { rows: 0, imported: 0, merged: 0, rejected: [] }
  for await (const batch of readImportBatches({ payload, input, i18n })) {
    report.rows += batch.rows
    report.rejected.push(...batch.rejected)
    if (batch.valid.length > 0) {
      const counts = { imported: 0, merged: 0 }
      await inImportTransaction(payload, (req) => storeRows(payload, batch.valid, counts, req))
      report.imported += counts.imported
      report.merged += counts.merged
    }
    onProgress?.(report)
  }
  report.rejected.sort((a, b) => a.line - b.line)
  return report
}

/**
 * Reads and checks the file in batches of at most 500 rows, pulling from the input only as fast as
 * the batches are consumed (back-pressure), so memory depends on the batch size, not the file.
 */
export async function* readImportBatches({
  payload,
  input,
  i18n = adminTextsIn('nl'),
}: {
  payload: Payload
  input: AsyncIterable<Buffer | string | Uint8Array>
  i18n?: AdminI18n
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

const storeRows = async (
  payload: Payload,
  rows: ValidRow[],
  report: Pick<ImportReport, 'imported' | 'merged'>,
  req: PayloadRequest,
) => {
  const { docs } = await payload.find({
    collection: 'subscribers',
    where: { email: { in: [...new Set(rows.map(({ email }) => email))] } },
    pagination: false,
    depth: 0,
    req,
  })
  const existing = new Map<string, Subscriber>(docs.map((doc) => [doc.email, doc]))
  for (const row of rows) {
    const known = existing.get(row.email)
    if (!known) {
      const created = await payload.create({
        collection: 'subscribers',
        data: {
          email: row.email,
          locale: row.locale ?? 'nl',
          municipality: (row.municipality ?? null) as number | null,
          audiences: row.audiences,
          status: 'confirmed',
          confirmedAt: row.consentDate,
          consent: { givenAt: row.consentDate, source: row.consentSource, textVersion: 'import' },
        },
        depth: 0,
        req,
      })
      existing.set(created.email, created)
      report.imported++
      continue
    }
    const merged = await payload.update({
      collection: 'subscribers',
      id: known.id,
      data: {
        locale: row.locale ?? known.locale,
        municipality: (row.municipality ?? known.municipality ?? null) as number | null,
        audiences: [...new Set([...(known.audiences ?? []), ...row.audiences])],
        // An import is proof of consent for a pending sign-up, never a way past an opt-out.
        ...(known.status === 'pending'
          ? {
              status: 'confirmed' as const,
              confirmedAt: row.consentDate,
              consent: {
                givenAt: row.consentDate,
                source: row.consentSource,
                textVersion: 'import',
              },
            }
          : {}),
      },
      depth: 0,
      req,
    })
    existing.set(merged.email, merged)
    report.merged++
  }
}
