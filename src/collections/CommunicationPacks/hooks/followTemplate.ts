import type { CollectionBeforeChangeHook } from 'payload'

import { idsOf } from '@/lib/ids'

type Choice = {
  id?: string | null
  sectionId: string
  heading?: string | null
  include?: boolean | null
}

/**
 * Keeps a pack in step with its template: the audience follows the template, every template
 * section gets a choice (new ones switched on), choices for removed sections go.
 */
export const followTemplate: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const [templateId] = idsOf([data.template ?? originalDoc?.template])
  if (templateId === undefined) return data
  // Headings are read in Dutch. Passing a locale with `req` changes `req.locale` for the rest of
  // the save, which would store an English or Arabic edit in Dutch: put it back afterwards.
  const { locale, fallbackLocale } = req
  const template = await req.payload
    .findByID({
      collection: 'pack-templates',
      id: templateId,
      draft: false,
      locale: 'nl',
      depth: 0,
      overrideAccess: true,
      req,
    })
    .finally(() => {
      req.locale = locale
      req.fallbackLocale = fallbackLocale
    })
  const existing: Choice[] = (data.sectionChoices ?? originalDoc?.sectionChoices ?? []) as Choice[]
  const bySection = new Map(existing.map((choice) => [choice.sectionId, choice]))
  return {
    ...data,
    audience: template.audience,
    sectionChoices: (template.sections ?? []).map((section) => {
      const choice = bySection.get(String(section.id))
      return {
        ...choice,
        sectionId: String(section.id),
        heading: section.title,
        include: choice?.include ?? true,
      }
    }),
  }
}
