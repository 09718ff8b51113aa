import type { CollectionConfig, PayloadRequest } from 'payload'

import {
  refreshMediaPublicityAfterChange,
  refreshMediaPublicityAfterDelete,
} from '@/collections/Media/publicity'
import { label, staticLabel } from '@/fields/labels'
import { localeSelect } from '@/fields/localeSelect'
import { selectFromList, selectFromValues } from '@/fields/selectFromList'
import { audiences, packAudiences } from '@/fields/taxonomy'
import { adminT } from '@/i18n/admin'
import { editionKinds, isPackMailing } from '@/newsletter/editionKinds'
import { editionStatuses } from '@/newsletter/editionStatuses'
import { revalidateArchiveAfterChange, revalidateArchiveAfterDelete } from '@/portal/revalidate'

import {
  changeEditions,
  createEditions,
  guardEditionDelete,
  guardEditionScope,
  readEditionVersions,
  readEditions,
} from './access'
import { previewEndpoint } from './endpoints/preview'
import { sendingEndpoints } from './endpoints/sending'
import { testSendEndpoint } from './endpoints/testSend'
import { flagWithdrawnBlocks } from './hooks/flagWithdrawnBlocks'
import { guardScheduling } from './hooks/guardScheduling'
import { queueScheduledSend } from './hooks/queueScheduledSend'
import { removeDeliveries } from './hooks/removeDeliveries'
import { previewUrl } from './shared'

const kindLabels = {
  newsletter: label('custom:packMailings:kinds:newsletter'),
  'pack-mailing': label('custom:packMailings:kinds:packMailing'),
}

/** Newsletter-only fields disappear (and are not required) on a pack mailing. */
const isNewsletter = (data: { kind?: string | null } | undefined) => !isPackMailing(data ?? {})

const statusLabels = {
  draft: label('custom:newsletterEditions:draft'),
  scheduled: label('custom:newsletterEditions:scheduled'),
  sending: label('custom:newsletterEditions:sending2'),
  paused: label('custom:newsletterEditions:paused'),
  sent: label('custom:newsletterEditions:sent'),
  cancelled: label('custom:newsletterEditions:cancelled'),
}

/**
 * One edition of the digitale Nieuwsbrief, composed from approved building blocks of every
 * municipality. This collection composes and previews; the delivery engine sends.
 */
