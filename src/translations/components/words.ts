/**
 * The interface words of the Vertalingen view in both admin languages. What the server reports
 * (reasons, field labels) stays Dutch: it is written for the regional editors.
 */
export const words = {
  nl: {
    title: 'Vertalingen',
    notAllowed:
      'Vertalingen beheert de regio-redactie. Uw bouwstenen worden vanuit de regio vertaald; vraag de communicatieadviseur als een vertaling nodig is.',
    intro:
      'Per bouwsteen, editie, pakketsjabloon en pakket: welke talen ontbreken, onvolledig of verouderd zijn (de Nederlandse tekst veranderde na de vertaling) en welke actueel zijn. Dit volgt uit de versiegeschiedenis. Bovenaan staat wat het eerst uitgaat.',
    worklists: 'Te vertalen, per taal',
    worklistsIntro:
      'Exporteer per taal één XLIFF-bestand met alles wat vertaald moet worden (met de Nederlandse tekst en waar hij staat). Een vertaler werkt het bij in zijn eigen programma; importeer het daarna hieronder.',
    allCurrent: 'alles actueel',
    toDo: (count: number) => `${count} te doen`,
    exportButton: (language: string) => `Exporteer ${language} (XLIFF)`,
    outdated: 'verouderd',
    missing: 'ontbreekt',
    more: (count: number) => `En nog ${count}; het exportbestand bevat ze allemaal.`,
    allDocuments: 'Alle documenten',
    noDocuments: 'Er zijn nog geen documenten met Nederlandse tekst.',
    caption: 'Vertaalstatus per document en taal, meest dringend eerst',
    document: 'Document',
    neededFor: 'Nodig voor',
    importHeading: 'Vertaald bestand importeren',
    importIntro:
      'Elke vertaalde tekst komt in het juiste veld in de taal van het bestand, als concept (bouwstenen hebben geen concepten: daar als nieuwe versie). Nederlands, andere talen en andere velden blijven zoals ze zijn. Een tekst waarvan de Nederlandse bron sinds de export veranderde, of met opmaak of plaatshouders die niet kloppen, wordt geweigerd met de reden.',
    file: 'XLIFF-bestand',
    start: 'Importeren',
    busy: 'Bezig met importeren…',
    failed: 'Importeren lukte niet.',
    summary: (report: { locale: string; saved: number; rejected: number; skipped: number }) =>
      `Taal ${report.locale}: ${report.saved} opgeslagen, ${report.rejected} geweigerd, ${report.skipped} overgeslagen.`,
    reportCaption: 'Verslag per tekst',
    columns: ['Document', 'Veld', 'Resultaat', 'Toelichting'],
    outcomes: { saved: '✓ opgeslagen', rejected: '✗ geweigerd', skipped: '– overgeslagen' },
  },
  en: {
    title: 'Translations',
    notAllowed:
      'Translations are managed by the regional editors. Your building blocks are translated by the region; ask the communications adviser when a translation is needed.',
    intro:
      'For every building block, edition, pack template and pack: which languages are missing, incomplete or outdated (the Dutch text changed after the translation) and which are up to date. This is read from the version history. What goes out first is at the top.',
    worklists: 'To translate, per language',
    worklistsIntro:
      'Export one XLIFF file per language with everything that needs translating (with the Dutch text and where it appears). A translator works in it with their own tool; then import it below.',
    allCurrent: 'all up to date',
    toDo: (count: number) => `${count} to do`,
    exportButton: (language: string) => `Export ${language} (XLIFF)`,
    outdated: 'outdated',
    missing: 'missing',
    more: (count: number) => `And ${count} more; the export file holds them all.`,
    allDocuments: 'All documents',
    noDocuments: 'There are no documents with Dutch text yet.',
    caption: 'Translation state per document and language, most urgent first',
    document: 'Document',
    neededFor: 'Needed for',
    importHeading: 'Import a translated file',
    importIntro:
      'Each translated text lands in its own field in the file’s language, as a draft (building blocks have no drafts: there as a new version). Dutch, other languages and other fields stay as they are. A text whose Dutch source changed since the export, or whose markup or placeholders do not match, is refused with the reason.',
    file: 'XLIFF file',
    start: 'Import',
    busy: 'Importing…',
    failed: 'The import failed.',
    summary: (report: { locale: string; saved: number; rejected: number; skipped: number }) =>
      `Language ${report.locale}: ${report.saved} saved, ${report.rejected} refused, ${report.skipped} skipped.`,
    reportCaption: 'Report per text',
    columns: ['Document', 'Field', 'Result', 'Explanation'],
    outcomes: { saved: '✓ saved', rejected: '✗ refused', skipped: '– skipped' },
  },
}

export type Words = (typeof words)['nl']

export const wordsFor = (language: string | undefined): Words =>
  language === 'en' ? words.en : words.nl
