import {
  figures,
  localRouteLead,
  meldcodeSteps,
  nationalCampaigns,
  referralIndex,
  sectionTitles,
  veiligThuisAndEmergency,
} from './shared'
import type { TemplateContent } from './shared'

/** The regional pack for employers: putting domestic violence on the agenda at work. */
export const employersTemplate: TemplateContent = {
  audience: 'employers',
  title: {
    nl: 'Communicatiepakket voor werkgevers',
    en: 'Communication pack for employers',
    ar: 'حزمة التواصل لأصحاب العمل',
  },
  intro: {
    nl: [
      {
        paragraph:
          'Huiselijk geweld stopt niet bij de voordeur van het werk. Het komt mee in verzuim, concentratieproblemen en telefoontjes die iemand liever niet op de werkvloer aanneemt. Werkgevers kunnen veel betekenen: door het onderwerp bespreekbaar te maken, door leidinggevenden te leren wat zij kunnen doen en door te laten zien waar medewerkers terechtkunnen.',
      },
    ],
    en: [
      {
        paragraph:
          'Domestic violence does not stop at the door of the workplace. It shows up in sick leave, trouble concentrating and phone calls someone would rather not take at work. Employers can make a real difference: by making the subject open to discussion, by teaching managers what they can do and by showing employees where to turn.',
      },
    ],
    ar: [
      {
        paragraph:
          'العنف الأسري لا يتوقف عند باب مكان العمل. يظهر في الغياب المرضي، وصعوبة التركيز، والمكالمات التي يفضّل الشخص ألا يتلقاها في العمل. يستطيع أصحاب العمل أن يُحدثوا فرقًا حقيقيًا: بجعل الموضوع قابلًا للنقاش، وبتعليم المديرين ما يمكنهم فعله، وبتوضيح الجهات التي يمكن للموظفين اللجوء إليها.',
      },
    ],
  },
  sections: [
    {
      point: 'national-campaigns',
      title: sectionTitles['national-campaigns'],
      body: {
        nl: [
          {
            paragraph:
              'Een landelijke campagne is een laagdrempelige aanleiding om het onderwerp op het werk aan te kaarten: een bericht op intranet, een poster in de kantine of een korte toelichting in het werkoverleg.',
          },
          ...nationalCampaigns.nl,
        ],
        en: [
          {
            paragraph:
              'A national campaign is an easy way to raise the subject at work: a post on the intranet, a poster in the canteen or a short word in the team meeting.',
          },
          ...nationalCampaigns.en,
        ],
        ar: [
          {
            paragraph:
              'تشكل الحملة الوطنية مدخلًا سهلًا لطرح الموضوع في العمل: منشور على الشبكة الداخلية، أو ملصق في المقصف، أو كلمة قصيرة في اجتماع الفريق.',
          },
          ...nationalCampaigns.ar,
        ],
      },
    },
    {
      point: 'reporting-code',
      title: sectionTitles['reporting-code'],
      body: {
        nl: [
          {
            paragraph:
              'Werkt uw organisatie in de zorg, het onderwijs, de kinderopvang, de maatschappelijke ondersteuning, de jeugdhulp of justitie, dan is de meldcode verplicht. Voor andere werkgevers is het basismodel van de meldcode een handig houvast: het beschrijft in vijf stappen hoe je zorgvuldig handelt bij zorgen over een medewerker of diens gezin. Wijs iemand aan die collega’s kunnen raadplegen, bijvoorbeeld de vertrouwenspersoon of HR.',
          },
          meldcodeSteps.nl,
          ...referralIndex.nl,
          {
            paragraph:
              'De verwijsindex is bedoeld voor professionals die met jeugdigen werken; u gebruikt hem als werkgever meestal niet zelf. Het lokale team en Veilig Thuis wel: wie zijn zorgen met hen deelt, helpt dus ook mee aan de afstemming rond een kind.',
          },
        ],
        en: [
          {
            paragraph:
              'If your organisation works in health care, education, childcare, social support, youth care or justice, the reporting code is mandatory. For other employers the basic model of the reporting code is a useful guide: in five steps it describes how to act carefully when you are worried about an employee or their family. Appoint someone colleagues can consult, for example the confidential adviser or HR.',
          },
          meldcodeSteps.en,
          ...referralIndex.en,
          {
            paragraph:
              'The referral index is meant for professionals working with young people; as an employer you will usually not use it yourself. The local team and Veilig Thuis do: by sharing your worries with them, you help them coordinate around a child.',
          },
        ],
        ar: [
          {
            paragraph:
              'إذا كانت مؤسستك تعمل في الرعاية الصحية أو التعليم أو رعاية الأطفال أو الدعم الاجتماعي أو رعاية الشباب أو القضاء، فإن بروتوكول الإبلاغ إلزامي. أما لغيرهم من أصحاب العمل فالنموذج الأساسي للبروتوكول دليل مفيد: يصف في خمس خطوات كيف تتصرف بعناية عند القلق على موظف أو على أسرته. عيّن شخصًا يمكن للزملاء استشارته، مثل مستشار الثقة أو قسم الموارد البشرية.',
          },
          meldcodeSteps.ar,
          ...referralIndex.ar,
          {
            paragraph:
              'فهرس الإحالة مخصص للمختصين الذين يعملون مع الشباب، ولا يستخدمه صاحب العمل عادةً بنفسه. لكن الفريق المحلي وVeilig Thuis يستخدمانه: وعندما تشاركهم مخاوفك فإنك تساعد في تنسيق الدعم حول الطفل.',
          },
        ],
      },
    },
    {
      point: 'norm',
      title: sectionTitles.norm,
      body: {
        nl: [
          {
            paragraph:
              'Geweld hoort nergens thuis, ook niet achter de voordeur van uw medewerkers. Als werkgever geeft u het goede voorbeeld door te laten merken dat het onderwerp bespreekbaar is en dat iemand die thuis geweld meemaakt, op begrip en steun kan rekenen. Veiligheid staat voorop: denk mee over aangepaste werktijden, een ander telefoonnummer of een veilige plek om te bellen.',
          },
          figures.nl,
          {
            paragraph:
              'Bij een organisatie van honderd mensen zijn er dus altijd collega’s die er thuis mee te maken hebben of hebben gehad, als slachtoffer, als pleger of als kind in een gezin. Een leidinggevende die vraagt hoe het gaat en echt luistert, kan het begin van hulp zijn.',
          },
        ],
        en: [
          {
            paragraph:
              'Violence has no place anywhere, including behind your employees’ front doors. As an employer you lead by example when you show that the subject can be discussed and that anyone facing violence at home can count on understanding and support. Safety comes first: think along about adjusted working hours, a different phone number or a safe place to make calls.',
          },
          figures.en,
          {
            paragraph:
              'In an organisation of a hundred people there will always be colleagues who face or have faced it at home, as a victim, as a perpetrator or as a child in a family. A manager who asks how someone is doing and really listens can be the start of help.',
          },
        ],
        ar: [
          {
            paragraph:
              'لا مكان للعنف في أي مكان، ولا حتى خلف أبواب بيوت موظفيك. وبصفتك صاحب عمل تكون قدوة عندما تُظهر أن الموضوع قابل للنقاش، وأن من يتعرض للعنف في البيت يمكنه الاعتماد على التفهم والدعم. السلامة أولًا: فكّر في ساعات عمل معدلة، أو رقم هاتف آخر، أو مكان آمن لإجراء المكالمات.',
          },
          figures.ar,
          {
            paragraph:
              'في مؤسسة تضم مئة شخص سيكون هناك دائمًا زملاء يعانون أو عانوا من ذلك في البيت، كضحايا أو كمرتكبين أو كأطفال في أسرة. والمدير الذي يسأل عن حال الموظف ويصغي بصدق قد يكون بداية المساعدة.',
          },
        ],
      },
    },
    {
      point: 'help-nearby',
      title: sectionTitles['help-nearby'],
      body: {
        nl: [
          {
            paragraph:
              'U hoeft geen hulpverlener te zijn. Uw rol is: opmerken, het gesprek aangaan en de weg wijzen. De bedrijfsarts, de vertrouwenspersoon en HR kunnen daarbij helpen, net als deze adressen:',
          },
          ...veiligThuisAndEmergency.nl,
          ...localRouteLead.nl,
        ],
        en: [
          {
            paragraph:
              'You do not need to be a care worker. Your role is to notice, to start the conversation and to show the way. The company doctor, the confidential adviser and HR can help, as can these contacts:',
          },
          ...veiligThuisAndEmergency.en,
          ...localRouteLead.en,
        ],
        ar: [
          {
            paragraph:
              'لا يلزمك أن تكون مختصًا في تقديم الرعاية. دورك هو: أن تلاحظ، وأن تبدأ الحديث، وأن تدلّ على الطريق. يمكن لطبيب الشركة ومستشار الثقة وقسم الموارد البشرية المساعدة في ذلك، وكذلك هذه الجهات:',
          },
          ...veiligThuisAndEmergency.ar,
          ...localRouteLead.ar,
        ],
      },
    },
  ],
  materials: [
    {
      kind: 'flyer',
      schoolYearStart: false,
      title: {
        nl: 'Handreiking voor leidinggevenden: het gesprek aangaan',
        en: 'Guide for managers: starting the conversation',
        ar: 'دليل للمديرين: كيف تبدأ الحديث',
      },
      description: {
        nl: 'Wat je kunt zien, hoe je het gesprek begint en wat je wel en niet hoeft te doen.',
        en: 'What you may notice, how to start the conversation and what you do and do not need to do.',
        ar: 'ما قد تلاحظه، وكيف تبدأ الحديث، وما يلزمك فعله وما لا يلزمك.',
      },
      body: {
        nl: [
          { heading: 'Wat kun je zien?', level: 3 },
          {
            bullets: [
              'Vaak ziek melden, te laat komen of juist niet naar huis willen.',
              'Verwondingen die slecht worden uitgelegd, ook in de zomer lange mouwen.',
              'Iemand wordt vaak gebeld of gecontroleerd door de partner.',
              'Concentratieproblemen, somberheid of teruggetrokken gedrag.',
            ],
          },
          { heading: 'Zo begin je het gesprek', level: 3 },
          {
            bullets: [
              'Kies een rustige plek waar niemand meeluistert.',
              'Benoem wat je ziet, zonder oordeel: “Ik zie dat je de laatste tijd vaak moe bent. Hoe gaat het met je?”',
              'Luister, geloof wat je hoort en dring niet aan.',
              'Vraag wat iemand nodig heeft en spreek af wanneer je er weer op terugkomt.',
            ],
          },
          {
            paragraph:
              'Je hoeft het niet op te lossen. Twijfel je of maak je je zorgen over de veiligheid, bel dan Veilig Thuis via 0800-2000 voor advies. Bij direct gevaar bel je 112.',
          },
        ],
        en: [
          { heading: 'What might you notice?', level: 3 },
          {
            bullets: [
              'Frequent sick leave, arriving late, or not wanting to go home.',
              'Injuries that are poorly explained; long sleeves even in summer.',
              'Someone is often called or checked on by their partner.',
              'Trouble concentrating, low mood or withdrawn behaviour.',
            ],
          },
          { heading: 'How to start the conversation', level: 3 },
          {
            bullets: [
              'Choose a quiet place where nobody can overhear.',
              'Say what you see, without judging: “I notice you have often been tired lately. How are you doing?”',
              'Listen, believe what you hear and do not push.',
              'Ask what the person needs and agree when you will come back to it.',
            ],
          },
          {
            paragraph:
              'You do not have to solve it. If you are in doubt or worried about someone’s safety, call Veilig Thuis on 0800-2000 for advice. In immediate danger, call 112.',
          },
        ],
        ar: [
          { heading: 'ماذا قد تلاحظ؟', level: 3 },
          {
            bullets: [
              'كثرة الإجازات المرضية، أو التأخر، أو عدم الرغبة في العودة إلى البيت.',
              'إصابات لا يُقدَّم لها تفسير مقنع، أو ارتداء أكمام طويلة حتى في الصيف.',
              'يتلقى الشخص اتصالات متكررة من شريكه أو يخضع لمراقبته.',
              'صعوبة في التركيز، أو حزن، أو انطواء.',
            ],
          },
          { heading: 'كيف تبدأ الحديث', level: 3 },
          {
            bullets: [
              'اختر مكانًا هادئًا لا يسمعكما فيه أحد.',
              'صِف ما تراه دون إصدار أحكام: «ألاحظ أنك متعب كثيرًا في الآونة الأخيرة. كيف حالك؟»',
              'أصغِ، وصدّق ما تسمعه، ولا تضغط.',
              'اسأل عمّا يحتاجه الشخص، واتفقا على موعد تعودان فيه إلى الحديث.',
            ],
          },
          {
            paragraph:
              'لست مضطرًا إلى حل المشكلة. إذا كنت مترددًا أو قلقًا على سلامة أحد، فاتصل بـ Veilig Thuis على الرقم 0800-2000 للحصول على المشورة. وفي حالة الخطر المباشر اتصل بالرقم 112.',
          },
        ],
      },
    },
    {
      kind: 'poster',
      schoolYearStart: false,
      title: {
        nl: 'Poster voor de kantine: “Thuis niet veilig?”',
        en: 'Poster for the canteen: “Not safe at home?”',
        ar: 'ملصق للمقصف: «لست آمنًا في البيت؟»',
      },
      description: {
        nl: 'Korte postertekst voor kantine, toiletten en intranet.',
        en: 'Short poster text for the canteen, toilets and intranet.',
        ar: 'نص قصير لملصق في المقصف ودورات المياه وعلى الشبكة الداخلية.',
      },
      body: {
        nl: [
          { heading: 'Thuis niet veilig? Je staat er niet alleen voor.' },
          {
            paragraph:
              'Word je thuis bedreigd, gekleineerd, gecontroleerd of geslagen? Of maak je je zorgen om iemand anders? Praat erover met iemand die je vertrouwt, op het werk of daarbuiten.',
          },
          {
            bullets: [
              [
                { bold: 'Veilig Thuis:' },
                ' 0800-2000, dag en nacht, gratis, ook anoniem voor advies.',
              ],
              [{ bold: 'Op het werk:' }, ' [vertrouwenspersoon of HR, met telefoonnummer].'],
              [{ bold: 'Direct gevaar:' }, ' 112.'],
            ],
          },
          { paragraph: [{ bold: 'Geweld hoort nergens thuis.' }] },
        ],
        en: [
          { heading: 'Not safe at home? You are not alone.' },
          {
            paragraph:
              'Are you threatened, belittled, controlled or hit at home? Or are you worried about someone else? Talk about it with someone you trust, at work or elsewhere.',
          },
          {
            bullets: [
              [{ bold: 'Veilig Thuis:' }, ' 0800-2000, day and night, free, anonymous for advice.'],
              [{ bold: 'At work:' }, ' [confidential adviser or HR, with phone number].'],
              [{ bold: 'Immediate danger:' }, ' 112.'],
            ],
          },
          { paragraph: [{ bold: 'Violence has no place anywhere.' }] },
        ],
        ar: [
          { heading: 'لست آمنًا في البيت؟ لست وحدك.' },
          {
            paragraph:
              'هل تتعرض في البيت للتهديد أو الإهانة أو المراقبة أو الضرب؟ أو هل تقلق على شخص آخر؟ تحدّث عن ذلك مع شخص تثق به، في العمل أو خارجه.',
          },
          {
            bullets: [
              [
                { bold: 'Veilig Thuis:' },
                ' 0800-2000، ليلًا ونهارًا، مجانًا، ودون ذكر الاسم عند طلب المشورة.',
              ],
              [{ bold: 'في العمل:' }, ' [مستشار الثقة أو الموارد البشرية، مع رقم الهاتف].'],
              [{ bold: 'خطر مباشر:' }, ' 112.'],
            ],
          },
          { paragraph: [{ bold: 'لا مكان للعنف في أي مكان.' }] },
        ],
      },
    },
  ],
}
