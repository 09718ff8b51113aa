import type { TFunction } from '@payloadcms/translations'
import { ValidationError } from 'payload'
import type { Payload, PayloadRequest, Where } from 'payload'

import { checkRole, regionalRoles } from '@/access/checkRole'
import { staticLabel } from '@/fields/labels'
import { audiencesByName, packAudiences } from '@/fields/taxonomy'
import type { PackAudience } from '@/fields/taxonomy'
import { locales } from '@/i18n'
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
import type { ImportProblem, ImportReport } from '@/lib/csvImport'
import { idsOf } from '@/lib/ids'
import { municipalityIdsOf } from '@/lib/municipalities'
import type { Organisation, User } from '@/payload-types'
import { isPlausibleEmail, normalizeAddress } from '@/subscribers/consent'

import { audienceOfKind, kindTextKeys, organisationKinds, organisationSources } from './kinds'
import type { OrganisationKind, OrganisationSource } from './kinds'
import { isBrin, normalizeBrin } from './rules'

/**
 * The columns of an organisations import file, with the Dutch header names accepted as well. The
 * open school register's own columns (DUO) are mapped separately: see `schoolRegisterColumns`.
 */
export const importColumns = {
  name: ['name', 'naam'],
  kind: ['kind', 'soort'],
  audience: ['audience', 'doelgroep'],
  contactName: ['contact_name', 'contactpersoon'],
  email: ['email', 'e-mail', 'e-mailadres'],
  language: ['language', 'taal'],
  brin: ['brin', 'brin-code'],
  municipality: ['municipality', 'gemeente'],
  source: ['source', 'herkomst'],
} as const

/**
 * DUO's "adressen vestigingen" files (open onderwijsdata): upper-case headers, `;`-separated.
 * `branch` is the vestiging's code or number, `education` the kind of education.
 */
const schoolRegisterColumns: Record<string, string> = {
  instellingscode: 'brin',
  'brin nummer': 'brin',
  vestigingscode: 'branch',
  vestigingsnummer: 'branch',
  vestigingsnaam: 'name',
  instellingsnaam: 'institutionName',
  gemeentenaam: 'municipality',
  onderwijsstructuur: 'education',
  'soort primair onderwijs': 'education',
  'e-mail': 'email',
  'e-mailadres': 'email',
  email: 'email',
}

/** A file with one of these headers is the school register, whatever else it has. */
const schoolRegisterMarks = ['instellingscode', 'brin nummer', 'vestigingsnaam', 'gemeentenaam']

type Column = keyof typeof importColumns

type Row = {
  line: number
  municipality: string | number
  name: string
  kind: OrganisationKind
  audience: PackAudience
  contactName?: string
  email?: string
  language?: Locale
  brin?: string
  source: OrganisationSource
}

/**
 * Imports organisations from CSV, streaming: the organisations' own spreadsheet (header required,
 * English or Dutch column names) or DUO's open school register. Valid rows are added, or merged
 * into the organisation with the same address, else the same BRIN code, else the same name in
 * that municipality; every bad row is reported with its line number and reason in the admin's
 * language. A municipal editor imports only into their own municipality; an organisation that
 * opted out stays opted out.
 */
