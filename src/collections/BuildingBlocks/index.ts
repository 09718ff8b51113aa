import type { CollectionConfig, PayloadRequest } from 'payload'

import { approvedOrEditor } from '@/access/approvedOrEditor'
import { isEditor, isEditorField } from '@/access/isEditor'
import { isRegionalField } from '@/access/isRegional'
import {
  refreshMediaPublicityAfterChange,
  refreshMediaPublicityAfterDelete,
} from '@/collections/Media/publicity'
import { label, staticLabel } from '@/fields/labels'
import { mediaUpload } from '@/fields/mediaUpload'
import { selectFromList } from '@/fields/selectFromList'
import { audiences, buildingBlockKinds, reviewStatuses, themes } from '@/fields/taxonomy'
import { assignOnlyMunicipality } from '@/hooks/assignOnlyMunicipality'
import { adminT } from '@/i18n/admin'

import { applyReviewTransition } from './hooks/applyReviewTransition'

/**
 * When a block was submitted and reviewed, and by whom: written only by the review transition
 * (applyReviewTransition, after field access has run), read only by the editorial roles.
 */
const reviewRecordAccess = { read: isEditorField, create: () => false, update: () => false }

/**
 * A bouwsteen: content a municipality contributes for the newsletter and packs. It goes
 * concept -> ingediend -> goedgekeurd | teruggestuurd; only the regional roles decide.
 */
export const BuildingBlocks: CollectionConfig = {
  slug: 'building-blocks',
  labels: {
    singular: label('custom:buildingBlocks:buildingBlock'),
    plural: label('custom:buildingBlocks:buildingBlocks'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'municipality', 'reviewStatus', 'updatedAt'],
    listSearchableFields: ['title', 'summary'],
    group: staticLabel('custom:groups:content'),
    components: {
      beforeListTable: ['/collections/BuildingBlocks/components/ReviewQueue#ReviewQueue'],
    },
    description: label('custom:buildingBlocks:buildingBlocksMunicipalitiesContributeNewsletter'),
  },
  access: {
    read: approvedOrEditor,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
    readVersions: isEditor,
  },
  versions: { maxPerDoc: 50 },
  hooks: {
    beforeValidate: [assignOnlyMunicipality],
    beforeChange: [applyReviewTransition],
    afterChange: [refreshMediaPublicityAfterChange],
    afterDelete: [refreshMediaPublicityAfterDelete],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: label('custom:buildingBlocks:title'),
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 400,
      label: label('custom:buildingBlocks:summary'),
      admin: { description: label('custom:buildingBlocks:oneThreeSentencesNewsletter') },
    },
    {
      name: 'body',
      type: 'richText',
      localized: true,
      label: label('custom:buildingBlocks:body'),
    },
    {
      type: 'row',
      fields: [
        selectFromList(buildingBlockKinds, {
          name: 'kind',
          required: true,
          defaultValue: 'news',
          label: label('custom:buildingBlocks:kind'),
        }),
        {
          name: 'eventDate',
          type: 'date',
          label: label('custom:buildingBlocks:eventDate'),
          admin: {
            condition: (_, siblingData) => siblingData?.kind === 'event',
            date: { pickerAppearance: 'dayAndTime' },
          },
        },
      ],
    },
    selectFromList(themes, {
      name: 'themes',
      hasMany: true,
      label: label('custom:buildingBlocks:themesStartingPointsPreconditions'),
    }),
    selectFromList(audiences, {
      name: 'audiences',
      hasMany: true,
      label: label('custom:buildingBlocks:audiences'),
    }),
    mediaUpload({
      name: 'image',
      label: label('custom:buildingBlocks:image'),
    }),
    {
      name: 'link',
      type: 'group',
      label: label('custom:buildingBlocks:link'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'url',
              type: 'text',
              label: label('custom:buildingBlocks:url'),
              validate: (value: unknown, { req }: { req: PayloadRequest }) =>
                !value ||
                /^https?:\/\/[^\s]+$/i.test(String(value)) ||
                adminT(req)('custom:buildingBlocks:validation:invalidUrl'),
            },
            {
              name: 'label',
              type: 'text',
              localized: true,
              label: label('custom:buildingBlocks:linkText'),
            },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'validFrom', type: 'date', label: label('custom:buildingBlocks:validFrom') },
        {
          name: 'validUntil',
          type: 'date',
          label: label('custom:buildingBlocks:validUntil'),
          validate: (
            value: unknown,
            { req, siblingData }: { req: PayloadRequest; siblingData: Record<string, unknown> },
          ) =>
            !value ||
            !siblingData?.validFrom ||
            new Date(String(value)) >= new Date(String(siblingData.validFrom)) ||
            adminT(req)('custom:buildingBlocks:validation:endBeforeStart'),
        },
      ],
    },
    selectFromList(reviewStatuses, {
      name: 'reviewStatus',
      required: true,
      defaultValue: 'draft',
      index: true,
      label: label('custom:buildingBlocks:review'),
      admin: {
        position: 'sidebar',
        description: label('custom:buildingBlocks:setSubmittedBlockReadyOnly'),
      },
    }),
    {
      name: 'reviewFeedback',
      type: 'textarea',
      label: label('custom:buildingBlocks:feedbackRegionalEditors'),
      access: { read: isEditorField, create: isRegionalField, update: isRegionalField },
      admin: {
        position: 'sidebar',
        description: label('custom:buildingBlocks:requiredReturningShouldChange'),
      },
    },
    {
      name: 'submittedAt',
      type: 'date',
      access: reviewRecordAccess,
      label: label('custom:buildingBlocks:submittedAt'),
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'reviewedAt',
      type: 'date',
      access: reviewRecordAccess,
      label: label('custom:buildingBlocks:reviewedAt'),
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'reviewedBy',
      type: 'relationship',
      relationTo: 'users',
      access: reviewRecordAccess,
      label: label('custom:buildingBlocks:reviewedBy'),
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
