import type { SelectField } from 'payload'

import { locales } from '@/i18n'

import { label } from './labels'

/** A choice among the content languages (one list in `src/i18n`); pass overrides for the rest. */
export const localeSelect = (
  overrides: Partial<SelectField> & Pick<SelectField, 'name'>,
): SelectField =>
  ({
    type: 'select',
    label: label('custom:fields:language'),
    options: locales.map(({ code, label: name }) => ({ value: code, label: name })),
    ...overrides,
  }) as SelectField
