import { getTranslation } from '@payloadcms/translations'

import { adminLanguages, adminTextsIn } from '@/i18n/admin'

import { label } from './labels'

/**
 * Reference lists of the regional compass. Values are stable identifiers stored in the database;
 * labels are what editors read in the admin (Dutch first).
 */
export const themes = [
  { value: 'norm', label: label('custom:fields:normViolenceHasNoPlace') },
  { value: 'alert', label: label('custom:fields:everyoneAlertCircleSafety') },
  { value: 'safety-first', label: label('custom:fields:safetyAlwaysComesFirst') },
  { value: 'reporting-code', label: label('custom:fields:semiProfessionalsUseReportingCode') },
  { value: 'help-nearby', label: label('custom:fields:supportAdviceHelpNearby') },
  { value: 'system-oriented', label: label('custom:fields:approachSystemOriented') },
  { value: 'pilot-light-contact', label: label('custom:fields:pilotLightContactKeepsPeople') },
  { value: 'roles-clear', label: label('custom:fields:rolesTasksClear') },
  { value: 'learning', label: label('custom:fields:preconditionLearning') },
  { value: 'communicating', label: label('custom:fields:preconditionCommunicating') },
] as const

export const audiences = [
  { value: 'schools', slug: 'scholen', label: label('custom:fields:schools') },
  { value: 'employers', slug: 'werkgevers', label: label('custom:fields:employers') },
  {
    value: 'volunteer-organisations',
    slug: 'vrijwilligersorganisaties',
    label: label('custom:fields:volunteerOrganisations'),
  },
  { value: 'sports-clubs', slug: 'verenigingen', label: label('custom:fields:sportsClubs') },
  {
    value: 'neighbourhoods',
    slug: 'buurten-en-wijken',
    label: label('custom:fields:neighbourhoods'),
  },
  {
    value: 'faith-communities',
    slug: 'geloofsgemeenschappen',
    label: label('custom:fields:faithCommunities'),
  },
  {
    value: 'professionals',
    slug: 'professionals',
    label: label('custom:fields:professionalsAndDesignatedOfficers'),
  },
  { value: 'residents', slug: 'inwoners', label: label('custom:fields:residents') },
] as const

export const buildingBlockKinds = [
  { value: 'news', label: label('custom:fields:news') },
  { value: 'event', label: label('custom:fields:event') },
  { value: 'story', label: label('custom:fields:storyWhatWorks') },
  { value: 'call-to-action', label: label('custom:fields:callToAction') },
  { value: 'background', label: label('custom:fields:background') },
] as const

export const reviewStatuses = [
  { value: 'draft', label: label('custom:fields:draft') },
  { value: 'submitted', label: label('custom:fields:submitted') },
  { value: 'approved', label: label('custom:fields:approved') },
  { value: 'returned', label: label('custom:fields:returned') },
] as const

export type Theme = (typeof themes)[number]['value']
export type Audience = (typeof audiences)[number]['value']
export type BuildingBlockKind = (typeof buildingBlockKinds)[number]['value']
export type ReviewStatus = (typeof reviewStatuses)[number]['value']

/** The audiences that get a communication pack on the public portal (a subset of `audiences`). */
export const packAudienceValues = [
  'schools',
  'employers',
  'volunteer-organisations',
  'sports-clubs',
] as const
export const packAudiences = audiences.filter(({ value }) =>
  (packAudienceValues as readonly string[]).includes(value),
)
export type PackAudience = (typeof packAudienceValues)[number]

/**
 * Audiences by every name a spreadsheet may use: value, Dutch slug and the admin's label in any of
 * its languages, lower-cased. For the subscribers' and organisations' imports.
 */
export const audiencesByName = <Item extends (typeof audiences)[number]>(
  list: readonly Item[],
): Map<string, Item['value']> => {
  const byName = new Map<string, Item['value']>()
  for (const { value, slug, label: text } of list) {
    const names = adminLanguages.map((language) => getTranslation(text, adminTextsIn(language)))
    for (const key of [value, slug, ...names]) byName.set(key.toLowerCase(), value)
  }
  return byName
}

/** The four points every pack covers, from the regional approach's communication paragraph. */
export const packPoints = [
  { value: 'national-campaigns', label: label('custom:fields:informationNationalCampaigns') },
  { value: 'reporting-code', label: label('custom:fields:reportingCodeReferralIndex') },
  { value: 'norm', label: label('custom:fields:normViolenceHasNoPlaceAnywhere') },
  { value: 'help-nearby', label: label('custom:fields:supportAdviceHelpNearby') },
  { value: 'other', label: label('custom:fields:other') },
] as const

export const materialKinds = [
  { value: 'poster', label: label('custom:fields:poster') },
  { value: 'letter', label: label('custom:fields:letter') },
  { value: 'reporting-code-steps', label: label('custom:fields:reportingCodeSteps') },
  { value: 'flyer', label: label('custom:fields:flyer') },
  { value: 'other', label: label('custom:fields:other') },
] as const

export type PackPoint = (typeof packPoints)[number]['value']
export type MaterialKind = (typeof materialKinds)[number]['value']
