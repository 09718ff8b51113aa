/**
 * Reference lists of the regional compass. Values are stable identifiers stored in the database;
 * labels are what editors read in the admin (Dutch first).
 */
export const themes = [
  { value: 'norm', label: { nl: 'De norm is: geweld hoort nergens thuis', en: 'The norm: violence has no place anywhere' } },
  { value: 'alert', label: { nl: 'Iedereen is alert: een kring van veiligheid', en: 'Everyone is alert: a circle of safety' } },
  { value: 'safety-first', label: { nl: 'Veiligheid staat altijd voorop', en: 'Safety always comes first' } },
  { value: 'reporting-code', label: { nl: '(Semi)professionals gebruiken de meldcode', en: '(Semi-)professionals use the reporting code' } },
  { value: 'help-nearby', label: { nl: 'Steun, advies en hulp zijn nabij', en: 'Support, advice and help are nearby' } },
  { value: 'system-oriented', label: { nl: 'De benadering is systeemgericht', en: 'The approach is system-oriented' } },
  { value: 'pilot-light-contact', label: { nl: 'Door waakvlamcontact blijven betrokkenen in beeld', en: 'Pilot-light contact keeps people in view' } },
  { value: 'roles-clear', label: { nl: 'De rol- en taakverdeling is duidelijk', en: 'Roles and tasks are clear' } },
  { value: 'learning', label: { nl: 'Randvoorwaarde: leren', en: 'Precondition: learning' } },
  { value: 'communicating', label: { nl: 'Randvoorwaarde: communiceren', en: 'Precondition: communicating' } },
] as const

export const audiences = [
  { value: 'schools', slug: 'scholen', label: { nl: 'Scholen', en: 'Schools' } },
  { value: 'employers', slug: 'werkgevers', label: { nl: 'Werkgevers', en: 'Employers' } },
  { value: 'volunteer-organisations', slug: 'vrijwilligersorganisaties', label: { nl: 'Vrijwilligers(organisaties)', en: 'Volunteer organisations' } },
  { value: 'sports-clubs', slug: 'verenigingen', label: { nl: '(Sport)verenigingen', en: '(Sports) clubs' } },
  { value: 'neighbourhoods', slug: 'buurten-en-wijken', label: { nl: 'Buurten en wijken', en: 'Neighbourhoods' } },
  { value: 'faith-communities', slug: 'geloofsgemeenschappen', label: { nl: '(Geloofs)gemeenschappen', en: '(Faith) communities' } },
  { value: 'professionals', slug: 'professionals', label: { nl: 'Professionals en aandachtsfunctionarissen', en: 'Professionals and designated officers' } },
  { value: 'residents', slug: 'inwoners', label: { nl: 'Inwoners', en: 'Residents' } },
] as const

export const buildingBlockKinds = [
  { value: 'news', label: { nl: 'Nieuws', en: 'News' } },
  { value: 'event', label: { nl: 'Agenda', en: 'Event' } },
  { value: 'story', label: { nl: 'Verhaal (wat werkt)', en: 'Story (what works)' } },
  { value: 'call-to-action', label: { nl: 'Oproep', en: 'Call to action' } },
  { value: 'background', label: { nl: 'Achtergrond', en: 'Background' } },
] as const

export const reviewStatuses = [
  { value: 'draft', label: { nl: 'Concept', en: 'Draft' } },
  { value: 'submitted', label: { nl: 'Ingediend', en: 'Submitted' } },
  { value: 'approved', label: { nl: 'Goedgekeurd', en: 'Approved' } },
  { value: 'returned', label: { nl: 'Teruggestuurd', en: 'Returned' } },
] as const

export type Theme = (typeof themes)[number]['value']
export type Audience = (typeof audiences)[number]['value']
export type BuildingBlockKind = (typeof buildingBlockKinds)[number]['value']
export type ReviewStatus = (typeof reviewStatuses)[number]['value']

/** The audiences that get a communication pack on the public portal (a subset of `audiences`). */
export const packAudienceValues = ['schools', 'employers', 'volunteer-organisations', 'sports-clubs'] as const
export const packAudiences = audiences.filter(({ value }) =>
  (packAudienceValues as readonly string[]).includes(value),
)
export type PackAudience = (typeof packAudienceValues)[number]

/** The four points every pack covers, from the regional approach's communication paragraph. */
export const packPoints = [
  { value: 'national-campaigns', label: { nl: 'Informatie uit de landelijke campagnes', en: 'Information from the national campaigns' } },
  { value: 'reporting-code', label: { nl: 'De meldcode en de verwijsindex', en: 'The reporting code and the referral index' } },
  { value: 'norm', label: { nl: 'De norm: geweld hoort nergens thuis', en: 'The norm: violence has no place anywhere' } },
  { value: 'help-nearby', label: { nl: 'Steun, advies en hulp zijn nabij', en: 'Support, advice and help are nearby' } },
  { value: 'other', label: { nl: 'Overig', en: 'Other' } },
] as const

export const materialKinds = [
  { value: 'poster', label: { nl: 'Poster', en: 'Poster' } },
  { value: 'letter', label: { nl: 'Brief', en: 'Letter' } },
  { value: 'reporting-code-steps', label: { nl: 'Stappen van de meldcode', en: 'Reporting code steps' } },
  { value: 'flyer', label: { nl: 'Folder', en: 'Flyer' } },
  { value: 'other', label: { nl: 'Overig', en: 'Other' } },
] as const

export type PackPoint = (typeof packPoints)[number]['value']
export type MaterialKind = (typeof materialKinds)[number]['value']
