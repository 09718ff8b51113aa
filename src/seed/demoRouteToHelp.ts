import type { Payload } from 'payload'

/**
 * The demo's verified route to help: Arnhem and Duiven checked recently (their local details
 * show on the portal), Winterswijk checked 14 months ago (shown, flagged as stale to editors and
 * reminded by the daily job); every other municipality stays unchecked and shows the regional
 * route. The local details are demo values, recognisable as such, never a real team's number.
 */
export const ensureDemoRouteToHelp = async (payload: Payload, now = new Date()) => {
  const { docs } = await payload.find({
    collection: 'municipalities',
    where: { slug: { in: demoChecks.map(({ slug }) => slug) } },
    pagination: false,
    depth: 0,
  })
  let checked = 0
  for (const { slug, name, monthsAgo, checkedBy } of demoChecks) {
    const municipality = docs.find((doc) => doc.slug === slug)
    // A re-run keeps what an editor changed in the demo.
    if (!municipality || municipality.verification?.checkedAt) continue
    const checkedAt = new Date(now)
    checkedAt.setUTCMonth(checkedAt.getUTCMonth() - monthsAgo)
    await payload.update({
      collection: 'municipalities',
      id: municipality.id,
      data: {
        localTeam: {
          name: `Sociaal team ${name} (demogegevens)`,
          phone: '0800 000 00 00',
          email: `sociaalteam@${slug}.example`,
          website: `https://${slug}.example/sociaal-team`,
          openingHours: 'Maandag tot en met vrijdag 9.00 tot 17.00 uur',
          address: `Marktplein 1, ${name}`,
        },
        designatedOfficer: {
          name: `Aandachtsfunctionaris ${name} (demogegevens)`,
          email: `aandachtsfunctionaris@${slug}.example`,
        },
        verification: { checkedAt: checkedAt.toISOString(), checkedBy },
      },
      context: { skipPortalRevalidation: true },
    })
    checked += 1
  }
  return checked
}

const demoChecks = [
  { slug: 'arnhem', name: 'Arnhem', monthsAgo: 1, checkedBy: 'Redactie gemeente Arnhem' },
  {
    slug: 'duiven',
    name: 'Duiven',
    monthsAgo: 2,
    checkedBy: 'Redactie Liemers (Duiven en Zevenaar)',
  },
  {
    slug: 'winterswijk',
    name: 'Winterswijk',
    monthsAgo: 14,
    checkedBy: 'Redactie gemeente Winterswijk',
  },
]
