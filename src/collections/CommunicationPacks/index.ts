import type { Access, CollectionConfig } from 'payload'

import { checkRole } from '@/access/checkRole'
import { isEditor } from '@/access/isEditor'
import { label } from '@/fields/labels'
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
    singular: label('Communicatiepakket', 'Communication pack'),
    plural: label('Communicatiepakketten (gemeente)', 'Communication packs (municipality)'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'municipality', 'audience', '_status', 'updatedAt'],
    group: label('Communicatiepakketten', 'Communication packs'),
    description: label(
      'Het pakket van je gemeente voor één doelgroep. De lokale route naar hulp komt uit de gegevens van de gemeente; vul die daar aan.',
      "Your municipality's pack for one audience. The local route to help comes from the municipality's record; keep it up to date there.",
    ),
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
    afterChange: [revalidatePackAfterChange],
    afterDelete: [revalidatePackAfterDelete],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      label: label('Titel', 'Title'),
      admin: {
        description: label(
          'Leeg laten om de titel van het sjabloon te gebruiken.',
          "Leave empty to use the template's title.",
        ),
      },
    },
    {
      name: 'template',
      type: 'relationship',
      relationTo: 'pack-templates',
      required: true,
      // A template the region has not published yet is work in progress, not something to tailor.
      filterOptions: { _status: { equals: 'published' } },
      label: label('Regionaal sjabloon', 'Regional template'),
      admin: {
        description: label(
          'Kies het sjabloon voor de doelgroep; je gemeente heeft één pakket per doelgroep. Sla op: daarna verschijnen de onderdelen van het sjabloon hieronder.',
          'Pick the template for the audience; your municipality has one pack per audience. Save: the sections of the template then appear below.',
        ),
      },
    },
    {
      name: 'audience',
      type: 'text',
      index: true,
      label: label('Doelgroep', 'Audience'),
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: label('Volgt uit het sjabloon.', 'Follows from the template.'),
      },
    },
    {
      name: 'introduction',
      type: 'richText',
      localized: true,
      label: label('Eigen inleiding', 'Own introduction'),
      admin: {
        description: label(
          'Zo werkt het in onze gemeente: schrijf zo gericht en persoonlijk mogelijk.',
          'How it works in our municipality: write as targeted and personal as you can.',
        ),
      },
    },
    {
      name: 'sectionChoices',
      type: 'array',
      label: label('Onderdelen uit het sjabloon', 'Sections from the template'),
      labels: { singular: label('Onderdeel', 'Section'), plural: label('Onderdelen', 'Sections') },
      admin: {
        description: label(
          'Verschijnen na de eerste keer opslaan. Kies welke onderdelen van het regionale sjabloon je gebruikt en vul ze eventueel lokaal aan. Nieuwe onderdelen van het sjabloon komen er bij opslaan vanzelf bij.',
          'Appear after the first save. Choose which sections of the regional template you use and add local detail if you like. New template sections are added when you save.',
        ),
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
              label: label('Onderdeel', 'Section'),
              admin: { readOnly: true },
            },
            {
              name: 'include',
              type: 'checkbox',
              defaultValue: true,
              label: label('Gebruiken', 'Use'),
            },
          ],
        },
        { name: 'sectionId', type: 'text', required: true, admin: { hidden: true } },
        {
          name: 'localNote',
          type: 'richText',
          localized: true,
          label: label('Lokale aanvulling', 'Local addition'),
        },
      ],
    },
    {
      name: 'extraMaterials',
      type: 'array',
      label: label('Eigen materialen', 'Own materials'),
      labels: { singular: label('Materiaal', 'Material'), plural: label('Materialen', 'Materials') },
      fields: [
        { name: 'title', type: 'text', required: true, localized: true, label: label('Titel', 'Title') },
        { name: 'description', type: 'textarea', localized: true, label: label('Korte omschrijving', 'Short description') },
        { name: 'file', type: 'upload', relationTo: 'media', required: true, label: label('Bestand', 'File') },
      ],
    },
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      label: label('Logo (anders dat van de gemeente)', "Logo (otherwise the municipality's)"),
      admin: { position: 'sidebar' },
    },
    {
      name: 'routeNote',
      type: 'textarea',
      localized: true,
      label: label('Aanvulling op de route naar hulp', 'Addition to the route to help'),
      admin: {
        description: label(
          'Lokaal team, Veilig Thuis en de verwijsindex komen automatisch uit de gegevens van gemeente en regio. Hier kun je iets toevoegen, zoals een inloopspreekuur.',
          'Local team, Veilig Thuis and the referral index come from the municipality and region records automatically. Add something here, such as a walk-in hour.',
        ),
      },
    },
  ],
}
