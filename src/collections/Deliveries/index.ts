import crypto from 'node:crypto'
import type { CollectionConfig } from 'payload'

import { isRegional } from '@/access/isRegional'
import { label, staticLabel } from '@/fields/labels'
import { localeSelect } from '@/fields/localeSelect'
import { selectFromList } from '@/fields/selectFromList'
import { idsOf } from '@/lib/ids'

export const deliveryStates = [
  { value: 'pending', label: label('custom:deliveries:pending') },
  { value: 'submitting', label: label('custom:deliveries:submitting') },
  { value: 'accepted', label: label('custom:deliveries:acceptedByTheProvider') },
  { value: 'delivered', label: label('custom:deliveries:delivered') },
  { value: 'bounced', label: label('custom:deliveries:bounced') },
  { value: 'complained', label: label('custom:deliveries:complained') },
  { value: 'failed', label: label('custom:deliveries:failed') },
  {
    value: 'skipped',
    label: label('custom:deliveries:skippedUnsubscribedBeforeSending'),
  },
  { value: 'cancelled', label: label('custom:deliveries:notSentCancelled') },
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
      label: label('custom:deliveries:edition'),
    },
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
    selectFromList(deliveryStates, {
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
    { name: 'attempts', type: 'number', defaultValue: 0, label: label('custom:deliveries:attempts') },
    { name: 'lastError', type: 'text', label: label('custom:deliveries:lastError') },
    { name: 'acceptedAt', type: 'date', label: label('custom:deliveries:acceptedAt') },
    { name: 'deliveredAt', type: 'date', label: label('custom:deliveries:deliveredAt') },
  ],
}
