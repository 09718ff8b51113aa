import { nextOccurrence } from '@/campaigns/dateRules'
import type { MomentDates } from '@/campaigns/dateRules'
import { adminT, adminTextsIn } from '@/i18n/admin'
import type { AdminI18n } from '@/i18n/admin'
import { formatDay } from '@/lib/dates'
import { idsOf } from '@/lib/ids'

import type { TranslatableSlug } from './registry'

/**
 * How soon a document's translation is needed, most urgent first:
 * 0. what has a date: editions by their send date (or, without one, the start of their campaign
 *    moment), and the building blocks in them, on the date of the first edition they go out in;
 * 1. editions and their building blocks that are being prepared without a date;
 * 2. pack templates, then communication packs (they are downloaded whenever someone needs them),
 *    then the municipalities' own texts (their portal page and route to help);
 * 3. other building blocks, approved ones first, then images' alternative texts;
 * 4. editions that were already sent or cancelled.
 * Within a tier: the earliest date first, then the most recently changed.
 * The reason says why in the language of `i18n` (Dutch without one).
 */
export type Urgency = { tier: number; due?: string; reason: string }

export type UrgencyInput = {
  collection: TranslatableSlug
  doc: Record<string, unknown>
}

type Edition = {
  id: string | number
  title: string
  due?: string
  dueReason?: string
  blockIds: (string | number)[]
  isOpen: boolean
}

const closedEditionStatuses = new Set(['sent', 'cancelled'])

export const urgencyRanker = ({
  editions,
  moments,
  today,
  i18n = adminTextsIn('nl'),
}: {
  editions: Record<string, unknown>[]
  moments: (MomentDates & { id: string | number; name?: string | null })[]
  today: Date
  i18n?: AdminI18n
}) => {
  const t = adminT(i18n)
  const day = (isoDay: string) => formatDay(isoDay, i18n.language)
  const dueOfMoment = new Map(
    moments.map((moment) => [
      String(moment.id),
      { startsOn: nextOccurrence(moment, today)?.startsOn, name: moment.name },
    ]),
  )
  const planned: Edition[] = editions.map((edition) => {
    const sendAt = typeof edition.sendAt === 'string' ? edition.sendAt : undefined
    const momentId = idsOf([edition.campaignMoment])[0]
    const moment = momentId === undefined ? undefined : dueOfMoment.get(String(momentId))
    const due = sendAt?.slice(0, 10) ?? moment?.startsOn
    const dueReason = sendAt
      ? t('custom:translations:urgency:sendsOn', { day: day(sendAt.slice(0, 10)) })
      : moment?.startsOn
        ? t('custom:translations:urgency:campaignMoment', {
            name: moment.name ?? '',
            day: day(moment.startsOn),
          }).replace('  ', ' ')
        : undefined
    const sections = Array.isArray(edition.sections)
      ? (edition.sections as { blocks?: unknown[] }[])
      : []
    return {
      id: edition.id as string | number,
      title: titleText(edition.title, i18n),
      due,
      dueReason,
      blockIds: sections.flatMap((section) => idsOf(section.blocks ?? [])),
      isOpen: !closedEditionStatuses.has(String(edition.status ?? 'draft')),
    }
  })
  const openEditions = planned
    .filter(({ isOpen }) => isOpen)
    .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'))

  return ({ collection, doc }: UrgencyInput): Urgency => {
    if (collection === 'newsletter-editions') {
      const edition = planned.find(({ id }) => String(id) === String(doc.id))
      if (!edition?.isOpen)
        return { tier: 4, reason: t('custom:translations:urgency:closedEdition') }
      if (edition.due) return { tier: 0, due: edition.due, reason: edition.dueReason ?? '' }
      return { tier: 1, reason: t('custom:translations:urgency:undatedEdition') }
    }
    if (collection === 'building-blocks') {
      const first = openEditions.find(({ blockIds }) =>
        blockIds.some((id) => String(id) === String(doc.id)),
      )
      if (first?.due)
        return {
          tier: 0,
          due: first.due,
          reason: t('custom:translations:urgency:inEdition', {
            title: first.title,
            due: first.dueReason,
          }),
        }
      if (first) {
        return {
          tier: 1,
          reason: t('custom:translations:urgency:inUndatedEdition', { title: first.title }),
        }
      }
      return doc.reviewStatus === 'approved'
        ? { tier: 3, due: '0', reason: t('custom:translations:urgency:approvedInNoEdition') }
        : { tier: 3, due: '1', reason: t('custom:translations:urgency:notApproved') }
    }
    if (collection === 'pack-templates')
      return { tier: 2, due: '0', reason: t('custom:translations:urgency:packTemplate') }
    if (collection === 'communication-packs')
      return { tier: 2, due: '1', reason: t('custom:translations:urgency:communicationPack') }
    // The municipality's own page and every pack show its texts; images' alternative texts go
    // wherever the image goes.
    if (collection === 'municipalities')
      return { tier: 2, due: '2', reason: t('custom:translations:urgency:municipality') }
    return { tier: 3, due: '2', reason: t('custom:translations:urgency:media') }
  }
}

/** Sorts most urgent first; `updatedAt` breaks ties, most recent first. */
export const compareUrgency = (
  a: { urgency: Urgency; collectionOrder: number; updatedAt?: string },
  b: { urgency: Urgency; collectionOrder: number; updatedAt?: string },
) =>
  a.urgency.tier - b.urgency.tier ||
  (a.urgency.due ?? '9999').localeCompare(b.urgency.due ?? '9999') ||
  a.collectionOrder - b.collectionOrder ||
  (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '')

/** A title read with `locale: 'all'` (a map per language) or in one language (a string). */
export const titleText = (value: unknown, i18n: AdminI18n): string => {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') {
    const map = value as Record<string, unknown>
    const first = map.nl ?? Object.values(map).find((entry) => typeof entry === 'string' && entry)
    if (typeof first === 'string') return first
  }
  return adminT(i18n)('custom:translations:urgency:untitled')
}
