import type { CollectionConfig } from 'payload'

import { isRegional } from '@/access/isRegional'
import { label } from '@/fields/labels'
import { localeSelect } from '@/fields/localeSelect'
import { selectFromList, selectFromValues } from '@/fields/selectFromList'
import { audiences } from '@/fields/taxonomy'
import {
  countsEndpoint,
  eraseEndpoint,
  exportEndpoint,
  importEndpoint,
  oneClickUnsubscribeEndpoint,
  subscribeEndpoint,
  subscribePreflightEndpoint,
} from '@/subscribers/endpoints'
import { subscriberStatuses } from '@/subscribers/statuses'
import { forgetDeliveries } from './hooks/forgetDeliveries'
import { normalizeEmail } from './hooks/normalizeEmail'

const statusLabels = {
  pending: label('Wacht op bevestiging', 'Awaiting confirmation'),
  confirmed: label('Bevestigd', 'Confirmed'),
  unsubscribed: label('Afgemeld', 'Unsubscribed'),
  bounced: label('Onbestelbaar (bounce)', 'Bounced'),
  complained: label('Klacht (spam gemeld)', 'Complained'),
}

/**
 * People on the mailing list. Personal data: only admin and regio-redactie read it; municipal
 * editors get counts for their own municipality, never addresses.
 */
export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  labels: { singular: label('Abonnee', 'Subscriber'), plural: label('Abonnees', 'Subscribers') },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'status', 'locale', 'municipality', 'confirmedAt'],
    listSearchableFields: ['email'],
    group: label('Nieuwsbrief', 'Newsletter'),
    components: {
      beforeListTable: ['/collections/Subscribers/components/ImportSubscribers#ImportSubscribers'],
    },
  },
  access: {
    read: isRegional,
    create: isRegional,
    update: isRegional,
    delete: isRegional,
    readVersions: () => false,
  },
  hooks: {
    beforeValidate: [normalizeEmail],
    beforeDelete: [forgetDeliveries],
  },
  endpoints: [
    subscribeEndpoint,
    subscribePreflightEndpoint,
    oneClickUnsubscribeEndpoint,
    countsEndpoint,
    exportEndpoint,
    eraseEndpoint,
    importEndpoint,
  ],
  fields: [
    {
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      index: true,
      label: label('E-mailadres', 'E-mail address'),
    },
    {
      name: 'name',
      type: 'text',
      label: label('Naam (voor de aanhef)', 'Name (for the greeting)'),
    },
    {
      type: 'row',
      fields: [
        localeSelect({ name: 'locale', required: true, defaultValue: 'nl', index: true }),
        {
          name: 'municipality',
          type: 'relationship',
          relationTo: 'municipalities',
          index: true,
          label: label('Gemeente', 'Municipality'),
        },
      ],
    },
    selectFromList(audiences, {
      name: 'audiences',
      hasMany: true,
      label: label('Doelgroepen', 'Audiences'),
    }),
    selectFromValues(subscriberStatuses, statusLabels, {
      name: 'status',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: label('Status', 'Status'),
      admin: { position: 'sidebar' },
    }),
    {
      name: 'consent',
      type: 'group',
      label: label('Toestemming (bewijs)', 'Consent (proof)'),
      admin: {
        description: label(
          'Wanneer en hoe deze persoon toestemming gaf (Telecommunicatiewet 11.7, AVG).',
          'When and how this person consented (Dutch Telecommunications Act 11.7, GDPR).',
        ),
      },
      fields: [
        { name: 'givenAt', type: 'date', label: label('Gegeven op', 'Given at') },
        { name: 'source', type: 'text', label: label('Bron', 'Source') },
        {
          name: 'textVersion',
          type: 'text',
          label: label('Versie van de toestemmingstekst', 'Consent text version'),
        },
        { name: 'ipHash', type: 'text', label: label('IP-adres (gehasht)', 'IP address (hashed)') },
      ],
    },
    {
      name: 'confirmedAt',
      type: 'date',
      label: label('Bevestigd op', 'Confirmed at'),
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'unsubscribedAt',
      type: 'date',
      label: label('Afgemeld op', 'Unsubscribed at'),
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'lastConfirmationSentAt',
      type: 'date',
      label: label('Laatste bevestigingsmail', 'Last confirmation mail'),
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'privacyActions',
      type: 'ui',
      label: label('Privacy', 'Privacy'),
      admin: {
        position: 'sidebar',
        components: { Field: '/collections/Subscribers/components/PrivacyActions#PrivacyActions' },
      },
    },
    {
      name: 'suppressionReason',
      type: 'text',
      label: label('Reden geen mail meer', 'Reason mail stopped'),
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
