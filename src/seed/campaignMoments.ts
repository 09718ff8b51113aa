import type { Payload, PayloadRequest } from 'payload'

/**
 * The campaign moments of the regional approach. Dates follow the rules in the reference data;
 * moments without a known date are left for the editor to fill in.
 */
const moments = [
  {
    slug: 'week-tegen-kindermishandeling',
    name: 'Week tegen Kindermishandeling',
    startsOn: '2026-11-16',
    endsOn: '2026-11-22',
    rule: 'De week van maandag tot en met zondag waarin 20 november valt (Internationale Dag van de Rechten van het Kind).',
  },
  {
    slug: 'orange-the-world',
    name: 'Orange the World',
    startsOn: '2026-11-25',
    endsOn: '2026-12-10',
    rule: 'Elk jaar van 25 november (Internationale Dag tegen geweld tegen vrouwen) tot en met 10 december (Dag van de Mensenrechten).',
  },
  {
    slug: 'start-schooljaar',
    name: 'Start van het schooljaar',
    rule: 'Verschilt per schoolregio en jaar: vul de datum in. Scholen vertellen ouders hoe zij omgaan met zorgen en signalen.',
  },
  {
    slug: 'week-zonder-geweld',
    name: 'Week zonder Geweld',
    rule: 'Genoemd in de regioaanpak; er zijn geen actuele data bekend. Vul de data in zodra die er zijn.',
  },
]

export const seedCampaignMoments = async (payload: Payload, req?: Partial<PayloadRequest>) => {
  const { docs } = await payload.find({
    collection: 'campaign-moments',
    limit: 0,
    pagination: false,
    depth: 0,
    select: { slug: true },
    req,
  })
  const existing = new Set(docs.map((doc) => doc.slug))
  for (const { slug, name, startsOn, endsOn, rule } of moments) {
    if (existing.has(slug)) continue
    await payload.create({
      collection: 'campaign-moments',
      data: { slug, name, rule, startsOn, endsOn },
      req,
    })
  }
}
