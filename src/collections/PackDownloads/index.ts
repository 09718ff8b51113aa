import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { label, staticLabel } from '@/fields/labels'
import { localeSelect } from '@/fields/localeSelect'
import { selectFromList } from '@/fields/selectFromList'
import { packAudiences } from '@/fields/taxonomy'

export const downloadKinds = [
  { value: 'pdf', label: label('custom:packDownloads:pdfOfThePack') },
  { value: 'material', label: label('custom:packDownloads:material') },
] as const

/**
 * Download counts per municipality, audience, language, kind and day: aggregated only, nothing
 * about who downloaded (no IP, no cookie, no third party). Written by the server, read by the
 * monitor; editors see their own municipality's counts (the plugin narrows).
 */
export const PackDownloads: CollectionConfig = {
  slug: 'pack-downloads',
  labels: {
    singular: label('custom:packDownloads:downloadCount'),
    plural: label('custom:packDownloads:downloads'),
  },
  admin: {
    defaultColumns: ['day', 'municipality', 'audience', 'locale', 'kind', 'count'],
    group: staticLabel('custom:groups:monitor'),
    description: label('custom:packDownloads:howOftenPacksMaterialsWere'),
  },
  access: {
    read: isEditor,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  indexes: [{ fields: ['municipality', 'audience', 'locale', 'kind', 'day'], unique: true }],
  fields: [
    selectFromList(packAudiences, {
      name: 'audience',
      required: true,
      label: label('custom:packDownloads:audience'),
    }),
    localeSelect({ name: 'locale', required: true }),
    selectFromList(downloadKinds, {
      name: 'kind',
      required: true,
      label: label('custom:packDownloads:kind'),
    }),
    {
      name: 'day',
      type: 'date',
      required: true,
      index: true,
      label: label('custom:packDownloads:day'),
      admin: { date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'count',
      type: 'number',
      required: true,
      defaultValue: 0,
      min: 0,
      label: label('custom:packDownloads:count'),
    },
  ],
}
