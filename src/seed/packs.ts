import type { Payload } from 'payload'

import type { PackPoint } from '@/fields/taxonomy'
import { directionOf } from '@/i18n'
import { escapeHtml } from '@/lib/html'
import { cappedSharp } from '@/lib/images'

import { clubsTemplate } from './data/packs/clubs'
import { employersTemplate } from './data/packs/employers'
import { audienceInvitations, localTailorings } from './data/packs/local'
import type { LocalLogo, LocalTailoring } from './data/packs/local'
import { schoolsTemplate } from './data/packs/schools'
import { packLocales } from './data/packs/shared'
import type { PackLocale, TemplateContent } from './data/packs/shared'
import { volunteersTemplate } from './data/packs/volunteers'
import { richText } from './lexical'

/**
 * Demo communication packs: the four regional templates (published, in Dutch, English and Arabic)
 * and the packs the demo municipalities made from them, with a logo per municipality, plus one
 * pack that is still a draft. Idempotent and quick when everything is there: two queries.
 */

export const packTemplateContents: TemplateContent[] = [
  schoolsTemplate,
  employersTemplate,
  volunteersTemplate,
  clubsTemplate,
]

export { localTailorings }

type Id = number | string

export type DemoPacksResult = {
  createdTemplates: number
  createdPacks: number
  createdLogos: number
}

export const ensureDemoPacks = async (payload: Payload): Promise<DemoPacksResult> => {
  const templateIds = await ensureTemplates(payload)
  const { createdPacks, createdLogos } = await ensureLocalPacks(payload, templateIds.ids)
  return { createdTemplates: templateIds.created, createdPacks, createdLogos }
}

const translations = packLocales.filter((locale) => locale !== 'nl') as Exclude<PackLocale, 'nl'>[]

const ensureTemplates = async (payload: Payload) => {
  const { docs } = await payload.find({
    collection: 'pack-templates',
    draft: true,
    pagination: false,
    depth: 0,
    select: { audience: true },
  })
  const ids = new Map<string, Id>(docs.map((doc) => [doc.audience, doc.id]))
  let created = 0
  for (const content of packTemplateContents) {
    if (ids.has(content.audience)) continue
    ids.set(content.audience, await createTemplate(payload, content))
    created += 1
  }
  return { ids, created }
}

const templateFields = (content: TemplateContent, locale: PackLocale) => {
  const direction = directionOf(locale)
  return {
    title: content.title[locale],
    intro: richText(content.intro[locale], direction),
    sections: content.sections.map((section) => ({
      point: section.point,
      title: section.title[locale],
      body: richText(section.body[locale], direction),
    })),
    materials: content.materials.map((material) => ({
      kind: material.kind,
      schoolYearStart: material.schoolYearStart,
      title: material.title[locale],
      description: material.description[locale],
      body: richText(material.body[locale], direction),
    })),
  }
}

/** Array rows keep their ids across languages, so each translation lands on the same row. */
const withRowIds = <T>(rows: T[], existing: { id?: string | null }[] | null | undefined) =>
  rows.map((row, index) => ({ ...row, id: existing?.[index]?.id }))

const createTemplate = async (payload: Payload, content: TemplateContent) => {
  const template = await payload.create({
    collection: 'pack-templates',
    locale: 'nl',
    data: { ...templateFields(content, 'nl'), audience: content.audience, _status: 'published' },
  })
  for (const locale of translations) {
    const fields = templateFields(content, locale)
    await payload.update({
      collection: 'pack-templates',
      id: template.id,
      locale,
      data: {
        ...fields,
        sections: withRowIds(fields.sections, template.sections),
        materials: withRowIds(fields.materials, template.materials),
        _status: 'published',
      },
    })
  }
  return template.id
}

const ensureLocalPacks = async (payload: Payload, templateIds: Map<string, Id>) => {
  const [{ docs: packs }, { docs: municipalities }] = await Promise.all([
    payload.find({
      collection: 'communication-packs',
      draft: true,
      pagination: false,
      depth: 0,
      select: { municipality: true, audience: true },
    }),
    payload.find({
      collection: 'municipalities',
      where: { slug: { in: localTailorings.map(({ municipality }) => municipality) } },
      pagination: false,
      depth: 0,
      select: { slug: true, logo: true },
    }),
  ])
  const existing = new Set(packs.map((pack) => `${idOf(pack.municipality)}|${pack.audience}`))
  let createdPacks = 0
  let createdLogos = 0
  for (const tailoring of localTailorings) {
    const municipality = municipalities.find(({ slug }) => slug === tailoring.municipality)
    if (!municipality) {
      throw new Error(
        `Gemeente "${tailoring.municipality}" ontbreekt; de referentiegegevens zijn niet geladen.`,
      )
    }
    if (tailoring.logo && !municipality.logo) {
      const logoId = await ensureLogo(payload, tailoring, tailoring.logo, municipality.id)
      await payload.update({
        collection: 'municipalities',
        id: municipality.id,
        data: { logo: logoId },
      })
      createdLogos += 1
    }
    for (const pack of tailoring.packs) {
      if (existing.has(`${municipality.id}|${pack.audience}`)) continue
      const templateId = templateIds.get(pack.audience)
      if (templateId === undefined) continue
      await createPack(payload, { tailoring, pack, municipalityId: municipality.id, templateId })
      createdPacks += 1
    }
  }
  return { createdPacks, createdLogos }
}

