import type { Payload } from 'payload'

import { directionOf } from '@/i18n'
import type { Locale } from '@/i18n'
import { appMode } from '@/lib/env'
import { escapeHtml } from '@/lib/html'
import { cappedSharp } from '@/lib/images'

import { demoAccounts } from './data/demo/accounts'
import { demoBlocks } from './data/demo/buildingBlocks'
import type { BlockText } from './data/demo/buildingBlocks'
import { demoImages } from './data/demo/images'
import type { DemoImage, DemoImageKey } from './data/demo/images'
import { ensureDemoEdition } from './demoEdition'
import { ensureDemoMonitor } from './demoMonitor'
import { ensureDemoOrganisations } from './demoOrganisations'
import { ensureDemoPackMailing } from './demoPackMailing'
import { ensureDemoRouteToHelp } from './demoRouteToHelp'
import { ensureDemoSubscribers } from './demoSubscribers'
import { richText } from './lexical'
import { ensureDemoPacks } from './packs'

/**
 * Demo content for showing the toolkit: five accounts, about twenty building blocks in every review
 * state and a handful of generated images (their content is in data/demo). Idempotent, and refused
 * in production: demo accounts have a known password.
 */

export const seedDemoData = async (
  payload: Payload,
  { password }: { password: string },
): Promise<{ createdAccounts: string[] }> => {
  if (appMode() === 'production') {
    throw new Error(
      'Demo-gegevens worden nooit in productie aangemaakt: demo-accounts hebben een bekend ' +
        'wachtwoord. Start de demo met APP_MODE=demo of werk lokaal in ontwikkelmodus.',
    )
  }
  const municipalityIds = await findMunicipalityIds(payload)
  const { createdAccounts, userIds } = await ensureAccounts(payload, { password, municipalityIds })
  const { imageIds, createdImages } = await ensureImages(payload, municipalityIds)
  const createdBlocks = await ensureBuildingBlocks(payload, {
    municipalityIds,
    imageIds,
    reviewerId: userIds.get('communicatie@example.org')!,
  })
  const hasCreatedEdition = await ensureDemoEdition(payload)
  await ensureDemoPackMailing(payload)
  await ensureDemoSubscribers(payload)
  const createdOrganisations = await ensureDemoOrganisations(payload)
  await ensureDemoMonitor(payload)
  const { createdTemplates, createdPacks } = await ensureDemoPacks(payload)
  await ensureDemoRouteToHelp(payload)
  payload.logger.info(
    `Demo-gegevens: ${createdAccounts.length} accounts, ${createdImages} beelden, ` +
      `${createdBlocks} bouwstenen, ${hasCreatedEdition ? 1 : 0} editie, ` +
      `${createdOrganisations} organisaties, ` +
      `${createdTemplates} pakketsjablonen en ${createdPacks} communicatiepakketten aangemaakt.`,
  )
  return { createdAccounts }
}

type Id = number

const findMunicipalityIds = async (payload: Payload) => {
  const { docs } = await payload.find({
    collection: 'municipalities',
    pagination: false,
    depth: 0,
    select: { slug: true },
  })
  const ids = new Map(docs.map((doc) => [doc.slug, doc.id]))
  return (slug: string): Id => {
    const id = ids.get(slug)
    if (id === undefined) {
      throw new Error(`Gemeente "${slug}" ontbreekt; de referentiegegevens zijn niet geladen.`)
    }
    return id
  }
}

type MunicipalityIdOf = Awaited<ReturnType<typeof findMunicipalityIds>>

/** Existing accounts keep what they have, but get the given password so a re-run can reset it. */
const ensureAccounts = async (
  payload: Payload,
  { password, municipalityIds }: { password: string; municipalityIds: MunicipalityIdOf },
) => {
  const createdAccounts: string[] = []
  const userIds = new Map<string, Id>()
  for (const { email, name, roles, municipalities } of demoAccounts) {
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
    })
    const existing = docs[0]
    if (existing) {
      await payload.update({ collection: 'users', id: existing.id, data: { password } })
      userIds.set(email, existing.id)
      continue
    }
    const user = await payload.create({
      collection: 'users',
      data: {
        email,
        name,
        password,
        roles,
        municipalities: municipalities.map((slug) => ({ municipality: municipalityIds(slug) })),
        isDemoAccount: true,
      },
    })
    userIds.set(email, user.id)
    createdAccounts.push(email)
  }
  return { createdAccounts, userIds }
}

