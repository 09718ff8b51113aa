import type { Locale } from '@/i18n'

export type DemoEditionText = { title: string; intro: string; headings: [string, string] }

export const demoEditionTitle = 'Nieuwsbrief Samen Veilig – december 2026'

/** The demo edition's own texts, in three languages; its blocks are the approved demo blocks. */
export const demoEditionTexts: Partial<Record<Locale, DemoEditionText>> = {
  nl: {
    title: demoEditionTitle,
    intro:
      'Orange the World loopt nog tot en met 10 december. In deze editie: wat gemeenten in de regio doen, wat werkt, en waar je terecht kunt met zorgen over iemand thuis.',
    headings: ['Nieuws uit de regio', 'Wat werkt'],
  },
  en: {
    title: 'Samen Veilig newsletter – December 2026',
    intro:
      'Orange the World runs until 10 December. In this edition: what municipalities in the region are doing, what works, and where to go with worries about someone at home.',
    headings: ['News from the region', 'What works'],
  },
  ar: {
    title: 'النشرة الإخبارية Samen Veilig – ديسمبر 2026',
    intro:
      'تستمر حملة Orange the World حتى 10 ديسمبر. في هذا العدد: ما تقوم به البلديات في المنطقة، وما ينجح، وإلى أين تتوجه إذا كنت قلقًا على شخص ما في المنزل.',
    headings: ['أخبار من المنطقة', 'ما ينجح'],
  },
}
