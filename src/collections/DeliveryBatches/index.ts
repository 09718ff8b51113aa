import type { CollectionConfig } from 'payload'

import { isRegional } from '@/access/isRegional'
import { label } from '@/fields/labels'
import { selectFromValues } from '@/fields/selectFromList'
import { batchStates } from '@/newsletter/delivery/state'

const stateLabels = {
  pending: label('Wacht', 'Pending'),
  submitting: label('Wordt aangeboden', 'Submitting'),
  accepted: label('Aangeboden', 'Accepted'),
  failed: label('Mislukt', 'Failed'),
  cancelled: label('Geannuleerd', 'Cancelled'),
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
    singular: label('Verzendbatch', 'Delivery batch'),
    plural: label('Verzendbatches', 'Delivery batches'),
  },
  admin: {
    useAsTitle: 'batchKey',
    defaultColumns: ['edition', 'batchKey', 'size', 'state', 'attempts', 'updatedAt'],
    group: label('Nieuwsbrief', 'Newsletter'),
    hidden: ({ user }) => !user?.roles?.includes('admin'),
  },
  access: {
    read: isRegional,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  indexes: [
    { fields: ['edition', 'batchKey'], unique: true },
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
    { name: 'batchKey', type: 'text', required: true, label: label('Batch', 'Batch') },
    { name: 'size', type: 'number', required: true, label: label('Aantal', 'Size') },
    selectFromValues(batchStates, stateLabels, {
      name: 'state',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: label('Status', 'State'),
    }),
    {
      name: 'lastSubscriber',
      type: 'text',
      required: true,
      label: label('Laatste abonnee in deze batch', 'Last subscriber in this batch'),
      admin: { description: label('Waar het vastleggen van de ontvangers verdergaat.', 'Where freezing the recipients continues.') },
    },
    { name: 'attempts', type: 'number', defaultValue: 0, label: label('Pogingen', 'Attempts') },
    { name: 'lastError', type: 'text', label: label('Laatste fout', 'Last error') },
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
  labels: { singular: label('Batchclaim', 'Batch claim'), plural: label('Batchclaims', 'Batch claims') },
  admin: { hidden: true },
  access: {
    read: isRegional,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'edition', type: 'relationship', relationTo: 'newsletter-editions', required: true, index: true },
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
