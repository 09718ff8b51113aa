import type { Payload } from 'payload'

import { demoEditionTexts, demoEditionTitle } from './data/demo/edition'

/**
 * One draft edition composed of approved blocks from several municipalities, ready to preview,
 * test and schedule. Skipped when it exists.
 */
export const ensureDemoEdition = async (payload: Payload): Promise<boolean> => {
  const existing = await payload.find({
    collection: 'newsletter-editions',
    where: { title: { equals: demoEditionTitle } },
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
  const news = approved
    .filter(({ kind }) => kind !== 'story')
    .slice(0, 5)
    .map(({ id }) => id)
  const { docs: moments } = await payload.find({
    collection: 'campaign-moments',
    where: { slug: { equals: 'orange-the-world' } },
    limit: 1,
    depth: 0,
  })

  const dutch = demoEditionTexts.nl!
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
    const translation = demoEditionTexts[locale]!
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
