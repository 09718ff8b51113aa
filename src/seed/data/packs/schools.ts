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

/** The regional pack for schools, with the start-of-school-year set. */
export const schoolsTemplate: TemplateContent = {
  audience: 'schools',
  title: {
    nl: 'Communicatiepakket voor scholen',
    en: 'Communication pack for schools',
    ar: 'حزمة التواصل للمدارس',
  },
  intro: {
    nl: [
      {
        paragraph:
          'Leerkrachten zien kinderen elke dag. Zij merken vaak als eerste dat het thuis niet goed gaat. Dit pakket helpt scholen om open te vertellen hoe zij omgaan met zorgen, vermoedens en signalen, en om ouders en kinderen te laten weten waar zij terechtkunnen. Het begin van het schooljaar is daar een vanzelfsprekend moment voor.',
      },
    ],
    en: [
      {
        paragraph:
          'Teachers see children every day. They are often the first to notice that things are not right at home. This pack helps schools to tell openly how they handle worries, suspicions and signs, and to let parents and children know where they can turn. The start of the school year is a natural moment to do so.',
      },
    ],
    ar: [
      {
        paragraph:
          'يرى المعلمون الأطفال كل يوم، وغالبًا ما يكونون أول من يلاحظ أن الأمور ليست على ما يرام في البيت. تساعد هذه الحزمة المدارس على أن تشرح بوضوح كيف تتعامل مع المخاوف والشكوك والعلامات، وأن تُعلم الأهل والأطفال إلى أين يمكنهم التوجه. وبداية العام الدراسي لحظة مناسبة لذلك.',
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
              'Landelijke campagnes geven een goede aanleiding om in de klas en met ouders over veiligheid thuis te praten. Kies één moment per jaar en maak er iets van: een les over grenzen, een gesprek in de kring of een bericht in de nieuwsbrief voor ouders.',
          },
          ...nationalCampaigns.nl,
        ],
        en: [
          {
            paragraph:
              'National campaigns are a good reason to talk about safety at home in class and with parents. Pick one moment a year and make something of it: a lesson about boundaries, a circle-time conversation or an item in the parents’ newsletter.',
          },
          ...nationalCampaigns.en,
        ],
        ar: [
          {
            paragraph:
              'تشكل الحملات الوطنية مناسبة جيدة للحديث عن الأمان في البيت داخل الصف ومع الأهل. اختر لحظة واحدة في السنة واجعل منها شيئًا ملموسًا: درسًا عن الحدود الشخصية، أو حوارًا في حلقة الصف، أو خبرًا في النشرة الموجهة للأهل.',
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
              'Scholen werken verplicht met de meldcode huiselijk geweld en kindermishandeling. De meldcode beschrijft in vijf stappen wat je doet bij zorgen over een leerling. De aandachtsfunctionaris van de school is het klankbord voor leerkrachten: samen wegen zij zorgvuldig en doortastend af welke hulp nodig is.',
          },
          meldcodeSteps.nl,
          ...referralIndex.nl,
        ],
        en: [
          {
            paragraph:
              'Schools are required by law to work with the reporting code for domestic violence and child abuse (meldcode). In five steps it describes what to do when you are worried about a pupil. The school’s designated officer is the sounding board for teachers: together they weigh carefully, and decisively, what help is needed.',
          },
          meldcodeSteps.en,
          ...referralIndex.en,
        ],
        ar: [
          {
            paragraph:
              'المدارس ملزمة قانونًا بالعمل وفق بروتوكول الإبلاغ عن العنف الأسري وإساءة معاملة الأطفال (meldcode). يصف البروتوكول في خمس خطوات ما يجب فعله عند القلق على تلميذ. والمسؤول المختص في المدرسة (aandachtsfunctionaris) هو مرجع المعلمين: معًا يقيّمون بعناية وحزم نوع المساعدة المطلوبة.',
          },
          meldcodeSteps.ar,
          ...referralIndex.ar,
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
              'Ieder kind heeft recht op een veilig thuis. Dat is de norm: geweld hoort nergens thuis. Als school laat je merken dat je die norm deelt, door erover te praten, door kinderen te leren dat ze geheimen die pijn doen mogen vertellen, en door ouders te laten weten dat je er ook voor hen bent.',
          },
          figures.nl,
          {
            paragraph:
              'In elke klas zitten kinderen die thuis met geweld te maken hebben. Een leerkracht die vraagt hoe het écht gaat, kan voor zo’n kind het verschil maken.',
          },
        ],
        en: [
          {
            paragraph:
              'Every child has the right to a safe home. That is the norm: violence has no place anywhere. As a school you show that you share this norm by talking about it, by teaching children that they may tell secrets that hurt, and by letting parents know that you are there for them too.',
          },
          figures.en,
          {
            paragraph:
              'In every class there are children who face violence at home. A teacher who asks how they are really doing can make all the difference to such a child.',
          },
        ],
        ar: [
          {
            paragraph:
              'لكل طفل الحق في بيت آمن. هذه هي القاعدة: لا مكان للعنف في أي مكان. وتُظهر المدرسة أنها تشارك هذه القاعدة عندما تتحدث عنها، وعندما تعلّم الأطفال أنه يحق لهم البوح بالأسرار التي تؤلمهم، وعندما تُعلم الأهل بأنها موجودة لمساعدتهم أيضًا.',
          },
          figures.ar,
          {
            paragraph:
              'في كل صف أطفال يعانون من العنف في البيت. والمعلم الذي يسأل الطفل عن حاله الحقيقي قد يُحدث فرقًا كبيرًا في حياته.',
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
              'Niemand hoeft het alleen op te lossen: de leerkracht niet, de ouder niet en het kind al helemaal niet. Zorgen delen is een belangrijke eerste stap.',
          },
          ...veiligThuisAndEmergency.nl,
          ...localRouteLead.nl,
        ],
        en: [
          {
            paragraph:
              'Nobody has to solve it alone: not the teacher, not the parent, and certainly not the child. Sharing your worries is an important first step.',
          },
          ...veiligThuisAndEmergency.en,
          ...localRouteLead.en,
        ],
        ar: [
          {
            paragraph:
              'لا أحد مضطر إلى حل المشكلة وحده: لا المعلم، ولا الوالد، ولا الطفل بالتأكيد. مشاركة المخاوف خطوة أولى مهمة.',
          },
          ...veiligThuisAndEmergency.ar,
          ...localRouteLead.ar,
        ],
      },
    },
  ],
  materials: [
    {
      kind: 'letter',
      schoolYearStart: true,
      title: {
        nl: 'Brief aan ouders bij de start van het schooljaar',
        en: 'Letter to parents at the start of the school year',
        ar: 'رسالة إلى الأهل في بداية العام الدراسي',
      },
      description: {
        nl: 'Een voorbeeldbrief waarin de school vertelt hoe zij omgaat met zorgen, vermoedens en signalen. Vul de naam van de school en de aandachtsfunctionaris in.',
        en: 'A sample letter in which the school explains how it handles worries, suspicions and signs. Fill in the name of the school and of the designated officer.',
        ar: 'رسالة نموذجية تشرح فيها المدرسة كيف تتعامل مع المخاوف والشكوك والعلامات. أضِف اسم المدرسة واسم المسؤول المختص.',
      },
      body: {
        nl: [
          { paragraph: 'Beste ouders en verzorgers,' },
          {
            paragraph:
              'Een nieuw schooljaar is begonnen. Wij willen dat elk kind zich veilig voelt, op school én thuis. Daarom vertellen we u graag hoe wij omgaan met zorgen over een kind.',
          },
          { heading: 'Wat doen wij als we ons zorgen maken?', level: 3 },
          {
            paragraph:
              'Soms zien we iets aan een kind dat ons zorgen baart: het kind is stil of juist onrustig, heeft blauwe plekken, is vaak moe of vertelt iets wat ons niet loslaat. Dan werken wij volgens de meldcode huiselijk geweld en kindermishandeling, zoals alle scholen in Nederland. Dat betekent dat we goed kijken, met collega’s overleggen en met u in gesprek gaan. Samen zoeken we naar wat uw kind nodig heeft.',
          },
          {
            paragraph: [
              'Onze aandachtsfunctionaris is ',
              { bold: '[naam]' },
              '. U kunt ook zelf bij haar of hem terecht als u zich zorgen maakt, over uw eigen kind of over een ander kind.',
            ],
          },
          { heading: 'Waar kunt u zelf terecht?', level: 3 },
          {
            paragraph:
              'Loopt het thuis even niet goed, of maakt u zich zorgen om iemand? U staat er niet alleen voor. Het lokale team van de gemeente helpt dichtbij. Veilig Thuis is dag en nacht gratis bereikbaar via 0800-2000, ook als u alleen advies wilt. Bij direct gevaar belt u 112.',
          },
          { paragraph: 'Met vriendelijke groet,' },
          { paragraph: '[naam directeur], directeur van [naam school]' },
        ],
        en: [
          { paragraph: 'Dear parents and carers,' },
          {
            paragraph:
              'A new school year has begun. We want every child to feel safe, at school and at home. That is why we would like to tell you how we deal with worries about a child.',
          },
          { heading: 'What do we do when we are worried?', level: 3 },
          {
            paragraph:
              'Sometimes we notice something about a child that worries us: the child is quiet or restless, has bruises, is often tired, or tells us something that stays with us. We then follow the reporting code for domestic violence and child abuse (meldcode), like every school in the Netherlands. This means we look carefully, consult colleagues and talk with you. Together we look for what your child needs.',
          },
          {
            paragraph: [
              'Our designated officer is ',
              { bold: '[name]' },
              '. You can also go to them yourself if you are worried, about your own child or about another child.',
            ],
          },
          { heading: 'Where can you turn?', level: 3 },
          {
            paragraph:
              'Are things difficult at home for a while, or are you worried about someone? You are not on your own. The municipality’s local team offers help close by. Veilig Thuis can be reached day and night, free of charge, on 0800-2000, also if you only want advice. In immediate danger, call 112.',
          },
          { paragraph: 'Kind regards,' },
          { paragraph: '[name of head teacher], head teacher of [name of school]' },
        ],
        ar: [
          { paragraph: 'أيها الآباء والأمهات ومقدمو الرعاية الأعزاء،' },
          {
            paragraph:
              'بدأ عام دراسي جديد. نريد أن يشعر كل طفل بالأمان، في المدرسة وفي البيت. لذلك نود أن نخبركم كيف نتعامل مع المخاوف المتعلقة بطفل ما.',
          },
          { heading: 'ماذا نفعل عندما نقلق على طفل؟', level: 3 },
          {
            paragraph:
              'أحيانًا نلاحظ على طفل ما يقلقنا: قد يكون صامتًا أو مضطربًا، أو عليه كدمات، أو متعبًا في أغلب الأوقات، أو يخبرنا بشيء يبقى في بالنا. عندها نعمل وفق بروتوكول الإبلاغ عن العنف الأسري وإساءة معاملة الأطفال (meldcode)، مثل جميع المدارس في هولندا. وهذا يعني أننا ننتبه جيدًا، ونتشاور مع الزملاء، ونتحدث معكم. ومعًا نبحث عمّا يحتاجه طفلكم.',
          },
          {
            paragraph: [
              'المسؤول المختص في مدرستنا هو ',
              { bold: '[الاسم]' },
              '. يمكنكم أيضًا التوجه إليه بأنفسكم إذا كنتم قلقين، سواء على طفلكم أو على طفل آخر.',
            ],
          },
          { heading: 'إلى أين يمكنكم التوجه؟', level: 3 },
          {
            paragraph:
              'هل تمرّون بفترة صعبة في البيت، أو تقلقون على شخص ما؟ لستم وحدكم. الفريق المحلي في البلدية يقدم المساعدة بالقرب منكم. ويمكن الاتصال بـ Veilig Thuis ليلًا ونهارًا مجانًا على الرقم 0800-2000، حتى لو كنتم تريدون المشورة فقط. وفي حالة الخطر المباشر اتصلوا بالرقم 112.',
          },
          { paragraph: 'مع أطيب التحيات،' },
          { paragraph: '[اسم المدير]، مدير [اسم المدرسة]' },
        ],
      },
    },
    {
      kind: 'poster',
      schoolYearStart: true,
      title: {
        nl: 'Poster voor de school: “Wij luisteren”',
        en: 'Poster for the school: “We listen”',
        ar: 'ملصق للمدرسة: «نحن نصغي إليك»',
      },
      description: {
        nl: 'Tekst voor een poster in de hal en bij de klaslokalen, voor kinderen en ouders.',
        en: 'Text for a poster in the hall and near the classrooms, for children and parents.',
        ar: 'نص لملصق في الممر وبجانب الصفوف، موجه للأطفال والأهل.',
      },
      body: {
        nl: [
          { heading: 'Is het thuis niet fijn? Vertel het ons.' },
          {
            paragraph:
              'Voel je je thuis niet veilig? Wordt er geschreeuwd, geslagen of word je bang gemaakt? Het is nooit jouw schuld. Je mag het altijd vertellen aan je juf, je meester of aan iemand anders die je vertrouwt.',
          },
          {
            bullets: [
              [{ bold: 'Op school:' }, ' [naam aandachtsfunctionaris], te vinden in [lokaal].'],
              [{ bold: 'De Kindertelefoon:' }, ' 0800-0432, gratis en anoniem.'],
              [{ bold: 'Veilig Thuis:' }, ' 0800-2000, dag en nacht, gratis.'],
            ],
          },
          { paragraph: [{ bold: 'Geweld hoort nergens thuis.' }] },
        ],
        en: [
          { heading: 'Not happy at home? Tell us.' },
          {
            paragraph:
              'Do you not feel safe at home? Is there shouting or hitting, or does someone make you scared? It is never your fault. You can always tell your teacher or someone else you trust.',
          },
          {
            bullets: [
              [{ bold: 'At school:' }, ' [name of designated officer], in [room].'],
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
          { heading: 'هل أنت غير مرتاح في البيت؟ أخبرنا.' },
          {
            paragraph:
              'هل لا تشعر بالأمان في البيت؟ هل هناك صراخ أو ضرب، أو هل يخيفك أحد؟ هذا ليس ذنبك أبدًا. يمكنك دائمًا أن تخبر معلمتك أو معلمك أو أي شخص آخر تثق به.',
          },
          {
            bullets: [
              [{ bold: 'في المدرسة:' }, ' [اسم المسؤول المختص]، في [القاعة].'],
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
      schoolYearStart: true,
      title: {
        nl: 'De vijf stappen van de meldcode, voor het team',
        en: 'The five steps of the reporting code, for staff',
        ar: 'الخطوات الخمس لبروتوكول الإبلاغ، لفريق المدرسة',
      },
      description: {
        nl: 'Eén A4 voor de teamkamer en de eerste teamvergadering van het jaar.',
        en: 'One A4 page for the staff room and the first team meeting of the year.',
        ar: 'صفحة واحدة بحجم A4 لغرفة المعلمين وأول اجتماع للفريق في العام.',
      },
      body: {
        nl: [
          {
            paragraph:
              'Bij elk vermoeden van huiselijk geweld of kindermishandeling volg je deze vijf stappen. Je doet het niet alleen: de aandachtsfunctionaris denkt mee en legt samen met jou vast wat er gebeurt.',
          },
          meldcodeSteps.nl,
          {
            paragraph:
              'Leg elke stap vast in het leerlingdossier. Meld je bij Veilig Thuis, vertel dat dan vooraf aan de ouders, tenzij dat de veiligheid van het kind of van jezelf in gevaar brengt.',
          },
        ],
        en: [
          {
            paragraph:
              'Whenever you suspect domestic violence or child abuse, follow these five steps. You do not do it alone: the designated officer thinks it through with you and records with you what happens.',
          },
          meldcodeSteps.en,
          {
            paragraph:
              'Record each step in the pupil’s file. If you report to Veilig Thuis, tell the parents beforehand, unless that would endanger the child or yourself.',
          },
        ],
        ar: [
          {
            paragraph:
              'عند كل اشتباه في عنف أسري أو إساءة معاملة طفل، اتبع هذه الخطوات الخمس. لست وحدك في ذلك: يفكر المسؤول المختص معك ويوثّق معك ما يجري.',
          },
          meldcodeSteps.ar,
          {
            paragraph:
              'وثّق كل خطوة في ملف التلميذ. وإذا قدّمت بلاغًا إلى Veilig Thuis، فأخبر الوالدين مسبقًا، إلا إذا كان ذلك يعرّض سلامة الطفل أو سلامتك للخطر.',
          },
        ],
      },
    },
  ],
}
