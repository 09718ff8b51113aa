import type { CollectionConfig } from 'payload'

import { isRegional } from '@/access/isRegional'
import { editionField } from '@/fields/editionField'
import { label, staticLabel } from '@/fields/labels'
import { localeSelect } from '@/fields/localeSelect'
import { selectFromValues } from '@/fields/selectFromList'
import { withRecipientKey } from '@/newsletter/delivery/recipientKey'
import { deliveryStates } from '@/newsletter/delivery/state'

const stateLabels = {
  pending: label('custom:deliveries:pending'),
  submitting: label('custom:deliveries:submitting'),
  accepted: label('custom:deliveries:acceptedByTheProvider'),
  delivered: label('custom:deliveries:delivered'),
  bounced: label('custom:deliveries:bounced'),
  complained: label('custom:deliveries:complained'),
  failed: label('custom:deliveries:failed'),
  skipped: label('custom:deliveries:skippedUnsubscribedBeforeSending'),
  cancelled: label('custom:deliveries:notSentCancelled'),
}

/**
 * One edition to one subscriber (verzending). "Accepted" means the provider took it, not that it
 * arrived: webhooks move it on to delivered, bounced or complained.
 */
export const Deliveries: CollectionConfig = {
  slug: 'deliveries',
  labels: {
    singular: label('custom:deliveries:delivery'),
    plural: label('custom:deliveries:deliveries'),
  },
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['edition', 'locale', 'municipality', 'state', 'updatedAt'],
    group: staticLabel('custom:groups:newsletter'),
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
    // The monitor counts a year's mail per edition, municipality, state and language in one pass
    // over this index alone (src/monitor/sqliteCounts.ts): millions of rows stay under a second.
    { fields: ['edition', 'municipality', 'state', 'locale', 'openedAt'] },
  ],
  fields: [
    editionField({ label: label('custom:deliveries:edition') }),
    {
      name: 'subscriber',
      type: 'relationship',
      relationTo: 'subscribers',
      index: true,
      label: label('custom:deliveries:subscriber'),
      admin: {
        description: label('custom:deliveries:emptyAfterSubscriberWasErased'),
      },
    },
    {
      // A pack mailing goes to organisations instead of subscribers.
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      index: true,
      label: label('custom:deliveries:organisation'),
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
          label: label('custom:deliveries:municipality'),
        },
      ],
    },
    selectFromValues(deliveryStates, stateLabels, {
      name: 'state',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: label('custom:deliveries:state'),
    }),
    { name: 'batchKey', type: 'text', index: true, label: label('custom:deliveries:batch') },
    {
      name: 'providerMessageId',
      type: 'text',
      index: true,
      label: label('custom:deliveries:providerMessageId'),
    },
    {
      name: 'attempts',
      type: 'number',
      defaultValue: 0,
      label: label('custom:deliveries:attempts'),
    },
    { name: 'lastError', type: 'text', label: label('custom:deliveries:lastError') },
    { name: 'acceptedAt', type: 'date', label: label('custom:deliveries:acceptedAt') },
    { name: 'deliveredAt', type: 'date', label: label('custom:deliveries:deliveredAt') },
    {
      // A pack mailing's pack link was followed (first time only); counted, never shown per person.
      name: 'openedAt',
      type: 'date',
      label: label('custom:packMailings:openedAt'),
    },
  ],
}
