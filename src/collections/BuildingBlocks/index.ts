import type { CollectionConfig } from 'payload'

import { approvedOrEditor } from '@/access/approvedOrEditor'
import { isEditor } from '@/access/isEditor'
import { isRegionalField } from '@/access/isRegional'
import { label } from '@/fields/labels'
import { selectFromList } from '@/fields/selectFromList'
import { audiences, buildingBlockKinds, reviewStatuses, themes } from '@/fields/taxonomy'
import { assignOnlyMunicipality } from '@/hooks/assignOnlyMunicipality'
import { applyReviewTransition } from './hooks/applyReviewTransition'

/**
 * A bouwsteen: content a municipality contributes for the newsletter and packs. It goes
 * concept -> ingediend -> goedgekeurd | teruggestuurd; only the regional roles decide.
 */
export const BuildingBlocks: CollectionConfig = {
  slug: 'building-blocks',
  labels: { singular: label('Bouwsteen', 'Building block'), plural: label('Bouwstenen', 'Building blocks') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'municipality', 'reviewStatus', 'updatedAt'],
    listSearchableFields: ['title', 'summary'],
    group: label('Inhoud', 'Content'),
    components: {
      beforeListTable: ['/collections/BuildingBlocks/components/ReviewQueue#ReviewQueue'],
    },
    description: label(
      'Bouwstenen die gemeenten aanleveren voor de nieuwsbrief. Dien een bouwsteen in als hij klaar is; de regio-redactie keurt hem goed of stuurt hem terug met feedback.',
      'Building blocks municipalities contribute to the newsletter. Submit one when it is ready; the regional editors approve it or return it with feedback.',
    ),
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
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: label('Titel', 'Title'),
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 400,
      label: label('Samenvatting', 'Summary'),
      admin: { description: label('Eén tot drie zinnen voor de nieuwsbrief.', 'One to three sentences for the newsletter.') },
    },
    {
      name: 'body',
      type: 'richText',
      localized: true,
      label: label('Tekst', 'Body'),
    },
    {
      type: 'row',
      fields: [
        selectFromList(buildingBlockKinds, {
          name: 'kind',
          required: true,
          defaultValue: 'news',
          label: label('Soort', 'Kind'),
        }),
        {
          name: 'eventDate',
          type: 'date',
          label: label('Datum activiteit', 'Event date'),
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
      label: label('Thema’s (vertrekpunten en randvoorwaarden)', 'Themes (starting points and preconditions)'),
    }),
    selectFromList(audiences, {
      name: 'audiences',
      hasMany: true,
      label: label('Doelgroepen', 'Audiences'),
    }),
    { name: 'image', type: 'upload', relationTo: 'media', label: label('Afbeelding', 'Image') },
    {
      name: 'link',
      type: 'group',
      label: label('Link', 'Link'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'url',
              type: 'text',
              label: label('Webadres', 'URL'),
              validate: (value: unknown) =>
                !value || /^https?:\/\/[^\s]+$/i.test(String(value)) ||
                'Gebruik een volledig webadres dat begint met https:// / Use a full URL starting with https://',
            },
            { name: 'label', type: 'text', localized: true, label: label('Linktekst', 'Link text') },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'validFrom', type: 'date', label: label('Geldig vanaf', 'Valid from') },
        {
          name: 'validUntil',
          type: 'date',
          label: label('Geldig tot en met', 'Valid until'),
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
            !value || !siblingData?.validFrom || new Date(String(value)) >= new Date(String(siblingData.validFrom)) ||
            'De einddatum ligt vóór de begindatum. / The end date is before the start date.',
        },
      ],
    },
    selectFromList(reviewStatuses, {
      name: 'reviewStatus',
      required: true,
      defaultValue: 'draft',
      index: true,
      label: label('Beoordeling', 'Review'),
      admin: {
        position: 'sidebar',
        description: label(
          'Zet op "Ingediend" als de bouwsteen klaar is. Alleen de regio-redactie keurt goed of stuurt terug.',
          'Set to "Submitted" when the block is ready. Only regional editors approve or return.',
        ),
      },
    }),
    {
      name: 'reviewFeedback',
      type: 'textarea',
      label: label('Feedback van de regio-redactie', 'Feedback from the regional editors'),
      access: { create: isRegionalField, update: isRegionalField },
      admin: {
        position: 'sidebar',
        description: label(
          'Verplicht bij terugsturen: wat moet er anders?',
          'Required when returning: what should change?',
        ),
      },
    },
    {
      name: 'submittedAt',
      type: 'date',
      label: label('Ingediend op', 'Submitted at'),
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'reviewedAt',
      type: 'date',
      label: label('Beoordeeld op', 'Reviewed at'),
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'reviewedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Beoordeeld door', 'Reviewed by'),
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
