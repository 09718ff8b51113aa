import { getTranslation } from '@payloadcms/translations'
import { ValidationError } from 'payload'
import type { CollectionBeforeValidateHook } from 'payload'

import { adminT } from '@/i18n/admin'
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
  const label = audienceByValue(audience)?.label ?? audience
  const error = new ValidationError({
    collection: 'pack-templates',
    req,
    errors: [
      {
        path: 'audience',
        message: adminT(req)('custom:packTemplates:oneTemplatePerAudience', {
          audience: getTranslation(label, req.i18n).toLowerCase(),
        }),
      },
    ],
  })
  // The admin's toast shows the error's own message: make that the sentence, not "invalid field".
  error.message = error.data.errors[0]!.message
  throw error
}