const createPack = async (
  payload: Payload,
  {
    tailoring,
    pack,
    municipalityId,
    templateId,
  }: {
    tailoring: LocalTailoring
    pack: LocalTailoring['packs'][number]
    municipalityId: Id
    templateId: Id
  },
) => {
  const isDraft = pack.status === 'draft'
  const template = await payload.findByID({
    collection: 'pack-templates',
    id: templateId,
    locale: 'nl',
    depth: 0,
  })
  const localFields = (locale: PackLocale) => ({
    title: `${packTemplateContents.find(({ audience }) => audience === pack.audience)?.title[locale]} ${inMunicipality[locale]} ${tailoring.name[locale]}`,
    introduction: richText(
      [
        { paragraph: tailoring.welcome[locale] },
        { paragraph: audienceInvitations[pack.audience][locale] },
      ],
      directionOf(locale),
    ),
    routeNote: pack.routeNote?.[locale],
  })
  const choiceFor = (point: PackPoint, locale: PackLocale) => {
    const note = pack.localNotes?.[point]?.[locale]
    return {
      include: !(pack.leaveOut ?? []).includes(point),
      localNote: note ? richText(note, directionOf(locale)) : undefined,
    }
  }
  const created = await payload.create({
    collection: 'communication-packs',
    locale: 'nl',
    draft: isDraft,
    data: {
      ...localFields('nl'),
      municipality: municipalityId as number,
      template: templateId as number,
      sectionChoices: (template.sections ?? []).map((section) => ({
        sectionId: String(section.id),
        ...choiceFor(section.point, 'nl'),
      })),
      _status: pack.status,
    },
  })
  const pointOf = new Map(
    (template.sections ?? []).map((section) => [String(section.id), section.point]),
  )
  for (const locale of translations) {
    await payload.update({
      collection: 'communication-packs',
      id: created.id,
      locale,
      draft: isDraft,
      data: {
        ...localFields(locale),
        sectionChoices: (created.sectionChoices ?? []).map((choice) => ({
          ...choice,
          ...choiceFor(pointOf.get(choice.sectionId) ?? 'other', locale),
        })),
        _status: pack.status,
      },
    })
  }
}

/** "Communicatiepakket voor scholen in Arnhem": the admin lists packs by title. */
const inMunicipality: Record<PackLocale, string> = { nl: 'in', en: 'in', ar: 'في' }

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: Id }).id : value

const ensureLogo = async (
  payload: Payload,
  tailoring: LocalTailoring,
  logo: LocalLogo,
  municipalityId: Id,
) => {
  const filename = `logo-${tailoring.municipality}.png`
  const { docs } = await payload.find({
    collection: 'media',
    where: { filename: { equals: filename } },
    limit: 1,
    depth: 0,
  })
  if (docs[0]) return docs[0].id
  const data = await renderLogo(tailoring.name.nl, logo)
  const alt = {
    nl: `Logo van de gemeente ${tailoring.name.nl} (demo)`,
    en: `Logo of the municipality of ${tailoring.name.en} (demo)`,
    ar: `شعار بلدية ${tailoring.name.ar} (نموذج تجريبي)`,
  } satisfies Record<PackLocale, string>
  const media = await payload.create({
    collection: 'media',
    locale: 'nl',
    data: { alt: alt.nl, credit: 'Demobeeld Samen Veilig', municipality: municipalityId as number },
    file: { data, mimetype: 'image/png', name: filename, size: data.length },
  })
  for (const locale of translations) {
    await payload.update({ collection: 'media', id: media.id, locale, data: { alt: alt[locale] } })
  }
  return media.id
}

/** A plain demo logo: the initial in a circle and the municipality's name, in two colours. */
const renderLogo = async (name: string, { initials, background, accent }: LocalLogo) => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200" viewBox="0 0 600 200">
  <rect width="600" height="200" fill="#ffffff"/>
  <circle cx="100" cy="100" r="80" fill="${background}"/>
  <circle cx="100" cy="100" r="68" fill="none" stroke="${accent}" stroke-width="6"/>
  <g font-family="DejaVu Sans, Arial, sans-serif" font-weight="700">
    <text x="100" y="128" font-size="84" text-anchor="middle" fill="${accent}">${escapeHtml(initials)}</text>
    <text x="210" y="92" font-size="30" fill="#555555" font-weight="400">Gemeente</text>
    <text x="208" y="142" font-size="52" fill="${background}">${escapeHtml(name)}</text>
  </g>
</svg>`
  return cappedSharp(Buffer.from(svg)).png().toBuffer()
}
