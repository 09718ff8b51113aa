import type { Payload } from 'payload'

import type { Locale } from '@/i18n'

const title = 'Nieuwsbrief Samen Veilig – december 2026'

const texts: Partial<Record<Locale, { title: string; intro: string; headings: [string, string] }>> = {
  nl: {
    title,
    intro:
      'Orange the World loopt nog tot en met 10 december. In deze editie: wat gemeenten in de regio doen, wat werkt, en waar je terecht kunt met zorgen over iemand thuis.',
    headings: ['Nieuws uit de regio', 'Wat werkt'],
  },
  en: {
    title: 'Samen Veilig newsletter – December 2026',
    intro:
      'Orange the World runs until 10 December. In this edition: what municipalities in the region are doing, what works, and where to go with worries about someone at home.',
    headings: ['News from the region', 'What works'],
  },
  ar: {
    title: 'النشرة الإخبارية Samen Veilig – ديسمبر 2026',
    intro:
      'تستمر حملة Orange the World حتى 10 ديسمبر. في هذا العدد: ما تقوم به البلديات في المنطقة، وما ينجح، وإلى أين تتوجه إذا كنت قلقًا على شخص ما في المنزل.',
    headings: ['أخبار من المنطقة', 'ما ينجح'],
  },
}

/**
 * One draft edition composed of approved blocks from several municipalities, ready to preview,
 * test and schedule. Skipped when it exists.
 */
export const ensureDemoEdition = async (payload: Payload): Promise<boolean> => {
  const existing = await payload.find({
    collection: 'newsletter-editions',
    where: { title: { equals: title } },
    locale: 'nl',
    draft: true,
    limit: 1,
    depth: 0,
  })
  if (existing.docs.length > 0) return false

  const { docs: approved } = await payload.find({
    collection: 'building-blocks',
    where: { reviewStatus: { equals: 'approved' } },
    sort: 'createdAt',
    depth: 0,
    limit: 12,
    locale: 'nl',
  })
  const stories = approved.filter(({ kind }) => kind === 'story').map(({ id }) => id)
  const news = approved.filter(({ kind }) => kind !== 'story').slice(0, 5).map(({ id }) => id)
  const { docs: moments } = await payload.find({
    collection: 'campaign-moments',
    where: { slug: { equals: 'orange-the-world' } },
    limit: 1,
    depth: 0,
  })

  const dutch = texts.nl!
  const edition = await payload.create({
    collection: 'newsletter-editions',
    locale: 'nl',
    draft: true,
    data: {
      title: dutch.title,
      intro: dutch.intro,
      status: 'draft',
      campaignMoment: moments[0]?.id,
      sections: [
        { heading: dutch.headings[0], blocks: news },
        { heading: dutch.headings[1], blocks: stories },
      ],
    },
  })

  for (const locale of ['en', 'ar'] as const) {
    const translation = texts[locale]!
    await payload.update({
      collection: 'newsletter-editions',
      id: edition.id,
      locale,
      draft: true,
      data: {
        title: translation.title,
        intro: translation.intro,
        sections: (edition.sections ?? []).map((section, index) => ({
          id: section.id,
          heading: translation.headings[index],
          blocks: section.blocks,
        })),
      },
    })
  }
  return true
}
