import { getTranslation } from '@payloadcms/translations'
import type { LabelFunction, StaticLabel } from 'payload'

import { label } from '@/fields/labels'
import { audiences, packAudiences } from '@/fields/taxonomy'
import { localeCodes } from '@/i18n'
import type { AdminI18n } from '@/i18n/admin'
import type { Shown } from '@/lib/smallNumbers'

import { quarterKeys } from './periods'

/**
 * The monitor's tables: what each one counts, how it is laid out and how it is added up. The
 * dashboard, the CSV downloads and the yearly overview all read these, so a figure is named and
 * counted the same way everywhere.
 */

/** A text of a table, read in the reader's language with `getTranslation`. */
export type Label = LabelFunction | StaticLabel

export type Column = { key: string; label: Label }

export const sections = [
  { id: 'building-blocks', title: label('custom:monitor:buildingBlocks') },
  { id: 'newsletter', title: label('custom:monitor:newsletter') },
  { id: 'subscribers', title: label('custom:monitor:subscribers') },
  {
    id: 'downloads',
    title: label('custom:monitor:communicationPackDownloads'),
  },
  { id: 'pack-mailings', title: label('custom:packMailings:monitor:section') },
] as const

export type SectionId = (typeof sections)[number]['id']

export type TableSpec = {
  id: string
  section: SectionId
  title: Label
  description: Label
  columnHeader: Label
  columns: Column[]
  /** The row total is the sum of the row (not so when one person counts in several columns). */
  hasRowTotals: boolean
  /** The column total is the sum of the column over all municipalities. */
  hasColumnTotals: boolean
  /** One row for the whole region instead of one per municipality. */
  isRegional?: boolean
}

const quarterNames: Record<(typeof quarterKeys)[number], Label> = {
  K1: label('custom:monitor:q1JanMar'),
  K2: label('custom:monitor:q2AprJun'),
  K3: label('custom:monitor:q3JulSep'),
  K4: label('custom:monitor:q4OctDec'),
}

const quarterColumns: Column[] = quarterKeys.map((key) => ({ key, label: quarterNames[key] }))

const languageColumns: Column[] = localeCodes.map((code) => ({
  key: code,
  label: ({ i18n }) =>
    new Intl.DisplayNames([i18n.language], { type: 'language' }).of(code) ?? code,
}))

export const mailStates = {
  /** The provider took the message: every state after it, too. */
  accepted: ['accepted', 'delivered', 'bounced', 'complained'],
  /** Reached the inbox (a complaint comes from someone who received it). */
  delivered: ['delivered', 'complained'],
  bounced: ['bounced'],
} as const

const perQuarter = label('custom:monitor:quarter')

/** Per pack audience: organisations mailed, and how many of those opened the pack page. */
export const packMailingMeasures = ['mailed', 'opened'] as const

const measureLabels: Record<(typeof packMailingMeasures)[number], Label> = {
  mailed: label('custom:packMailings:monitor:mailed'),
  opened: label('custom:packMailings:monitor:opened'),
}

