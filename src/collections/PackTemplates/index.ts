import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { isRegional } from '@/access/isRegional'
import { label } from '@/fields/labels'
import { selectFromList } from '@/fields/selectFromList'
import { materialKinds, packAudiences, packPoints } from '@/fields/taxonomy'
import { revalidatePortalAfterChange, revalidatePortalAfterDelete } from '@/portal/revalidate'
import { packTemplatePreview } from '@/portal/previewUrl'
import { oneTemplatePerAudience } from './hooks/oneTemplatePerAudience'

/**
 * The regional communication pack for one audience (schools, employers, volunteer organisations,
 * (sports) clubs): sections along the four points of the regional approach and downloadable
 * materials. The regional adviser keeps them; each municipality tailors its own pack from one.
 */
export const PackTemplates: CollectionConfig = {
  slug: 'pack-templates',
  labels: {
    singular: label('Pakketsjabloon', 'Pack template'),
    plural: label('Pakketsjablonen (regio)', 'Pack templates (region)'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'audience', '_status', 'updatedAt'],
    group: label('Communicatiepakketten', 'Communication packs'),
    description: label(
      'Eén regionaal sjabloon per doelgroep, met de vier vaste punten en materialen. Gemeenten maken er hun eigen pakket van.',
      'One regional template per audience, with the four fixed points and materials. Municipalities tailor their own pack from it.',
    ),
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
    afterChange: [revalidatePortalAfterChange],
    afterDelete: [revalidatePortalAfterDelete],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: label('Titel', 'Title'),
    },
    selectFromList(packAudiences, {
      name: 'audience',
      required: true,
      unique: true,
      index: true,
      label: label('Doelgroep', 'Audience'),
    }),
    {
      name: 'intro',
      type: 'richText',
      localized: true,
      label: label('Inleiding', 'Introduction'),
    },
    {
      name: 'sections',
      type: 'array',
      label: label('Onderdelen', 'Sections'),
      labels: { singular: label('Onderdeel', 'Section'), plural: label('Onderdelen', 'Sections') },
      admin: {
        description: label(
          'De vier punten uit de regioaanpak: landelijke campagnes, meldcode en verwijsindex, de norm, hulp dichtbij.',
          'The four points of the regional approach: national campaigns, reporting code and referral index, the norm, help nearby.',
        ),
      },
      fields: [
        selectFromList(packPoints, {
          name: 'point',
          required: true,
          label: label('Punt', 'Point'),
        }),
        {
          name: 'title',
          type: 'text',
          required: true,
          localized: true,
          label: label('Titel', 'Title'),
        },
        { name: 'body', type: 'richText', localized: true, label: label('Tekst', 'Body') },
      ],
    },
    {
      name: 'materials',
      type: 'array',
      label: label('Materialen', 'Materials'),
      labels: {
        singular: label('Materiaal', 'Material'),
        plural: label('Materialen', 'Materials'),
      },
      fields: [
        {
          type: 'row',
          fields: [
            selectFromList(materialKinds, {
              name: 'kind',
              required: true,
              defaultValue: 'other',
              label: label('Soort', 'Kind'),
            }),
            {
              name: 'schoolYearStart',
              type: 'checkbox',
              defaultValue: false,
              label: label(
                'Hoort bij de start van het schooljaar',
                'Part of the start-of-school-year set',
              ),
            },
          ],
        },
        {
          name: 'title',
          type: 'text',
          required: true,
          localized: true,
          label: label('Titel', 'Title'),
        },
        {
          name: 'description',
          type: 'textarea',
          localized: true,
          label: label('Korte omschrijving', 'Short description'),
        },
        {
          name: 'body',
          type: 'richText',
          localized: true,
          label: label('Tekst (komt ook in de pdf)', 'Text (also in the PDF)'),
        },
        {
          name: 'file',
          type: 'upload',
          relationTo: 'media',
          localized: true,
          label: label('Bestand om te downloaden (per taal)', 'File to download (per language)'),
        },
      ],
    },
  ],
}
