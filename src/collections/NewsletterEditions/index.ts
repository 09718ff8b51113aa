import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { isRegional } from '@/access/isRegional'
import { label } from '@/fields/labels'
import { localeSelect } from '@/fields/localeSelect'
import { selectFromList, selectFromValues } from '@/fields/selectFromList'
import { audiences } from '@/fields/taxonomy'
import { editionStatuses } from '@/newsletter/editionStatuses'
import { previewEndpoint } from './endpoints/preview'
import { sendingEndpoints } from './endpoints/sending'
import { testSendEndpoint } from './endpoints/testSend'
import { flagWithdrawnBlocks } from './hooks/flagWithdrawnBlocks'
import { guardScheduling } from './hooks/guardScheduling'
import { queueScheduledSend } from './hooks/queueScheduledSend'
import { revalidateArchiveAfterChange, revalidateArchiveAfterDelete } from '@/portal/revalidate'
import { removeDeliveries } from './hooks/removeDeliveries'
import { previewUrl } from './shared'

const statusLabels = {
  draft: label('Concept', 'Draft'),
  scheduled: label('Gepland', 'Scheduled'),
  sending: label('Bezig', 'Sending'),
  paused: label('Gepauzeerd', 'Paused'),
  sent: label('Verzonden', 'Sent'),
  cancelled: label('Geannuleerd', 'Cancelled'),
}

/**
 * One edition of the digitale Nieuwsbrief, composed from approved building blocks of every
 * municipality. This collection composes and previews; the delivery engine sends.
 */
export const NewsletterEditions: CollectionConfig = {
  slug: 'newsletter-editions',
  labels: { singular: label('Editie', 'Edition'), plural: label('Nieuwsbrief-edities', 'Newsletter editions') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'sendAt', 'campaignMoment', 'updatedAt'],
    group: label('Nieuwsbrief', 'Newsletter'),
    description: label(
      'Stel een editie samen uit goedgekeurde bouwstenen. Rechts zie je de e-mail zoals abonnees hem krijgen; kies bovenaan de taal.',
      'Compose an edition from approved building blocks. On the right you see the e-mail as subscribers get it; pick the language at the top.',
    ),
    livePreview: {
      openByDefault: true,
      url: ({ data, locale, req }) => (data?.id ? previewUrl({ id: data.id, locale: locale.code, req }) : null),
      breakpoints: [
        { name: 'mobile', label: 'Mobiel (375 px)', width: 375, height: 740 },
        { name: 'desktop', label: 'Breed (1024 px)', width: 1024, height: 900 },
      ],
    },
  },
  access: {
    read: isEditor,
    create: isRegional,
    update: isRegional,
    delete: isRegional,
    readVersions: isRegional,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  endpoints: [previewEndpoint, testSendEndpoint, ...sendingEndpoints],
  hooks: {
    beforeChange: [guardScheduling],
    afterChange: [queueScheduledSend, revalidateArchiveAfterChange],
    beforeDelete: [removeDeliveries],
    afterDelete: [revalidateArchiveAfterDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('Titel', 'Title') },
    {
      name: 'intro',
      type: 'textarea',
      localized: true,
      label: label('Inleiding', 'Introduction'),
    },
    {
      name: 'preheader',
      type: 'text',
      localized: true,
      maxLength: 150,
      label: label('Voorvertoningstekst', 'Preheader'),
      admin: {
        description: label(
          'De korte tekst die mailprogramma’s naast het onderwerp tonen. Leeg: het begin van de inleiding.',
          'The short text mail clients show next to the subject. Empty: the start of the introduction.',
        ),
      },
    },
    {
      name: 'sections',
      type: 'array',
      label: label('Rubrieken', 'Sections'),
      labels: { singular: label('Rubriek', 'Section'), plural: label('Rubrieken', 'Sections') },
      minRows: 1,
      admin: { initCollapsed: false },
      fields: [
        {
          name: 'heading',
          type: 'text',
          localized: true,
          label: label('Kop van de rubriek', 'Section heading'),
        },
        {
          name: 'blocks',
          type: 'relationship',
          relationTo: 'building-blocks',
          hasMany: true,
          label: label('Bouwstenen (in deze volgorde)', 'Building blocks (in this order)'),
          filterOptions: { reviewStatus: { equals: 'approved' } },
          admin: {
            description: label(
              'Alleen goedgekeurde bouwstenen. Sleep om de volgorde te wijzigen.',
              'Approved building blocks only. Drag to reorder.',
            ),
          },
        },
      ],
    },
    {
      name: 'withdrawnBlocks',
      type: 'textarea',
      virtual: true,
      label: label('Let op', 'Attention'),
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.withdrawnBlocks),
        description: label(
          'Deze bouwstenen zijn niet meer goedgekeurd en worden niet meegestuurd.',
          'These building blocks are no longer approved and are left out of the mail.',
        ),
      },
      hooks: { afterRead: [flagWithdrawnBlocks] },
    },
    selectFromValues(editionStatuses, statusLabels, {
      name: 'status',
      required: true,
      defaultValue: 'draft',
      index: true,
      label: label('Verzendstatus', 'Sending status'),
      admin: { position: 'sidebar', readOnly: true },
    }),
    {
      name: 'sendAt',
      type: 'date',
      label: label('Verzenden op', 'Send at'),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'sendPanel',
      type: 'ui',
      label: label('Verzenden', 'Sending'),
      admin: {
        position: 'sidebar',
        components: { Field: '/collections/NewsletterEditions/components/SendPanel#SendPanel' },
      },
    },
    {
      // The whole send run (a delivery is one mail to one person).
      name: 'sending',
      type: 'group',
      label: label('Verzending', 'Sending'),
      admin: { hidden: true },
      fields: [
        { name: 'startedAt', type: 'date', label: label('Gestart op', 'Started at') },
        { name: 'finishedAt', type: 'date', label: label('Klaar op', 'Finished at') },
        {
          name: 'isSnapshotComplete',
          type: 'checkbox',
          label: label('Ontvangerslijst vastgelegd', 'Recipient list frozen'),
        },
        { name: 'pauseReason', type: 'text', label: label('Reden van de pauze', 'Reason for the pause') },
      ],
    },
    {
      name: 'campaignMoment',
      type: 'relationship',
      relationTo: 'campaign-moments',
      label: label('Campagnemoment', 'Campaign moment'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'audience',
      type: 'group',
      label: label('Voor wie', 'Audience'),
      admin: {
        description: label(
          'Laat een keuze leeg om iedereen te bereiken.',
          'Leave a choice empty to reach everyone.',
        ),
      },
      fields: [
        {
          name: 'municipalities',
          type: 'relationship',
          relationTo: 'municipalities',
          hasMany: true,
          label: label('Gemeenten', 'Municipalities'),
        },
        selectFromList(audiences, {
          name: 'audiences',
          hasMany: true,
          label: label('Doelgroepen', 'Audiences'),
        }),
        localeSelect({ name: 'languages', hasMany: true, label: label('Talen', 'Languages') }),
      ],
    },
    {
      name: 'testSend',
      type: 'ui',
      label: label('Testbericht', 'Test message'),
      admin: {
        position: 'sidebar',
        components: { Field: '/collections/NewsletterEditions/components/TestSend#TestSend' },
      },
    },
  ],
}