export const tableSpecs = [
  {
    id: 'bouwstenen-aangeleverd',
    section: 'building-blocks',
    title: label('custom:monitor:buildingBlocksContributed'),
    description: label('custom:monitor:newBuildingBlocksPerMunicipality'),
    columnHeader: perQuarter,
    columns: quarterColumns,
    hasRowTotals: true,
    hasColumnTotals: true,
  },
  {
    id: 'bouwstenen-gepubliceerd',
    section: 'building-blocks',
    title: label('custom:monitor:buildingBlocksPublishedApproved'),
    description: label('custom:monitor:buildingBlocksApprovedNowDate'),
    columnHeader: perQuarter,
    columns: quarterColumns,
    hasRowTotals: true,
    hasColumnTotals: true,
  },
  {
    id: 'edities-verzonden',
    section: 'newsletter',
    title: label('custom:monitor:editionsSent'),
    description: label('custom:monitor:editionsRegionalNewsletterWereSent'),
    columnHeader: perQuarter,
    columns: quarterColumns,
    hasRowTotals: true,
    hasColumnTotals: false,
    isRegional: true,
  },
  {
    id: 'mails-per-kwartaal',
    section: 'newsletter',
    title: label('custom:monitor:mailsAcceptedProvider'),
    description: label('custom:monitor:newslettersSendingProviderAcceptedPer'),
    columnHeader: perQuarter,
    columns: quarterColumns,
    hasRowTotals: true,
    hasColumnTotals: true,
  },
  {
    id: 'mails-per-status',
    section: 'newsletter',
    title: label('custom:monitor:mailsAcceptedDeliveredBounced'),
    description: label('custom:monitor:acceptedProviderTookMessageDelivered'),
    columnHeader: label('custom:monitor:state'),
    columns: [
      { key: 'accepted', label: label('custom:monitor:accepted') },
      { key: 'delivered', label: label('custom:monitor:delivered') },
      { key: 'bounced', label: label('custom:monitor:bounced') },
    ],
    hasRowTotals: false,
    hasColumnTotals: true,
  },
  {
    id: 'mails-per-taal',
    section: 'newsletter',
    title: label('custom:monitor:mailsAcceptedPerLanguage'),
    description: label('custom:monitor:acceptedNewslettersYearLanguageSubscriber'),
    columnHeader: label('custom:monitor:language'),
    columns: languageColumns,
    hasRowTotals: false,
    hasColumnTotals: true,
  },
  {
    id: 'aanmeldingen',
    section: 'subscribers',
    title: label('custom:monitor:signUpsConfirmed'),
    description: label('custom:monitor:newSubscribersDateTheyConfirmed'),
    columnHeader: perQuarter,
    columns: quarterColumns,
    hasRowTotals: true,
    hasColumnTotals: true,
  },
  {
    id: 'afmeldingen',
    section: 'subscribers',
    title: label('custom:monitor:unsubscribes'),
    description: label('custom:monitor:subscribersWhoUnsubscribedDate'),
    columnHeader: perQuarter,
    columns: quarterColumns,
    hasRowTotals: true,
    hasColumnTotals: true,
  },
  {
    id: 'abonnees-per-taal',
    section: 'subscribers',
    title: label('custom:monitor:subscribersPerLanguage'),
    description: label('custom:monitor:subscribersEndYearYearNow'),
    columnHeader: label('custom:monitor:language'),
    columns: languageColumns,
    hasRowTotals: true,
    hasColumnTotals: true,
  },
  {
    id: 'abonnees-per-doelgroep',
    section: 'subscribers',
    title: label('custom:monitor:subscribersPerAudience'),
    description: label('custom:monitor:subscribersEndYearYearNowAudiences'),
    columnHeader: label('custom:monitor:audience'),
    columns: audiences.map(({ value, label: name }) => ({ key: value, label: name })),
    hasRowTotals: false,
    hasColumnTotals: true,
  },
  {
    id: 'downloads-per-kwartaal',
    section: 'downloads',
    title: label('custom:monitor:downloadsPerQuarter'),
    description: label('custom:monitor:howOftenMunicipalitysPacksTheir'),
    columnHeader: perQuarter,
    columns: quarterColumns,
    hasRowTotals: true,
    hasColumnTotals: true,
  },
  {
    id: 'downloads-per-doelgroep',
    section: 'downloads',
    title: label('custom:monitor:downloadsPerAudience'),
    description: label('custom:monitor:downloadsYearPacksAudience'),
    columnHeader: label('custom:monitor:audience'),
    columns: packAudiences.map(({ value, label: name }) => ({ key: value, label: name })),
    hasRowTotals: false,
    hasColumnTotals: true,
  },
  {
    id: 'downloads-per-taal',
    section: 'downloads',
    title: label('custom:monitor:downloadsPerLanguage'),
    description: label('custom:monitor:downloadsYearPacksLanguage'),
    columnHeader: label('custom:monitor:language'),
    columns: languageColumns,
    hasRowTotals: false,
    hasColumnTotals: true,
  },
  {
    id: 'pakketmailings',
    section: 'pack-mailings',
    title: label('custom:packMailings:monitor:title'),
    description: label('custom:packMailings:monitor:description'),
    columnHeader: label('custom:monitor:audience'),
    columns: packAudiences.flatMap(({ value, label: audience }) =>
      packMailingMeasures.map((measure) => ({
        key: `${value}:${measure}`,
        label: (({ i18n }) =>
          `${getTranslation(audience, i18n)}: ${getTranslation(measureLabels[measure], i18n)}`) as Label,
      })),
    ),
    // Opened is part of mailed: adding them up would count organisations twice.
    hasRowTotals: false,
    hasColumnTotals: true,
  },
] as const satisfies readonly TableSpec[]

export type TableId = (typeof tableSpecs)[number]['id']

export const tableIds = tableSpecs.map(({ id }) => id) as TableId[]

export const isTableId = (value: unknown): value is TableId =>
  typeof value === 'string' && (tableIds as string[]).includes(value)

export const specOf = (id: TableId): TableSpec => tableSpecs.find((spec) => spec.id === id)!

export type MonitorRow = { id: string; name: string; cells: Shown[]; total?: Shown }

/** A table as it is shown: suppressed, and with only the rows the viewer may see. */
export type MonitorTable = Omit<TableSpec, 'columns'> & {
  id: TableId
  columns: Column[]
  rows: MonitorRow[]
  /** The region's totals: only when every municipality is shown. */
  totals?: { cells: Shown[]; total?: Shown }
}

export const regionName = 'Regio Arnhem-Achterhoek'

/** A table with its texts in one language: what a client component can receive. */
export type ReadableTable = Omit<
  MonitorTable,
  'title' | 'description' | 'columnHeader' | 'columns'
> & {
  title: string
  description: string
  columnHeader: string
  columns: { key: string; label: string }[]
}

export const readableTable = (table: MonitorTable, i18n: AdminI18n): ReadableTable => ({
  ...table,
  title: getTranslation(table.title, i18n),
  description: getTranslation(table.description, i18n),
  columnHeader: getTranslation(table.columnHeader, i18n),
  columns: table.columns.map(({ key, label: text }) => ({
    key,
    label: getTranslation(text, i18n),
  })),
})