export const importOrganisations = async ({
  payload,
  input,
  user,
  municipality: chosenMunicipality,
  i18n = adminTextsIn('nl'),
}: {
  payload: Payload
  input: AsyncIterable<Buffer | string | Uint8Array>
  /** Who imports: decides which municipalities rows may name. */
  user: User
  /** The municipality (slug or name) for rows that name none, as chosen by the importer. */
  municipality?: string | null
  i18n?: AdminI18n
}): Promise<ImportReport> => {
  const t = adminT(i18n)
  const lookups = await referenceLookups(payload)
  const allowed = checkRole(regionalRoles, user) ? undefined : new Set(municipalityIdsOf(user))
  const defaultMunicipality = chosenMunicipality
    ? lookups.municipalities.get(chosenMunicipality.trim().toLowerCase())
    : allowed?.size === 1
      ? [...allowed][0]
      : undefined
  const file = { isSchoolRegister: false }
  const report: ImportReport = { rows: 0, imported: 0, merged: 0, rejected: [] }
  const batches = readCsvBatches<Row>({
    input,
    ...csvImportTexts(t),
    columns: (header) => {
      const keys = header.map(headerKey)
      file.isSchoolRegister = keys.some((key) => schoolRegisterMarks.includes(key))
      return keys.map((key) =>
        file.isSchoolRegister ? (schoolRegisterColumns[key] ?? key) : (columnFor(key) ?? key),
      )
    },
    checkHeader: (record) => {
      const required = file.isSchoolRegister ? ['name', 'brin'] : ['name', 'kind']
      const hasName = 'name' in record || 'institutionName' in record
      const missing = required.filter((column) =>
        column === 'name' ? !hasName : !(column in record),
      )
      if (missing.length === 0) return
      throw new ImportFileError(
        t('custom:subscribers:importProblems:missingColumns', {
          missing: missing.map((column) => importColumns[column as Column][0]).join(', '),
          expected: Object.values(importColumns)
            .map((names) => names[0])
            .join(', '),
        }),
      )
    },
    checkRow: ({ record, line }) =>
      checkRow({
        record: file.isSchoolRegister ? fromSchoolRegister(record) : record,
        line,
        lookups,
        t,
        allowed,
        defaultMunicipality,
        defaultSource: file.isSchoolRegister ? 'school-register' : 'import',
      }),
  })
  for await (const batch of batches) {
    report.rows += batch.rows
    report.rejected.push(...batch.rejected)
    if (batch.valid.length > 0) {
      await inImportTransaction(payload, (req) =>
        storeRows({ payload, rows: batch.valid, report, req, t }),
      )
    }
  }
  report.rejected.sort((a, b) => a.line - b.line)
  return report
}

type Lookups = {
  municipalities: Map<string, string | number>
  municipalityNames: Map<string | number, string>
  kinds: Map<string, OrganisationKind>
  audiences: Map<string, PackAudience>
  locales: Map<string, Locale>
  sources: Map<string, OrganisationSource>
}

const columnFor = (header: string): Column | undefined =>
  (Object.keys(importColumns) as Column[]).find((column) =>
    (importColumns[column] as readonly string[]).includes(header),
  )

const sourceTextKeys = {
  manual: 'custom:organisations:sources:manual',
  import: 'custom:organisations:sources:import',
  'school-register': 'custom:organisations:sources:schoolRegister',
  website: 'custom:organisations:sources:website',
} as const satisfies Record<OrganisationSource, AdminTranslationKey>

/** Names as an admin reads them, in every admin language, lower-cased. */
const namesOf = (key: AdminTranslationKey) =>
  Object.values(staticLabel(key)).map((name) => String(name).toLowerCase())

/** Municipalities by slug and name; kinds, audiences and sources by value and admin name; languages by code and name. */
const referenceLookups = async (payload: Payload): Promise<Lookups> => {
  const { docs } = await payload.find({
    collection: 'municipalities',
    pagination: false,
    depth: 0,
    select: { name: true, slug: true },
  })
  const municipalities = new Map<string, string | number>()
  const municipalityNames = new Map<string | number, string>()
  for (const { id, name, slug } of docs) {
    municipalities.set(slug.toLowerCase(), id)
    municipalities.set(name.toLowerCase(), id)
    municipalityNames.set(id, name)
  }
  const kinds = new Map<string, OrganisationKind>()
  for (const kind of organisationKinds) {
    for (const name of [kind, ...namesOf(kindTextKeys[kind])]) kinds.set(name, kind)
  }
  const localeMap = new Map<string, Locale>()
  for (const { code, label } of locales) {
    localeMap.set(code, code)
    localeMap.set(label.toLowerCase(), code)
  }
  const sources = new Map<string, OrganisationSource>()
  for (const source of organisationSources) {
    for (const name of [source, ...namesOf(sourceTextKeys[source])]) sources.set(name, source)
  }
  return {
    municipalities,
    municipalityNames,
    kinds,
    // Only the four pack audiences are in the list.
    audiences: audiencesByName(packAudiences) as Map<string, PackAudience>,
    locales: localeMap,
    sources,
  }
}

