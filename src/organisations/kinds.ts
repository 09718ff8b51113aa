import type { PackAudience } from '@/fields/taxonomy'

/**
 * The kinds of organisation in a municipality's register, and the pack audience each one gets by
 * default: a school, a childcare centre or an MBO gets the schools' pack.
 */
export const organisationKinds = [
  'primary-school',
  'secondary-school',
  'mbo',
  'childcare',
  'employer',
  'volunteer-organisation',
  'club',
] as const

export type OrganisationKind = (typeof organisationKinds)[number]

/** Each kind's admin name (`custom:organisations:kinds:…`), for the select and the import. */
export const kindTextKeys = {
  'primary-school': 'custom:organisations:kinds:primarySchool',
  'secondary-school': 'custom:organisations:kinds:secondarySchool',
  mbo: 'custom:organisations:kinds:mbo',
  childcare: 'custom:organisations:kinds:childcare',
  employer: 'custom:organisations:kinds:employer',
  'volunteer-organisation': 'custom:organisations:kinds:volunteerOrganisation',
  club: 'custom:organisations:kinds:club',
} as const satisfies Record<OrganisationKind, string>

export const audienceOfKind: Record<OrganisationKind, PackAudience> = {
  'primary-school': 'schools',
  'secondary-school': 'schools',
  mbo: 'schools',
  childcare: 'schools',
  employer: 'employers',
  'volunteer-organisation': 'volunteer-organisations',
  club: 'sports-clubs',
}

/** Whether an organisation still gets pack mailings: an opt-out or a hard bounce stops them. */
export const organisationStatuses = ['active', 'opted-out', 'bounced'] as const

export type OrganisationStatus = (typeof organisationStatuses)[number]

/** Where an organisation's address came from, so an editor can judge and refresh it. */
export const organisationSources = ['manual', 'import', 'school-register', 'website'] as const

export type OrganisationSource = (typeof organisationSources)[number]
