import type { Payload } from 'payload'

import { packAudienceValues } from '@/fields/taxonomy'
import { localeCodes } from '@/i18n'
import type { Locale } from '@/i18n'
import { idsOf } from '@/lib/ids'
import { recipientKeyOf } from '@/newsletter/delivery/recipientKey'
import { recordPastDeliveries } from '@/newsletter/delivery/state'
import type { DeliveryState } from '@/newsletter/delivery/state'
import { downloadDay } from '@/portal/downloads'

/**
 * Figures for the monitor in the demo: two editions sent earlier this year to the demo
 * subscribers (with their deliveries: most delivered, some bounced, accepted or failed), a few
 * former subscribers who unsubscribed, and download counts spread over the past months.
 * Idempotent: skipped when the first edition exists. Dates are relative to today, so the current
 * year always has something to show.
 */

const editions = [
  { title: 'Nieuwsbrief Samen Veilig – zomereditie (verzonden)', daysAgo: 150 },
  { title: 'Nieuwsbrief Samen Veilig – najaarseditie (verzonden)', daysAgo: 60 },
]

const formerSubscriberCount = 8

const downloadMunicipalities = [
  'arnhem',
  'doetinchem',
  'winterswijk',
  'zevenaar',
  'duiven',
  'renkum',
]

export const ensureDemoMonitor = async (payload: Payload): Promise<boolean> => {
  const existing = await payload.count({
    collection: 'newsletter-editions',
    where: { title: { equals: editions[0]!.title } },
    locale: 'nl',
  })
  if (existing.totalDocs > 0) return false

  for (const { title, daysAgo } of editions)
    await sentEdition(payload, { title, sentAt: ago(daysAgo) })
  await formerSubscribers(payload)
  await downloadCounts(payload)
  return true
}

const ago = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000)

/** The state a demo delivery ended in: mostly delivered, a few of everything else. */
const stateFor = (index: number): DeliveryState =>
  index % 29 === 0
    ? 'failed'
    : index % 17 === 0
      ? 'bounced'
      : index % 11 === 0
        ? 'accepted'
        : 'delivered'

const sentEdition = async (
  payload: Payload,
  { title, sentAt }: { title: string; sentAt: Date },
) => {
  const startedAt = sentAt.toISOString()
  const finishedAt = new Date(sentAt.getTime() + 15 * 60 * 1000).toISOString()
  // Created as the delivery engine leaves it; created "back then", so lists show the newest first.
  const edition = await payload.create({
    collection: 'newsletter-editions',
    locale: 'nl',
    context: { isDeliveryEngine: true },
    data: {
      title,
      intro: 'Een eerdere editie, verzonden aan de demo-abonnees: de monitor telt wat ze bereikte.',
      status: 'sent',
      sendAt: startedAt,
      sections: [],
      sending: { startedAt, finishedAt, isSnapshotComplete: true },
      createdAt: startedAt,
    },
  })
  const { docs: recipients } = await payload.find({
    collection: 'subscribers',
    where: {
      and: [
        { email: { like: 'abonnee-' } },
        { status: { equals: 'confirmed' } },
        { confirmedAt: { less_than: startedAt } },
      ],
    },
    pagination: false,
    depth: 0,
    sort: 'email',
    select: { locale: true, municipality: true },
  })
  const now = new Date().toISOString()
  await recordPastDeliveries(
    payload,
    recipients.map(({ id, locale, municipality }, index) => {
      const state = stateFor(index + 1)
      return {
        edition: edition.id,
        subscriber: id,
        recipientKey: recipientKeyOf(id),
        locale,
        municipality: idsOf([municipality])[0] ?? null,
        state,
        batchKey: null,
        attempts: 1,
        acceptedAt: state === 'failed' ? null : startedAt,
        deliveredAt: state === 'delivered' ? finishedAt : null,
        lastError: state === 'failed' ? 'Demo: adres geweigerd door de provider' : null,
        createdAt: now,
        updatedAt: now,
      }
    }),
  )
}

/** People who signed up early in the year and left again later, so unsubscribes show up too. */
const formerSubscribers = async (payload: Payload) => {
  const { docs: municipalities } = await payload.find({
    collection: 'municipalities',
    where: { slug: { in: ['arnhem', 'doetinchem'] } },
    pagination: false,
    depth: 0,
    select: { slug: true },
  })
  for (let number = 1; number <= formerSubscriberCount; number++) {
    const confirmedAt = ago(200 + number * 3).toISOString()
    await payload.create({
      collection: 'subscribers',
      depth: 0,
      data: {
        email: `oud-abonnee-${String(number).padStart(2, '0')}@example.org`,
        locale: number % 4 === 0 ? 'tr' : 'nl',
        municipality: municipalities[number % municipalities.length]?.id ?? null,
        audiences: ['residents'],
        status: 'unsubscribed',
        confirmedAt,
        unsubscribedAt: ago(100 - number * 10).toISOString(),
        consent: { givenAt: confirmedAt, source: 'demo' },
      },
    })
  }
}

/** Counts on days in the past few months, most in Dutch, for the packs' four audiences. */
const downloadCounts = async (payload: Payload) => {
  const { docs: municipalities } = await payload.find({
    collection: 'municipalities',
    where: { slug: { in: downloadMunicipalities } },
    pagination: false,
    depth: 0,
    select: { slug: true },
  })
  for (const [municipalityIndex, { id }] of municipalities.entries()) {
    for (const [audienceIndex, audience] of packAudienceValues.entries()) {
      for (let step = 0; step < 4; step++) {
        const seed = municipalityIndex * 7 + audienceIndex * 3 + step
        const locale: Locale =
          seed % 5 === 0 ? localeCodes[1 + (seed % (localeCodes.length - 1))]! : 'nl'
        await payload.create({
          collection: 'pack-downloads',
          depth: 0,
          data: {
            municipality: id,
            audience,
            locale,
            kind: step % 2 === 0 ? 'pdf' : 'material',
            day: downloadDay(ago(3 + step * 45 + municipalityIndex * 2)),
            count: 2 + ((seed * 7) % 19),
          },
        })
      }
    }
  }
}
