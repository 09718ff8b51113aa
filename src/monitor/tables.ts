import { audiences, packAudiences } from '@/fields/taxonomy'
import { localeCodes } from '@/i18n'
import { label } from '@/fields/labels'
import { quarterKeys } from './periods'
import type { Shown } from './suppression'

/**
 * The monitor's tables: what each one counts, how it is laid out and how it is added up. The
 * dashboard, the CSV downloads and the yearly overview all read these, so a figure is named and
 * counted the same way everywhere.
 */

export type Label = { nl: string; en: string }

export type Column = { key: string; label: Label }

export const sections = [
  { id: 'building-blocks', title: label('Bouwstenen', 'Building blocks') },
  { id: 'newsletter', title: label('Nieuwsbrief', 'Newsletter') },
  { id: 'subscribers', title: label('Abonnees', 'Subscribers') },
  {
    id: 'downloads',
    title: label('Downloads van communicatiepakketten', 'Communication pack downloads'),
  },
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
  K1: label('K1 (jan–mrt)', 'Q1 (Jan–Mar)'),
  K2: label('K2 (apr–jun)', 'Q2 (Apr–Jun)'),
  K3: label('K3 (jul–sep)', 'Q3 (Jul–Sep)'),
  K4: label('K4 (okt–dec)', 'Q4 (Oct–Dec)'),
}

const quarterColumns: Column[] = quarterKeys.map((key) => ({ key, label: quarterNames[key] }))

const languageName = (code: string, inLanguage: 'nl' | 'en') =>
  new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code

const languageColumns: Column[] = localeCodes.map((code) => ({
  key: code,
  label: { nl: languageName(code, 'nl'), en: languageName(code, 'en') },
}))

export const mailStates = {
  /** The provider took the message: every state after it, too. */
  accepted: ['accepted', 'delivered', 'bounced', 'complained'],
  /** Reached the inbox (a complaint comes from someone who received it). */
  delivered: ['delivered', 'complained'],
  bounced: ['bounced'],
} as const

const perQuarter = label('Kwartaal', 'Quarter')

