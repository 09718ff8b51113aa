import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { isRegional } from '@/access/isRegional'
import { dateRules } from '@/campaigns/dateRules'
import { label, staticLabel } from '@/fields/labels'
import { selectFromList } from '@/fields/selectFromList'

/**
 * Moments the regional communication is planned around (Week tegen Kindermishandeling, Orange the
 * World, start of the school year, ...). Editions can be tied to one.
 */
export const CampaignMoments: CollectionConfig = {
  slug: 'campaign-moments',
  labels: {
    singular: label('custom:campaignMoments:campaignMoment'),
    plural: label('custom:campaignMoments:campaignMoments'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'startsOn', 'endsOn'],
    group: staticLabel('custom:groups:newsletter'),
  },
  defaultSort: 'startsOn',
  access: {
    read: isEditor,
    create: isRegional,
    update: isRegional,
    delete: isRegional,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: label('custom:campaignMoments:name'),
    },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: label('custom:campaignMoments:slug'),
    },
    selectFromList(dateRules, {
      name: 'dateRule',
      required: true,
      defaultValue: 'entered',
      label: label('custom:campaignMoments:date'),
      admin: {
        description: label('custom:campaignMoments:fixedRuleComputesDatesEvery'),
      },
    }),
    {
      type: 'row',
      admin: { condition: (data) => data?.dateRule === 'entered' },
      fields: [
        { name: 'startsOn', type: 'date', label: label('custom:campaignMoments:startsOn') },
        { name: 'endsOn', type: 'date', label: label('custom:campaignMoments:endsOn') },
      ],
    },
    {
      name: 'reminderWeeksBefore',
      type: 'number',
      defaultValue: 6,
      min: 1,
      max: 26,
      label: label('custom:campaignMoments:reminderMunicipalitiesWeeksBefore'),
      admin: {
        description: label('custom:campaignMoments:manyWeeksBeforeMomentEditors'),
      },
    },
    {
      name: 'lastReminderYear',
      type: 'number',
      label: label('custom:campaignMoments:lastReminderSentFor'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'rule',
      type: 'textarea',
      label: label('custom:campaignMoments:howDateFallsEachYear'),
      admin: {
        description: label('custom:campaignMoments:checkingEnterYearsDatesOnce'),
      },
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: label('custom:campaignMoments:description'),
    },
  ],
}
