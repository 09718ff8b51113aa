import type { MaterialKind, PackAudience, PackPoint } from '@/fields/taxonomy'

import type { Part } from '../../lexical'

/**
 * Texts the four regional pack templates share, in Dutch, English and Arabic. Facts come from the
 * regional approach "Samen Veilig" (meldcode, verwijsindex, Veilig Thuis, campaign moments); the
 * local route to help is not written here: pages and the PDF read it from the municipality and
 * region records.
 */

export const packLocales = ['nl', 'en', 'ar'] as const
export type PackLocale = (typeof packLocales)[number]
export type InLanguages<T> = Record<PackLocale, T>

export type TemplateSection = {
  point: PackPoint
  title: InLanguages<string>
  body: InLanguages<Part[]>
}

export type TemplateMaterial = {
  kind: MaterialKind
  schoolYearStart: boolean
  title: InLanguages<string>
  description: InLanguages<string>
  body: InLanguages<Part[]>
}

export type TemplateContent = {
  audience: PackAudience
  title: InLanguages<string>
  intro: InLanguages<Part[]>
  sections: TemplateSection[]
  materials: TemplateMaterial[]
}

export const links = {
  veiligThuis: 'https://www.veiligthuis.nl',
  meldcode: 'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/meldcode',
  vermoeden: 'https://www.ikvermoedhuiselijkgeweld.nl',
}

/** The five steps of the meldcode (Wet verplichte meldcode, since 2019). */
export const meldcodeSteps: InLanguages<Part> = {
  nl: {
    steps: [
      [
        { bold: 'Stap 1: signalen in kaart brengen.' },
        ' Schrijf op wat je ziet en hoort, met datum, zo feitelijk mogelijk.',
      ],
      [
        { bold: 'Stap 2: collegiale consultatie en zo nodig Veilig Thuis raadplegen.' },
        ' Bespreek je zorgen met de aandachtsfunctionaris of een collega. Twijfel je, vraag dan advies aan Veilig Thuis (0800-2000).',
      ],
      [
        { bold: 'Stap 3: gesprek met de betrokkene.' },
        ' Bespreek wat je ziet met de ouders, de jongere of de volwassene zelf, tenzij dat de veiligheid in gevaar brengt.',
      ],
      [
        { bold: 'Stap 4: wegen van het geweld.' },
        ' Gebruik het afwegingskader: is er een vermoeden van huiselijk geweld of kindermishandeling, en is er acute of structurele onveiligheid? Bij twijfel raadpleeg je Veilig Thuis.',
      ],
      [
        { bold: 'Stap 5: beslissen: hulp organiseren en/of melden.' },
        ' Bij acute of structurele onveiligheid meld je bij Veilig Thuis. Kun je daarnaast of anders zelf passende hulp organiseren, dan doe je dat en volg je of het werkt.',
      ],
    ],
  },
  en: {
    steps: [
      [
        { bold: 'Step 1: map the signs.' },
        ' Write down what you see and hear, with the date, as factually as you can.',
      ],
      [
        { bold: 'Step 2: consult a colleague and, if needed, Veilig Thuis.' },
        ' Discuss your concerns with the designated officer (aandachtsfunctionaris) or a colleague. If in doubt, ask Veilig Thuis for advice (0800-2000).',
      ],
      [
        { bold: 'Step 3: talk with the person concerned.' },
        ' Discuss what you have noticed with the parents, the young person or the adult, unless that would put someone’s safety at risk.',
      ],
      [
        { bold: 'Step 4: weigh the violence.' },
        ' Use the assessment framework (afwegingskader): is there a suspicion of domestic violence or child abuse, and is there acute or structural danger? If in doubt, consult Veilig Thuis.',
      ],
      [
        { bold: 'Step 5: decide: organise help and/or report.' },
        ' In case of acute or structural danger, report to Veilig Thuis. Where you can also, or instead, organise suitable help yourself, do so and check that it works.',
      ],
    ],
  },
  ar: {
    steps: [
      [
        { bold: 'الخطوة 1: رصد العلامات.' },
        ' دوِّن ما تراه وتسمعه مع التاريخ، بأكبر قدر ممكن من الموضوعية.',
      ],
      [
        { bold: 'الخطوة 2: استشارة زميل، وعند الحاجة استشارة Veilig Thuis.' },
        ' ناقش مخاوفك مع المسؤول المختص بهذا الملف (aandachtsfunctionaris) أو مع زميل. إذا كنت مترددًا، اطلب المشورة من Veilig Thuis على الرقم 0800-2000.',
      ],
      [
        { bold: 'الخطوة 3: الحديث مع الشخص المعني.' },
        ' تحدث عمّا لاحظته مع الوالدين أو الشاب أو الشخص البالغ نفسه، إلا إذا كان ذلك يعرّض سلامة أحد للخطر.',
      ],
      [
        { bold: 'الخطوة 4: تقييم العنف.' },
        ' استخدم إطار التقييم (afwegingskader): هل هناك اشتباه في عنف أسري أو إساءة معاملة طفل، وهل هناك خطر حاد أو مستمر؟ إذا كنت مترددًا، استشر Veilig Thuis.',
      ],
      [
        { bold: 'الخطوة 5: اتخاذ القرار: تنظيم المساعدة و/أو الإبلاغ.' },
        ' في حالة الخطر الحاد أو المستمر، أبلغ Veilig Thuis. وإذا كان بإمكانك أيضًا، أو بدلًا من ذلك، تنظيم مساعدة مناسبة بنفسك، فافعل ذلك وتابع ما إذا كانت تنفع.',
      ],
    ],
  },
}

