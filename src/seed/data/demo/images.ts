import type { Locale } from '@/i18n'

export type DemoImage = {
  municipality: string
  lines: string[]
  background: string
  accent: string
  alt: Partial<Record<Locale, string>> & { nl: string }
}

export type DemoImageKey = keyof typeof demoImages

/** Each image belongs to the municipality whose blocks use it: media is scoped per municipality. */
export const demoImages = {
  'week-tegen-kindermishandeling': {
    municipality: 'arnhem',
    lines: ['Week tegen', 'Kindermishandeling'],
    background: '#1f4e79',
    accent: '#f2b134',
    alt: {
      nl: 'Blauwe illustratie met cirkels, een huisje en de tekst "Week tegen Kindermishandeling"',
      en: 'Blue illustration with circles, a small house and the Dutch text "Week tegen Kindermishandeling" (Week against Child Abuse)',
    },
  },
  waakvlamcontact: {
    municipality: 'arnhem',
    lines: ['Waakvlamcontact'],
    background: '#6b3f69',
    accent: '#f7c873',
    alt: { nl: 'Paarse illustratie met cirkels, een huisje en de tekst "Waakvlamcontact"' },
  },
  'veilig-thuis': {
    municipality: 'winterswijk',
    lines: ['Veilig Thuis', '0800-2000'],
    background: '#0f6e6e',
    accent: '#ffffff',
    alt: {
      nl: 'Groenblauwe illustratie met cirkels, een huisje en de tekst "Veilig Thuis 0800-2000"',
    },
  },
  'samen-op-het-veld': {
    municipality: 'duiven',
    lines: ['Samen op', 'het veld'],
    background: '#2e7d32',
    accent: '#c5e1a5',
    alt: { nl: 'Groene illustratie met cirkels, een huisje en de tekst "Samen op het veld"' },
  },
  'orange-the-world': {
    municipality: 'zevenaar',
    lines: ['Orange the World'],
    background: '#e8681a',
    accent: '#ffe0b2',
    alt: {
      nl: 'Oranje illustratie met cirkels, een huisje en de tekst "Orange the World"',
      en: 'Orange illustration with circles, a small house and the text "Orange the World"',
    },
  },
  'start-schooljaar': {
    municipality: 'doetinchem',
    lines: ['Start', 'schooljaar'],
    background: '#c62828',
    accent: '#ffcdd2',
    alt: { nl: 'Rode illustratie met cirkels, een huisje en de tekst "Start schooljaar"' },
  },
} satisfies Record<string, DemoImage>
