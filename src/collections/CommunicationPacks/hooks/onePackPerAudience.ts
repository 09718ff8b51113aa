import { getTranslation } from '@payloadcms/translations'
import { ValidationError } from 'payload'
import type { CollectionBeforeValidateHook } from 'payload'

import { adminT } from '@/i18n/admin'
import { idsOf } from '@/lib/ids'
import { audienceByValue } from '@/portal/packs'

/**
 * A municipality has one pack per audience (the database enforces it too). Saying so before the
 * database refuses gives the editor a sentence instead of "value must be unique", and points to
 * the pack to change.
 */
export const onePackPerAudience: CollectionBeforeValidateHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const [templateId] = idsOf([data?.template ?? originalDoc?.template])
  const [municipalityId] = idsOf([data?.municipality ?? originalDoc?.municipality])
  if (templateId === undefined || municipalityId === undefined) return data
  const template = await req.payload
    .findByID({
      collection: 'pack-templates',
      id: templateId,
      draft: true,
      depth: 0,
      select: { audience: true },
      overrideAccess: true,
      req,
    })
    .catch(() => null)
  if (!template?.audience) return data
  const { totalDocs } = await req.payload.count({
    collection: 'communication-packs',
    where: {
      and: [
        { municipality: { equals: municipalityId } },
        { audience: { equals: template.audience } },
        ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    overrideAccess: true,
    req,
  })
  if (totalDocs === 0) return data

  const municipality = await req.payload
    .findByID({
      collection: 'municipalities',
      id: municipalityId,
      depth: 0,
      overrideAccess: true,
      req,
    })
    .catch(() => null)
  const audience = audienceByValue(template.audience)
  const error = new ValidationError({
    collection: 'communication-packs',
    req,
    errors: [
      {
        path: 'template',
        message: adminT(req)('custom:communicationPacks:onePackPerAudience', {
          audience: (audience
            ? getTranslation(audience.label, req.i18n)
            : template.audience
          ).toLowerCase(),
          municipality: municipality?.name ?? String(municipalityId),
        }),
      },
    ],
  })
  // The admin's toast shows the error's own message: make that the sentence, not "invalid field".
  error.message = error.data.errors[0]!.message
  throw error
}