export const tableSpecs = [
  {
    id: 'bouwstenen-aangeleverd',
    section: 'building-blocks',
    title: label('Bouwstenen aangeleverd', 'Building blocks contributed'),
    description: label(
      'Nieuwe bouwstenen per gemeente, naar de datum waarop ze zijn aangemaakt.',
      'New building blocks per municipality, by the date they were created.',
    ),
    columnHeader: perQuarter,
    columns: quarterColumns,
    hasRowTotals: true,
    hasColumnTotals: true,
  },
  {
    id: 'bouwstenen-gepubliceerd',
    section: 'building-blocks',
    title: label('Bouwstenen gepubliceerd (goedgekeurd)', 'Building blocks published (approved)'),
    description: label(
      'Bouwstenen die nu goedgekeurd zijn, naar de datum van de goedkeuring.',
      'Building blocks that are approved now, by the date of approval.',
    ),
    columnHeader: perQuarter,
    columns: quarterColumns,
    hasRowTotals: true,
    hasColumnTotals: true,
  },
  {
    id: 'edities-verzonden',
    section: 'newsletter',
    title: label('Edities verzonden', 'Editions sent'),
    description: label(
      'Edities van de regionale nieuwsbrief die helemaal verzonden zijn, naar de datum waarop de verzending klaar was.',
      'Editions of the regional newsletter that were sent completely, by the date sending finished.',
    ),
    columnHeader: perQuarter,
    columns: quarterColumns,
    hasRowTotals: true,
    hasColumnTotals: false,
    isRegional: true,
  },
  {
    id: 'mails-per-kwartaal',
    section: 'newsletter',
    title: label('Mails geaccepteerd door de provider', 'Mails accepted by the provider'),
    description: label(
      'Nieuwsbrieven die de verzendprovider aannam, per gemeente van de abonnee, naar het kwartaal waarin de verzending van de editie begon.',
      'Newsletters the sending provider accepted, per subscriber municipality, by the quarter in which the edition started sending.',
    ),
    columnHeader: perQuarter,
    columns: quarterColumns,
    hasRowTotals: true,
    hasColumnTotals: true,
  },
  {
    id: 'mails-per-status',
    section: 'newsletter',
    title: label(
      'Mails: geaccepteerd, afgeleverd en onbestelbaar',
      'Mails: accepted, delivered and bounced',
    ),
    description: label(
      'Geaccepteerd = de provider nam het bericht aan; afgeleverd en onbestelbaar komen daarna uit de meldingen van de provider. Niet op te tellen: een afgeleverd bericht is ook geaccepteerd.',
      'Accepted = the provider took the message; delivered and bounced come later from the provider’s reports. Not to be added up: a delivered message was also accepted.',
    ),
    columnHeader: label('Status', 'State'),
    columns: [
      { key: 'accepted', label: label('Geaccepteerd', 'Accepted') },
      { key: 'delivered', label: label('Afgeleverd', 'Delivered') },
      { key: 'bounced', label: label('Onbestelbaar', 'Bounced') },
    ],
    hasRowTotals: false,
    hasColumnTotals: true,
  },
  {
    id: 'mails-per-taal',
    section: 'newsletter',
    title: label('Mails geaccepteerd per taal', 'Mails accepted per language'),
    description: label(
      'Geaccepteerde nieuwsbrieven in het jaar, naar de taal waarin de abonnee ze kreeg.',
      'Accepted newsletters in the year, by the language the subscriber received them in.',
    ),
    columnHeader: label('Taal', 'Language'),
    columns: languageColumns,
    hasRowTotals: false,
    hasColumnTotals: true,
  },
  {
    id: 'aanmeldingen',
    section: 'subscribers',
    title: label('Aanmeldingen (bevestigd)', 'Sign-ups (confirmed)'),
    description: label(
      'Nieuwe abonnees, naar de datum waarop ze hun aanmelding bevestigden.',
      'New subscribers, by the date they confirmed their sign-up.',
    ),
    columnHeader: perQuarter,
    columns: quarterColumns,
    hasRowTotals: true,
    hasColumnTotals: true,
  },
  {
    id: 'afmeldingen',
    section: 'subscribers',
    title: label('Afmeldingen', 'Unsubscribes'),
    description: label(
      'Abonnees die zich afmeldden, naar de datum van afmelden.',
      'Subscribers who unsubscribed, by date.',
    ),
    columnHeader: perQuarter,
    columns: quarterColumns,
    hasRowTotals: true,
    hasColumnTotals: true,
  },
  {
    id: 'abonnees-per-taal',
    section: 'subscribers',
    title: label('Abonnees per taal', 'Subscribers per language'),
    description: label(
      'Abonnees aan het eind van het jaar (dit jaar: nu), naar de taal waarin ze de nieuwsbrief krijgen.',
      'Subscribers at the end of the year (this year: now), by the language they receive the newsletter in.',
    ),
    columnHeader: label('Taal', 'Language'),
    columns: languageColumns,
    hasRowTotals: true,
    hasColumnTotals: true,
  },
  {
    id: 'abonnees-per-doelgroep',
    section: 'subscribers',
    title: label('Abonnees per doelgroep', 'Subscribers per audience'),
    description: label(
      'Abonnees aan het eind van het jaar (dit jaar: nu), naar de doelgroepen die ze kozen. Niet op te tellen: iemand kan meer doelgroepen kiezen.',
      'Subscribers at the end of the year (this year: now), by the audiences they chose. Not to be added up: one person can choose several.',
    ),
    columnHeader: label('Doelgroep', 'Audience'),
    columns: audiences.map(({ value, label: name }) => ({ key: value, label: name })),
    hasRowTotals: false,
    hasColumnTotals: true,
  },
  {
    id: 'downloads-per-kwartaal',
    section: 'downloads',
    title: label('Downloads per kwartaal', 'Downloads per quarter'),
    description: label(
      'Hoe vaak pakketten en hun materialen van de gemeente zijn gedownload.',
      'How often the municipality’s packs and their materials were downloaded.',
    ),
    columnHeader: perQuarter,
    columns: quarterColumns,
    hasRowTotals: true,
    hasColumnTotals: true,
  },
  {
    id: 'downloads-per-doelgroep',
    section: 'downloads',
    title: label('Downloads per doelgroep', 'Downloads per audience'),
    description: label(
      'Downloads in het jaar, naar de doelgroep van het pakket.',
      'Downloads in the year, by the pack’s audience.',
    ),
    columnHeader: label('Doelgroep', 'Audience'),
    columns: packAudiences.map(({ value, label: name }) => ({ key: value, label: name })),
    hasRowTotals: false,
    hasColumnTotals: true,
  },
  {
    id: 'downloads-per-taal',
    section: 'downloads',
    title: label('Downloads per taal', 'Downloads per language'),
    description: label(
      'Downloads in het jaar, naar de taal van het pakket.',
      'Downloads in the year, by the pack’s language.',
    ),
    columnHeader: label('Taal', 'Language'),
    columns: languageColumns,
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

export const textIn = (value: Label, language: string) => (language === 'en' ? value.en : value.nl)
