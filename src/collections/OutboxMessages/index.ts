import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isRegional } from '@/access/isRegional'
import { label } from '@/fields/labels'

/**
 * What the outbox transport "sent": without RESEND_API_KEY every mail lands here instead of
 * leaving the machine, so development, the demo and tests can read exactly what would have gone
 * out. The transport writes with the Local API; nobody edits a message by hand.
 */
export const OutboxMessages: CollectionConfig = {
  slug: 'outbox-messages',
  labels: {
    singular: label('Verzonden bericht (outbox)', 'Outbox message'),
    plural: label('Verzonden berichten (outbox)', 'Outbox'),
  },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'to', 'createdAt'],
    listSearchableFields: ['subject', 'to'],
    group: label('Nieuwsbrief', 'Newsletter'),
    description: label(
      'Zolang er geen Resend-sleutel (RESEND_API_KEY) is ingesteld, worden e-mails hier bewaard in plaats van verstuurd. Niets verlaat de server.',
      'As long as no Resend key (RESEND_API_KEY) is set, e-mails are kept here instead of being sent. Nothing leaves the server.',
    ),
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
        { name: 'to', type: 'text', required: true, index: true, label: label('Aan', 'To') },
        { name: 'from', type: 'text', required: true, label: label('Van', 'From') },
        { name: 'replyTo', type: 'text', label: label('Antwoord naar', 'Reply to') },
      ],
      admin: { readOnly: true },
    },
    {
      name: 'subject',
      type: 'text',
      required: true,
      label: label('Onderwerp', 'Subject'),
      admin: { readOnly: true },
    },
    {
      name: 'preview',
      type: 'ui',
      label: label('Voorbeeld', 'Preview'),
      admin: {
        components: {
          Field: '/collections/OutboxMessages/components/MessagePreview#MessagePreview',
        },
      },
    },
    {
      type: 'collapsible',
      label: label('Broncode en technische gegevens', 'Source and technical details'),
      admin: { initCollapsed: true, readOnly: true },
      fields: [
        { name: 'html', type: 'textarea', label: label('HTML', 'HTML') },
        { name: 'text', type: 'textarea', label: label('Platte tekst', 'Plain text') },
        { name: 'headers', type: 'json', label: label('Kopregels (headers)', 'Headers') },
        { name: 'tags', type: 'json', label: label('Labels (tags)', 'Tags') },
        {
          name: 'idempotencyKey',
          type: 'text',
          index: true,
          label: label('Idempotentiesleutel', 'Idempotency key'),
          admin: {
            description: label(
              'Wordt een bericht met dezelfde sleutel nogmaals aangeboden, dan wordt het niet opnieuw bewaard.',
              'When a message with the same key is offered again, it is not stored again.',
            ),
          },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'batchKey',
              type: 'text',
              index: true,
              label: label('Sleutel van de batch', 'Batch key'),
            },
            {
              name: 'batchIndex',
              type: 'number',
              label: label('Plaats in de batch', 'Position in the batch'),
            },
          ],
        },
      ],
    },
  ],
}
