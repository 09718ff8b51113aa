import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isEditor } from '@/access/isEditor'
import { label } from '@/fields/labels'
import { revalidatePortalAfterChange, revalidatePortalAfterDelete } from '@/portal/revalidate'

/**
 * The 18 municipalities: the unit every editor works in. Editors change only their own record;
 * the multi-tenant plugin adds that constraint to `update`. Visitors read them for the portal.
 */
export const Municipalities: CollectionConfig = {
  slug: 'municipalities',
  labels: {
    singular: label('Gemeente', 'Municipality'),
    plural: label('Gemeenten', 'Municipalities'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'region', 'localTeam.name', 'contactDetailsChecked'],
    group: label('Regio en gemeenten', 'Region and municipalities'),
    description: label(
      'De 18 gemeenten van regio Arnhem-Achterhoek. Houd de lokale route naar hulp actueel: die komt in nieuwsbrieven en communicatiepakketten.',
      'The 18 municipalities of the Arnhem-Achterhoek region. Keep the local route to help up to date: it is used in newsletters and communication packs.',
    ),
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
  hooks: {
    afterChange: [revalidatePortalAfterChange],
    afterDelete: [revalidatePortalAfterDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'name',
          type: 'text',
          required: true,
          label: label('Naam', 'Name'),
          access: { update: isAdminField },
        },
        {
          name: 'slug',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          label: label('Korte naam (in webadressen)', 'Slug'),
          access: { update: isAdminField },
        },
      ],
    },
    {
      name: 'region',
      type: 'relationship',
      relationTo: 'regions',
      required: true,
      label: label('Regio', 'Region'),
      access: { update: isAdminField },
    },
    { name: 'logo', type: 'upload', relationTo: 'media', label: label('Logo', 'Logo') },
    {
      name: 'localTeam',
      type: 'group',
      label: label('Lokaal team (eerste aanspreekpunt)', 'Local team (first point of contact)'),
      fields: [
        { name: 'name', type: 'text', label: label('Naam', 'Name') },
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', label: label('Telefoon', 'Phone') },
            { name: 'email', type: 'text', label: label('E-mail', 'E-mail') },
          ],
        },
        { name: 'website', type: 'text', label: label('Website', 'Website') },
        {
          name: 'openingHours',
          type: 'text',
          localized: true,
          label: label('Openingstijden', 'Opening hours'),
        },
      ],
    },
    {
      name: 'designatedOfficer',
      type: 'group',
      label: label('Aandachtsfunctionaris', 'Designated officer'),
      fields: [
        { name: 'name', type: 'text', label: label('Naam', 'Name') },
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', label: label('Telefoon', 'Phone') },
            { name: 'email', type: 'text', label: label('E-mail', 'E-mail') },
          ],
        },
      ],
    },
    {
      name: 'howItWorks',
      type: 'richText',
      localized: true,
      label: label('Zo werkt het in onze gemeente', 'How it works in our municipality'),
    },
    {
      name: 'contactDetailsChecked',
      type: 'checkbox',
      defaultValue: false,
      label: label(
        'Contactgegevens gecontroleerd door de gemeente',
        'Contact details checked by the municipality',
      ),
      admin: {
        position: 'sidebar',
        description: label(
          'Zolang dit uit staat, zijn de lokale contactgegevens voorbeeldwaarden die de gemeente nog moet invullen.',
          'While unchecked, the local contact details are placeholders the municipality still has to fill in.',
        ),
      },
    },
  ],
}
