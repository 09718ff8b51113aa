import type { Payload } from 'payload'

import { packAudiences } from '@/fields/taxonomy'
import type { PackAudience } from '@/fields/taxonomy'
import type { Locale } from '@/i18n'
import type { CommunicationPack, Media, Municipality, PackTemplate, Region } from '@/payload-types'

/**
 * The contract between the portal pages, the printable PDF and the monitor: everything a pack
 * page shows, in one language, resolved from the pack, its template and the municipality and
 * region records (the local route to help is never typed twice).
 */
export type RichText = CommunicationPack['introduction']

export type PackMaterial = {
  /** Stable within the pack: template material row id, or `extra-<row id>`. */
  id: string
  kind: string
  title: string
  description?: string | null
  body?: RichText
  file?: {
    url: string
    filename: string
    mimeType?: string | null
    filesize?: number | null
  } | null
  schoolYearStart: boolean
}

export type PackSection = {
  id: string
  point: string
  title: string
  body?: RichText
  localNote?: RichText
}

export type RouteToHelp = {
  localTeam: Municipality['localTeam']
  designatedOfficer: Municipality['designatedOfficer']
  veiligThuis?: Region['veiligThuis']
  referralIndex?: Region['referralIndex']
  routeNote?: string | null
  /** False while the municipality has not checked its contact details (placeholders). */
  contactDetailsChecked: boolean
}

export type PackView = {
  packId: number | string
  /** Changes with every save of the pack or its template: part of cache keys (PDF). */
  version: string
  locale: Locale
  audience: PackAudience
  audienceSlug: string
  title: string
  municipality: { id: number | string; name: string; slug: string }
  logo?: { url: string; alt: string; width?: number | null; height?: number | null } | null
  templateIntro?: RichText
  introduction?: RichText
  howItWorks?: RichText
  sections: PackSection[]
  materials: PackMaterial[]
  route: RouteToHelp
}

export const audienceBySlug = (slug: string) =>
  packAudiences.find((audience) => audience.slug === slug)
export const audienceByValue = (value: string) =>
  packAudiences.find((audience) => audience.value === value)

/**
 * The pack of one municipality for one audience in one language, or null when the municipality,
 * the audience or a published pack does not exist. `draft: true` (preview) reads the latest draft.
 */
export const loadPackView = async (
  payload: Payload,
  {
    municipalitySlug,
    audienceSlug,
    locale,
    draft = false,
  }: { municipalitySlug: string; audienceSlug: string; locale: Locale; draft?: boolean },
): Promise<PackView | null> => {
  const audience = audienceBySlug(audienceSlug)
  if (!audience) return null
  const municipality = await findMunicipality(payload, municipalitySlug, locale)
  if (!municipality) return null
  const {
    docs: [pack],
  } = await payload.find({
    collection: 'communication-packs',
    where: {
      and: [
        { municipality: { equals: municipality.id } },
        { audience: { equals: audience.value } },
        ...(draft ? [] : [{ _status: { equals: 'published' } }]),
      ],
    },
    locale,
    fallbackLocale: 'nl',
    draft,
    depth: 2,
    limit: 1,
    // Templates are not public by themselves; the published filter above keeps drafts out.
    overrideAccess: true,
  })
  if (!pack) return null
  if (!draft && pack._status !== 'published') return null
  const template = pack.template as PackTemplate
  if (!template || typeof template !== 'object') return null
  // A template that was never published is regional work in progress: not on public pages.
  if (!draft && template._status !== 'published') return null
  const region =
    municipality.region && typeof municipality.region === 'object' ? municipality.region : undefined

  const choices = new Map((pack.sectionChoices ?? []).map((choice) => [choice.sectionId, choice]))
  const sections: PackSection[] = (template.sections ?? [])
    .filter((section) => choices.get(String(section.id))?.include !== false)
    .map((section) => ({
      id: String(section.id),
      point: section.point,
      title: section.title,
      body: section.body,
      localNote: choices.get(String(section.id))?.localNote,
    }))

  const materials: PackMaterial[] = [
    ...(template.materials ?? []).map((material) => ({
      id: String(material.id),
      kind: material.kind,
      title: material.title,
      description: material.description,
      body: material.body,
      file: fileOf(material.file),
      schoolYearStart: Boolean(material.schoolYearStart),
    })),
    ...(pack.extraMaterials ?? []).map((material) => ({
      id: `extra-${material.id}`,
      kind: 'other',
      title: material.title,
      description: material.description,
      file: fileOf(material.file),
      schoolYearStart: false,
    })),
  ]

  const logoDoc = (pack.logo ?? municipality.logo) as Media | number | null | undefined
  return {
    packId: pack.id,
    version: `${pack.updatedAt}|${template.updatedAt}|${municipality.updatedAt}|${region?.updatedAt ?? ''}`,
    locale,
    audience: audience.value as PackAudience,
    audienceSlug: audience.slug,
    title: pack.title || template.title,
    municipality: { id: municipality.id, name: municipality.name, slug: municipality.slug },
    logo:
      logoDoc && typeof logoDoc === 'object' && logoDoc.url
        ? { url: logoDoc.url, alt: logoDoc.alt, width: logoDoc.width, height: logoDoc.height }
        : null,
    templateIntro: template.intro,
    introduction: pack.introduction,
    howItWorks: municipality.howItWorks,
    sections,
    materials,
    route: routeToHelpOf(municipality, pack.routeNote),
  }
}

/**
 * The local route to help from the municipality's record and its region's (Veilig Thuis, the
 * referral index), with a pack's own addition: what the municipality page and every pack show.
 */
export const routeToHelpOf = (
  municipality: Municipality & { region?: Region | number | null },
  routeNote?: string | null,
): RouteToHelp => {
  const region =
    municipality.region && typeof municipality.region === 'object' ? municipality.region : undefined
  return {
    localTeam: municipality.localTeam,
    designatedOfficer: municipality.designatedOfficer,
    veiligThuis: region?.veiligThuis,
    referralIndex: region?.referralIndex,
    routeNote,
    contactDetailsChecked: Boolean(municipality.contactDetailsChecked),
  }
}

/** A municipality by its slug, with its region, in one language; null when unknown. */
export const findMunicipality = async (payload: Payload, slug: string, locale: Locale) => {
  const {
    docs: [municipality],
  } = await payload.find({
    collection: 'municipalities',
    where: { slug: { equals: slug } },
    locale,
    fallbackLocale: 'nl',
    depth: 1,
    limit: 1,
  })
  return (municipality as (Municipality & { region: Region | number }) | undefined) ?? null
}

/** Which audiences a municipality has a published pack for (for its page and the home page). */
export const publishedAudiencesOf = async (payload: Payload, municipalityId: number | string) => {
  const { docs } = await payload.find({
    collection: 'communication-packs',
    where: {
      and: [{ municipality: { equals: municipalityId } }, { _status: { equals: 'published' } }],
    },
    depth: 0,
    pagination: false,
    select: { audience: true },
  })
  return packAudiences.filter(({ value }) => docs.some((doc) => doc.audience === value))
}

const fileOf = (value: unknown): PackMaterial['file'] => {
  if (!value || typeof value !== 'object') return null
  const media = value as Media
  if (!media.url || !media.filename) return null
  return {
    url: media.url,
    filename: media.filename,
    mimeType: media.mimeType,
    filesize: media.filesize,
  }
}
