import type { RelationshipField } from 'payload'

/** The edition a delivery, batch or claim belongs to: required, and indexed for per-edition reads. */
export const editionField = (overrides: Partial<RelationshipField> = {}): RelationshipField =>
  ({
    name: 'edition',
    type: 'relationship',
    relationTo: 'newsletter-editions',
    required: true,
    index: true,
    ...overrides,
  }) as RelationshipField
