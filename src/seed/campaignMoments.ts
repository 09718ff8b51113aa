import type { Payload, PayloadRequest } from 'payload'

import type { DateRule } from '@/campaigns/dateRules'

/**
 * The campaign moments of the regional approach. Dates follow the rules in the reference data;
 * moments without a known date are left for the editor to fill in.
 */
const moments: {
  slug: string
  name: string
  dateRule: DateRule
  rule: string
}[] = [
  {
    slug: 'week-tegen-kindermishandeling',
    name: 'Week tegen Kindermishandeling',
    dateRule: 'week-containing-20-november',
    rule: 'De week van maandag tot en met zondag waarin 20 november valt (Internationale Dag van de Rechten van het Kind).',
  },
  {
    slug: 'orange-the-world',
    name: 'Orange the World',
    dateRule: '25-november-to-10-december',
    rule: 'Elk jaar van 25 november (Internationale Dag tegen geweld tegen vrouwen) tot en met 10 december (Dag van de Mensenrechten).',
  },
  {
    slug: 'start-schooljaar',
    name: 'Start van het schooljaar',
    dateRule: 'entered',
    rule: 'Verschilt per schoolregio en jaar: vul de datum in. Scholen vertellen ouders hoe zij omgaan met zorgen en signalen.',
  },
  {
    slug: 'week-zonder-geweld',
    name: 'Week zonder Geweld',
    dateRule: 'entered',
    rule: 'Genoemd in de regioaanpak; er zijn geen actuele data bekend. Vul de data in zodra die er zijn.',
  },
]

export const seedCampaignMoments = async (payload: Payload, req?: Partial<PayloadRequest>) => {
  const { docs } = await payload.find({
    collection: 'campaign-moments',
    limit: 0,
    pagination: false,
    depth: 0,
    select: { slug: true, dateRule: true },
    req,
  })
  const existing = new Map(docs.map((doc) => [doc.slug, doc]))
  for (const { slug, name, dateRule, rule } of moments) {
    const doc = existing.get(slug)
    if (!doc) {
      await payload.create({
        collection: 'campaign-moments',
        data: { slug, name, rule, dateRule },
        req,
      })
    } else if (!doc.dateRule) {
      // Seeded before moments had date rules: give them theirs.
      await payload.update({ collection: 'campaign-moments', id: doc.id, data: { dateRule }, req })
    }
  }
}
