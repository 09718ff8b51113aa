import type { PackAudience } from '@/fields/taxonomy'
import type { Locale } from '@/i18n'
import type {
  OrganisationKind,
  OrganisationSource,
  OrganisationStatus,
} from '@/organisations/kinds'

export type DemoOrganisation = {
  municipality: string
  name: string
  kind: OrganisationKind
  /** Only where it differs from the kind's own audience. */
  audience?: PackAudience
  contactName?: string
  /** None for schools straight from the open school register, which lists no addresses. */
  email?: string
  language: Locale
  brin?: string
  source: OrganisationSource
  status?: OrganisationStatus
}

/**
 * The demo municipalities' registers of organisations: invented names and example.org addresses
 * (which never receive mail), every kind and all four pack audiences, several languages, two
 * schools from the school register without an address, and one organisation that opted out.
 */
export const demoOrganisations: DemoOrganisation[] = [
  // Arnhem
  {
    municipality: 'arnhem',
    name: 'Basisschool De Vlinderboom',
    kind: 'primary-school',
    contactName: 'Sanne Willems',
    email: 'directie.vlinderboom@example.org',
    language: 'nl',
    brin: '91XA',
    source: 'manual',
  },
  {
    municipality: 'arnhem',
    name: 'Rijnstad Lyceum',
    kind: 'secondary-school',
    contactName: 'Mehmet Kaya',
    email: 'zorgcoordinator.rijnstadlyceum@example.org',
    language: 'tr',
    brin: '92XB00',
    source: 'import',
  },
  {
    municipality: 'arnhem',
    name: 'Kinderopvang Het Wolkje',
    kind: 'childcare',
    contactName: 'Fatima Benali',
    email: 'locatie.hetwolkje@example.org',
    language: 'ar',
    source: 'website',
  },
  {
    municipality: 'arnhem',
    name: 'Logistiek Centrum Arnhem-Noord',
    kind: 'employer',
    contactName: 'Piotr Nowak',
    email: 'hr.lcarnhemnoord@example.org',
    language: 'pl',
    source: 'import',
  },
  {
    municipality: 'arnhem',
    name: 'Basisschool Het Kompas (schoolregister)',
    kind: 'primary-school',
    language: 'nl',
    brin: '93XC00',
    source: 'school-register',
  },
  // Winterswijk
  {
    municipality: 'winterswijk',
    name: 'Basisschool De Steenakker',
    kind: 'primary-school',
    contactName: 'Joost Hendriks',
    email: 'info.steenakker@example.org',
    language: 'nl',
    brin: '94XD',
    source: 'school-register',
  },
  {
    municipality: 'winterswijk',
    name: 'Voetbalvereniging Achterhoek-Oost',
    kind: 'club',
    contactName: 'Ria te Brake',
    email: 'secretariaat.vvachterhoekoost@example.org',
    language: 'nl',
    source: 'manual',
  },
  {
    municipality: 'winterswijk',
    name: 'Vrijwilligerscentrale Winterswijk',
    kind: 'volunteer-organisation',
    contactName: 'Olena Kovalenko',
    email: 'contact.vcwinterswijk@example.org',
    language: 'uk',
    source: 'website',
  },
  // Duiven
  {
    municipality: 'duiven',
    name: 'Tuinbouwbedrijf De Ooi',
    kind: 'employer',
    contactName: 'Kasia Wiśniewska',
    email: 'personeelszaken.deooi@example.org',
    language: 'pl',
    source: 'manual',
  },
  {
    municipality: 'duiven',
    name: 'Zwemvereniging De Liemers',
    kind: 'club',
    email: 'bestuur.zvdeliemers@example.org',
    language: 'nl',
    source: 'import',
    status: 'opted-out',
  },
  {
    municipality: 'duiven',
    name: 'Buurthuis Vrijwilligers Duiven',
    kind: 'volunteer-organisation',
    contactName: 'Youssef Amrani',
    email: 'vrijwilligers.buurthuisduiven@example.org',
    language: 'ar',
    source: 'manual',
  },
  // Zevenaar
  {
    municipality: 'zevenaar',
    name: 'Liemers Vakcollege (mbo)',
    kind: 'mbo',
    contactName: 'Ayşe Demir',
    email: 'studentenzaken.liemersvakcollege@example.org',
    language: 'tr',
    brin: '95XE00',
    source: 'import',
  },
  {
    municipality: 'zevenaar',
    name: 'Openbare Basisschool De Wissel (schoolregister)',
    kind: 'primary-school',
    language: 'nl',
    brin: '96XF01',
    source: 'school-register',
  },
  {
    municipality: 'zevenaar',
    name: 'Kinderdagverblijf Klein Geluk',
    kind: 'childcare',
    contactName: 'Emma de Graaf',
    email: 'info.kleingeluk@example.org',
    language: 'en',
    source: 'website',
  },
  // A few in other municipalities
  {
    municipality: 'doetinchem',
    name: 'Achterhoeks Ziekenhuisfonds (werkgever)',
    kind: 'employer',
    contactName: 'Hanneke Jansen',
    email: 'hr.ziekenhuisfonds@example.org',
    language: 'nl',
    source: 'manual',
  },
  {
    municipality: 'aalten',
    name: 'Hockeyclub Aalten',
    kind: 'club',
    contactName: 'Dmytro Shevchenko',
    email: 'secretaris.hcaalten@example.org',
    language: 'uk',
    source: 'manual',
  },
  {
    // A scouting group gets the volunteer organisations' pack, though it is a club.
    municipality: 'rheden',
    name: 'Scouting Veluwezoom',
    kind: 'club',
    audience: 'volunteer-organisations',
    contactName: 'Lotte Vermeulen',
    email: 'bestuur.scoutingveluwezoom@example.org',
    language: 'nl',
    source: 'website',
  },
]