/** A school register row in the import's own terms. */
const fromSchoolRegister = (record: Record<string, string>): Record<string, string> => {
  const institution = normalizeBrin(record.brin ?? '')
  const branch = normalizeBrin(record.branch ?? '')
  // DUO writes the branch as its full code (12AB00) or as the number after the BRIN code (00).
  const brin = /^[0-9]{2}$/.test(branch) ? institution + branch : branch || institution
  return {
    name: record.name || record.institutionName || '',
    brin,
    municipality: record.municipality ?? '',
    email: record.email ?? '',
    kind: kindOfEducation(record.education ?? ''),
  }
}

/** DUO's education codes: BAO and SBO are primary schools, VO and its streams secondary, MBO. */
const kindOfEducation = (education: string): string => {
  const words = new Set(education.toUpperCase().split(/[^A-Z]+/))
  if (['MBO', 'BOL', 'BBL'].some((word) => words.has(word))) return 'mbo'
  if (['VO', 'VSO', 'VWO', 'HAVO', 'VMBO', 'PRO'].some((word) => words.has(word))) {
    return 'secondary-school'
  }
  if (['BAO', 'SBO', 'SBAO', 'BASISONDERWIJS'].some((word) => words.has(word))) {
    return 'primary-school'
  }
  return education ? `duo:${education}` : ''
}

const checkRow = ({
  record,
  line,
  lookups,
  t,
  allowed,
  defaultMunicipality,
  defaultSource,
}: {
  record: Partial<Record<Column, string>>
  line: number
  lookups: Lookups
  t: TFunction<AdminTranslationKey>
  allowed?: Set<string | number>
  defaultMunicipality?: string | number
  defaultSource: OrganisationSource
}): Row | ImportProblem => {
  const problem = (key: AdminTranslationKey, values?: Record<string, unknown>) => ({
    line,
    reason: t(key, values),
  })
  const name = (record.name ?? '').trim()
  if (!name) return problem('custom:organisations:importProblems:nameMissing')

  const municipalityText = (record.municipality ?? '').trim()
  const municipality = municipalityText
    ? lookups.municipalities.get(municipalityText.toLowerCase())
    : defaultMunicipality
  if (municipalityText && municipality === undefined) {
    return problem('custom:subscribers:importProblems:unknownMunicipality', {
      municipality: echoed(municipalityText),
    })
  }
  if (municipality === undefined) {
    return problem('custom:organisations:importProblems:municipalityMissing')
  }
  if (allowed && !allowed.has(municipality)) {
    return problem('custom:organisations:importProblems:otherMunicipality', {
      municipality: lookups.municipalityNames.get(municipality) ?? municipalityText,
    })
  }

  const kindText = (record.kind ?? '').trim()
  if (!kindText) return problem('custom:organisations:importProblems:kindMissing')
  const kind = lookups.kinds.get(kindText.toLowerCase())
  if (!kind) {
    return problem('custom:organisations:importProblems:unknownKind', {
      kind: echoed(kindText.replace(/^duo:/, '')),
    })
  }

  const audienceText = (record.audience ?? '').trim()
  const audience = audienceText
    ? lookups.audiences.get(audienceText.toLowerCase())
    : audienceOfKind[kind]
  if (!audience) {
    return problem('custom:subscribers:importProblems:unknownAudience', {
      audience: echoed(audienceText),
    })
  }

  const email = normalizeAddress(record.email ?? '')
  if (email && !isPlausibleEmail(email)) {
    return problem('custom:subscribers:importProblems:invalidEmail', {
      email: echoed(record.email),
    })
  }

  const languageText = (record.language ?? '').trim().toLowerCase()
  const language = languageText ? lookups.locales.get(languageText) : undefined
  if (languageText && !language) {
    return problem('custom:subscribers:importProblems:unknownLanguage', {
      language: echoed(record.language),
    })
  }

  const brin = normalizeBrin(record.brin ?? '')
  if (brin && !isBrin(brin)) {
    return problem('custom:organisations:importProblems:invalidBrin', { brin: echoed(record.brin) })
  }

  const sourceText = (record.source ?? '').trim().toLowerCase()
  const source = sourceText ? lookups.sources.get(sourceText) : defaultSource
  if (!source) {
    return problem('custom:organisations:importProblems:unknownSource', {
      source: echoed(record.source),
    })
  }

  return {
    line,
    municipality,
    name,
    kind,
    audience,
    contactName: record.contactName?.trim() || undefined,
    email: email || undefined,
    language,
    brin: brin || undefined,
    source,
  }
}

