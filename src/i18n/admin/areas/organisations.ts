import type { Wording } from '../wording'

/** The organisations register's admin texts (`custom:organisations:…`). */
export const nl = {
  organisation: 'Organisatie',
  organisations: 'Organisaties',
  description:
    'Scholen, kinderopvang, werkgevers, vrijwilligersorganisaties en verenigingen die het pakket van uw gemeente krijgen.',
  name: 'Naam',
  kind: 'Soort',
  audience: 'Doelgroep (pakket)',
  audienceDescription: 'Welk communicatiepakket deze organisatie krijgt.',
  contactName: 'Contactpersoon',
  email: 'E-mailadres',
  language: 'Voorkeurstaal',
  brin: 'BRIN-code',
  brinDescription: 'Alleen voor scholen, als u hem weet (bijvoorbeeld 12AB of 12AB00).',
  source: 'Herkomst van het adres',
  status: 'Status',
  optedOutAt: 'Afgemeld op',
  kinds: {
    primarySchool: 'Basisschool',
    secondarySchool: 'Voortgezet onderwijs',
    mbo: 'MBO',
    childcare: 'Kinderopvang',
    employer: 'Werkgever',
    volunteerOrganisation: 'Vrijwilligersorganisatie',
    club: '(Sport)vereniging',
  },
  statuses: {
    active: 'Ontvangt het pakket',
    optedOut: 'Afgemeld',
    bounced: 'Adres onbestelbaar',
  },
  sources: {
    manual: 'Zelf ingevuld',
    import: 'Spreadsheet (import)',
    schoolRegister: 'Open onderwijsdata (DUO)',
    website: 'Website van de organisatie',
  },
}

export const en: Wording<typeof nl> = {
  organisation: 'Organisation',
  organisations: 'Organisations',
  description:
    'Schools, childcare, employers, volunteer organisations and clubs that get your municipality’s pack.',
  name: 'Name',
  kind: 'Kind',
  audience: 'Audience (pack)',
  audienceDescription: 'Which communication pack this organisation gets.',
  contactName: 'Contact person',
  email: 'Email address',
  language: 'Preferred language',
  brin: 'BRIN code',
  brinDescription: 'Schools only, if you know it (for example 12AB or 12AB00).',
  source: 'Where the address came from',
  status: 'Status',
  optedOutAt: 'Opted out on',
  kinds: {
    primarySchool: 'Primary school',
    secondarySchool: 'Secondary school',
    mbo: 'MBO (vocational)',
    childcare: 'Childcare',
    employer: 'Employer',
    volunteerOrganisation: 'Volunteer organisation',
    club: '(Sports) club',
  },
  statuses: {
    active: 'Gets the pack',
    optedOut: 'Opted out',
    bounced: 'Address bounced',
  },
  sources: {
    manual: 'Entered by hand',
    import: 'Spreadsheet (import)',
    schoolRegister: 'Open education data (DUO)',
    website: 'The organisation’s website',
  },
}
