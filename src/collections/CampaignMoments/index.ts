import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { isRegional } from '@/access/isRegional'
import { label } from '@/fields/labels'

/**
 * Moments the regional communication is planned around (Week tegen Kindermishandeling, Orange the
 * World, start of the school year, ...). Editions can be tied to one.
 */
export const CampaignMoments: CollectionConfig = {
  slug: 'campaign-moments',
  labels: { singular: label('Campagnemoment', 'Campaign moment'), plural: label('Campagnemomenten', 'Campaign moments') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'startsOn', 'endsOn'],
    group: label('Nieuwsbrief', 'Newsletter'),
  },
  defaultSort: 'startsOn',
  access: {
    read: isEditor,
    create: isRegional,
    update: isRegional,
    delete: isRegional,
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: label('Naam', 'Name') },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: label('Korte naam', 'Slug'),
    },
    {
      type: 'row',
      fields: [
        { name: 'startsOn', type: 'date', label: label('Begint op', 'Starts on') },
        { name: 'endsOn', type: 'date', label: label('Eindigt op', 'Ends on') },
      ],
    },
    {
      name: 'rule',
      type: 'textarea',
      label: label('Hoe de datum elk jaar valt', 'How the date falls each year'),
      admin: {
        description: label(
          'Ter controle: vul de data voor dit jaar in zodra ze bekend zijn.',
          'For checking: enter this year’s dates once they are known.',
        ),
      },
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: label('Omschrijving', 'Description'),
    },
  ],
}
