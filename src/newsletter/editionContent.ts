import type { Payload, PayloadRequest } from 'payload'

import { defaultLocale } from '@/i18n'
import type { Locale } from '@/i18n'
import { publicUrl } from '@/lib/env'
import type { BuildingBlock, Media, Municipality } from '@/payload-types'

import type { EditionBlock, EditionContent, EmailImage } from '../../emails/types'
import { blockIdsOf } from './editionBlocks'

type Localized<T> = Partial<Record<Locale, T>>

/** A building block read with `locale: 'all'`: every localized field holds all its languages. */
type BlockInAllLanguages = Omit<BuildingBlock, 'title' | 'summary' | 'body' | 'link' | 'image'> & {
  title: Localized<string>
  summary?: Localized<string> | null
  body?: Localized<unknown> | null
  link?: { url?: string | null; label?: Localized<string> | null } | null
  image?: (Omit<Media, 'alt'> & { alt: Localized<string> }) | number | string | null
}

/**
 * Everything the e-mail of one edition shows in one language, read once and handed to the
 * renderer as plain data. Only approved blocks are included; a block without a translation falls
 * back to Dutch and says so.
 */
export const loadEditionContent = async ({
  payload,
  id,
  locale,
  isDraft = true,
  req,
}: {
  payload: Payload
  id: string | number
  locale: Locale
  isDraft?: boolean
  req?: Partial<PayloadRequest>
}): Promise<EditionContent> => {
  const edition = await payload.findByID({
    collection: 'newsletter-editions',
    id,
    locale,
    fallbackLocale: defaultLocale,
    draft: isDraft,
    depth: 1,
    req,
  })
  const ids = blockIdsOf(edition.sections)
  const { docs } = ids.length
    ? await payload.find({
        collection: 'building-blocks',
        where: { and: [{ id: { in: ids } }, { reviewStatus: { equals: 'approved' } }] },
        locale: 'all',
        depth: 1,
        limit: ids.length,
        pagination: false,
        req,
      })
    : { docs: [] }
  const blocksById = new Map(
    (docs as unknown as BlockInAllLanguages[]).map((block) => [String(block.id), block]),
  )

  const sections = (edition.sections ?? [])
    .map((section) => ({
      heading: section.heading ?? undefined,
      blocks: blockIdsOf([section])
        .map((blockId) => blocksById.get(String(blockId)))
        .filter((block): block is BlockInAllLanguages => Boolean(block))
        .map((block) => toEditionBlock(block, locale)),
    }))
    .filter((section) => section.blocks.length > 0)

  const intro = edition.intro ?? undefined
  const campaignMoment =
    typeof edition.campaignMoment === 'object' ? edition.campaignMoment?.name : undefined
  return {
    id: edition.id,
    locale,
    title: edition.title,
    intro,
    preheader: edition.preheader || shorten(intro ?? edition.title, 140),
    sections,
    campaignMoment: campaignMoment ?? undefined,
    webVersionUrl: `${publicUrl()}/${locale}/archief/${edition.id}`,
  }
}

const toEditionBlock = (block: BlockInAllLanguages, locale: Locale): EditionBlock => {
  const title = inLanguage(block.title, locale)
  const isInDutchFallback = locale !== defaultLocale && !block.title?.[locale]
  const municipality = block.municipality as Municipality | number | null | undefined
  return {
    id: block.id,
    kind: block.kind,
    title: title ?? '',
    summary: inLanguage(block.summary, locale) ?? undefined,
    body: inLanguage(block.body, locale) ?? undefined,
    image: emailImage(block.image, locale),
    link: block.link?.url
      ? { url: block.link.url, label: inLanguage(block.link.label, locale) ?? undefined }
      : undefined,
    eventDate: block.eventDate ?? undefined,
    municipalityName: typeof municipality === 'object' && municipality ? municipality.name : '',
    isInDutchFallback,
  }
}

const inLanguage = <T>(value: Localized<T> | null | undefined, locale: Locale): T | undefined =>
  value?.[locale] ?? value?.[defaultLocale]

const emailImage = (
  image: BlockInAllLanguages['image'],
  locale: Locale,
): EmailImage | undefined => {
  if (!image || typeof image !== 'object') return undefined
  const email = image.sizes?.email
  const retina = image.sizes?.emailRetina
  const source = email?.url ? email : image
  if (!source.url || !source.width || !source.height) return undefined
  return {
    url: absolute(source.url),
    retinaUrl: retina?.url ? absolute(retina.url) : undefined,
    alt: inLanguage(image.alt, locale) ?? '',
    width: source.width,
    height: source.height,
  }
}

const absolute = (url: string) => new URL(url, `${publicUrl()}/`).toString()

const shorten = (text: string, length: number) =>
  text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`
