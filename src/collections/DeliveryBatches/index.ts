import type { CollectionConfig } from 'payload'

import { isRegional } from '@/access/isRegional'
import { editionField } from '@/fields/editionField'
import { label, staticLabel } from '@/fields/labels'
import { selectFromValues } from '@/fields/selectFromList'
import { batchStates } from '@/newsletter/delivery/state'

const stateLabels = {
  pending: label('custom:deliveryBatches:pending'),
  submitting: label('custom:deliveryBatches:submitting'),
  accepted: label('custom:deliveryBatches:accepted'),
  failed: label('custom:deliveryBatches:failed'),
  cancelled: label('custom:deliveryBatches:cancelled'),
}

/**
 * Up to SEND_BATCH_SIZE deliveries of one edition that go to the provider in one call. The batch
 * carries the lock (as in listmonk and Ghost): a worker claims it by moving it from pending to
 * submitting with its own claim token, so two workers never send the same batch, and its key is
 * the Idempotency-Key, so a retry after a crash is replayed by the provider instead of sent again.
 */
export const DeliveryBatches: CollectionConfig = {
  slug: 'delivery-batches',
  labels: {
    singular: label('custom:deliveryBatches:deliveryBatch'),
    plural: label('custom:deliveryBatches:deliveryBatches'),
  },
  admin: {
    useAsTitle: 'batchKey',
    defaultColumns: ['edition', 'batchKey', 'size', 'state', 'attempts', 'updatedAt'],
    group: staticLabel('custom:groups:newsletter'),
    hidden: ({ user }) => !user?.roles?.includes('admin'),
  },
  access: {
    read: isRegional,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  indexes: [{ fields: ['edition', 'batchKey'], unique: true }, { fields: ['edition', 'state'] }],
  fields: [
    editionField({ label: label('custom:deliveryBatches:edition') }),
    {
      name: 'batchKey',
      type: 'text',
      required: true,
      label: label('custom:deliveryBatches:batch'),
    },
    { name: 'size', type: 'number', required: true, label: label('custom:deliveryBatches:size') },
    selectFromValues(batchStates, stateLabels, {
      name: 'state',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: label('custom:deliveryBatches:state'),
    }),
    {
      name: 'lastSubscriber',
      type: 'text',
      required: true,
      label: label('custom:deliveryBatches:lastSubscriberBatch'),
      admin: { description: label('custom:deliveryBatches:whereFreezingRecipientsContinues') },
    },
    {
      name: 'attempts',
      type: 'number',
      defaultValue: 0,
      label: label('custom:deliveryBatches:attempts'),
    },
    { name: 'lastError', type: 'text', label: label('custom:deliveryBatches:lastError') },
  ],
}

/**
 * Who holds a batch: the worker that managed to insert generation N + 1 for it. The unique key
 * makes that insert the atomic step on every database (no transactions needed): of two workers,
 * exactly one gets it. A claim whose heartbeat is older than SEND_LEASE_SECONDS belongs to a
 * worker that died; the next generation takes over.
 */
export const DeliveryClaims: CollectionConfig = {
  slug: 'delivery-claims',
  labels: {
    singular: label('custom:deliveryBatches:batchClaim'),
    plural: label('custom:deliveryBatches:batchClaims'),
  },
  admin: { hidden: true },
  access: {
    read: isRegional,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    editionField(),
    {
      name: 'batch',
      type: 'relationship',
      relationTo: 'delivery-batches',
      required: true,
      index: true,
    },
    { name: 'generation', type: 'number', required: true },
    { name: 'heartbeatAt', type: 'date', required: true, index: true },
    { name: 'isReleased', type: 'checkbox', defaultValue: false },
  ],
}

/**
 * The provider's rate-limit window as all workers together use it: one row per provider account,
 * from which every worker takes its request slots (src/newsletter/delivery/pacer.ts), so two
 * workers send SEND_RATE_PER_SECOND together, not each. Times are milliseconds since 1970; on
 * SQLite they are the database's clock, elsewhere the workers' own (kept in step by NTP).
 */
export const SendWindows: CollectionConfig = {
  slug: 'send-windows',
  labels: {
    singular: label('custom:deliveryBatches:sendWindow'),
    plural: label('custom:deliveryBatches:sendWindows'),
  },
  admin: { hidden: true },
  access: {
    read: isRegional,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'windowStartedAt', type: 'number', required: true, defaultValue: 0 },
    { name: 'used', type: 'number', required: true, defaultValue: 0 },
    /** After a 429: no worker sends before this time. */
    { name: 'heldUntil', type: 'number', required: true, defaultValue: 0 },
    /** The worker whose turn it is to send, and when it last took a slot (see the pacer). */
    { name: 'sender', type: 'text' },
    { name: 'senderSeenAt', type: 'number', required: true, defaultValue: 0 },
    /** Raised by every write: the generic path's compare-and-set. */
    { name: 'version', type: 'number', required: true, defaultValue: 0 },
  ],
}
