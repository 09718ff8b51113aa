import type { AdminTexts } from './nl'

/** The admin's texts in English: the same keys as `nl.ts`. */
export const en: AdminTexts = {
  general: {
    dashboard: 'Dashboard',
  },
  custom: {
    buildingBlocks: {
      validation: {
        invalidUrl: 'Use a full URL starting with https://',
        endBeforeStart: 'The end date is before the start date.',
      },
      reviewTransition: {
        onlyRegionalDecides:
          'Only the regional editors can approve or return a building block. Set it to "Submitted" instead.',
        feedbackRequired: 'Say what should change before returning the building block.',
      },
      reviewQueue: {
        submitted_one: '1 building block awaits review.',
        submitted_other: '{{count}} building blocks await review.',
        returned_one: '1 building block was returned with feedback.',
        returned_other: '{{count}} building blocks were returned with feedback.',
        show: 'Show them',
        nothingSubmitted: 'Nothing awaits review.',
      },

    },
    communicationPacks: {
      sectionChoiceLabel: {
        section: 'Section {{number}}',
        notUsed: 'not used',
      },
      onePackPerAudience:
        'There already is a pack for {{audience}} in {{municipality}}; edit that one.',

    },
    packTemplates: {
      oneTemplatePerAudience: 'There already is a template for {{audience}}; edit that one.',

    },
    media: {
      upload: {
        tooLarge:
          'This file is {{size}} MB; the maximum is {{max}} MB. Make the image smaller or compress the PDF and try again.',
        wrongType:
          '"{{name}}" cannot be uploaded: only images (JPG, PNG, WebP, GIF) and PDF files are allowed.',
      },

    },
    newsletterEditions: {
      testSend: {
        heading: 'Test message',
        explain: 'Send this edition to your own address, in the chosen language.',
        language: 'Language',
        send: 'Send test',
        sending: 'Sending…',
        saveFirst: 'Save the edition first; then you can send a test.',
        failed: 'Sending failed. Try again or ask the administrator.',
        sent: 'Test message ({{language}}) sent to {{to}} via {{via}}.',
        viaOutbox: 'the outbox (nothing leaves this machine)',
        notSent: 'The test message was not sent: {{reason}}',
      },

    },
    outboxMessages: {
      messagePreview: {
        html: 'How the e-mail looks',
        htmlFrame: 'Preview of the HTML version of the e-mail',
        text: 'Plain text version (for readers without HTML)',
      },

    },
    subscribers: {
      subscriberCounts: {
        heading: 'Newsletter subscribers',
        municipality: 'Municipality',
        confirmed: 'Confirmed',
        pending: 'Awaiting confirmation',
        stopped: 'Stopped (unsubscribed, bounced, complained)',
        none: 'No subscribers yet.',
      },
      privacyActions: {
        heading: 'Privacy (GDPR)',
        export: 'Download data (JSON)',
        erase: 'Erase subscriber',
        confirmErase:
          'All personal data of this subscriber will be erased: the subscriber, stored messages to this address and the link in deliveries. This cannot be undone. Continue?',
        failed: 'Erasing failed. Try again or ask the administrator.',
      },
      importSubscribers: {
        heading: 'Import an existing list (CSV)',
        explain:
          'Columns: email, language, municipality, audiences (separated by ;), consent_date, consent_source. Valid rows are added or merged; people who unsubscribed stay unsubscribed.',
        file: 'CSV file',
        start: 'Import',
        busy: 'Importing…',
        done: '{{rows}} rows read: {{imported}} new, {{merged}} merged, {{rejected}} rejected.',
        rejected: 'Rejected rows',
        line: 'Line',
        reason: 'Reason',
        more: 'and {{count}} more rows; download the full report.',
        download: 'Download report (CSV)',
        reportFileName: 'import-report.csv',
        failed: 'The import failed.',
      },

    },
    monitor: {
      navLink: 'Monitor (figures)',
      title: 'Monitor',
      noAccess: 'You have no access to this municipality’s figures.',
      unknownMunicipality: 'This municipality does not exist.',
      intro:
        'What was done per quarter and per municipality, and whom it reached: for the yearly review of the local action plans.',
      legend:
        '{{small}} = 1 to 4, hidden so that no one can be singled out; {{secondary}} = hidden so that a small number cannot be worked out from a total.',
      year: 'Year',
      municipality: 'Municipality',
      wholeRegionChoice: 'Whole region (all municipalities)',
      show: 'Show',
      figuresOfMunicipality: 'Figures of the municipality of',
      overviewLink: 'Annual overview {{year}} of {{name}} (print or PDF)',
      figuresOfRegion: 'Figures of the whole region, {{year}}.',
      chooseForOverview: 'Choose a municipality for its annual overview.',
      total: 'Total',
      regionTotal: 'Region total',
      chart: {
        wholeRegionPer: 'Whole region, per {{column}}',
        per: 'Per {{column}}',
        perMunicipality: 'Per municipality, whole year',
        figures: '{{title}}: the figures',
        downloadCsv: 'Download as CSV',
      },
      overview: {
        heading: 'Annual overview {{year}}',
        chooseMunicipality: 'Choose the municipality:',
        back: '← Back to the monitor',
        print: 'Print',
        downloadPdf: 'Download as PDF',
        title: 'Annual overview {{year}}: {{name}}',
        kicker: 'monitor for the local action plan',
        period: 'Figures for 1 January to 31 December {{year}}, made on {{date}}.',
        perQuarter: 'Per quarter',
        perQuarterCaption: 'What happened per quarter and whom it reached ({{year}})',
        item: 'Item',
        year: 'Year',
        wholeRegion: '(whole region)',
      },
      errors: {
        unknownFile: 'Unknown file. Choose {{overview}} or one of: {{tables}}',
        unknownMunicipality: 'Unknown municipality',
        overviewNeedsMunicipality:
          'Choose a municipality: ?gemeente=<id>. The annual overview is per municipality.',
      },

    },
    translations: {
      title: 'Translations',
      notAllowed:
        'Translations are managed by the regional editors. Your building blocks are translated by the region; ask the communications adviser when a translation is needed.',
      intro:
        'For every building block, edition, pack template and pack: which languages are missing, incomplete or outdated (the Dutch text changed after the translation) and which are up to date. This is read from the version history. What goes out first is at the top.',
      worklists: 'To translate, per language',
      worklistsIntro:
        'Export one XLIFF file per language with everything that needs translating (with the Dutch text and where it appears). A translator works in it with their own tool; then import it below.',
      allCurrent: 'all up to date',
      toDo: '{{count}} to do',
      exportButton: 'Export {{language}} (XLIFF)',
      more: 'And {{count}} more; the export file holds them all.',
      allDocuments: 'All documents',
      noDocuments: 'There are no documents with Dutch text yet.',
      caption: 'Translation state per document and language, most urgent first',
      document: 'Document',
      neededFor: 'Needed for',
      states: {
        missing: 'missing',
        incomplete: 'incomplete',
        outdated: 'outdated',
        current: 'up to date',
        notNeeded: 'not needed',
      },
      translationImport: {
        heading: 'Import a translated file',
        intro:
          'Each translated text lands in its own field in the file’s language, as a draft (building blocks have no drafts: there as a new version). Dutch, other languages and other fields stay as they are. A text whose Dutch source changed since the export, or whose markup or placeholders do not match, is refused with the reason.',
        file: 'XLIFF file',
        start: 'Import',
        busy: 'Importing…',
        failed: 'The import failed.',
        summary: 'Language {{locale}}: {{saved}} saved, {{rejected}} refused, {{skipped}} skipped.',
        reportCaption: 'Report per text',
        document: 'Document',
        field: 'Field',
        result: 'Result',
        explanation: 'Explanation',
        saved: '✓ saved',
        rejected: '✗ refused',
        skipped: '– skipped',
      },
    },

  },
}
