import type { Payload } from 'payload'

import { packAudiences } from '@/fields/taxonomy'
import type { PackAudience } from '@/fields/taxonomy'
import type { Locale } from '@/i18n'
import type { CommunicationPack, Media, Municipality, PackTemplate, Region } from '@/payload-types'
import { routeToHelpOf } from '@/reference/routeToHelp'
import type { LocalRouteToHelp } from '@/reference/routeToHelp'

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
  /** The local team and designated officer: null until the municipality has checked them. */
  local: LocalRouteToHelp | null
  veiligThuis?: Region['veiligThuis']
  referralIndex?: Region['referralIndex']
  routeNote?: string | null
}

export type PackView = {
  /** The tailored pack's id, or `regional-<template id>` for the regional version. */
  packId: number | string
  /** Changes with every save of the pack or its template: part of cache keys (PDF). */
  version: string
  /** The visitor's language: of the page around the pack, its notices and the route to help. */
  locale: Locale
  /** The language of the pack's text: Dutch when the template is not translated into `locale`. */
  contentLocale: Locale
  /** No published pack of the municipality: the region's template, marked as such. */
  isRegional: boolean
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
 * The pack of one municipality for one audience in one language, so that no pack page is
 * missing: the municipality's published pack; else the region's published template with what is
 * known for certain about the municipality (`isRegional`); in a language the template has no
 * translation for, the Dutch text (`contentLocale: 'nl'`). Null only when the municipality, the
 * audience or a published template does not exist. `draft: true` (preview) reads the latest draft
 * of the municipality's own pack and never falls back.
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
  const contentLocale =
    draft || (await isTemplateTranslated(payload, { audience: audience.value, locale }))
      ? locale
      : 'nl'
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
    locale: contentLocale,
    fallbackLocale: 'nl',
    draft,
    depth: 2,
    limit: 1,
    // Templates are not public by themselves; the published filter above keeps drafts out.
    overrideAccess: true,
  })
  if (draft && !pack) return null
  const isTailored = Boolean(pack) && (draft || pack._status === 'published')
  const template = isTailored
    ? (pack.template as PackTemplate)
    : await publishedTemplateOf(payload, { audience: audience.value, locale: contentLocale })
  if (!template || typeof template !== 'object') return null
  // A template that was never published is regional work in progress: not on public pages.
  if (!draft && template._status !== 'published') return null
  const tailored = isTailored ? pack : null
  const region =
    municipality.region && typeof municipality.region === 'object' ? municipality.region : undefined

  const choices = new Map(
    (tailored?.sectionChoices ?? []).map((choice) => [choice.sectionId, choice]),
  )
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
    ...(tailored?.extraMaterials ?? []).map((material) => ({
      id: `extra-${material.id}`,
      kind: 'other',
      title: material.title,
      description: material.description,
      file: fileOf(material.file),
      schoolYearStart: false,
    })),
  ]

  const logoDoc = (tailored?.logo ?? municipality.logo) as Media | number | null | undefined
  const route = publicRouteOf(municipality, tailored?.routeNote)
  return {
    packId: tailored ? tailored.id : `regional-${template.id}`,
    // The route's status is part of it: a check that turns stale or is removed changes the PDF.
    version: `${tailored?.updatedAt ?? 'regional'}|${template.updatedAt}|${municipality.updatedAt}|${region?.updatedAt ?? ''}|${contentLocale}|${route.local ? 'local' : 'regional'}`,
    locale,
    contentLocale,
    isRegional: !tailored,
    audience: audience.value as PackAudience,
    audienceSlug: audience.slug,
    title: tailored?.title || template.title,
    municipality: { id: municipality.id, name: municipality.name, slug: municipality.slug },
    logo:
      logoDoc && typeof logoDoc === 'object' && logoDoc.url
        ? { url: logoDoc.url, alt: logoDoc.alt, width: logoDoc.width, height: logoDoc.height }
        : null,
    templateIntro: template.intro,
    introduction: tailored?.introduction,
    howItWorks: municipality.howItWorks,
    sections,
    materials,
    route,
  }
}

/**
 * The local route to help from the municipality's record and its region's (Veilig Thuis, the
 * referral index), with a pack's own addition: what the municipality page and every pack show.
 */
export const publicRouteOf = (
  municipality: Municipality & { region?: Region | number | null },
  routeNote?: string | null,
): RouteToHelp => {
  const region =
    municipality.region && typeof municipality.region === 'object' ? municipality.region : undefined
  return {
    // Unchecked local fields may hold placeholders: they never reach a page, the PDF or a mail.
    local: routeToHelpOf(municipality).local,
    veiligThuis: region?.veiligThuis,
    referralIndex: region?.referralIndex,
    routeNote,
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

/**
 * Every audience with a page for a municipality (for its page and the home page): a published
 * pack of its own, or else the regional version when the region published the template.
 */
export const packAudiencesOf = async (payload: Payload, municipalityId: number | string) => {
  const [{ docs: packs }, templates] = await Promise.all([
    payload.find({
      collection: 'communication-packs',
      where: {
        and: [{ municipality: { equals: municipalityId } }, { _status: { equals: 'published' } }],
      },
      depth: 0,
      pagination: false,
      select: { audience: true },
    }),
    publishedTemplates(payload),
  ])
  return packAudiences
    .map(({ slug, value }) => ({
      slug,
      value,
      isRegional: !packs.some((doc) => doc.audience === value),
    }))
    .filter(({ value, isRegional }) => !isRegional || templates.has(value))
}

/** The audiences the region has published a template for. */
export const publishedTemplates = async (payload: Payload) => {
  const { docs } = await payload.find({
    collection: 'pack-templates',
    where: { _status: { equals: 'published' } },
    depth: 0,
    pagination: false,
    select: { audience: true },
    overrideAccess: true,
  })
  return new Set<string>(docs.map((doc) => doc.audience))
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

const publishedTemplateOf = async (
  payload: Payload,
  {
    audience,
    locale,
    hasFallback = true,
  }: { audience: string; locale: Locale; hasFallback?: boolean },
) => {
  const {
    docs: [template],
  } = await payload.find({
    collection: 'pack-templates',
    where: { and: [{ audience: { equals: audience } }, { _status: { equals: 'published' } }] },
    locale,
    fallbackLocale: hasFallback ? 'nl' : false,
    depth: 1,
    limit: 1,
    overrideAccess: true,
  })
  return (template as PackTemplate | undefined) ?? null
}

/**
 * Whether the region translated the published template into the language: its title there,
 * without falling back to Dutch. Dutch is always there.
 */
const isTemplateTranslated = async (
  payload: Payload,
  { audience, locale }: { audience: string; locale: Locale },
) =>
  locale === 'nl' ||
  Boolean((await publishedTemplateOf(payload, { audience, locale, hasFallback: false }))?.title)
