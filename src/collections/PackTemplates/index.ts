import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { isRegional } from '@/access/isRegional'
import {
  refreshMediaPublicityAfterChange,
  refreshMediaPublicityAfterDelete,
} from '@/collections/Media/publicity'
import { label, staticLabel } from '@/fields/labels'
import { mediaUpload } from '@/fields/mediaUpload'
import { selectFromList } from '@/fields/selectFromList'
import { materialKinds, packAudiences, packPoints } from '@/fields/taxonomy'
import { packTemplatePreview } from '@/portal/previewUrl'
import { revalidatePortalAfterChange, revalidatePortalAfterDelete } from '@/portal/revalidate'

import { oneTemplatePerAudience } from './hooks/oneTemplatePerAudience'

/**
 * The regional communication pack for one audience (schools, employers, volunteer organisations,
 * (sports) clubs): sections along the four points of the regional approach and downloadable
 * materials. The regional adviser keeps them; each municipality tailors its own pack from one.
 */
export const PackTemplates: CollectionConfig = {
  slug: 'pack-templates',
  labels: {
    singular: label('custom:packTemplates:packTemplate'),
    plural: label('custom:packTemplates:packTemplatesRegion'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'audience', '_status', 'updatedAt'],
    group: staticLabel('custom:groups:communicationPacks'),
    description: label('custom:packTemplates:oneRegionalTemplatePerAudience'),
    // Shown inside a municipality's pack made from it, with the latest drafts.
    preview: packTemplatePreview,
  },
  access: {
    read: isEditor,
    create: isRegional,
    update: isRegional,
    delete: isRegional,
    readVersions: isEditor,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: {
    beforeValidate: [oneTemplatePerAudience],
    afterChange: [revalidatePortalAfterChange, refreshMediaPublicityAfterChange],
    afterDelete: [revalidatePortalAfterDelete, refreshMediaPublicityAfterDelete],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: label('custom:packTemplates:title'),
    },
    selectFromList(packAudiences, {
      name: 'audience',
      required: true,
      unique: true,
      index: true,
      label: label('custom:packTemplates:audience'),
    }),
    {
      name: 'intro',
      type: 'richText',
      localized: true,
      label: label('custom:packTemplates:introduction'),
    },
    {
      name: 'sections',
      type: 'array',
      label: label('custom:packTemplates:sections'),
      labels: {
        singular: label('custom:packTemplates:section'),
        plural: label('custom:packTemplates:sections'),
      },
      admin: {
        description: label('custom:packTemplates:fourPointsRegionalApproachNational'),
      },
      fields: [
        selectFromList(packPoints, {
          name: 'point',
          required: true,
          label: label('custom:packTemplates:point'),
        }),
        {
          name: 'title',
          type: 'text',
          required: true,
          localized: true,
          label: label('custom:packTemplates:title'),
        },
        {
          name: 'body',
          type: 'richText',
          localized: true,
          label: label('custom:packTemplates:body'),
        },
      ],
    },
    {
      name: 'materials',
      type: 'array',
      label: label('custom:packTemplates:materials'),
      labels: {
        singular: label('custom:packTemplates:material'),
        plural: label('custom:packTemplates:materials'),
      },
      fields: [
        {
          type: 'row',
          fields: [
            selectFromList(materialKinds, {
              name: 'kind',
              required: true,
              defaultValue: 'other',
              label: label('custom:packTemplates:kind'),
            }),
            {
              name: 'schoolYearStart',
              type: 'checkbox',
              defaultValue: false,
              label: label('custom:packTemplates:partStartSchoolYearSet'),
            },
          ],
        },
        {
          name: 'title',
          type: 'text',
          required: true,
          localized: true,
          label: label('custom:packTemplates:title'),
        },
        {
          name: 'description',
          type: 'textarea',
          localized: true,
          label: label('custom:packTemplates:shortDescription'),
        },
        {
          name: 'body',
          type: 'richText',
          localized: true,
          label: label('custom:packTemplates:textAlsoPdf'),
        },
        mediaUpload({
          name: 'file',
          localized: true,
          label: label('custom:packTemplates:fileDownloadPerLanguage'),
        }),
      ],
    },
  ],
}