const ensureImages = async (payload: Payload, municipalityIds: MunicipalityIdOf) => {
  const imageIds = new Map<DemoImageKey, Id>()
  let createdImages = 0
  for (const [key, image] of Object.entries(demoImages) as [DemoImageKey, DemoImage][]) {
    const filename = `demo-${key}.png`
    const { docs } = await payload.find({
      collection: 'media',
      where: { or: [{ filename: { equals: filename } }, { alt: { equals: image.alt.nl } }] },
      locale: 'nl',
      limit: 1,
      depth: 0,
    })
    if (docs[0]) {
      imageIds.set(key, docs[0].id)
      continue
    }
    const data = await renderImage(image)
    const media = await payload.create({
      collection: 'media',
      locale: 'nl',
      data: {
        alt: image.alt.nl,
        credit: 'Demobeeld Samen Veilig',
        municipality: municipalityIds(image.municipality),
      },
      file: { data, mimetype: 'image/png', name: filename, size: data.length },
    })
    for (const [locale, alt] of Object.entries(image.alt) as [Locale, string][]) {
      if (locale === 'nl') continue
      await payload.update({ collection: 'media', id: media.id, locale, data: { alt } })
    }
    imageIds.set(key, media.id)
    createdImages += 1
  }
  return { imageIds, createdImages }
}

/**
 * Blocks are created with their review state as-is (the workflow hook is skipped), with the dates
 * and reviewer the workflow would have recorded, so every state is there to look at.
 */
const ensureBuildingBlocks = async (
  payload: Payload,
  {
    municipalityIds,
    imageIds,
    reviewerId,
  }: { municipalityIds: MunicipalityIdOf; imageIds: Map<DemoImageKey, Id>; reviewerId: Id },
) => {
  const context = { skipReviewWorkflow: true }
  let createdBlocks = 0
  for (const [index, block] of demoBlocks.entries()) {
    const { docs } = await payload.find({
      collection: 'building-blocks',
      where: { title: { equals: block.nl.title } },
      locale: 'nl',
      limit: 1,
      depth: 0,
    })
    if (docs[0]) continue
    const isSubmitted = block.reviewStatus !== 'draft'
    const isReviewed = block.reviewStatus === 'approved' || block.reviewStatus === 'returned'
    const created = await payload.create({
      collection: 'building-blocks',
      locale: 'nl',
      context,
      data: {
        ...localizedFields(block.nl, 'nl'),
        municipality: municipalityIds(block.municipality),
        kind: block.kind,
        eventDate: block.eventDate,
        themes: block.themes,
        audiences: block.audiences,
        image: block.image ? imageIds.get(block.image) : undefined,
        link: block.linkUrl ? { url: block.linkUrl, label: block.nl.linkLabel } : undefined,
        validFrom: block.validFrom,
        validUntil: block.validUntil,
        reviewStatus: block.reviewStatus,
        reviewFeedback: block.reviewFeedback,
        submittedAt: isSubmitted ? daysAgo(12 - (index % 10)) : undefined,
        reviewedAt: isReviewed ? daysAgo(10 - (index % 10)) : undefined,
        reviewedBy: isReviewed ? reviewerId : undefined,
      },
    })
    for (const [locale, text] of Object.entries(block.translations ?? {}) as [
      Locale,
      BlockText,
    ][]) {
      await payload.update({
        collection: 'building-blocks',
        id: created.id,
        locale,
        context,
        data: localizedFields(text, locale),
      })
    }
    createdBlocks += 1
  }
  return createdBlocks
}

const localizedFields = ({ title, summary, body, linkLabel }: BlockText, locale: Locale) => ({
  title,
  summary,
  body: richText(body, directionOf(locale)),
  ...(linkLabel ? { link: { label: linkLabel } } : {}),
})

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString()

/**
 * A flat, recognisable picture: coloured field, a few circles, a little house and a label. Text and
 * house stay within x 200-1400, so the 3:2 card crop does not cut them off.
 */
const renderImage = async ({ lines, background, accent }: DemoImage) => {
  const width = 1600
  const height = 900
  const fontSize = 88
  const lineHeight = fontSize * 1.1
  const firstBaseline = height - 150 - (lines.length - 1) * lineHeight
  const label = lines
    .map(
      (line, index) =>
        `<text x="200" y="${firstBaseline + index * lineHeight}" font-size="${fontSize}" font-weight="700">${escapeHtml(line)}</text>`,
    )
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="${width}" height="${height}" fill="${background}"/>
  <circle cx="1360" cy="170" r="300" fill="${accent}" fill-opacity="0.18"/>
  <circle cx="300" cy="150" r="90" fill="${accent}" fill-opacity="0.3"/>
  <circle cx="980" cy="780" r="140" fill="${accent}" fill-opacity="0.12"/>
  <g fill="none" stroke="${accent}" stroke-width="18" stroke-linejoin="round">
    <polygon points="1060,390 1230,250 1400,390"/>
    <rect x="1095" y="390" width="270" height="210"/>
    <rect x="1195" y="490" width="70" height="110"/>
  </g>
  <g font-family="DejaVu Sans, Arial, sans-serif" fill="#ffffff">
    ${label}
    <text x="204" y="${height - 80}" font-size="34" fill-opacity="0.85">Samen Veilig · regio Arnhem-Achterhoek</text>
  </g>
</svg>`
  return cappedSharp(Buffer.from(svg)).png().toBuffer()
}
