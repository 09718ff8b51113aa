import type { CollectionConfig } from 'payload'

import { label } from '@/fields/labels'

/**
 * Per translatable document, when each of its texts last changed in each language, as read from
 * its versions (src/translations/storedHistories.ts). The translation overview reads these instead
 * of every version of every document: a document's versions are read again only after it changed.
 * Kept by the system alone; nobody edits or reads them through the admin or the API.
 */
export const TranslationHistories: CollectionConfig = {
  slug: 'translation-histories',
  labels: {
    singular: label('custom:translations:history'),
    plural: label('custom:translations:histories'),
  },
  admin: { hidden: true, useAsTitle: 'document' },
  access: {
    read: () => false,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  indexes: [{ fields: ['collectionSlug', 'document'], unique: true }],
  fields: [
    { name: 'collectionSlug', type: 'text', required: true, index: true },
    { name: 'document', type: 'text', required: true },
    // The document's updatedAt (and the format) the histories were read at: another means stale.
    { name: 'basedOn', type: 'text', required: true },
    { name: 'histories', type: 'json', required: true },
  ],
}
