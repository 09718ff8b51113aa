import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { label, staticLabel } from '@/fields/labels'

/**
 * Ids of provider events already handled: the provider retries until it gets a 2xx, so the same
 * event can arrive twice. Holds no personal data.
 */
export const WebhookEvents: CollectionConfig = {
  slug: 'webhook-events',
  labels: {
    singular: label('custom:webhookEvents:webhookEvent'),
    plural: label('custom:webhookEvents:webhookEvents'),
  },
  admin: {
    useAsTitle: 'eventId',
    defaultColumns: ['eventId', 'type', 'createdAt'],
    group: staticLabel('custom:groups:newsletter'),
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
      label: label('custom:webhookEvents:id'),
    },
    { name: 'type', type: 'text', label: label('custom:webhookEvents:type') },
  ],
}