/** The merge key: the address when there is one, else the BRIN code, else the name. */
const keyOf = ({
  municipality,
  email,
  brin,
  name,
}: {
  municipality?: unknown
  email?: string | null
  brin?: string | null
  name: string
}) => {
  const [id] = idsOf([municipality])
  if (email) return `${id}|email|${email}`
  if (brin) return `${id}|brin|${brin}`
  return `${id}|name|${name.trim().toLowerCase()}`
}

/** Every key an existing organisation can be found by: a row may give fewer details than it has. */
const keysOf = (organisation: Organisation) => [
  ...(organisation.email ? [keyOf({ ...organisation, brin: null })] : []),
  ...(organisation.brin ? [keyOf({ ...organisation, email: null })] : []),
  keyOf({ ...organisation, email: null, brin: null }),
]

const storeRows = async ({
  payload,
  rows,
  report,
  req,
  t,
}: {
  payload: Payload
  rows: Row[]
  report: ImportReport
  req: PayloadRequest
  t: TFunction<AdminTranslationKey>
}) => {
  const or: Where[] = [
    { name: { in: [...new Set(rows.map(({ name }) => name))] } },
    { email: { in: [...new Set(rows.flatMap(({ email }) => (email ? [email] : [])))] } },
    { brin: { in: [...new Set(rows.flatMap(({ brin }) => (brin ? [brin] : [])))] } },
  ]
  const { docs } = await payload.find({
    collection: 'organisations',
    where: {
      and: [
        { municipality: { in: [...new Set(rows.map(({ municipality }) => municipality))] } },
        { or },
      ],
    },
    pagination: false,
    depth: 0,
    req,
  })
  const existing = new Map<string, Organisation>()
  const remember = (organisation: Organisation) => {
    for (const key of keysOf(organisation)) existing.set(key, organisation)
  }
  docs.forEach(remember)
  for (const row of rows) {
    const { line, municipality, ...fields } = row
    const known = existing.get(keyOf(row))
    try {
      if (known) {
        // Only what the row gives changes; an opt-out or bounce is never undone by an import.
        const merged = await payload.update({
          collection: 'organisations',
          id: known.id,
          data: Object.fromEntries(
            Object.entries(fields).filter(([, value]) => value !== undefined),
          ),
          depth: 0,
          req,
        })
        remember(merged)
        report.merged++
      } else {
        const created = await payload.create({
          collection: 'organisations',
          data: {
            ...fields,
            municipality: municipality as number,
            language: row.language ?? 'nl',
            status: 'active',
          },
          depth: 0,
          req,
        })
        remember(created)
        report.imported++
      }
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error
      report.rejected.push({
        line,
        reason:
          error.data.errors.map(({ message }) => message).join(' ') ||
          t('error:unknown' as AdminTranslationKey),
      })
    }
  }
}
