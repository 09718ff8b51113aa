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

/** The regional pack for volunteer organisations: community centres, food banks, language buddies. */
export const volunteersTemplate: TemplateContent = {
  audience: 'volunteer-organisations',
  title: {
    nl: 'Communicatiepakket voor vrijwilligersorganisaties',
    en: 'Communication pack for volunteer organisations',
    ar: 'حزمة التواصل لمنظمات المتطوعين',
  },
  intro: {
    nl: [
      {
        paragraph:
          'Vrijwilligers komen bij mensen thuis, in het buurthuis, bij de voedselbank, als taalmaatje of in een zelforganisatie. Ze worden vaak in vertrouwen genomen. Daarmee zijn ze een belangrijk deel van de kring van veiligheid rond gezinnen. Dit pakket helpt organisaties om hun vrijwilligers te laten weten wat ze kunnen doen als ze zich zorgen maken.',
      },
    ],
    en: [
      {
        paragraph:
          'Volunteers visit people at home, work in community centres and food banks, act as language buddies or run community organisations. People often confide in them. That makes them an important part of the circle of safety around families. This pack helps organisations tell their volunteers what they can do when they are worried.',
      },
    ],
    ar: [
      {
        paragraph:
          'يزور المتطوعون الناس في بيوتهم، ويعملون في المراكز المجتمعية وبنوك الطعام، ويرافقون متعلمي اللغة، وينشطون في المنظمات المجتمعية. وكثيرًا ما يأتمنهم الناس على أسرارهم. وهذا يجعلهم جزءًا مهمًا من دائرة الأمان حول العائلات. تساعد هذه الحزمة المنظمات على إعلام متطوعيها بما يمكنهم فعله عندما يقلقون على أحد.',
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
              'Zet een landelijke campagne op de agenda van een vrijwilligersbijeenkomst, leg campagnemateriaal neer in het buurthuis of deel een bericht op jullie website en sociale media.',
          },
          ...nationalCampaigns.nl,
        ],
        en: [
          {
            paragraph:
              'Put a national campaign on the agenda of a volunteers’ meeting, lay out campaign material in the community centre or share a post on your website and social media.',
          },
          ...nationalCampaigns.en,
        ],
        ar: [
          {
            paragraph:
              'أدرج حملة وطنية على جدول أعمال لقاء المتطوعين، أو ضع مواد الحملة في المركز المجتمعي، أو شارك منشورًا على موقعكم الإلكتروني ووسائل التواصل الاجتماعي.',
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
              'Voor vrijwilligersorganisaties is de meldcode niet verplicht, maar het basismodel biedt goede aanknopingspunten. Spreek af wie in jullie organisatie het aanspreekpunt is bij zorgen, zodat een vrijwilliger er nooit alleen mee blijft zitten. De vijf stappen:',
          },
          meldcodeSteps.nl,
          ...referralIndex.nl,
          {
            paragraph:
              'Vrijwilligers gebruiken de verwijsindex niet zelf. Wel helpt het als ze weten dat professionals via de verwijsindex samenwerken: wie zorgen deelt met het lokale team of Veilig Thuis, zet die samenwerking in gang.',
          },
        ],
        en: [
          {
            paragraph:
              'The reporting code is not mandatory for volunteer organisations, but its basic model offers good guidance. Agree who in your organisation is the contact person for worries, so that a volunteer is never left with them alone. The five steps:',
          },
          meldcodeSteps.en,
          ...referralIndex.en,
          {
            paragraph:
              'Volunteers do not use the referral index themselves. It does help to know that professionals work together through it: sharing worries with the local team or Veilig Thuis sets that cooperation in motion.',
          },
        ],
        ar: [
          {
            paragraph:
              'بروتوكول الإبلاغ ليس إلزاميًا لمنظمات المتطوعين، لكن نموذجه الأساسي يقدم إرشادات جيدة. اتفقوا على شخص في منظمتكم يكون مرجعًا عند وجود مخاوف، حتى لا يبقى المتطوع وحده مع قلقه أبدًا. الخطوات الخمس:',
          },
          meldcodeSteps.ar,
          ...referralIndex.ar,
          {
            paragraph:
              'لا يستخدم المتطوعون فهرس الإحالة بأنفسهم. لكن من المفيد أن يعرفوا أن المختصين يتعاونون من خلاله: فمشاركة المخاوف مع الفريق المحلي أو Veilig Thuis تُطلق هذا التعاون.',
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
              'Geweld hoort nergens thuis: niet in een relatie, niet in een gezin, in geen enkele cultuur. Vrijwilligers die dat uitdragen, maken het makkelijker om erover te praten. Soms is een vrijwilliger de enige die iemand nog vertrouwt.',
          },
          figures.nl,
          {
            paragraph:
              'Let ook op mensen die de taal nog niet goed spreken of weinig mensen kennen: zij weten vaak niet waar ze terechtkunnen. Veilig Thuis kan een tolk inschakelen.',
          },
        ],
        en: [
          {
            paragraph:
              'Violence has no place anywhere: not in a relationship, not in a family, not in any culture. Volunteers who carry that message make it easier to talk about. Sometimes a volunteer is the only person someone still trusts.',
          },
          figures.en,
          {
            paragraph:
              'Pay attention to people who do not yet speak Dutch well or who know few people: they often do not know where to turn. Veilig Thuis can arrange an interpreter.',
          },
        ],
        ar: [
          {
            paragraph:
              'لا مكان للعنف في أي مكان: لا في العلاقة الزوجية، ولا في الأسرة، ولا في أي ثقافة. المتطوعون الذين يحملون هذه الرسالة يسهّلون الحديث عن الموضوع. وأحيانًا يكون المتطوع هو الشخص الوحيد الذي لا يزال أحدهم يثق به.',
          },
          figures.ar,
          {
            paragraph:
              'انتبهوا أيضًا إلى من لا يتقنون اللغة الهولندية بعد أو لا يعرفون أشخاصًا كثيرين: فهم غالبًا لا يعرفون إلى أين يتوجهون. يستطيع Veilig Thuis الاستعانة بمترجم.',
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
              'Als vrijwilliger hoef je geen hulpverlener te zijn. Luisteren, serieus nemen en de weg wijzen is genoeg. Bespreek je zorgen met je coördinator en vraag advies:',
          },
          ...veiligThuisAndEmergency.nl,
          ...localRouteLead.nl,
        ],
        en: [
          {
            paragraph:
              'As a volunteer you do not need to be a care worker. Listening, taking people seriously and showing the way is enough. Discuss your worries with your coordinator and ask for advice:',
          },
          ...veiligThuisAndEmergency.en,
          ...localRouteLead.en,
        ],
        ar: [
          {
            paragraph:
              'بصفتك متطوعًا لا يلزمك أن تكون مختصًا في تقديم الرعاية. يكفي أن تصغي، وأن تأخذ الأمر بجدية، وأن تدلّ على الطريق. ناقش مخاوفك مع منسقك واطلب المشورة:',
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
        nl: 'Zakkaart voor vrijwilligers: wat doe je bij zorgen?',
        en: 'Pocket card for volunteers: what to do when you are worried',
        ar: 'بطاقة جيب للمتطوعين: ماذا تفعل عندما تقلق؟',
      },
      description: {
        nl: 'Vier stappen en de belangrijkste nummers, op het formaat van een bankpas.',
        en: 'Four steps and the key phone numbers, the size of a bank card.',
        ar: 'أربع خطوات وأهم أرقام الهاتف، بحجم بطاقة مصرفية.',
      },
      body: {
        nl: [
          {
            steps: [
              [{ bold: 'Merk op' }, ' wat je ziet en hoort, en schrijf het op.'],
              [
                { bold: 'Luister' },
                ' zonder te oordelen en beloof geen geheimhouding die je niet kunt waarmaken.',
              ],
              [{ bold: 'Deel je zorg' }, ' met je coördinator.'],
              [{ bold: 'Vraag advies' }, ' aan Veilig Thuis (0800-2000) of het lokale team.'],
            ],
          },
          { paragraph: [{ bold: 'Direct gevaar? Bel 112.' }] },
        ],
        en: [
          {
            steps: [
              [{ bold: 'Notice' }, ' what you see and hear, and write it down.'],
              [{ bold: 'Listen' }, ' without judging, and do not promise secrecy you cannot keep.'],
              [{ bold: 'Share your worry' }, ' with your coordinator.'],
              [{ bold: 'Ask for advice' }, ' from Veilig Thuis (0800-2000) or the local team.'],
            ],
          },
          { paragraph: [{ bold: 'Immediate danger? Call 112.' }] },
        ],
        ar: [
          {
            steps: [
              [{ bold: 'لاحظ' }, ' ما تراه وتسمعه، ودوّنه.'],
              [{ bold: 'أصغِ' }, ' دون إصدار أحكام، ولا تعد بكتمان سرّ لا تستطيع الوفاء به.'],
              [{ bold: 'شارك قلقك' }, ' مع منسقك.'],
              [{ bold: 'اطلب المشورة' }, ' من Veilig Thuis (0800-2000) أو من الفريق المحلي.'],
            ],
          },
          { paragraph: [{ bold: 'في حالة خطر مباشر؟ اتصل بالرقم 112.' }] },
        ],
      },
    },
  ],
}
