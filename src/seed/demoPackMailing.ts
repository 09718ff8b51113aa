import type { Payload } from 'payload'

import { nextOccurrence } from '@/campaigns/dateRules'

export const demoPackMailingTitle = 'Het pakket voor scholen, klaar voor het nieuwe schooljaar'

/**
 * One planned pack mailing: the schools' pack to the schools of every municipality at the next
 * start of the school year, as a draft with its send moment filled in, ready to preview, test and
 * schedule. Skipped when it exists.
 */
export const ensureDemoPackMailing = async (payload: Payload, now = new Date()) => {
  const existing = await payload.count({
    collection: 'newsletter-editions',
    where: { title: { equals: demoPackMailingTitle } },
    locale: 'nl',
  })
  if (existing.totalDocs > 0) return false
  const { docs: moments } = await payload.find({
    collection: 'campaign-moments',
    where: { slug: { equals: 'start-schooljaar' } },
    limit: 1,
    depth: 0,
  })
  const moment = moments[0]
  const occurrence = moment ? nextOccurrence(moment, now) : undefined
  await payload.create({
    collection: 'newsletter-editions',
    locale: 'nl',
    draft: true,
    data: {
      kind: 'pack-mailing',
      title: demoPackMailingTitle,
      preheader: 'Kant-en-klare teksten, posters en gespreksstarters voor uw school.',
      status: 'draft',
      campaignMoment: moment?.id,
      // Nine in the morning of the first school day, Dutch time.
      sendAt: occurrence ? `${occurrence.startsOn}T07:00:00.000Z` : undefined,
      packMailing: {
        audience: 'schools',
        message:
          'Het nieuwe schooljaar is een goed moment om met collega’s stil te staan bij signalen van huiselijk geweld. Wij helpen u daar graag bij.',
      },
    },
  })
  return true
}