export const NewsletterEditions: CollectionConfig = {
  slug: 'newsletter-editions',
  labels: {
    singular: label('custom:newsletterEditions:edition'),
    plural: label('custom:newsletterEditions:newsletterEditions'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'status', 'sendAt', 'campaignMoment', 'updatedAt'],
    group: staticLabel('custom:groups:newsletter'),
    description: label('custom:newsletterEditions:composeEditionApprovedBuildingBlocks'),
    livePreview: {
      openByDefault: true,
      url: ({ data, locale, req }) =>
        data?.id ? previewUrl({ id: data.id, locale: locale.code, req }) : null,
      breakpoints: [
        { name: 'mobile', label: 'Mobiel (375 px)', width: 375, height: 740 },
        { name: 'desktop', label: 'Breed (1024 px)', width: 1024, height: 900 },
      ],
    },
  },
  access: {
    read: readEditions,
    create: createEditions,
    update: changeEditions,
    delete: changeEditions,
    readVersions: readEditionVersions,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  endpoints: [previewEndpoint, testSendEndpoint, ...sendingEndpoints],
  hooks: {
    beforeChange: [guardEditionScope, guardScheduling],
    afterChange: [
      queueScheduledSend,
      revalidateArchiveAfterChange,
      refreshMediaPublicityAfterChange,
    ],
    beforeDelete: [guardEditionDelete, removeDeliveries],
    afterDelete: [revalidateArchiveAfterDelete, refreshMediaPublicityAfterDelete],
  },
  fields: [
    selectFromValues(editionKinds, kindLabels, {
      // Not required: editions from before kinds existed are newsletters (see `isPackMailing`).
      name: 'kind',
      defaultValue: 'newsletter',
      index: true,
      label: label('custom:packMailings:kind'),
      // Chosen once: the recipients, template and counts all follow from it.
      access: { update: () => false },
      admin: { position: 'sidebar', description: label('custom:packMailings:kindDescription') },
    }),
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: label('custom:newsletterEditions:title'),
    },
    {
      name: 'intro',
      type: 'textarea',
      localized: true,
      label: label('custom:newsletterEditions:introduction'),
      admin: { condition: isNewsletter },
    },
    {
      name: 'preheader',
      type: 'text',
      localized: true,
      maxLength: 150,
      label: label('custom:newsletterEditions:preheader'),
      admin: {
        description: label('custom:newsletterEditions:shortTextMailClientsShow'),
      },
    },
    {
      name: 'sections',
      type: 'array',
      label: label('custom:newsletterEditions:sections'),
      labels: {
        singular: label('custom:newsletterEditions:section'),
        plural: label('custom:newsletterEditions:sections'),
      },
      minRows: 1,
      admin: { initCollapsed: false, condition: isNewsletter },
      fields: [
        {
          name: 'heading',
          type: 'text',
          localized: true,
          label: label('custom:newsletterEditions:sectionHeading'),
        },
        {
          name: 'blocks',
          type: 'relationship',
          relationTo: 'building-blocks',
          hasMany: true,
          label: label('custom:newsletterEditions:buildingBlocksOrder'),
          filterOptions: { reviewStatus: { equals: 'approved' } },
          admin: {
            description: label('custom:newsletterEditions:approvedBuildingBlocksOnlyDrag'),
          },
        },
      ],
    },
    {
      name: 'packMailing',
      type: 'group',
      label: label('custom:packMailings:packMailing'),
      admin: { condition: (data) => isPackMailing(data ?? {}) },
      fields: [
        selectFromList(packAudiences, {
          name: 'audience',
          index: true,
          label: label('custom:packMailings:audience'),
          validate: (value: unknown, { data, req }: { data: unknown; req: PayloadRequest }) =>
            Boolean(value) ||
            !isPackMailing((data ?? {}) as { kind?: string }) ||
            adminT(req)('custom:packMailings:audienceRequired'),
        }),
        {
          name: 'message',
          type: 'textarea',
          localized: true,
          maxLength: 1000,
          label: label('custom:packMailings:message'),
          admin: { description: label('custom:packMailings:messageDescription') },
        },
      ],
    },
    {
      name: 'withdrawnBlocks',
      type: 'textarea',
      virtual: true,
      label: label('custom:newsletterEditions:attention'),
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.withdrawnBlocks),
        description: label('custom:newsletterEditions:buildingBlocksNoLongerApproved'),
      },
      hooks: { afterRead: [flagWithdrawnBlocks] },
    },
    selectFromValues(editionStatuses, statusLabels, {
      name: 'status',
      required: true,
      defaultValue: 'draft',
      index: true,
      label: label('custom:newsletterEditions:sendingStatus'),
      admin: { position: 'sidebar', readOnly: true },
    }),
    {
      name: 'sendAt',
      type: 'date',
      label: label('custom:newsletterEditions:sendAt'),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'sendPanel',
      type: 'ui',
      label: staticLabel('custom:newsletterEditions:sending'),
      admin: {
        position: 'sidebar',
        components: { Field: '/collections/NewsletterEditions/components/SendPanel#SendPanel' },
      },
    },
    {
      // The whole send run (a delivery is one mail to one person).
      name: 'sending',
      type: 'group',
      label: label('custom:newsletterEditions:sendRun'),
      admin: { hidden: true },
      fields: [
        { name: 'startedAt', type: 'date', label: label('custom:newsletterEditions:startedAt') },
        { name: 'finishedAt', type: 'date', label: label('custom:newsletterEditions:finishedAt') },
        {
          name: 'isSnapshotComplete',
          type: 'checkbox',
          label: label('custom:newsletterEditions:recipientListFrozen'),
        },
        {
          name: 'pauseReason',
          type: 'text',
          label: label('custom:newsletterEditions:reasonForThePause'),
        },
      ],
    },
    {
      name: 'campaignMoment',
      type: 'relationship',
      relationTo: 'campaign-moments',
      label: label('custom:newsletterEditions:campaignMoment'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'audience',
      type: 'group',
      label: label('custom:newsletterEditions:audience'),
      admin: {
        description: label('custom:newsletterEditions:leaveChoiceEmptyReachEveryone'),
      },
      fields: [
        {
          name: 'municipalities',
          type: 'relationship',
          relationTo: 'municipalities',
          hasMany: true,
          label: label('custom:newsletterEditions:municipalities'),
        },
        selectFromList(audiences, {
          name: 'audiences',
          hasMany: true,
          label: label('custom:newsletterEditions:audiences'),
          admin: { condition: isNewsletter },
        }),
        localeSelect({
          name: 'languages',
          hasMany: true,
          label: label('custom:newsletterEditions:languages'),
          admin: { condition: isNewsletter },
        }),
      ],
    },
    {
      name: 'testSend',
      type: 'ui',
      label: staticLabel('custom:newsletterEditions:testMessage'),
      admin: {
        position: 'sidebar',
        components: { Field: '/collections/NewsletterEditions/components/TestSend#TestSend' },
      },
    },
  ],
}
