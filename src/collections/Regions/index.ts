import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { isRegional } from '@/access/isRegional'
import { label, staticLabel } from '@/fields/labels'
import { revalidatePortalAfterChange, revalidatePortalAfterDelete } from '@/portal/revalidate'

export const Regions: CollectionConfig = {
  slug: 'regions',
  labels: { singular: label('custom:regions:region'), plural: label('custom:regions:regions') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'veiligThuis', 'referralIndex'],
    group: staticLabel('custom:groups:regionAndMunicipalities'),
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
    { name: 'name', type: 'text', required: true, label: label('custom:regions:name') },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: label('custom:regions:slug'),
      access: { update: ({ req: { user } }) => Boolean(user?.roles?.includes('admin')) },
    },
    {
      name: 'veiligThuis',
      type: 'group',
      label: label('custom:regions:veiligThuisSafeHome'),
      fields: [
        {
          name: 'organisation',
          type: 'text',
          required: true,
          label: label('custom:regions:organisation'),
        },
        {
          name: 'phone',
          type: 'text',
          required: true,
          defaultValue: '0800-2000',
          label: label('custom:regions:phone247Free'),
        },
        { name: 'website', type: 'text', label: label('custom:regions:website') },
      ],
    },
    {
      name: 'referralIndex',
      type: 'group',
      label: label('custom:regions:referralIndex'),
      fields: [
        { name: 'name', type: 'text', required: true, label: label('custom:regions:name') },
        { name: 'website', type: 'text', label: label('custom:regions:website') },
      ],
    },
  ],
}
