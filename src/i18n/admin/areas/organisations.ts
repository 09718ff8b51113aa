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
  importOrganisations: {
    heading: 'Organisaties importeren (CSV)',
    explain:
      'Kolommen (kopregel verplicht, Nederlandse namen mogen ook): naam, soort, doelgroep, contactpersoon, e-mail, taal, brin, gemeente, herkomst. Ook het bestand "adressen vestigingen" van DUO (open onderwijsdata) kan, met ; of , gescheiden. Een organisatie wordt samengevoegd op e-mailadres, anders op BRIN-code, anders op naam; een afgemelde organisatie blijft afgemeld.',
  },
  importProblems: {
    nameMissing: 'naam ontbreekt',
    municipalityMissing: 'gemeente ontbreekt (vul de kolom gemeente in)',
    otherMunicipality:
      'gemeente {{municipality}} is niet uw gemeente; u kunt alleen organisaties van uw eigen gemeente importeren',
    kindMissing: 'soort ontbreekt',
    unknownKind: 'onbekende soort "{{kind}}" (bijvoorbeeld basisschool, werkgever, vereniging)',
    invalidBrin: 'ongeldige BRIN-code "{{brin}}" (4 tekens, bijvoorbeeld 12AB of 12AB00)',
    unknownSource: 'onbekende herkomst "{{source}}"',
  },
  validation: {
    invalidBrin:
      'Dit is geen BRIN-code. Een BRIN-code heeft 4 tekens (bijvoorbeeld 12AB), eventueel met een vestigingsnummer van 2 cijfers (12AB00).',
    duplicateEmail:
      'Dit e-mailadres staat in uw gemeente al bij de organisatie "{{name}}". Pas die organisatie aan in plaats van een tweede aan te maken.',
  },
  privacyActions: {
    heading: 'Privacy (AVG)',
    export: 'Gegevens downloaden (JSON)',
    erase: 'Organisatie wissen',
    confirmErase:
      'Alle gegevens van deze organisatie worden gewist: de organisatie met contactpersoon, de opgeslagen berichten aan dit adres en de koppeling in verzendingen. Dit kan niet ongedaan worden. Doorgaan?',
    failed: 'Wissen lukte niet. Probeer het opnieuw of vraag de beheerder.',
  },
  endpoints: {
    notFound: 'Organisatie niet gevonden, of niet van uw gemeente.',
    erased:
      'De organisatie is gewist. {{deliveries}} verzending(en) geanonimiseerd, {{messages}} bericht(en) verwijderd.',
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
  importOrganisations: {
    heading: 'Import organisations (CSV)',
    explain:
      'Columns (header required, Dutch names accepted): name, kind, audience, contact_name, email, language, brin, municipality, source. DUO’s "adressen vestigingen" file (open education data) works too, separated by ; or ,. An organisation is merged by email address, else by BRIN code, else by name; an organisation that opted out stays opted out.',
  },
  importProblems: {
    nameMissing: 'name missing',
    municipalityMissing: 'municipality missing (fill in the municipality column)',
    otherMunicipality:
      'municipality {{municipality}} is not yours; you can only import organisations of your own municipality',
    kindMissing: 'kind missing',
    unknownKind: 'unknown kind "{{kind}}" (for example primary school, employer, club)',
    invalidBrin: 'invalid BRIN code "{{brin}}" (4 characters, for example 12AB or 12AB00)',
    unknownSource: 'unknown source "{{source}}"',
  },
  validation: {
    invalidBrin:
      'This is not a BRIN code. A BRIN code has 4 characters (for example 12AB), optionally followed by a 2-digit branch number (12AB00).',
    duplicateEmail:
      'This email address is already registered in your municipality for the organisation "{{name}}". Edit that organisation instead of adding a second one.',
  },
  privacyActions: {
    heading: 'Privacy (GDPR)',
    export: 'Download data (JSON)',
    erase: 'Erase organisation',
    confirmErase:
      'All data of this organisation will be erased: the organisation with its contact person, stored messages to this address and the link in deliveries. This cannot be undone. Continue?',
    failed: 'Erasing failed. Try again or ask the administrator.',
  },
  endpoints: {
    notFound: 'Organisation not found, or not in your municipality.',
    erased:
      'The organisation has been erased. {{deliveries}} delivery(ies) anonymised, {{messages}} message(s) deleted.',
  },
}
