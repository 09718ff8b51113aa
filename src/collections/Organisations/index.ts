import type { CollectionBeforeValidateHook, CollectionConfig, PayloadRequest } from 'payload'

import { isEditor } from '@/access/isEditor'
import { label, staticLabel } from '@/fields/labels'
import { linkVersionField } from '@/fields/linkVersion'
import { localeSelect } from '@/fields/localeSelect'
import { selectFromList, selectFromValues } from '@/fields/selectFromList'
import { packAudiences } from '@/fields/taxonomy'
import { assignOnlyMunicipality } from '@/hooks/assignOnlyMunicipality'
import { normalizeEmail } from '@/hooks/normalizeEmail'
import { adminT } from '@/i18n/admin'
import {
  eraseEndpoint,
  exportEndpoint,
  importEndpoint,
  oneClickOptOutEndpoint,
} from '@/organisations/endpoints'
import {
  kindTextKeys,
  organisationKinds,
  organisationSources,
  organisationStatuses,
} from '@/organisations/kinds'
import type { OrganisationKind } from '@/organisations/kinds'
import { completeOrganisation, isBrin, organisationWithEmail } from '@/organisations/rules'

import { forgetDeliveries } from './hooks/forgetDeliveries'

const kindLabels = Object.fromEntries(
  organisationKinds.map((kind) => [kind, label(kindTextKeys[kind])]),
) as Record<OrganisationKind, ReturnType<typeof label>>

type ValidateArgs = {
  req: PayloadRequest
  data?: Record<string, unknown>
  id?: string | number
}

const completeData: CollectionBeforeValidateHook = ({ data }) => data && completeOrganisation(data)

const statusLabels = {
  active: label('custom:organisations:statuses:active'),
  'opted-out': label('custom:organisations:statuses:optedOut'),
  bounced: label('custom:organisations:statuses:bounced'),
}

const sourceLabels = {
  manual: label('custom:organisations:sources:manual'),
  import: label('custom:organisations:sources:import'),
  'school-register': label('custom:organisations:sources:schoolRegister'),
  website: label('custom:organisations:sources:website'),
}

/**
 * A municipality's register of organisations (schools, childcare, employers, volunteer
 * organisations, clubs) that get its communication pack. Holds a contact person's name and
 * address: only editors read it, and the multi-tenant plugin narrows municipal editors to their
 * own municipality. No versions: an erased contact must not live on in the history.
 */
export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: {
    singular: label('custom:organisations:organisation'),
    plural: label('custom:organisations:organisations'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'audience', 'municipality', 'language', 'status'],
    listSearchableFields: ['name', 'email', 'contactName', 'brin'],
    group: staticLabel('custom:groups:regionAndMunicipalities'),
    description: label('custom:organisations:description'),
    components: {
      beforeListTable: [
        {
          path: '/components/CsvImport#CsvImport',
          clientProps: {
            collection: 'organisations',
            heading: 'custom:organisations:importOrganisations:heading',
            explain: 'custom:organisations:importOrganisations:explain',
          },
        },
      ],
    },
  },
  defaultSort: 'name',
  access: {
    read: isEditor,
    create: isEditor,
    update: isEditor,
    delete: isEditor,
    readVersions: () => false,
  },
  hooks: {
    beforeValidate: [assignOnlyMunicipality, normalizeEmail, completeData],
    beforeDelete: [forgetDeliveries],
  },
  endpoints: [oneClickOptOutEndpoint, exportEndpoint, eraseEndpoint, importEndpoint],
  indexes: [{ fields: ['municipality', 'email'] }, { fields: ['municipality', 'audience'] }],
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: label('custom:organisations:name'),
    },
    {
      type: 'row',
      fields: [
        selectFromValues(organisationKinds, kindLabels, {
          name: 'kind',
          required: true,
          label: label('custom:organisations:kind'),
        }),
        selectFromList(packAudiences, {
          name: 'audience',
          required: true,
          index: true,
          label: label('custom:organisations:audience'),
          admin: { description: label('custom:organisations:audienceDescription') },
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'contactName',
          type: 'text',
          label: label('custom:organisations:contactName'),
        },
        {
          // Optional: the open school register has no addresses; such a school is registered,
          // counted as missing an address, and skipped by pack mailings until one is filled in.
          name: 'email',
          type: 'email',
          index: true,
          label: label('custom:organisations:email'),
          validate: async (value: unknown, { req, data, id }: ValidateArgs) => {
            if (!value) return true
            const existing = await organisationWithEmail({
              payload: req.payload,
              municipality: data?.municipality,
              email: String(value),
              exceptId: id,
              req,
            })
            return existing
              ? adminT(req)('custom:organisations:validation:duplicateEmail', {
                  name: existing.name,
                })
              : true
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        localeSelect({
          name: 'language',
          required: true,
          defaultValue: 'nl',
          label: label('custom:organisations:language'),
        }),
        {
          name: 'brin',
          type: 'text',
          index: true,
          label: label('custom:organisations:brin'),
          validate: (value: unknown, { req }: ValidateArgs) =>
            !value ||
            isBrin(String(value)) ||
            adminT(req)('custom:organisations:validation:invalidBrin'),
          admin: { description: label('custom:organisations:brinDescription') },
        },
      ],
    },
    selectFromValues(organisationSources, sourceLabels, {
      name: 'source',
      required: true,
      defaultValue: 'manual',
      label: label('custom:organisations:source'),
    }),
    selectFromValues(organisationStatuses, statusLabels, {
      name: 'status',
      required: true,
      defaultValue: 'active',
      index: true,
      label: label('custom:organisations:status'),
      admin: { position: 'sidebar' },
    }),
    {
      name: 'optedOutAt',
      type: 'date',
      label: label('custom:organisations:optedOutAt'),
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    linkVersionField(),
    {
      name: 'privacyActions',
      type: 'ui',
      label: staticLabel('custom:organisations:privacyActions:heading'),
      admin: {
        position: 'sidebar',
        components: {
          Field: {
            path: '/components/PrivacyActions#PrivacyActions',
            clientProps: { collection: 'organisations' },
          },
        },
      },
    },
  ],
}
