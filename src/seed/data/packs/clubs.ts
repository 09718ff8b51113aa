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

/** The regional pack for (sports) clubs: trainers, coaches and the club's confidential contact. */
export const clubsTemplate: TemplateContent = {
  audience: 'sports-clubs',
  title: {
    nl: 'Communicatiepakket voor (sport)verenigingen',
    en: 'Communication pack for (sports) clubs',
    ar: 'حزمة التواصل للأندية (الرياضية) والجمعيات',
  },
  intro: {
    nl: [
      {
        paragraph:
          'Trainers, coaches en begeleiders zien kinderen en volwassenen elke week, vaak jarenlang. Ze merken het als iemand ineens wegblijft, schrikt van aanraking of niet naar huis wil na de training. Een vereniging die laat zien dat ze hierover durft te praten, is een veilige plek. Dit pakket helpt besturen, trainers en vertrouwenscontactpersonen daarbij.',
      },
    ],
    en: [
      {
        paragraph:
          'Trainers, coaches and supervisors see children and adults every week, often for years. They notice when someone suddenly stays away, flinches at touch or does not want to go home after training. A club that shows it dares to talk about this is a safe place. This pack helps boards, trainers and confidential contact persons to do so.',
      },
    ],
    ar: [
      {
        paragraph:
          'يرى المدربون والمرافقون الأطفال والبالغين كل أسبوع، وغالبًا لسنوات. ويلاحظون عندما يتغيب أحدهم فجأة، أو يجفل عند لمسه، أو لا يريد العودة إلى البيت بعد التدريب. النادي الذي يُظهر أنه يجرؤ على الحديث عن ذلك هو مكان آمن. تساعد هذه الحزمة مجالس الإدارة والمدربين وأشخاص الثقة في النادي على ذلك.',
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
              'Doe mee met een landelijke campagne: speel een wedstrijd met oranje aanvoerdersbanden tijdens Orange the World, hang een poster in de kantine of besteed in het clubblad aandacht aan de Week tegen Kindermishandeling.',
          },
          ...nationalCampaigns.nl,
        ],
        en: [
          {
            paragraph:
              'Join in with a national campaign: play a match with orange captain’s armbands during Orange the World, put up a poster in the clubhouse or write about the Week against Child Abuse in the club magazine.',
          },
          ...nationalCampaigns.en,
        ],
        ar: [
          {
            paragraph:
              'شارك في حملة وطنية: العب مباراة بشارات قيادة برتقالية خلال حملة Orange the World، أو علّق ملصقًا في مقر النادي، أو خصّص مقالًا في مجلة النادي لأسبوع مناهضة إساءة معاملة الأطفال.',
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
              'Voor verenigingen is de meldcode niet verplicht, maar het basismodel geeft trainers en bestuur houvast. Veel verenigingen hebben een vertrouwenscontactpersoon (VCP): die is het aanspreekpunt en denkt mee bij elke stap.',
          },
          meldcodeSteps.nl,
          ...referralIndex.nl,
          {
            paragraph:
              'De vereniging gebruikt de verwijsindex niet zelf, maar het lokale team en Veilig Thuis wel. Deel je zorgen met hen, dan kunnen de professionals rond een kind elkaar vinden.',
          },
        ],
        en: [
          {
            paragraph:
              'The reporting code is not mandatory for clubs, but its basic model gives trainers and the board something to hold on to. Many clubs have a confidential contact person (vertrouwenscontactpersoon): the first point of contact, who thinks along at every step.',
          },
          meldcodeSteps.en,
          ...referralIndex.en,
          {
            paragraph:
              'The club does not use the referral index itself, but the local team and Veilig Thuis do. Share your worries with them, so that the professionals around a child can find each other.',
          },
        ],
        ar: [
          {
            paragraph:
              'بروتوكول الإبلاغ ليس إلزاميًا للأندية، لكن نموذجه الأساسي يمنح المدربين ومجلس الإدارة مرجعًا واضحًا. لدى كثير من الأندية شخص ثقة (vertrouwenscontactpersoon): وهو نقطة الاتصال الأولى ويفكر معك في كل خطوة.',
          },
          meldcodeSteps.ar,
          ...referralIndex.ar,
          {
            paragraph:
              'لا يستخدم النادي فهرس الإحالة بنفسه، لكن الفريق المحلي وVeilig Thuis يستخدمانه. شارك مخاوفك معهم، حتى يتمكن المختصون المحيطون بالطفل من التواصل فيما بينهم.',
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
              'Sport is spelen volgens afspraken. Dat geldt ook buiten het veld: geweld hoort nergens thuis. Een vereniging die dat hardop zegt, in de gedragsregels, in de kantine en langs de lijn, maakt het makkelijker voor een kind of een ouder om iets te vertellen.',
          },
          figures.nl,
          {
            paragraph:
              'In elk team zit statistisch gezien een kind dat thuis met geweld te maken heeft. Voor dat kind kan de club een plek zijn waar het even veilig is, en een trainer iemand bij wie het zijn verhaal kwijt kan.',
          },
        ],
        en: [
          {
            paragraph:
              'Sport means playing by the rules. That goes for life off the pitch too: violence has no place anywhere. A club that says so out loud, in its code of conduct, in the clubhouse and on the sidelines, makes it easier for a child or a parent to speak up.',
          },
          figures.en,
          {
            paragraph:
              'Statistically, every team has a child who faces violence at home. For that child, the club can be a place where things are safe for a while, and a trainer someone they can talk to.',
          },
        ],
        ar: [
          {
            paragraph:
              'الرياضة لعب وفق قواعد متفق عليها. وهذا ينطبق أيضًا خارج الملعب: لا مكان للعنف في أي مكان. النادي الذي يقول ذلك بصوت عالٍ، في قواعد السلوك وفي مقر النادي وعلى جانب الملعب، يسهّل على الطفل أو الوالد أن يتكلم.',
          },
          figures.ar,
          {
            paragraph:
              'من الناحية الإحصائية، يوجد في كل فريق طفل يعاني من العنف في البيت. بالنسبة لهذا الطفل يمكن أن يكون النادي مكانًا آمنًا ولو لبعض الوقت، ويمكن أن يكون المدرب شخصًا يبوح له بما في قلبه.',
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
              'Een trainer hoeft het niet op te lossen. Deel je zorg met de vertrouwenscontactpersoon van de club en vraag advies:',
          },
          ...veiligThuisAndEmergency.nl,
          ...localRouteLead.nl,
        ],
        en: [
          {
            paragraph:
              'A trainer does not have to solve it. Share your worry with the club’s confidential contact person and ask for advice:',
          },
          ...veiligThuisAndEmergency.en,
          ...localRouteLead.en,
        ],
        ar: [
          {
            paragraph:
              'ليس على المدرب أن يحل المشكلة. شارك قلقك مع شخص الثقة في النادي واطلب المشورة:',
          },
          ...veiligThuisAndEmergency.ar,
          ...localRouteLead.ar,
        ],
      },
    },
  ],
  materials: [
    {
      kind: 'poster',
      schoolYearStart: false,
      title: {
        nl: 'Poster voor de kantine: “Bij onze club telt iedereen”',
        en: 'Poster for the clubhouse: “At our club everyone counts”',
        ar: 'ملصق لمقر النادي: «في نادينا كل شخص مهم»',
      },
      description: {
        nl: 'Voor kantine en kleedkamers: de norm en waar je terechtkunt.',
        en: 'For the clubhouse and changing rooms: the norm and where to turn.',
        ar: 'لمقر النادي وغرف تبديل الملابس: القاعدة وإلى أين تتوجه.',
      },
      body: {
        nl: [
          { heading: 'Bij onze club telt iedereen. Ook als het thuis niet goed gaat.' },
          {
            paragraph:
              'Zit je ergens mee? Praat met je trainer, je coach of onze vertrouwenscontactpersoon. Wij luisteren en zoeken samen met jou naar hulp.',
          },
          {
            bullets: [
              [{ bold: 'Vertrouwenscontactpersoon:' }, ' [naam, telefoon, e-mail].'],
              [{ bold: 'De Kindertelefoon:' }, ' 0800-0432, gratis en anoniem.'],
              [{ bold: 'Veilig Thuis:' }, ' 0800-2000, dag en nacht, gratis.'],
            ],
          },
          { paragraph: [{ bold: 'Geweld hoort nergens thuis.' }] },
        ],
        en: [
          { heading: 'At our club everyone counts. Also when things are not right at home.' },
          {
            paragraph:
              'Is something bothering you? Talk to your trainer, your coach or our confidential contact person. We listen and look for help together with you.',
          },
          {
            bullets: [
              [{ bold: 'Confidential contact person:' }, ' [name, phone, e-mail].'],
              [
                { bold: 'De Kindertelefoon (children’s helpline):' },
                ' 0800-0432, free and anonymous.',
              ],
              [{ bold: 'Veilig Thuis:' }, ' 0800-2000, day and night, free of charge.'],
            ],
          },
          { paragraph: [{ bold: 'Violence has no place anywhere.' }] },
        ],
        ar: [
          { heading: 'في نادينا كل شخص مهم، حتى عندما لا تكون الأمور على ما يرام في البيت.' },
          {
            paragraph:
              'هل يشغل بالك شيء؟ تحدّث مع مدربك أو مع شخص الثقة في نادينا. نحن نصغي إليك ونبحث معك عن المساعدة.',
          },
          {
            bullets: [
              [{ bold: 'شخص الثقة:' }, ' [الاسم، الهاتف، البريد الإلكتروني].'],
              [{ bold: 'هاتف الطفل (De Kindertelefoon):' }, ' 0800-0432، مجاني ودون ذكر الاسم.'],
              [{ bold: 'Veilig Thuis:' }, ' 0800-2000، ليلًا ونهارًا، مجانًا.'],
            ],
          },
          { paragraph: [{ bold: 'لا مكان للعنف في أي مكان.' }] },
        ],
      },
    },
    {
      kind: 'reporting-code-steps',
      schoolYearStart: false,
      title: {
        nl: 'Stappenplan voor trainers en de vertrouwenscontactpersoon',
        en: 'Step-by-step plan for trainers and the confidential contact person',
        ar: 'خطة خطوة بخطوة للمدربين ولشخص الثقة',
      },
      description: {
        nl: 'Het basismodel van de meldcode, vertaald naar de vereniging.',
        en: 'The basic model of the reporting code, applied to the club.',
        ar: 'النموذج الأساسي لبروتوكول الإبلاغ، مطبَّقًا على النادي.',
      },
      body: {
        nl: [
          {
            paragraph:
              'Maak je je als trainer of begeleider zorgen over een lid? Ga dan niet zelf onderzoeken, maar volg deze stappen samen met de vertrouwenscontactpersoon.',
          },
          meldcodeSteps.nl,
        ],
        en: [
          {
            paragraph:
              'As a trainer or supervisor, are you worried about a member? Do not start investigating yourself; follow these steps together with the confidential contact person.',
          },
          meldcodeSteps.en,
        ],
        ar: [
          {
            paragraph:
              'هل أنت مدرب أو مرافق وتقلق على أحد الأعضاء؟ لا تبدأ التحقيق بنفسك، بل اتبع هذه الخطوات مع شخص الثقة في النادي.',
          },
          meldcodeSteps.ar,
        ],
      },
    },
  ],
}
