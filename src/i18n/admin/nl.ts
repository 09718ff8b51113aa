/**
 * The admin's texts in Dutch: this project's own under `custom`, per collection or area, and the
 * few of Payload's own words that do not fit here (users never read "tenant" or "Huurder").
 * `en.ts` holds the same keys. Interpolation as Payload does it: `{{name}}`; plurals as
 * `_one`/`_other` with a `count`.
 */
export const nl = {
  general: {
    dashboard: 'Overzicht',
  },
  custom: {
    buildingBlocks: {
      validation: {
        invalidUrl: 'Gebruik een volledig webadres dat begint met https://',
        endBeforeStart: 'De einddatum ligt vóór de begindatum.',
      },
      reviewTransition: {
        onlyRegionalDecides:
          'Alleen de regio-redactie kan een bouwsteen goedkeuren of terugsturen. Zet hem op "Ingediend".',
        feedbackRequired:
          'Schrijf feedback: wat moet er anders voordat je de bouwsteen terugstuurt?',
      },
      reviewQueue: {
        submitted_one: '1 bouwsteen wacht op beoordeling.',
        submitted_other: '{{count}} bouwstenen wachten op beoordeling.',
        returned_one: '1 bouwsteen is teruggestuurd met feedback.',
        returned_other: '{{count}} bouwstenen zijn teruggestuurd met feedback.',
        show: 'Toon ze',
        nothingSubmitted: 'Er wacht niets op beoordeling.',
      },

    },
    communicationPacks: {
      sectionChoiceLabel: {
        section: 'Onderdeel {{number}}',
        notUsed: 'niet gebruikt',
      },
      onePackPerAudience: 'Er is al een pakket voor {{audience}} in {{municipality}}; pas dat aan.',

    },
    packTemplates: {
      oneTemplatePerAudience: 'Er is al een sjabloon voor {{audience}}; pas dat aan.',

    },
    media: {
      upload: {
        tooLarge:
          'Dit bestand is {{size}} MB; het maximum is {{max}} MB. Verklein het beeld of comprimeer de pdf en probeer het opnieuw.',
        wrongType:
          '"{{name}}" kan niet worden geüpload: alleen afbeeldingen (JPG, PNG, WebP, GIF) en pdf-bestanden zijn toegestaan.',
      },

    },
    newsletterEditions: {
      testSend: {
        heading: 'Testbericht',
        explain: 'Stuur deze editie naar je eigen adres, in de gekozen taal.',
        language: 'Taal',
        send: 'Verstuur test',
        sending: 'Bezig met versturen…',
        saveFirst: 'Sla de editie eerst op; daarna kun je een test versturen.',
        failed: 'Versturen lukte niet. Probeer het opnieuw of vraag de beheerder.',
        sent: 'Testbericht ({{language}}) verstuurd naar {{to}} via {{via}}.',
        viaOutbox: 'de outbox (niets verlaat deze machine)',
        notSent: 'Het testbericht is niet verstuurd: {{reason}}',
      },

    },
    outboxMessages: {
      messagePreview: {
        html: 'Zo ziet de e-mail eruit',
        htmlFrame: 'Voorbeeld van de HTML-versie van de e-mail',
        text: 'Platte-tekstversie (voor wie geen HTML leest)',
      },

    },
    subscribers: {
      subscriberCounts: {
        heading: 'Abonnees op de nieuwsbrief',
        municipality: 'Gemeente',
        confirmed: 'Bevestigd',
        pending: 'Wacht op bevestiging',
        stopped: 'Gestopt (afgemeld, bounce, klacht)',
        none: 'Nog geen abonnees.',
      },
      privacyActions: {
        heading: 'Privacy (AVG)',
        export: 'Gegevens downloaden (JSON)',
        erase: 'Abonnee wissen',
        confirmErase:
          'Alle persoonsgegevens van deze abonnee worden gewist: de abonnee, de opgeslagen berichten aan dit adres en de koppeling in verzendingen. Dit kan niet ongedaan worden. Doorgaan?',
        failed: 'Wissen lukte niet. Probeer het opnieuw of vraag de beheerder.',
      },
      importSubscribers: {
        heading: 'Bestaande lijst importeren (CSV)',
        explain:
          'Kolommen: email, language, municipality, audiences (gescheiden door ;), consent_date, consent_source. Geldige regels worden toegevoegd of samengevoegd; wie zich had afgemeld, blijft afgemeld.',
        file: 'CSV-bestand',
        start: 'Importeren',
        busy: 'Bezig met importeren…',
        done: '{{rows}} regels gelezen: {{imported}} nieuw, {{merged}} samengevoegd, {{rejected}} afgekeurd.',
        rejected: 'Afgekeurde regels',
        line: 'Regel',
        reason: 'Reden',
        more: 'en nog {{count}} regels; download het volledige verslag.',
        download: 'Verslag downloaden (CSV)',
        reportFileName: 'importverslag.csv',
        failed: 'Importeren lukte niet.',
      },

    },
    monitor: {
      navLink: 'Monitor (cijfers)',
      title: 'Monitor',
      noAccess: 'U heeft geen toegang tot de cijfers van deze gemeente.',
      unknownMunicipality: 'Deze gemeente bestaat niet.',
      intro:
        'Wat er per kwartaal en per gemeente gedaan is en wie het bereikte: voor de jaarlijkse evaluatie van de lokale plannen van aanpak.',
      legend:
        '{{small}} = 1 tot en met 4, verborgen zodat niemand herkenbaar is; {{secondary}} = verborgen zodat een klein aantal niet uit een totaal terug te rekenen is.',
      year: 'Jaar',
      municipality: 'Gemeente',
      wholeRegionChoice: 'Hele regio (alle gemeenten)',
      show: 'Toon',
      figuresOfMunicipality: 'Cijfers van gemeente',
      overviewLink: 'Jaaroverzicht {{year}} van {{name}} (afdrukken of pdf)',
      figuresOfRegion: 'Cijfers van de hele regio, {{year}}.',
      chooseForOverview: 'Kies een gemeente voor haar jaaroverzicht.',
      total: 'Totaal',
      regionTotal: 'Totaal regio',
      chart: {
        wholeRegionPer: 'Hele regio, per {{column}}',
        per: 'Per {{column}}',
        perMunicipality: 'Per gemeente, heel het jaar',
        figures: '{{title}}: de cijfers',
        downloadCsv: 'Download als CSV',
      },
      overview: {
        heading: 'Jaaroverzicht {{year}}',
        chooseMunicipality: 'Kies de gemeente:',
        back: '← Terug naar de monitor',
        print: 'Afdrukken',
        downloadPdf: 'Download als pdf',
        title: 'Jaaroverzicht {{year}}: gemeente {{name}}',
        kicker: 'monitor voor het lokale plan van aanpak',
        period: 'Cijfers over 1 januari tot en met 31 december {{year}}, gemaakt op {{date}}.',
        perQuarter: 'Per kwartaal',
        perQuarterCaption: 'Wat er per kwartaal gebeurde en wie het bereikte ({{year}})',
        item: 'Onderdeel',
        year: 'Jaar',
        wholeRegion: '(hele regio)',
      },
      errors: {
        unknownFile: 'Onbekend bestand. Kies {{overview}} of een van: {{tables}}',
        unknownMunicipality: 'Onbekende gemeente',
        overviewNeedsMunicipality:
          'Kies een gemeente: ?gemeente=<id>. Het jaaroverzicht is per gemeente.',
      },

    },
    translations: {
      title: 'Vertalingen',
      notAllowed:
        'Vertalingen beheert de regio-redactie. Uw bouwstenen worden vanuit de regio vertaald; vraag de communicatieadviseur als een vertaling nodig is.',
      intro:
        'Per bouwsteen, editie, pakketsjabloon en pakket: welke talen ontbreken, onvolledig of verouderd zijn (de Nederlandse tekst veranderde na de vertaling) en welke actueel zijn. Dit volgt uit de versiegeschiedenis. Bovenaan staat wat het eerst uitgaat.',
      worklists: 'Te vertalen, per taal',
      worklistsIntro:
        'Exporteer per taal één XLIFF-bestand met alles wat vertaald moet worden (met de Nederlandse tekst en waar hij staat). Een vertaler werkt het bij in zijn eigen programma; importeer het daarna hieronder.',
      allCurrent: 'alles actueel',
      toDo: '{{count}} te doen',
      exportButton: 'Exporteer {{language}} (XLIFF)',
      more: 'En nog {{count}}; het exportbestand bevat ze allemaal.',
      allDocuments: 'Alle documenten',
      noDocuments: 'Er zijn nog geen documenten met Nederlandse tekst.',
      caption: 'Vertaalstatus per document en taal, meest dringend eerst',
      document: 'Document',
      neededFor: 'Nodig voor',
      states: {
        missing: 'ontbreekt',
        incomplete: 'onvolledig',
        outdated: 'verouderd',
        current: 'actueel',
        notNeeded: 'niet nodig',
      },
      translationImport: {
        heading: 'Vertaald bestand importeren',
        intro:
          'Elke vertaalde tekst komt in het juiste veld in de taal van het bestand, als concept (bouwstenen hebben geen concepten: daar als nieuwe versie). Nederlands, andere talen en andere velden blijven zoals ze zijn. Een tekst waarvan de Nederlandse bron sinds de export veranderde, of met opmaak of plaatshouders die niet kloppen, wordt geweigerd met de reden.',
        file: 'XLIFF-bestand',
        start: 'Importeren',
        busy: 'Bezig met importeren…',
        failed: 'Importeren lukte niet.',
        summary:
          'Taal {{locale}}: {{saved}} opgeslagen, {{rejected}} geweigerd, {{skipped}} overgeslagen.',
        reportCaption: 'Verslag per tekst',
        document: 'Document',
        field: 'Veld',
        result: 'Resultaat',
        explanation: 'Toelichting',
        saved: '✓ opgeslagen',
        rejected: '✗ geweigerd',
        skipped: '– overgeslagen',
      },
    },

  },
}

/** The same keys with any wording: what every other admin language provides. */
export type AdminTexts = Wording<typeof nl>

type Wording<T> = { [K in keyof T]: T[K] extends string ? string : Wording<T[K]> }