/** What the verwijsindex is, with both regions' names: the pack page shows the one that applies. */
export const referralIndex: InLanguages<Part[]> = {
  nl: [
    { heading: 'De verwijsindex', level: 3 },
    {
      paragraph: [
        'De verwijsindex is opgenomen in de Jeugdwet. Professionals geven er in aan dat zij betrokken zijn bij een kind of jongere, zodat ze elkaar snel vinden en hun hulp op elkaar afstemmen. Er staat geen inhoud in over zorgen of problemen, alleen wie betrokken is. In regio Arnhem heet de verwijsindex ',
        { bold: 'VIRA' },
        ', in de Achterhoek ',
        { bold: 'Multisignaal' },
        '. De verwijsindex kan al in de eerste stappen van de meldcode helpen.',
      ],
    },
  ],
  en: [
    { heading: 'The referral index (verwijsindex)', level: 3 },
    {
      paragraph: [
        'The referral index is part of the Dutch Youth Act. Professionals record in it that they are involved with a child or young person, so they can find each other quickly and coordinate their support. It holds no details about worries or problems, only who is involved. In the Arnhem region the referral index is called ',
        { bold: 'VIRA' },
        ', in the Achterhoek ',
        { bold: 'Multisignaal' },
        '. It can already help in the first steps of the reporting code.',
      ],
    },
  ],
  ar: [
    { heading: 'فهرس الإحالة (verwijsindex)', level: 3 },
    {
      paragraph: [
        'فهرس الإحالة منصوص عليه في قانون الشباب الهولندي. يسجّل فيه المختصون أنهم يتابعون طفلًا أو شابًا، حتى يتمكنوا من التواصل مع بعضهم بسرعة وتنسيق مساعدتهم. لا يحتوي الفهرس على تفاصيل المخاوف أو المشكلات، بل يبيّن فقط من هم المعنيون. في منطقة أرنهم يُسمّى الفهرس ',
        { bold: 'VIRA' },
        '، وفي منطقة الأخترهوك ',
        { bold: 'Multisignaal' },
        '. ويمكن أن يساعد الفهرس منذ الخطوات الأولى من بروتوكول الإبلاغ (meldcode).',
      ],
    },
  ],
}

