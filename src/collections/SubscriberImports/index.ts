import type { CollectionConfig } from 'payload'

import { isRegional } from '@/access/isRegional'
import { label, staticLabel } from '@/fields/labels'
import { adminLanguages } from '@/i18n/admin'
import { importStatuses } from '@/subscribers/importRecords'
import { importReportEndpoint } from '@/subscribers/importReport'

import { removeStoredFile } from './hooks/removeStoredFile'

const statusLabels = {
  pending: label('custom:subscriberImports:pending'),
  running: label('custom:subscriberImports:running'),
  done: label('custom:subscriberImports:done'),
  failed: label('custom:subscriberImports:failed'),
}

/** Written by the import job only: nobody changes a record through the API. */
const jobOnly = { create: () => false, update: () => false }

/**
 * One CSV import of subscribers: made by `POST /api/subscribers/import`, worked through by the
 * `importSubscribers` job (src/subscribers/importJob.ts), which keeps the counts, the problems per
 * line and the point to resume from here, in the same transaction as the rows it stored. Read by
 * the roles that may import subscribers (admin and regio-redactie); the records hold no addresses,
 * but the problems echo values from the file.
 */
export const SubscriberImports: CollectionConfig = {
  slug: 'subscriber-imports',
  labels: {
    singular: label('custom:subscriberImports:import'),
    plural: label('custom:subscriberImports:imports'),
  },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'fileName',
    defaultColumns: ['fileName', 'status', 'rowsRead', 'added', 'merged', 'rejected', 'createdAt'],
    group: staticLabel('custom:groups:newsletter'),
    description: label('custom:subscriberImports:explain'),
  },
  access: {
    read: isRegional,
    create: () => false,
    update: () => false,
    delete: isRegional,
    readVersions: () => false,
  },
  hooks: { beforeDelete: [removeStoredFile] },
  endpoints: [importReportEndpoint],
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: importStatuses.map((value) => ({ value, label: statusLabels[value] })),
      label: label('custom:subscriberImports:status'),
      access: jobOnly,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'fileName',
      type: 'text',
      required: true,
      label: label('custom:subscriberImports:fileName'),
      access: jobOnly,
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: (['rowsRead', 'added', 'merged', 'rejected'] as const).map((name) => ({
        name,
        type: 'number' as const,
        defaultValue: 0,
        label: label(`custom:subscriberImports:${name}`),
        access: jobOnly,
        admin: { readOnly: true },
      })),
    },
    {
      name: 'error',
      type: 'textarea',
      label: label('custom:subscriberImports:error'),
      access: jobOnly,
      admin: { readOnly: true, condition: (data) => Boolean(data?.error) },
    },
    {
      name: 'report',
      type: 'ui',
      label: staticLabel('custom:subscriberImports:report'),
      admin: { components: { Field: '/components/ImportReport#ImportReport' } },
    },
    {
      // The uploader's admin language: the reasons in the report are written in it.
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'nl',
      options: adminLanguages.map((value) => ({ value, label: value })),
      access: jobOnly,
      admin: { hidden: true },
    },
    {
      name: 'startedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('custom:subscriberImports:startedBy'),
      access: jobOnly,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'startedAt',
      type: 'date',
      label: label('custom:subscriberImports:startedAt'),
      access: jobOnly,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'finishedAt',
      type: 'date',
      label: label('custom:subscriberImports:finishedAt'),
      access: jobOnly,
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      // The file's name under IMPORT_DIR, never a path: removed when the import is over.
      name: 'storedFile',
      type: 'text',
      access: { ...jobOnly, read: () => false },
      admin: { hidden: true },
    },
    {
      // The last line of the file whose outcome is committed: a new run starts after it.
      name: 'resumeAfterLine',
      type: 'number',
      defaultValue: 0,
      access: jobOnly,
      admin: { hidden: true },
    },
    {
      // The file's size and how far the committed batches reach into it: the admin's progress bar.
      name: 'fileBytes',
      type: 'number',
      access: jobOnly,
      admin: { hidden: true },
    },
    {
      name: 'bytesRead',
      type: 'number',
      defaultValue: 0,
      access: jobOnly,
      admin: { hidden: true },
    },
    {
      // Written with every batch: a running import whose heartbeat is older than the lease died.
      name: 'heartbeatAt',
      type: 'date',
      access: jobOnly,
      admin: { hidden: true },
    },
    {
      // The job run that holds the import (see `claimImport`), so two runners never both work it.
      name: 'runner',
      type: 'text',
      access: { ...jobOnly, read: () => false },
      admin: { hidden: true },
    },
    {
      // `[[line, reason], ...]`, in line order, at most `maxListedProblems` of them.
      name: 'problems',
      type: 'json',
      access: jobOnly,
      admin: { hidden: true },
    },
  ],
}
