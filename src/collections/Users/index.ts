import { tenantsArrayField } from '@payloadcms/plugin-multi-tenant/fields'
import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '@/access/adminOrSelf'
import { checkRole, roles } from '@/access/checkRole'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { label, staticLabel } from '@/fields/labels'
import { isServedOverHttps } from '@/lib/securityHeaders'

import { forgotPasswordEmailHTML, forgotPasswordEmailSubject } from './hooks/forgotPasswordEmail'
import { forgiveSuccessfulLogin, guardLogin } from './hooks/guardLogin'
import { refuseDemoAccountInProduction } from './hooks/refuseDemoAccountInProduction'

const roleLabels = {
  admin: label('custom:users:administrator'),
  'regio-redactie': label('custom:users:regionalEditorCommunicationAdviser'),
  'gemeente-redactie': label('custom:users:municipalEditor'),
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
  labels: { singular: label('custom:users:user'), plural: label('custom:users:users') },
  auth: {
    // No lock per account: anyone who knows an editor's address could use it to lock them out.
    // Guessing is stopped per client instead (guardLogin).
    maxLoginAttempts: 0,
    // The session cookie travels only over https when the installation is served over https.
    cookies: { secure: isServedOverHttps() },
    forgotPassword: {
      generateEmailHTML: forgotPasswordEmailHTML,
      generateEmailSubject: forgotPasswordEmailSubject,
    },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles', 'municipalities'],
    group: staticLabel('custom:groups:administration'),
  },
  access: {
    admin: ({ req: { user } }) => checkRole([...roles], user),
    create: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [guardLogin],
    beforeLogin: [refuseDemoAccountInProduction],
    afterLogin: [forgiveSuccessfulLogin],
  },
  fields: [
    { name: 'name', type: 'text', label: label('custom:users:name') },
    {
      name: 'roles',
      type: 'select',
      label: label('custom:users:roles'),
      hasMany: true,
      required: true,
      defaultValue: ['gemeente-redactie'],
      saveToJWT: true,
      options: roles.map((role) => ({ value: role, label: roleLabels[role] })),
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description: label('custom:users:municipalEditorsWorkOnlyChosen'),
      },
    },
    {
      ...municipalitiesField,
      fields: municipalitiesField.fields.map((field) =>
        field.type === 'relationship' && field.name === 'municipality'
          ? { ...field, label: label('custom:users:municipality') }
          : field,
      ),
      label: label('custom:users:municipalities'),
      labels: {
        singular: label('custom:users:municipality'),
        plural: label('custom:users:municipalities'),
      },
      admin: {
        description: label('custom:users:municipalitiesWhichUserManagesBuilding'),
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