/** The national campaign moments the region joins in, and where national information lives. */
export const nationalCampaigns: InLanguages<Part[]> = {
  nl: [
    {
      bullets: [
        [
          { bold: 'Week tegen Kindermishandeling' },
          ': elk jaar in de week van 20 november, de Internationale Dag van de Rechten van het Kind.',
        ],
        [
          { bold: 'Orange the World' },
          ': van 25 november tot en met 10 december, tegen geweld tegen vrouwen en meisjes. Verschillende gemeenten in de regio kleuren dan gebouwen oranje.',
        ],
        [
          { bold: 'Week zonder Geweld' },
          ': een week om geweld in alle vormen bespreekbaar te maken.',
        ],
        [
          { bold: '“Het houdt niet op, niet vanzelf”' },
          ': de landelijke campagne die iedereen oproept om bij zorgen over huiselijk geweld of kindermishandeling Veilig Thuis te bellen.',
        ],
      ],
    },
    {
      paragraph: [
        'Gebruik de affiches, filmpjes en teksten van deze campagnes gerust; ze zijn gemaakt om te delen. Kijk op ',
        { link: 'veiligthuis.nl', url: links.veiligThuis },
        ' en ',
        { link: 'ikvermoedhuiselijkgeweld.nl', url: links.vermoeden },
        ' voor informatie in begrijpelijke taal.',
      ],
    },
  ],
  en: [
    {
      bullets: [
        [
          { bold: 'Week against Child Abuse (Week tegen Kindermishandeling)' },
          ': every year in the week of 20 November, International Day of the Rights of the Child.',
        ],
        [
          { bold: 'Orange the World' },
          ': from 25 November to 10 December, against violence against women and girls. Several municipalities in the region light up buildings in orange.',
        ],
        [
          { bold: 'Week without Violence (Week zonder Geweld)' },
          ': a week to open up the conversation about violence in all its forms.',
        ],
        [
          { bold: '“It doesn’t stop, not by itself” (Het houdt niet op, niet vanzelf)' },
          ': the national campaign that calls on everyone to phone Veilig Thuis when they are worried about domestic violence or child abuse.',
        ],
      ],
    },
    {
      paragraph: [
        'Feel free to use the posters, short films and texts of these campaigns: they are made to be shared. See ',
        { link: 'veiligthuis.nl', url: links.veiligThuis },
        ' and ',
        { link: 'ikvermoedhuiselijkgeweld.nl', url: links.vermoeden },
        ' for information in plain language (in Dutch).',
      ],
    },
  ],
  ar: [
    {
      bullets: [
        [
          { bold: 'أسبوع مناهضة إساءة معاملة الأطفال (Week tegen Kindermishandeling)' },
          ': كل عام في الأسبوع الذي يصادف 20 نوفمبر، اليوم العالمي لحقوق الطفل.',
        ],
        [
          { bold: 'Orange the World' },
          ': من 25 نوفمبر حتى 10 ديسمبر، ضد العنف تجاه النساء والفتيات. تضيء عدة بلديات في المنطقة مبانيها باللون البرتقالي.',
        ],
        [
          { bold: 'أسبوع بلا عنف (Week zonder Geweld)' },
          ': أسبوع لفتح باب الحديث عن العنف بجميع أشكاله.',
        ],
        [
          { bold: '«لا يتوقف، لا يتوقف من تلقاء نفسه» (Het houdt niet op, niet vanzelf)' },
          ': الحملة الوطنية التي تدعو الجميع إلى الاتصال بـ Veilig Thuis عند القلق بشأن العنف الأسري أو إساءة معاملة الأطفال.',
        ],
      ],
    },
    {
      paragraph: [
        'يمكنك استخدام ملصقات هذه الحملات وأفلامها القصيرة ونصوصها بحرية، فهي مصممة للمشاركة. زر موقعي ',
        { link: 'veiligthuis.nl', url: links.veiligThuis },
        ' و',
        { link: 'ikvermoedhuiselijkgeweld.nl', url: links.vermoeden },
        ' للحصول على معلومات بلغة واضحة (باللغة الهولندية).',
      ],
    },
  ],
}

/** Veilig Thuis and 112, the same everywhere in the region. */
export const veiligThuisAndEmergency: InLanguages<Part[]> = {
  nl: [
    {
      bullets: [
        [
          { bold: 'Veilig Thuis: 0800-2000' },
          ', dag en nacht, gratis. Voor advies en voor een melding. Voor advies hoef je je naam niet te noemen.',
        ],
        [{ bold: 'Direct gevaar? Bel 112.' }],
      ],
    },
  ],
  en: [
    {
      bullets: [
        [
          { bold: 'Veilig Thuis: 0800-2000' },
          ', day and night, free of charge. For advice and to report. You do not have to give your name to ask for advice.',
        ],
        [{ bold: 'Immediate danger? Call 112.' }],
      ],
    },
  ],
  ar: [
    {
      bullets: [
        [
          { bold: 'Veilig Thuis: 0800-2000' },
          '، ليلًا ونهارًا، مجانًا. للحصول على المشورة أو لتقديم بلاغ. لا يلزمك ذكر اسمك عند طلب المشورة.',
        ],
        [{ bold: 'في حالة خطر مباشر؟ اتصل بالرقم 112.' }],
      ],
    },
  ],
}

