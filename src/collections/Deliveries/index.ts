import type { CollectionConfig } from 'payload'

import { isRegional } from '@/access/isRegional'
import { label } from '@/fields/labels'
import { localeSelect } from '@/fields/localeSelect'
import { selectFromValues } from '@/fields/selectFromList'
import { withRecipientKey } from '@/newsletter/delivery/recipientKey'
import { deliveryStates } from '@/newsletter/delivery/state'

const stateLabels = {
  pending: label('Wacht', 'Pending'),
  submitting: label('Wordt aangeboden', 'Submitting'),
  accepted: label('Geaccepteerd door de provider', 'Accepted by the provider'),
  delivered: label('Afgeleverd', 'Delivered'),
  bounced: label('Onbestelbaar', 'Bounced'),
  complained: label('Klacht', 'Complained'),
  failed: label('Mislukt', 'Failed'),
  skipped: label(
    'Overgeslagen (afgemeld voor verzending)',
    'Skipped (unsubscribed before sending)',
  ),
  cancelled: label('Niet verstuurd (geannuleerd)', 'Not sent (cancelled)'),
}

/**
 * One edition to one subscriber (verzending). "Accepted" means the provider took it, not that it
 * arrived: webhooks move it on to delivered, bounced or complained.
 */
export const Deliveries: CollectionConfig = {
  slug: 'deliveries',
  labels: {
    singular: label('Verzending', 'Delivery'),
    plural: label('Verzendingen', 'Deliveries'),
  },
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['edition', 'locale', 'municipality', 'state', 'updatedAt'],
    group: label('Nieuwsbrief', 'Newsletter'),
  },
  hooks: {
    beforeChange: [
      ({ data, operation }) => (operation === 'create' ? withRecipientKey(data) : data),
    ],
  },
  access: {
    read: isRegional,
    create: () => false,
    update: () => false,
    delete: isRegional,
  },
  indexes: [
    // One delivery per edition and person. Keyed on `recipientKey`, not on the subscriber: erasing a
    // person empties `subscriber`, and two empty values would collide on MongoDB.
    { fields: ['edition', 'recipientKey'], unique: true },
    // The sender reads one batch at a time and counts states per edition for the progress bar.
    { fields: ['edition', 'batchKey'] },
    { fields: ['edition', 'state'] },
  ],
  fields: [
    {
      name: 'edition',
      type: 'relationship',
      relationTo: 'newsletter-editions',
      required: true,
      index: true,
      label: label('Editie', 'Edition'),
    },
    {
      name: 'subscriber',
      type: 'relationship',
      relationTo: 'subscribers',
      index: true,
      label: label('Abonnee', 'Subscriber'),
      admin: {
        description: label(
          'Leeg na het wissen van de abonnee.',
          'Empty after the subscriber was erased.',
        ),
      },
    },
    {
      name: 'recipientKey',
      type: 'text',
      admin: { hidden: true },
    },
    {
      type: 'row',
      fields: [
        localeSelect({ name: 'locale', required: true, index: true }),
        {
          name: 'municipality',
          type: 'relationship',
          relationTo: 'municipalities',
          index: true,
          label: label('Gemeente', 'Municipality'),
        },
      ],
    },
    selectFromValues(deliveryStates, stateLabels, {
      name: 'state',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: label('Status', 'State'),
    }),
    { name: 'batchKey', type: 'text', index: true, label: label('Batch', 'Batch') },
    {
      name: 'providerMessageId',
      type: 'text',
      index: true,
      label: label('Bericht-id bij de provider', 'Provider message id'),
    },
    { name: 'attempts', type: 'number', defaultValue: 0, label: label('Pogingen', 'Attempts') },
    { name: 'lastError', type: 'text', label: label('Laatste fout', 'Last error') },
    { name: 'acceptedAt', type: 'date', label: label('Geaccepteerd op', 'Accepted at') },
    { name: 'deliveredAt', type: 'date', label: label('Afgeleverd op', 'Delivered at') },
  ],
}
