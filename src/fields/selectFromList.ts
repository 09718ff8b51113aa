import type { OptionLabel, SelectField } from 'payload'

type Option = { value: string; label: OptionLabel }

/** A select over one of the reference lists in `taxonomy.ts`; pass overrides for name, label, etc. */
export const selectFromList = (
  options: readonly Option[],
  overrides: Partial<SelectField> & Pick<SelectField, 'name'>,
): SelectField =>
  ({
    type: 'select',
    options: options.map(({ value, label }) => ({ value, label })),
    ...overrides,
  }) as SelectField
