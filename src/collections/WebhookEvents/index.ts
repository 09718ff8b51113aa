import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { label } from '@/fields/labels'

/**
 * Ids of provider events already handled: the provider retries until it gets a 2xx, so the same
 * event can arrive twice. Holds no personal data.
 */
export const WebhookEvents: CollectionConfig = {
  slug: 'webhook-events',
  labels: {
    singular: label('Webhookbericht', 'Webhook event'),
    plural: label('Webhookberichten', 'Webhook events'),
  },
  admin: {
    useAsTitle: 'eventId',
    defaultColumns: ['eventId', 'type', 'createdAt'],
    group: label('Nieuwsbrief', 'Newsletter'),
    hidden: ({ user }) => !user?.roles?.includes('admin'),
  },
  access: {
    read: isAdmin,
    create: () => false,
    update: () => false,
    delete: isAdmin,
  },
  fields: [
    {
      name: 'eventId',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: label('Id', 'Id'),
    },
    { name: 'type', type: 'text', label: label('Soort', 'Type') },
  ],
}
