import crypto from 'node:crypto'
import type { CollectionConfig } from 'payload'

import { isRegional } from '@/access/isRegional'
import { label } from '@/fields/labels'
import { localeSelect } from '@/fields/localeSelect'
import { selectFromList } from '@/fields/selectFromList'
import { idsOf } from '@/lib/ids'

export const deliveryStates = [
  { value: 'pending', label: label('Wacht', 'Pending') },
  { value: 'submitting', label: label('Wordt aangeboden', 'Submitting') },
  { value: 'accepted', label: label('Geaccepteerd door de provider', 'Accepted by the provider') },
  { value: 'delivered', label: label('Afgeleverd', 'Delivered') },
  { value: 'bounced', label: label('Onbestelbaar', 'Bounced') },
  { value: 'complained', label: label('Klacht', 'Complained') },
  { value: 'failed', label: label('Mislukt', 'Failed') },
  {
    value: 'skipped',
    label: label(
      'Overgeslagen (afgemeld voor verzending)',
      'Skipped (unsubscribed before sending)',
    ),
  },
  { value: 'cancelled', label: label('Niet verstuurd (geannuleerd)', 'Not sent (cancelled)') },
] as const

export type DeliveryState = (typeof deliveryStates)[number]['value']

/** What makes a delivery unique within its edition: the subscriber, until they are erased. */
export const recipientKeyOf = (subscriberId: string | number) => String(subscriberId)

/** Replaces the key when a person is erased: unique, and nothing left that points to them. */
export const erasedRecipientKey = () => `erased-${crypto.randomUUID()}`

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
      ({ data, operation }) =>
        operation === 'create' && !data.recipientKey && data.subscriber
          ? { ...data, recipientKey: recipientKeyOf(idsOf([data.subscriber])[0]!) }
          : data,
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
    selectFromList(deliveryStates, {
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