/** The closing lines of the help-nearby section, pointing at the local route shown beside it. */
export const localRouteLead: InLanguages<Part[]> = {
  nl: [
    {
      paragraph:
        'Het lokale team van je gemeente is een ingang dichtbij: de drempel is laag en de lijnen zijn kort. De medewerkers kennen vaak de gezinnen en kunnen passende hulp en ondersteuning organiseren. Hoe je hen bereikt, staat hieronder bij “Zo werkt het in onze gemeente”. Zorgen delen kan ook anoniem.',
    },
  ],
  en: [
    {
      paragraph:
        'Your municipality’s local team is a way in close to home: easy to reach, with short lines. Its staff often know the families and can arrange suitable help and support. How to reach them is shown below under “How it works in our municipality”. You can also share your worries anonymously.',
    },
  ],
  ar: [
    {
      paragraph:
        'الفريق المحلي في بلديتك هو مدخل قريب منك: سهل الوصول إليه والتواصل معه مباشر. غالبًا ما يعرف العاملون فيه العائلات، ويستطيعون تنظيم المساعدة والدعم المناسبين. تجد طريقة التواصل معهم أدناه تحت عنوان «هكذا يتم الأمر في بلديتنا». يمكنك أيضًا مشاركة مخاوفك دون ذكر اسمك.',
    },
  ],
}

/** Section titles that are the same for every audience. */
export const sectionTitles: Record<Exclude<PackPoint, 'other'>, InLanguages<string>> = {
  'national-campaigns': {
    nl: 'Sluit aan bij de landelijke campagnes',
    en: 'Join in with the national campaigns',
    ar: 'شارك في الحملات الوطنية',
  },
  'reporting-code': {
    nl: 'De meldcode en de verwijsindex',
    en: 'The reporting code and the referral index',
    ar: 'بروتوكول الإبلاغ (meldcode) وفهرس الإحالة',
  },
  norm: {
    nl: 'Geweld hoort nergens thuis',
    en: 'Violence has no place anywhere',
    ar: 'لا مكان للعنف في أي مكان',
  },
  'help-nearby': {
    nl: 'Steun, advies en hulp zijn dichtbij',
    en: 'Support, advice and help are close by',
    ar: 'الدعم والمشورة والمساعدة قريبة منك',
  },
}

/** Figures from the regional approach, to make the scale felt. */
export const figures: InLanguages<Part> = {
  nl: {
    paragraph:
      'Huiselijk geweld en kindermishandeling zijn dichterbij dan je denkt: ze komen voor in alle lagen van de bevolking en in alle culturen. Van de Nederlanders tussen 18 en 70 jaar is 45% ooit slachtoffer geweest van een vorm van fysiek, seksueel of psychisch geweld in huiselijke kring. Elk jaar hebben 90.000 tot 127.000 kinderen te maken met ten minste één vorm van kindermishandeling.',
  },
  en: {
    paragraph:
      'Domestic violence and child abuse are closer than you think: they happen at every level of society and in every culture. Of people in the Netherlands aged 18 to 70, 45% have at some point experienced physical, sexual or psychological violence at home. Every year, 90,000 to 127,000 children face at least one form of child abuse.',
  },
  ar: {
    paragraph:
      'العنف الأسري وإساءة معاملة الأطفال أقرب مما تظن: يحدثان في جميع فئات المجتمع وفي جميع الثقافات. من بين سكان هولندا الذين تتراوح أعمارهم بين 18 و70 عامًا، تعرّض 45% في وقت ما لشكل من أشكال العنف الجسدي أو الجنسي أو النفسي داخل الأسرة. وفي كل عام يتعرض ما بين 90,000 و127,000 طفل لشكل واحد على الأقل من أشكال إساءة المعاملة.',
  },
}
