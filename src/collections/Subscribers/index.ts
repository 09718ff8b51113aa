import type { CollectionConfig, Field } from 'payload'

import { isRegional } from '@/access/isRegional'
import { label, staticLabel } from '@/fields/labels'
import { linkVersionField } from '@/fields/linkVersion'
import { localeSelect } from '@/fields/localeSelect'
import { selectFromList, selectFromValues } from '@/fields/selectFromList'
import { audiences } from '@/fields/taxonomy'
import { normalizeEmail } from '@/hooks/normalizeEmail'
import { consentHistoryEvents } from '@/subscribers/consentHistory'
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
import { recordConsentHistory } from './hooks/recordConsentHistory'

const statusLabels = {
  pending: label('custom:subscribers:awaitingConfirmation'),
  confirmed: label('custom:subscribers:confirmed'),
  unsubscribed: label('custom:subscribers:unsubscribed'),
  bounced: label('custom:subscribers:bounced'),
  complained: label('custom:subscribers:complained'),
}

const historyEventLabels = {
  ...statusLabels,
  consent: label('custom:subscribers:consentGiven'),
  requested: label('custom:subscribers:signUpRequested'),
}

/** How a consent was given: on the subscriber and in each entry of its history. */
const consentProofFields: Field[] = [
  { name: 'source', type: 'text', label: label('custom:subscribers:source') },
  { name: 'textVersion', type: 'text', label: label('custom:subscribers:consentTextVersion') },
  { name: 'ipHash', type: 'text', label: label('custom:subscribers:ipAddressHashed') },
]

/** Written by the app only (see `registerSignUp`): read by nobody through the API. */
const internalOnly = { read: () => false, create: () => false, update: () => false }

/**
 * People on the mailing list. Personal data: only admin and regio-redactie read it; municipal
 * editors get counts for their own municipality, never addresses.
 */
export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  labels: {
    singular: label('custom:subscribers:subscriber'),
    plural: label('custom:subscribers:subscribers'),
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'status', 'locale', 'municipality', 'confirmedAt'],
    listSearchableFields: ['email'],
    group: staticLabel('custom:groups:newsletter'),
    components: {
      beforeListTable: [
        {
          path: '/components/CsvImport#CsvImport',
          clientProps: {
            collection: 'subscribers',
            heading: 'custom:subscribers:importSubscribers:heading',
            explain: 'custom:subscribers:importSubscribers:explain',
          },
        },
      ],
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
    beforeChange: [recordConsentHistory],
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
  // The monitor counts years of subscribers per quarter, municipality and language from these
  // alone (src/monitor/sqliteCounts.ts): a tenth of the time of reading the rows.
  indexes: [
    { fields: ['confirmedAt', 'municipality'] },
    { fields: ['unsubscribedAt', 'municipality'] },
    { fields: ['status', 'municipality', 'locale'] },
  ],
  fields: [
    {
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      index: true,
      label: label('custom:subscribers:eMailAddress'),
    },
    {
      name: 'name',
      type: 'text',
      label: label('custom:subscribers:nameForTheGreeting'),
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
          label: label('custom:subscribers:municipality'),
        },
      ],
    },
    selectFromList(audiences, {
      name: 'audiences',
      hasMany: true,
      label: label('custom:subscribers:audiences'),
    }),
    selectFromValues(subscriberStatuses, statusLabels, {
      name: 'status',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: label('custom:subscribers:status'),
      admin: { position: 'sidebar' },
    }),
    {
      name: 'consent',
      type: 'group',
      label: label('custom:subscribers:consentProof'),
      admin: {
        description: label('custom:subscribers:howPersonConsentedDutchTelecommunications'),
      },
      fields: [
        { name: 'givenAt', type: 'date', label: label('custom:subscribers:givenAt') },
        ...consentProofFields,
      ],
    },
    {
      name: 'confirmedAt',
      type: 'date',
      label: label('custom:subscribers:confirmedAt'),
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'unsubscribedAt',
      type: 'date',
      label: label('custom:subscribers:unsubscribedAt'),
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'lastConfirmationSentAt',
      type: 'date',
      label: label('custom:subscribers:lastConfirmationMail'),
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'confirmationsInWindow',
      type: 'number',
      admin: { hidden: true },
      access: internalOnly,
    },
    {
      name: 'confirmationWindowStartedAt',
      type: 'date',
      admin: { hidden: true },
      access: internalOnly,
    },
    linkVersionField(),
    {
      name: 'consentHistory',
      type: 'array',
      label: label('custom:subscribers:consentHistory'),
      // Appended by `recordConsentHistory` only: no user writes a row, changes or removes one.
      access: { create: () => false, update: () => false },
      admin: {
        readOnly: true,
        description: label('custom:subscribers:consentHistoryExplain'),
        initCollapsed: true,
      },
      fields: [
        selectFromValues(consentHistoryEvents, historyEventLabels, {
          name: 'event',
          required: true,
          label: label('custom:subscribers:event'),
        }),
        {
          name: 'at',
          type: 'date',
          required: true,
          label: label('custom:subscribers:at'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        ...consentProofFields,
        {
          name: 'preferences',
          type: 'json',
          label: label('custom:subscribers:requestedPreferences'),
        },
      ],
    },
    {
      name: 'privacyActions',
      type: 'ui',
      label: staticLabel('custom:subscribers:privacy'),
      admin: {
        position: 'sidebar',
        components: {
          Field: {
            path: '/components/PrivacyActions#PrivacyActions',
            clientProps: { collection: 'subscribers' },
          },
        },
      },
    },
    {
      name: 'suppressionReason',
      type: 'text',
      label: label('custom:subscribers:reasonMailStopped'),
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
