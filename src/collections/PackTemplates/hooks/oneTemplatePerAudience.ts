import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { audienceByValue } from '@/portal/packs'

/** One regional template per audience: a sentence instead of the database's "value must be unique". */
export const oneTemplatePerAudience: CollectionBeforeValidateHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const audience = data?.audience ?? originalDoc?.audience
  if (typeof audience !== 'string' || audience === originalDoc?.audience) return data
  const { totalDocs } = await req.payload.count({
    collection: 'pack-templates',
    where: {
      and: [
        { audience: { equals: audience } },
        ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    overrideAccess: true,
    req,
  })
  if (totalDocs === 0) return data
  const label = audienceByValue(audience)?.label ?? { nl: audience, en: audience }
  const isEnglish = req.i18n?.language === 'en'
  const error = new ValidationError({
    collection: 'pack-templates',
    req,
    errors: [
      {
        path: 'audience',
        message: isEnglish
          ? `There already is a template for ${label.en.toLowerCase()}; edit that one.`
          : `Er is al een sjabloon voor ${label.nl.toLowerCase()}; pas dat aan.`,
      },
    ],
  })
  // The admin's toast shows the error's own message: make that the sentence, not "invalid field".
  error.message = error.data.errors[0]!.message
  throw error
}
