import type { Access, CollectionConfig } from 'payload'

import { checkRole } from '@/access/checkRole'
import { isEditor } from '@/access/isEditor'
import {
  refreshMediaPublicityAfterChange,
  refreshMediaPublicityAfterDelete,
} from '@/collections/Media/publicity'
import { label, staticLabel } from '@/fields/labels'
import { mediaUpload } from '@/fields/mediaUpload'
import { assignOnlyMunicipality } from '@/hooks/assignOnlyMunicipality'
import { communicationPackPreview } from '@/portal/previewUrl'
import { revalidatePackAfterChange, revalidatePackAfterDelete } from '@/portal/revalidate'

import { followTemplate } from './hooks/followTemplate'
import { noDraftsForVisitors } from './hooks/noDraftsForVisitors'
import { onePackPerAudience } from './hooks/onePackPerAudience'

/** Visitors read published packs only; editors read their own drafts too (the plugin narrows). */
const publishedOrEditor: Access = ({ req: { user } }) => {
  if (checkRole(['admin', 'regio-redactie', 'gemeente-redactie'], user)) return true
  return { _status: { equals: 'published' } }
}

/**
 * A municipality's own pack for one audience, made from the regional template: "zo werkt het in
 * onze gemeente". The local route to help comes from the municipality and region records, so it
 * is never typed twice; the editor adds an introduction, picks sections and adds local material.
 */
export const CommunicationPacks: CollectionConfig = {
  slug: 'communication-packs',
  labels: {
    singular: label('custom:communicationPacks:communicationPack'),
    plural: label('custom:communicationPacks:communicationPacksMunicipality'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'municipality', 'audience', '_status', 'updatedAt'],
    group: staticLabel('custom:groups:communicationPacks'),
    description: label('custom:communicationPacks:yourMunicipalitysPackOneAudience'),
    // The public pack page showing the latest draft, for signed-in editors only.
    preview: communicationPackPreview,
  },
  access: {
    read: publishedOrEditor,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
    readVersions: isEditor,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  indexes: [{ fields: ['municipality', 'audience'], unique: true }],
  hooks: {
    beforeOperation: [noDraftsForVisitors],
    beforeValidate: [assignOnlyMunicipality, onePackPerAudience],
    beforeChange: [followTemplate],
    afterChange: [revalidatePackAfterChange, refreshMediaPublicityAfterChange],
    afterDelete: [revalidatePackAfterDelete, refreshMediaPublicityAfterDelete],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      label: label('custom:communicationPacks:title'),
      admin: {
        description: label('custom:communicationPacks:leaveEmptyUseTemplatesTitle'),
      },
    },
    {
      name: 'template',
      type: 'relationship',
      relationTo: 'pack-templates',
      required: true,
      // A template the region has not published yet is work in progress, not something to tailor.
      filterOptions: { _status: { equals: 'published' } },
      label: label('custom:communicationPacks:regionalTemplate'),
      admin: {
        description: label('custom:communicationPacks:pickTemplateAudienceYourMunicipality'),
      },
    },
    {
      name: 'audience',
      type: 'text',
      index: true,
      label: label('custom:communicationPacks:audience'),
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: label('custom:communicationPacks:followsFromTheTemplate'),
      },
    },
    {
      name: 'introduction',
      type: 'richText',
      localized: true,
      label: label('custom:communicationPacks:ownIntroduction'),
      admin: {
        description: label('custom:communicationPacks:howWorksOurMunicipalityWrite'),
      },
    },
    {
      name: 'sectionChoices',
      type: 'array',
      label: label('custom:communicationPacks:sectionsFromTheTemplate'),
      labels: {
        singular: label('custom:communicationPacks:section'),
        plural: label('custom:communicationPacks:sections'),
      },
      admin: {
        description: label('custom:communicationPacks:appearAfterFirstSaveChoose'),
        components: {
          RowLabel:
            '/collections/CommunicationPacks/components/SectionChoiceLabel#SectionChoiceLabel',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'heading',
              type: 'text',
              label: label('custom:communicationPacks:section'),
              admin: { readOnly: true },
            },
            {
              name: 'include',
              type: 'checkbox',
              defaultValue: true,
              label: label('custom:communicationPacks:use'),
            },
          ],
        },
        { name: 'sectionId', type: 'text', required: true, admin: { hidden: true } },
        {
          name: 'localNote',
          type: 'richText',
          localized: true,
          label: label('custom:communicationPacks:localAddition'),
        },
      ],
    },
    {
      name: 'extraMaterials',
      type: 'array',
      label: label('custom:communicationPacks:ownMaterials'),
      labels: {
        singular: label('custom:communicationPacks:material'),
        plural: label('custom:communicationPacks:materials'),
      },
      fields: [
        {
          name: 'title',
          type: 'text',
          required: true,
          localized: true,
          label: label('custom:communicationPacks:title'),
        },
        {
          name: 'description',
          type: 'textarea',
          localized: true,
          label: label('custom:communicationPacks:shortDescription'),
        },
        mediaUpload({
          name: 'file',
          required: true,
          label: label('custom:communicationPacks:file'),
        }),
      ],
    },
    mediaUpload({
      name: 'logo',
      label: label('custom:communicationPacks:logoOtherwiseTheMunicipalitys'),
      admin: { position: 'sidebar' },
    }),
    {
      name: 'routeNote',
      type: 'textarea',
      localized: true,
      label: label('custom:communicationPacks:additionRouteHelp'),
      admin: {
        description: label('custom:communicationPacks:localTeamVeiligThuisReferral'),
      },
    },
  ],
}
