import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { isRegional } from '@/access/isRegional'
import { label } from '@/fields/labels'
import { revalidatePortalAfterChange, revalidatePortalAfterDelete } from '@/portal/revalidate'

export const Regions: CollectionConfig = {
  slug: 'regions',
  labels: { singular: label('Regio', 'Region'), plural: label('Regio’s', 'Regions') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'veiligThuis', 'referralIndex'],
    group: label('Regio en gemeenten', 'Region and municipalities'),
  },
  access: {
    read: anyone,
    create: isAdmin,
    update: isRegional,
    delete: isAdmin,
  },
  hooks: {
    afterChange: [revalidatePortalAfterChange],
    afterDelete: [revalidatePortalAfterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Naam', 'Name') },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: label('Korte naam (in webadressen)', 'Slug'),
      access: { update: ({ req: { user } }) => Boolean(user?.roles?.includes('admin')) },
    },
    {
      name: 'veiligThuis',
      type: 'group',
      label: label('Veilig Thuis', 'Veilig Thuis (safe at home)'),
      fields: [
        { name: 'organisation', type: 'text', required: true, label: label('Organisatie', 'Organisation') },
        {
          name: 'phone',
          type: 'text',
          required: true,
          defaultValue: '0800-2000',
          label: label('Telefoon (24/7, gratis)', 'Phone (24/7, free)'),
        },
        { name: 'website', type: 'text', label: label('Website', 'Website') },
      ],
    },
    {
      name: 'referralIndex',
      type: 'group',
      label: label('Verwijsindex', 'Referral index'),
      fields: [
        { name: 'name', type: 'text', required: true, label: label('Naam', 'Name') },
        { name: 'website', type: 'text', label: label('Website', 'Website') },
      ],
    },
  ],
}
