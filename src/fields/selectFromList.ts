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

/** A select over a domain's list of stored values, with the admin's label for each of them. */
export const selectFromValues = <Value extends string>(
  values: readonly Value[],
  labels: Record<Value, Option['label']>,
  overrides: Partial<SelectField> & Pick<SelectField, 'name'>,
): SelectField =>
  selectFromList(
    values.map((value) => ({ value, label: labels[value] })),
    overrides,
  )
