import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isEditor } from '@/access/isEditor'
import {
  refreshMediaPublicityAfterChange,
  refreshMediaPublicityAfterDelete,
} from '@/collections/Media/publicity'
import { label, staticLabel } from '@/fields/labels'
import { mediaUpload } from '@/fields/mediaUpload'
import { revalidatePortalAfterChange, revalidatePortalAfterDelete } from '@/portal/revalidate'
import { readinessEndpoint } from '@/readiness/endpoint'

import { stampRouteToHelpCheck } from './verification'

/**
 * The 18 municipalities: the unit every editor works in. Editors change only their own record;
 * the multi-tenant plugin adds that constraint to `update`. Visitors read them for the portal.
 */
export const Municipalities: CollectionConfig = {
  slug: 'municipalities',
  labels: {
    singular: label('custom:municipalities:municipality'),
    plural: label('custom:municipalities:municipalities'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'region', 'localTeam.name', 'verification.checkedAt'],
    group: staticLabel('custom:groups:regionAndMunicipalities'),
    description: label('custom:municipalities:n18MunicipalitiesArnhemAchterhoekRegion'),
  },
  defaultSort: 'name',
  // The version history is what tells the translation overview a Dutch text changed after its
  // translation (src/translations).
  versions: { maxPerDoc: 25 },
  access: {
    read: anyone,
    create: isAdmin,
    update: isEditor,
    delete: isAdmin,
  },
  endpoints: [readinessEndpoint],
  hooks: {
    beforeChange: [stampRouteToHelpCheck],
    afterChange: [revalidatePortalAfterChange, refreshMediaPublicityAfterChange],
    afterDelete: [revalidatePortalAfterDelete, refreshMediaPublicityAfterDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'name',
          type: 'text',
          required: true,
          label: label('custom:municipalities:name'),
          access: { update: isAdminField },
        },
        {
          name: 'slug',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          label: label('custom:municipalities:slug'),
          access: { update: isAdminField },
        },
      ],
    },
    {
      name: 'region',
      type: 'relationship',
      relationTo: 'regions',
      required: true,
      label: label('custom:municipalities:region'),
      access: { update: isAdminField },
    },
    mediaUpload({
      name: 'logo',
      municipalityOf: ({ id }) => id,
      label: label('custom:municipalities:logo'),
    }),
    {
      name: 'localTeam',
      type: 'group',
      label: label('custom:municipalities:localTeamFirstPointContact'),
      fields: [
        { name: 'name', type: 'text', label: label('custom:municipalities:name') },
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', label: label('custom:municipalities:phone') },
            { name: 'email', type: 'text', label: label('custom:municipalities:eMail') },
          ],
        },
        { name: 'website', type: 'text', label: label('custom:municipalities:website') },
        { name: 'address', type: 'text', label: label('custom:routeToHelp:address') },
        {
          name: 'openingHours',
          type: 'text',
          localized: true,
          label: label('custom:municipalities:openingHours'),
        },
      ],
    },
    {
      name: 'designatedOfficer',
      type: 'group',
      label: label('custom:municipalities:designatedOfficer'),
      fields: [
        { name: 'name', type: 'text', label: label('custom:municipalities:name') },
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', label: label('custom:municipalities:phone') },
            { name: 'email', type: 'text', label: label('custom:municipalities:eMail') },
          ],
        },
      ],
    },
    {
      name: 'howItWorks',
      type: 'richText',
      localized: true,
      label: label('custom:municipalities:howWorksOurMunicipality'),
    },
    {
      // The local route to help is shown to the public only once someone has checked it.
      name: 'verification',
      type: 'group',
      label: label('custom:routeToHelp:verification'),
      admin: {
        position: 'sidebar',
        description: label('custom:routeToHelp:verificationDescription'),
      },
      fields: [
        {
          name: 'checkedAt',
          type: 'date',
          label: label('custom:routeToHelp:checkedAt'),
          admin: {
            date: { pickerAppearance: 'dayOnly' },
            description: label('custom:routeToHelp:checkedAtDescription'),
          },
        },
        { name: 'checkedBy', type: 'text', label: label('custom:routeToHelp:checkedBy') },
        {
          name: 'reminderSentAt',
          type: 'date',
          label: label('custom:routeToHelp:reminderSentAt'),
          admin: { readOnly: true },
        },
      ],
    },
  ],
}
