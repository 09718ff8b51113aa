import { tenantsArrayField } from '@payloadcms/plugin-multi-tenant/fields'
import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '@/access/adminOrSelf'
import { checkRole, roles } from '@/access/checkRole'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { label } from '@/fields/labels'
import { forgotPasswordEmailHTML, forgotPasswordEmailSubject } from './hooks/forgotPasswordEmail'
import { refuseDemoAccountInProduction } from './hooks/refuseDemoAccountInProduction'

const roleLabels = {
  admin: label('Beheerder', 'Administrator'),
  'regio-redactie': label('Regio-redactie (communicatieadviseur)', 'Regional editor (communication adviser)'),
  'gemeente-redactie': label('Gemeente-redactie', 'Municipal editor'),
} as const

const municipalitiesField = tenantsArrayField({
  tenantsArrayFieldName: 'municipalities',
  tenantsArrayTenantFieldName: 'municipality',
  tenantsCollectionSlug: 'municipalities',
  arrayFieldAccess: { create: isAdminField, update: isAdminField },
  tenantFieldAccess: { create: isAdminField, update: isAdminField },
})

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('Gebruiker', 'User'), plural: label('Gebruikers', 'Users') },
  auth: {
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
    forgotPassword: {
      generateEmailHTML: forgotPasswordEmailHTML,
      generateEmailSubject: forgotPasswordEmailSubject,
    },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles', 'municipalities'],
    group: label('Beheer', 'Administration'),
  },
  access: {
    admin: ({ req: { user } }) => checkRole([...roles], user),
    create: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
  },
  hooks: {
    beforeLogin: [refuseDemoAccountInProduction],
  },
  fields: [
    { name: 'name', type: 'text', label: label('Naam', 'Name') },
    {
      name: 'roles',
      type: 'select',
      label: label('Rollen', 'Roles'),
      hasMany: true,
      required: true,
      defaultValue: ['gemeente-redactie'],
      saveToJWT: true,
      options: roles.map((role) => ({ value: role, label: roleLabels[role] })),
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description: label(
          'Gemeente-redactie werkt alleen voor de gekozen gemeenten; regio-redactie en beheer voor de hele regio.',
          'Municipal editors work only for the chosen municipalities; regional editors and administrators for the whole region.',
        ),
      },
    },
    {
      ...municipalitiesField,
      fields: municipalitiesField.fields.map((field) =>
        'name' in field && field.name === 'municipality'
          ? { ...field, label: label('Gemeente', 'Municipality') }
          : field,
      ),
      label: label('Gemeenten', 'Municipalities'),
      labels: { singular: label('Gemeente', 'Municipality'), plural: label('Gemeenten', 'Municipalities') },
      admin: {
        description: label(
          'De gemeenten waarvoor deze gebruiker bouwstenen en gegevens beheert.',
          'The municipalities for which this user manages building blocks and details.',
        ),
      },
    },
    {
      name: 'isDemoAccount',
      type: 'checkbox',
      defaultValue: false,
      access: { create: isAdminField, update: isAdminField },
      admin: { hidden: true },
    },
  ],
}
