import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isRegional } from '@/access/isRegional'
import { label, staticLabel } from '@/fields/labels'

/**
 * What the outbox transport "sent": without RESEND_API_KEY every mail lands here instead of
 * leaving the machine, so development, the demo and tests can read exactly what would have gone
 * out. The transport writes with the Local API; nobody edits a message by hand.
 */
export const OutboxMessages: CollectionConfig = {
  slug: 'outbox-messages',
  labels: {
    singular: label('custom:outboxMessages:outboxMessage'),
    plural: label('custom:outboxMessages:outbox'),
  },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'to', 'createdAt'],
    listSearchableFields: ['subject', 'to'],
    group: staticLabel('custom:groups:newsletter'),
    description: label('custom:outboxMessages:longNoResendKeyResend'),
  },
  access: {
    read: isRegional,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'to',
          type: 'text',
          required: true,
          index: true,
          label: label('custom:outboxMessages:to'),
        },
        { name: 'from', type: 'text', required: true, label: label('custom:outboxMessages:from') },
        { name: 'replyTo', type: 'text', label: label('custom:outboxMessages:replyTo') },
      ],
      admin: { readOnly: true },
    },
    {
      name: 'subject',
      type: 'text',
      required: true,
      label: label('custom:outboxMessages:subject'),
      admin: { readOnly: true },
    },
    {
      name: 'preview',
      type: 'ui',
      label: staticLabel('custom:outboxMessages:preview'),
      admin: {
        components: {
          Field: '/collections/OutboxMessages/components/MessagePreview#MessagePreview',
        },
      },
    },
    {
      type: 'collapsible',
      label: label('custom:outboxMessages:sourceAndTechnicalDetails'),
      admin: { initCollapsed: true, readOnly: true },
      fields: [
        { name: 'html', type: 'textarea', label: label('custom:outboxMessages:html') },
        { name: 'text', type: 'textarea', label: label('custom:outboxMessages:plainText') },
        { name: 'headers', type: 'json', label: label('custom:outboxMessages:headers') },
        { name: 'tags', type: 'json', label: label('custom:outboxMessages:tags') },
        {
          name: 'idempotencyKey',
          type: 'text',
          index: true,
          label: label('custom:outboxMessages:idempotencyKey'),
          admin: {
            description: label('custom:outboxMessages:messageSameKeyOfferedAgain'),
          },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'batchKey',
              type: 'text',
              index: true,
              label: label('custom:outboxMessages:batchKey'),
            },
            {
              name: 'batchIndex',
              type: 'number',
              label: label('custom:outboxMessages:positionInTheBatch'),
            },
          ],
        },
      ],
    },
  ],
}
