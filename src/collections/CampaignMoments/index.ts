import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { isRegional } from '@/access/isRegional'
import { dateRules } from '@/campaigns/dateRules'
import { label } from '@/fields/labels'
import { selectFromList } from '@/fields/selectFromList'

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
    selectFromList(dateRules, {
      name: 'dateRule',
      required: true,
      defaultValue: 'entered',
      label: label('Datum', 'Date'),
      admin: {
        description: label(
          'Een vaste regel berekent de data elk jaar zelf; anders vult u ze hieronder in.',
          'A fixed rule computes the dates every year; otherwise enter them below.',
        ),
      },
    }),
    {
      type: 'row',
      admin: { condition: (data) => data?.dateRule === 'entered' },
      fields: [
        { name: 'startsOn', type: 'date', label: label('Begint op', 'Starts on') },
        { name: 'endsOn', type: 'date', label: label('Eindigt op', 'Ends on') },
      ],
    },
    {
      name: 'reminderWeeksBefore',
      type: 'number',
      defaultValue: 6,
      min: 1,
      max: 26,
      label: label('Herinnering aan gemeenten (weken vooraf)', 'Reminder to municipalities (weeks before)'),
      admin: {
        description: label(
          'Zoveel weken voor het moment krijgen de redacteuren van alle gemeenten een mail met het verzoek om bouwstenen.',
          'This many weeks before the moment the editors of every municipality get a mail asking for building blocks.',
        ),
      },
    },
    {
      name: 'lastReminderYear',
      type: 'number',
      label: label('Laatste herinnering verstuurd voor', 'Last reminder sent for'),
      admin: { readOnly: true, position: 'sidebar' },
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
