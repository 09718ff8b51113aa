import type { Audience, BuildingBlockKind, ReviewStatus, Theme } from '@/fields/taxonomy'
import type { Locale } from '@/i18n'

import type { Part } from '../../lexical'
import type { DemoImageKey } from './images'

/**
 * About twenty building blocks from several municipalities, in every review state, some of them
 * translated: what an editor and the regional editors see in a demo.
 */

export type BlockText = { title: string; summary: string; body: Part[]; linkLabel?: string }

export type DemoBlock = {
  municipality: string
  kind: BuildingBlockKind
  reviewStatus: ReviewStatus
  reviewFeedback?: string
  themes: Theme[]
  audiences: Audience[]
  image?: DemoImageKey
  eventDate?: string
  validFrom?: string
  validUntil?: string
  linkUrl?: string
  nl: BlockText
  translations?: Partial<Record<Exclude<Locale, 'nl'>, BlockText>>
}

const veiligThuisGelderlandMidden = 'https://www.veiligthuisgm.nl'
const veiligThuisNoordOostGelderland = 'https://www.veiligthuisnog.nl'

const veiligThuisCallNl: BlockText = {
  title: 'Zorgen over iemand thuis? Bel Veilig Thuis: 0800-2000',
  summary:
    'Maak je je zorgen over geweld in een gezin of relatie, bij jezelf of bij een ander? Veilig Thuis is dag en nacht gratis bereikbaar via 0800-2000. Bij direct gevaar bel je 112.',
  body: [
    { heading: 'Wanneer bel je Veilig Thuis?' },
    {
      paragraph:
        'Je hoeft niet zeker te weten dat er iets aan de hand is. Veilig Thuis denkt met je mee, ook als je alleen een vermoeden hebt.',
    },
    {
      bullets: [
        'Je maakt je zorgen over een kind, een partner of een oudere in je omgeving.',
        'Je wilt advies over hoe je een gesprek begint.',
        'Je hebt zelf te maken met geweld thuis.',
      ],
    },
    {
      paragraph:
        'Veilig Thuis is 24 uur per dag, 7 dagen per week gratis bereikbaar via 0800-2000. Voor advies hoef je je naam niet te noemen. Is er direct gevaar? Bel dan 112.',
    },
  ],
  linkLabel: 'Meer over Veilig Thuis Noord Oost Gelderland',
}

export const demoBlocks: DemoBlock[] = [
  {
    municipality: 'arnhem',
    kind: 'news',
    reviewStatus: 'approved',
    themes: ['norm', 'alert'],
    audiences: ['residents', 'professionals', 'schools'],
    image: 'week-tegen-kindermishandeling',
    validFrom: '2026-11-02',
    validUntil: '2026-11-22',
    linkUrl: veiligThuisGelderlandMidden,
    nl: {
      title: 'Week tegen Kindermishandeling: van 16 tot en met 22 november',
      summary:
        'In de Week tegen Kindermishandeling vragen we iedereen die met kinderen leeft of werkt om alert te zijn en het gesprek aan te gaan. Twijfel je? Vraag advies aan Veilig Thuis via 0800-2000.',
      body: [
        {
          paragraph:
            'Kindermishandeling komt vaker voor dan we denken, ook in onze regio. Vaak is het niet zichtbaar. Juist daarom is het belangrijk dat volwassenen om een kind heen opletten en durven te vragen hoe het gaat.',
        },
        {
          paragraph:
            'Tijdens de Week tegen Kindermishandeling, van 16 tot en met 22 november 2026, organiseren gemeenten, scholen en verenigingen in de regio Arnhem-Achterhoek activiteiten. Kijk op de website van je gemeente wat er bij jou in de buurt gebeurt.',
        },
        {
          paragraph:
            'Heb je zorgen over een kind? Je hoeft het niet alleen op te lossen. Veilig Thuis is dag en nacht gratis bereikbaar via 0800-2000. Bij direct gevaar bel je 112.',
        },
      ],
      linkLabel: 'Naar Veilig Thuis Gelderland-Midden',
    },
    translations: {
      en: {
        title: 'Week against Child Abuse: 16 to 22 November',
        summary:
          'During the Week against Child Abuse we ask everyone who lives or works with children to be alert and to start the conversation. In doubt? Ask Veilig Thuis for advice on 0800-2000.',
        body: [
          {
            paragraph:
              'Child abuse happens more often than we think, in our region too. Often it cannot be seen. That is exactly why it matters that the adults around a child pay attention and dare to ask how things are going.',
          },
          {
            paragraph:
              'During the Week against Child Abuse, from 16 to 22 November 2026, municipalities, schools and clubs in the Arnhem-Achterhoek region organise activities. Check your municipality’s website to see what is happening near you.',
          },
          {
            paragraph:
              'Worried about a child? You do not have to solve it alone. Veilig Thuis can be reached free of charge, day and night, on 0800-2000. In immediate danger, call 112.',
          },
        ],
        linkLabel: 'Go to Veilig Thuis Gelderland-Midden',
      },
      ar: {
        title: 'أسبوع مكافحة إساءة معاملة الأطفال: من 16 إلى 22 نوفمبر',
        summary:
          'خلال أسبوع مكافحة إساءة معاملة الأطفال، ندعو كل من يعيش أو يعمل مع الأطفال إلى الانتباه وبدء الحديث. هل لديك شك؟ اطلب النصيحة من Veilig Thuis على الرقم 0800-2000.',
        body: [
          {
            paragraph:
              'تحدث إساءة معاملة الأطفال أكثر مما نعتقد، وفي منطقتنا أيضًا. وغالبًا لا تكون ظاهرة للعيان. ولهذا بالتحديد من المهم أن ينتبه الكبار من حول الطفل وأن يجرؤوا على سؤاله عن حاله.',
          },
          {
            paragraph:
              'خلال أسبوع مكافحة إساءة معاملة الأطفال، من 16 إلى 22 نوفمبر 2026، تنظم البلديات والمدارس والجمعيات في منطقة أرنهم-أخترهوك أنشطة متنوعة. اطّلع على موقع بلديتك لتعرف ما يجري بالقرب منك.',
          },
          {
            paragraph:
              'هل أنت قلق على طفل؟ لست مضطرًا إلى حل الأمر وحدك. يمكنك الاتصال بـ Veilig Thuis مجانًا ليلًا ونهارًا على الرقم 0800-2000. في حالة الخطر المباشر اتصل بالرقم 112.',
          },
        ],
        linkLabel: 'إلى موقع Veilig Thuis Gelderland-Midden',
      },
    },
  },
  {
    municipality: 'arnhem',
    kind: 'event',
    reviewStatus: 'approved',
    themes: ['reporting-code', 'roles-clear', 'learning'],
    audiences: ['professionals', 'schools'],
    image: 'week-tegen-kindermishandeling',
    eventDate: '2026-11-18T18:30:00.000Z',
    nl: {
      title: 'Bijeenkomst voor aandachtsfunctionarissen: de meldcode in de praktijk',
      summary:
        'Tijdens de Week tegen Kindermishandeling praten aandachtsfunctionarissen uit onderwijs, kinderopvang en zorg met elkaar en met Veilig Thuis over lastige situaties uit de praktijk.',
      body: [
        {
          paragraph:
            'Wat doe je als je een vermoeden hebt, maar de signalen niet eenduidig zijn? En hoe houd je contact met ouders terwijl je je zorgen deelt? In deze bijeenkomst bespreken we voorbeelden uit de praktijk, zonder namen of herkenbare details.',
        },
        {
          paragraph:
            'Medewerkers van Veilig Thuis Gelderland-Midden en van de lokale teams denken mee. Aanmelden kan via de regio-redactie; de locatie hoor je bij je aanmelding.',
        },
      ],
    },
    translations: {
      en: {
        title: 'Meeting for designated officers: the reporting code in practice',
        summary:
          'During the Week against Child Abuse, designated officers from education, childcare and care talk with each other and with Veilig Thuis about difficult situations from practice.',
        body: [
          {
            paragraph:
              'What do you do when you have a suspicion but the signs are not clear-cut? And how do you stay in touch with parents while sharing your concerns? In this meeting we discuss examples from practice, without names or recognisable details.',
          },
          {
            paragraph:
              'Staff from Veilig Thuis Gelderland-Midden and the local teams think along. You can sign up through the regional editors; you will hear the location when you sign up.',
          },
        ],
      },
    },
  },
  {
    municipality: 'arnhem',
    kind: 'background',
    reviewStatus: 'submitted',
    themes: ['pilot-light-contact', 'system-oriented', 'safety-first'],
    audiences: ['professionals'],
    image: 'waakvlamcontact',
    nl: {
      title: 'Waakvlamcontact: in beeld blijven, ook als het beter gaat',
      summary:
        'Geweld in een gezin kan terugkomen, juist als de hulp is afgerond. Met waakvlamcontact blijft een vertrouwde hulpverlener nog een tijd licht betrokken.',
      body: [
        { heading: 'Waarom waakvlamcontact?' },
        {
          paragraph:
            'Als de hulp is afgesloten, valt vaak ook het vaste aanspreekpunt weg. Spanningen kunnen dan ongemerkt weer oplopen. Bij waakvlamcontact houdt een hulpverlener die het gezin kent af en toe contact: een telefoontje, een kort bezoek, een vraag hoe het gaat.',
        },
        {
          paragraph:
            'Zo kan het gezin snel aan de bel trekken als het weer moeilijk wordt, en ziet de hulpverlener op tijd als er iets verandert. Het lokale team spreekt met het gezin af hoe vaak en hoe lang.',
        },
      ],
    },
    translations: {
      en: {
        title: 'Pilot-light contact: staying in view, even when things go better',
        summary:
          'Violence in a family can return, especially once help has ended. With pilot-light contact, a trusted care worker stays lightly involved for a while.',
        body: [
          { heading: 'Why pilot-light contact?' },
          {
            paragraph:
              'When help ends, the regular point of contact often disappears too. Tension can then quietly build up again. With pilot-light contact, a care worker who knows the family keeps in touch now and then: a phone call, a short visit, a question about how things are going.',
          },
          {
            paragraph:
              'This way the family can quickly ask for help when things get difficult again, and the care worker notices in time when something changes. The local team agrees with the family how often and for how long.',
          },
        ],
      },
    },
  },
  {
    municipality: 'arnhem',
    kind: 'story',
    reviewStatus: 'draft',
    themes: ['alert', 'norm'],
    audiences: ['neighbourhoods', 'residents'],
    nl: {
      title: 'Wat werkt: buren die durven te vragen hoe het gaat',
      summary:
        'In een Arnhemse wijk oefenden bewoners hoe ze een gesprek kunnen beginnen als ze zich zorgen maken over een gezin in de straat.',
      body: [
        {
          paragraph:
            'Veel mensen merken wel eens iets op bij de buren: harde ruzies, een kind dat vaak alleen buiten is, iemand die zich terugtrekt. Toch weten ze vaak niet wat ze ermee moeten. In het buurthuis oefenden bewoners met een wijkcoach hoe je zoiets aankaart, zonder te beschuldigen.',
        },
        {
          paragraph:
            '„Ik dacht altijd dat ik me ermee bemoeide”, vertelt een van de deelnemers. „Nu weet ik dat een eenvoudige vraag al veel kan betekenen.”',
        },
        {
          paragraph:
            'Twijfel je of je iets moet doen? Bel Veilig Thuis voor advies via 0800-2000. Dat kan ook als je het niet zeker weet.',
        },
      ],
    },
  },
  {
    municipality: 'winterswijk',
    kind: 'call-to-action',
    reviewStatus: 'approved',
    themes: ['help-nearby', 'safety-first', 'alert'],
    audiences: ['residents', 'neighbourhoods'],
    image: 'veilig-thuis',
    linkUrl: veiligThuisNoordOostGelderland,
    nl: veiligThuisCallNl,
    translations: {
      en: {
        title: 'Worried about someone at home? Call Veilig Thuis: 0800-2000',
        summary:
          'Are you worried about violence in a family or relationship, your own or someone else’s? Veilig Thuis can be reached free of charge, day and night, on 0800-2000. In immediate danger, call 112.',
        body: [
          { heading: 'When do you call Veilig Thuis?' },
          {
            paragraph:
              'You do not need to be sure that something is wrong. Veilig Thuis thinks along with you, even if you only have a suspicion.',
          },
          {
            bullets: [
              'You are worried about a child, a partner or an older person around you.',
              'You would like advice on how to start a conversation.',
              'You are experiencing violence at home yourself.',
            ],
          },
          {
            paragraph:
              'Veilig Thuis is available free of charge 24 hours a day, 7 days a week on 0800-2000. For advice you do not have to give your name. Is there immediate danger? Then call 112.',
          },
        ],
        linkLabel: 'More about Veilig Thuis Noord Oost Gelderland',
      },
      ar: {
        title: 'هل أنت قلق على شخص ما في المنزل؟ اتصل بـ Veilig Thuis على الرقم 0800-2000',
        summary:
          'هل تشعر بالقلق من العنف داخل أسرة أو علاقة، سواء كان ذلك يخصك أنت أو شخصًا آخر؟ يمكنك الاتصال بـ Veilig Thuis مجانًا ليلًا ونهارًا على الرقم 0800-2000. في حالة الخطر المباشر اتصل بالرقم 112.',
        body: [
          { heading: 'متى تتصل بـ Veilig Thuis؟' },
          {
            paragraph:
              'لست بحاجة إلى أن تكون متأكدًا من وجود مشكلة. يفكر Veilig Thuis معك، حتى لو كان لديك مجرد شك.',
          },
          {
            bullets: [
              'أنت قلق على طفل أو شريك أو شخص مسن من حولك.',
              'تريد نصيحة حول كيفية بدء الحديث.',
              'أنت نفسك تتعرض للعنف في المنزل.',
            ],
          },
          {
            paragraph:
              'يمكن الوصول إلى Veilig Thuis مجانًا على مدار 24 ساعة، 7 أيام في الأسبوع، على الرقم 0800-2000. للحصول على النصيحة لا يلزمك ذكر اسمك. هل هناك خطر مباشر؟ اتصل إذن بالرقم 112.',
          },
        ],
        linkLabel: 'المزيد عن Veilig Thuis Noord Oost Gelderland',
      },
      tr: {
        title: 'Evde biri için endişeli misiniz? Veilig Thuis’i arayın: 0800-2000',
        summary:
          'Bir ailede veya ilişkide, kendinizde ya da başkasında şiddetten endişe mi ediyorsunuz? Veilig Thuis’e gece gündüz ücretsiz olarak 0800-2000 numarasından ulaşabilirsiniz. Acil tehlikede 112’yi arayın.',
        body: [
          { heading: 'Veilig Thuis’i ne zaman ararsınız?' },
          {
            paragraph:
              'Bir sorun olduğundan emin olmanız gerekmez. Sadece bir şüpheniz olsa bile Veilig Thuis sizinle birlikte düşünür.',
          },
          {
            bullets: [
              'Çevrenizdeki bir çocuk, partner veya yaşlı biri için endişeleniyorsunuz.',
              'Bir konuşmayı nasıl başlatacağınız konusunda tavsiye istiyorsunuz.',
              'Evde kendiniz şiddete maruz kalıyorsunuz.',
            ],
          },
          {
            paragraph:
              'Veilig Thuis’e haftanın 7 günü, günün 24 saati 0800-2000 numarasından ücretsiz ulaşabilirsiniz. Tavsiye almak için adınızı vermeniz gerekmez. Acil bir tehlike mi var? O zaman 112’yi arayın.',
          },
        ],
        linkLabel: 'Veilig Thuis Noord Oost Gelderland hakkında daha fazla bilgi',
      },
      pl: {
        title: 'Martwisz się o kogoś w domu? Zadzwoń do Veilig Thuis: 0800-2000',
        summary:
          'Niepokoi cię przemoc w rodzinie lub w związku – twoim własnym lub kogoś innego? Z Veilig Thuis możesz skontaktować się bezpłatnie, w dzień i w nocy, pod numerem 0800-2000. W sytuacji bezpośredniego zagrożenia dzwoń pod 112.',
        body: [
          { heading: 'Kiedy dzwonić do Veilig Thuis?' },
          {
            paragraph:
              'Nie musisz mieć pewności, że coś jest nie tak. Veilig Thuis pomoże ci to przemyśleć, nawet jeśli masz tylko podejrzenie.',
          },
          {
            bullets: [
              'Martwisz się o dziecko, partnera lub starszą osobę w twoim otoczeniu.',
              'Chcesz porady, jak rozpocząć rozmowę.',
              'Sam lub sama doświadczasz przemocy w domu.',
            ],
          },
          {
            paragraph:
              'Veilig Thuis jest dostępny bezpłatnie 24 godziny na dobę, 7 dni w tygodniu, pod numerem 0800-2000. Aby uzyskać poradę, nie musisz podawać swojego nazwiska. Czy istnieje bezpośrednie zagrożenie? Zadzwoń wtedy pod 112.',
          },
        ],
        linkLabel: 'Więcej o Veilig Thuis Noord Oost Gelderland',
      },
      uk: {
        title: 'Хвилюєтеся за когось удома? Зателефонуйте до Veilig Thuis: 0800-2000',
        summary:
          'Вас турбує насильство в сім’ї чи стосунках — у вашому житті чи в житті іншої людини? До Veilig Thuis можна звернутися безкоштовно вдень і вночі за номером 0800-2000. У разі безпосередньої небезпеки телефонуйте 112.',
        body: [
          { heading: 'Коли варто телефонувати до Veilig Thuis?' },
          {
            paragraph:
              'Вам не потрібно бути впевненими, що щось не так. Veilig Thuis допоможе все обміркувати, навіть якщо у вас є лише підозра.',
          },
          {
            bullets: [
              'Ви хвилюєтеся за дитину, партнера чи літню людину поруч із вами.',
              'Ви хочете отримати пораду, як почати розмову.',
              'Ви самі зазнаєте насильства вдома.',
            ],
          },
          {
            paragraph:
              'Veilig Thuis доступний безкоштовно 24 години на добу, 7 днів на тиждень за номером 0800-2000. Щоб отримати пораду, не обов’язково називати своє ім’я. Є безпосередня небезпека? Тоді телефонуйте 112.',
          },
        ],
        linkLabel: 'Більше про Veilig Thuis Noord Oost Gelderland',
      },
    },
  },
  {
    municipality: 'winterswijk',
    kind: 'news',
    reviewStatus: 'returned',
    reviewFeedback:
      'Goed stuk. Vul nog aan hoe inwoners het lokale team bereiken (zoals het bij de gemeente onder contactgegevens staat) en noem voor wie niet kan wachten Veilig Thuis (0800-2000, gratis en 24/7) en 112 bij direct gevaar.',
    themes: ['help-nearby', 'roles-clear'],
    audiences: ['residents'],
    nl: {
      title: 'Lokaal team Winterswijk: waar kun je terecht met zorgen thuis?',
      summary:
        'Het lokale team is het eerste aanspreekpunt voor steun en advies bij zorgen over je gezin of relatie.',
      body: [
        {
          paragraph:
            'Maak je je zorgen over spanningen thuis, over je kinderen of over iemand in je omgeving? Bij het lokale team van de gemeente kun je terecht voor een gesprek. Samen kijk je wat nodig is en wie kan helpen.',
        },
        {
          paragraph:
            'Het lokale team werkt samen met onder meer huisartsen, scholen en Veilig Thuis. Je hoeft dus niet zelf uit te zoeken waar je moet zijn.',
        },
      ],
    },
  },
  {
    municipality: 'winterswijk',
    kind: 'event',
    reviewStatus: 'submitted',
    themes: ['alert', 'reporting-code'],
    audiences: ['sports-clubs', 'volunteer-organisations'],
    image: 'veilig-thuis',
    eventDate: '2026-10-08T17:30:00.000Z',
    nl: {
      title: 'Informatieavond voor sportverenigingen: signalen herkennen en bespreken',
      summary:
        'Trainers, coaches en bestuursleden leren signalen van huiselijk geweld en kindermishandeling herkennen en horen wat ze met hun zorgen kunnen doen.',
      body: [
        {
          paragraph:
            'Trainers en coaches zien kinderen en jongeren elke week. Ze merken het vaak als eerste als een kind stiller wordt, niet meer komt opdagen of opvallend schrikachtig is. Maar wat doe je dan?',
        },
        {
          paragraph:
            'Op deze avond vertelt een medewerker van Veilig Thuis Noord Oost Gelderland over signalen en over de stappen die je als vereniging kunt zetten. Er is ruimte voor vragen uit de eigen club.',
        },
      ],
    },
  },
  {
    municipality: 'duiven',
    kind: 'story',
    reviewStatus: 'approved',
    themes: ['alert', 'roles-clear', 'help-nearby'],
    audiences: ['sports-clubs', 'volunteer-organisations'],
    image: 'samen-op-het-veld',
    nl: {
      title: 'Wat werkt: een vertrouwenscontactpersoon bij de voetbalclub',
      summary:
        'Een voetbalvereniging in Duiven stelde een vertrouwenscontactpersoon aan. Leden en ouders weten nu bij wie ze terechtkunnen met zorgen.',
      body: [
        {
          paragraph:
            'Het begon met een vraag van een trainer die zich zorgen maakte over een speler. Hij wist niet bij wie hij binnen de club terechtkon. Het bestuur besloot een vertrouwenscontactpersoon aan te stellen en dat duidelijk te laten zien: in de kantine, op de website en bij de start van elk seizoen.',
        },
        {
          paragraph:
            'De vertrouwenscontactpersoon luistert, denkt mee en kent de weg naar het lokale team en Veilig Thuis. „Het is geen zware taak, maar wel een belangrijke”, zegt het bestuur. „Iedereen weet nu: hier kun je het over hebben.”',
        },
      ],
    },
    translations: {
      en: {
        title: 'What works: a confidential contact person at the football club',
        summary:
          'A football club in Duiven appointed a confidential contact person. Members and parents now know who they can turn to with concerns.',
        body: [
          {
            paragraph:
              'It started with a question from a coach who was worried about a player. He did not know who to turn to within the club. The board decided to appoint a confidential contact person and to make that clearly visible: in the clubhouse, on the website and at the start of every season.',
          },
          {
            paragraph:
              'The confidential contact person listens, thinks along and knows the way to the local team and Veilig Thuis. “It is not a heavy task, but it is an important one,” says the board. “Everyone now knows: you can talk about it here.”',
          },
        ],
      },
    },
  },
  {
    municipality: 'duiven',
    kind: 'news',
    reviewStatus: 'draft',
    themes: ['roles-clear', 'communicating'],
    audiences: ['sports-clubs', 'volunteer-organisations'],
    image: 'samen-op-het-veld',
    nl: {
      title: 'Nieuwe handreiking voor verenigingen in Duiven',
      summary:
        'Verenigingen in Duiven kunnen een korte handreiking gebruiken om huiselijk geweld en kindermishandeling bespreekbaar te maken binnen hun club.',
      body: [
        {
          paragraph:
            'De handreiking helpt bestuurders en vrijwilligers om afspraken te maken: wie is het aanspreekpunt, wat doe je bij een vermoeden en wanneer schakel je hulp in?',
        },
        {
          paragraph:
            'De gemeente biedt verenigingen aan om samen met het lokale team een avond te organiseren voor trainers en vrijwilligers. Interesse? Laat het weten via de gemeente.',
        },
      ],
    },
  },
  {
    municipality: 'zevenaar',
    kind: 'news',
    reviewStatus: 'approved',
    themes: ['norm', 'communicating'],
    audiences: ['residents', 'employers', 'neighbourhoods'],
    image: 'orange-the-world',
    validFrom: '2026-11-25',
    validUntil: '2026-12-10',
    linkUrl: veiligThuisGelderlandMidden,
    nl: {
      title: 'Orange the World: Zevenaar kleurt oranje tegen geweld',
      summary:
        'Van 25 november tot en met 10 december doet Zevenaar mee aan Orange the World, de internationale campagne tegen geweld tegen vrouwen en meisjes.',
      body: [
        {
          paragraph:
            'Tijdens Orange the World kleuren gebouwen over de hele wereld oranje. Zo laten we zien dat geweld tegen vrouwen en meisjes nergens thuishoort, ook niet achter de voordeur.',
        },
        {
          paragraph:
            'Ook in Zevenaar kleuren in deze periode gebouwen oranje. Het is een moment om erover te praten: met je buren, je collega’s of je vrienden.',
        },
        {
          paragraph:
            'Maak je je zorgen over jezelf of iemand anders? Bel Veilig Thuis via 0800-2000, gratis en 24/7 bereikbaar. Bij direct gevaar bel je 112.',
        },
      ],
      linkLabel: 'Naar Veilig Thuis Gelderland-Midden',
    },
    translations: {
      en: {
        title: 'Orange the World: Zevenaar turns orange against violence',
        summary:
          'From 25 November to 10 December, Zevenaar takes part in Orange the World, the international campaign against violence against women and girls.',
        body: [
          {
            paragraph:
              'During Orange the World, buildings all over the world turn orange. That is how we show that violence against women and girls has no place anywhere, not even behind the front door.',
          },
          {
            paragraph:
              'In Zevenaar, too, buildings turn orange during this period. It is a moment to talk about it: with your neighbours, your colleagues or your friends.',
          },
          {
            paragraph:
              'Are you worried about yourself or someone else? Call Veilig Thuis on 0800-2000, free of charge and available 24/7. In immediate danger, call 112.',
          },
        ],
        linkLabel: 'Go to Veilig Thuis Gelderland-Midden',
      },
      ar: {
        title: 'Orange the World: زيفينار تتلوّن بالبرتقالي ضد العنف',
        summary:
          'من 25 نوفمبر إلى 10 ديسمبر تشارك زيفينار في حملة Orange the World، وهي الحملة الدولية لمناهضة العنف ضد النساء والفتيات.',
        body: [
          {
            paragraph:
              'خلال حملة Orange the World تتلوّن المباني في أنحاء العالم باللون البرتقالي. وبذلك نُظهر أن العنف ضد النساء والفتيات لا مكان له في أي مكان، ولا حتى خلف باب البيت.',
          },
          {
            paragraph:
              'وفي زيفينار أيضًا تتلوّن المباني بالبرتقالي خلال هذه الفترة. إنها فرصة للحديث عن الموضوع: مع جيرانك أو زملائك أو أصدقائك.',
          },
          {
            paragraph:
              'هل أنت قلق على نفسك أو على شخص آخر؟ اتصل بـ Veilig Thuis على الرقم 0800-2000، مجانًا وعلى مدار الساعة طوال أيام الأسبوع. في حالة الخطر المباشر اتصل بالرقم 112.',
          },
        ],
        linkLabel: 'إلى موقع Veilig Thuis Gelderland-Midden',
      },
    },
  },
  {
    municipality: 'zevenaar',
    kind: 'call-to-action',
    reviewStatus: 'returned',
    reviewFeedback:
      'Sterke oproep. Maak de laatste alinea concreter: noem dat werkgevers het lokale team kunnen vragen om voorlichting, en voeg toe dat je bij direct gevaar 112 belt.',
    themes: ['norm', 'alert'],
    audiences: ['employers'],
    image: 'orange-the-world',
    nl: {
      title: 'Oproep aan werkgevers: maak huiselijk geweld bespreekbaar op het werk',
      summary:
        'Huiselijk geweld stopt niet bij de voordeur van het bedrijf. Werkgevers in Zevenaar kunnen een verschil maken door het onderwerp bespreekbaar te maken.',
      body: [
        {
          paragraph:
            'Medewerkers die thuis met geweld te maken hebben, laten dat soms merken op het werk: ze zijn vaker afwezig, minder geconcentreerd of juist altijd als eerste binnen en als laatste weg.',
        },
        {
          paragraph:
            'Als werkgever kun je laten weten dat er ruimte is om hierover te praten, leidinggevenden leren hoe ze een gesprek beginnen en zorgen dat iedereen het nummer van Veilig Thuis kent: 0800-2000.',
        },
        { paragraph: 'Hulp nodig bij de eerste stap? Het lokale team denkt graag mee.' },
      ],
    },
  },
  {
    municipality: 'doetinchem',
    kind: 'news',
    reviewStatus: 'approved',
    themes: ['reporting-code', 'roles-clear', 'learning'],
    audiences: ['schools', 'professionals'],
    image: 'start-schooljaar',
    validFrom: '2026-08-01',
    validUntil: '2026-09-30',
    nl: {
      title: 'Start van het schooljaar: fris de meldcode op met je team',
      summary:
        'Een nieuw schooljaar is een goed moment om met het hele team de meldcode door te nemen. Weet iedereen wie de aandachtsfunctionaris is en welke stappen je zet bij zorgen?',
      body: [
        {
          paragraph:
            'Na de zomervakantie zijn er nieuwe collega’s, nieuwe klassen en nieuwe gezichten. Juist dan is het belangrijk dat iedereen weet wat te doen bij zorgen over een leerling.',
        },
        {
          paragraph:
            'Zet de meldcode op de agenda van een van de eerste teamvergaderingen. Bespreek wie de aandachtsfunctionaris is, hoe je signalen vastlegt en wanneer je Veilig Thuis om advies vraagt. Ook professionals bereiken Veilig Thuis via 0800-2000.',
        },
      ],
    },
    translations: {
      en: {
        title: 'Start of the school year: refresh the reporting code with your team',
        summary:
          'A new school year is a good moment to go through the reporting code with the whole team. Does everyone know who the designated officer is and which steps to take when concerned?',
        body: [
          {
            paragraph:
              'After the summer holidays there are new colleagues, new classes and new faces. That is exactly when it matters that everyone knows what to do when worried about a pupil.',
          },
          {
            paragraph:
              'Put the reporting code on the agenda of one of the first team meetings. Discuss who the designated officer is, how you record signs and when you ask Veilig Thuis for advice. Professionals can also reach Veilig Thuis on 0800-2000.',
          },
        ],
      },
    },
  },
  {
    municipality: 'doetinchem',
    kind: 'background',
    reviewStatus: 'approved',
    themes: ['reporting-code', 'safety-first'],
    audiences: ['professionals', 'schools'],
    linkUrl: 'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/meldcode',
    nl: {
      title: 'De meldcode in vijf stappen',
      summary:
        'Professionals gebruiken de meldcode huiselijk geweld en kindermishandeling bij vermoedens van geweld. Dit zijn de vijf stappen.',
      body: [
        {
          paragraph:
            'De meldcode helpt professionals in onderwijs, zorg, kinderopvang, welzijn en justitie om zorgvuldig te handelen bij signalen van huiselijk geweld of kindermishandeling.',
        },
        { heading: 'De vijf stappen' },
        {
          bullets: [
            'Stap 1: breng de signalen in kaart.',
            'Stap 2: overleg met een collega of de aandachtsfunctionaris en raadpleeg zo nodig Veilig Thuis.',
            'Stap 3: ga in gesprek met de betrokkene.',
            'Stap 4: weeg het geweld of de kindermishandeling, met behulp van het afwegingskader.',
            'Stap 5: beslis of een melding bij Veilig Thuis nodig is en of je zelf hulp kunt bieden of organiseren.',
          ],
        },
        {
          paragraph:
            'Bij acute of structurele onveiligheid meld je altijd bij Veilig Thuis. Is er direct gevaar, bel dan 112.',
        },
      ],
      linkLabel: 'De meldcode op rijksoverheid.nl',
    },
  },
  {
    municipality: 'doetinchem',
    kind: 'event',
    reviewStatus: 'draft',
    themes: ['alert', 'help-nearby', 'learning'],
    audiences: ['volunteer-organisations', 'neighbourhoods'],
    eventDate: '2026-09-24T17:00:00.000Z',
    nl: {
      title: 'Training voor vrijwilligers: wat doe je met een niet-pluisgevoel?',
      summary:
        'Een avond voor vrijwilligers van buurthuizen, jongerenwerk en verenigingen over signalen van huiselijk geweld en de weg naar hulp.',
      body: [
        {
          paragraph:
            'Vrijwilligers hebben vaak een bijzondere band met de mensen die ze ontmoeten. Daardoor horen of zien ze soms dingen die anderen missen. In deze training leer je signalen herkennen en een gesprek voeren, en weet je bij wie je terechtkunt.',
        },
        {
          paragraph:
            'Het lokale team geeft de training samen met Veilig Thuis Noord Oost Gelderland. Deelname is gratis.',
        },
      ],
    },
  },
  {
    municipality: 'oude-ijsselstreek',
    kind: 'story',
    reviewStatus: 'submitted',
    themes: ['system-oriented', 'safety-first'],
    audiences: ['professionals'],
    nl: {
      title: 'Wat werkt: het hele gezin aan tafel',
      summary:
        'Geweld stopt pas echt als iedereen in het gezin hulp krijgt: wie geweld meemaakt, wie geweld pleegt en de kinderen die het zien. Een verhaal over een systeemgerichte aanpak.',
      body: [
        {
          paragraph:
            'Lange tijd kregen slachtoffers hulp, terwijl de pleger en de kinderen buiten beeld bleven. Daardoor kwam het geweld vaak terug. Nu kijken hulpverleners naar het hele systeem: de ouders, de kinderen en soms ook grootouders of andere betrokkenen.',
        },
        {
          paragraph:
            'Een hulpverlener uit het lokale team vertelt: „We maken samen met het gezin een veiligheidsplan. Iedereen weet wat hij of zij doet als de spanning oploopt. Veiligheid gaat altijd voor.”',
        },
      ],
    },
  },
  {
    municipality: 'rheden',
    kind: 'news',
    reviewStatus: 'approved',
    themes: ['norm', 'alert'],
    audiences: ['residents', 'neighbourhoods', 'faith-communities'],
    nl: {
      title: 'Geweld hoort nergens thuis, ook niet achter de voordeur',
      summary:
        'Huiselijk geweld en kindermishandeling gebeuren vaak onzichtbaar, op de plek waar je je het veiligst zou moeten voelen. Samen kunnen we dat doorbreken.',
      body: [
        {
          paragraph:
            'Thuis zou de veiligste plek moeten zijn. Toch is de kans om slachtoffer te worden van geweld daar groter dan op straat. Het gaat om geweld tussen partners, kindermishandeling, ouderenmishandeling en geweld tussen andere familieleden.',
        },
        {
          paragraph:
            'Iedereen kan iets doen: luisteren, vragen hoe het gaat, advies vragen. Veilig Thuis is 24/7 gratis bereikbaar via 0800-2000, ook voor wie alleen een vermoeden heeft. Bij direct gevaar bel je 112.',
        },
      ],
    },
  },
  {
    municipality: 'berkelland',
    kind: 'call-to-action',
    reviewStatus: 'submitted',
    themes: ['alert', 'help-nearby', 'communicating'],
    audiences: ['faith-communities'],
    nl: {
      title: 'Oproep aan geloofsgemeenschappen: praat mee over veiligheid thuis',
      summary:
        'Geloofsgemeenschappen zijn vaak een plek van vertrouwen. De gemeente Berkelland nodigt voorgangers en vrijwilligers uit om samen te bespreken hoe zij mensen kunnen steunen die thuis met geweld te maken hebben.',
      body: [
        {
          paragraph:
            'Wie thuis met geweld te maken heeft, zoekt soms eerst steun bij iemand uit de eigen gemeenschap. Het helpt als die persoon weet wat hij of zij kan doen en waar hulp te vinden is.',
        },
        {
          paragraph:
            'We organiseren gesprekken met voorgangers en vrijwilligers van kerken, moskeeën en andere gemeenschappen. Samen kijken we wat bij de eigen gemeenschap past. Wil je meedoen? Neem contact op met het lokale team van de gemeente.',
        },
      ],
    },
  },
  {
    municipality: 'lingewaard',
    kind: 'background',
    reviewStatus: 'draft',
    themes: ['alert', 'help-nearby'],
    audiences: ['residents', 'professionals'],
    nl: {
      title: 'Als mantelzorg te zwaar wordt: ontsporing herkennen en voorkomen',
      summary:
        'Overbelaste mantelzorg kan ongewild leiden tot ouderenmishandeling. Op tijd steun vragen helpt zowel de mantelzorger als degene voor wie wordt gezorgd.',
      body: [
        {
          paragraph:
            'Mantelzorgers doen veel, vaak jarenlang en naast werk en gezin. Als de zorg te zwaar wordt, kan er spanning ontstaan. Dan kan het gebeuren dat de zorg ontspoort: iemand wordt genegeerd, afgesnauwd of krijgt niet de zorg die nodig is.',
        },
        {
          paragraph:
            'Dat is geen reden om weg te kijken, wel een reden om op tijd hulp te vragen. Het lokale team denkt mee over ondersteuning en respijtzorg. Twijfel je of iemand veilig is? Vraag advies aan Veilig Thuis via 0800-2000.',
        },
      ],
    },
  },
  {
    municipality: 'aalten',
    kind: 'news',
    reviewStatus: 'returned',
    reviewFeedback:
      'Goed onderwerp. Kun je de titel korter maken (hij past nu niet op één regel in de nieuwsbrief) en toevoegen dat ouders en kinderen bij zorgen over veiligheid ook Veilig Thuis kunnen bellen via 0800-2000?',
    themes: ['safety-first', 'system-oriented'],
    audiences: ['residents'],
    nl: {
      title: 'Scheiden zonder schade: steun voor ouders en kinderen bij een moeilijke scheiding',
      summary:
        'Een scheiding is ingrijpend, zeker voor kinderen. Als de spanningen hoog oplopen, kunnen ouders en kinderen hulp krijgen.',
      body: [
        {
          paragraph:
            'Bij een complexe scheiding komen kinderen soms klem te zitten tussen hun ouders. Ruzies, onzekerheid en loyaliteitsconflicten kunnen grote gevolgen hebben voor hun ontwikkeling en veiligheid.',
        },
        {
          paragraph:
            'Het lokale team helpt ouders om afspraken te maken die goed zijn voor de kinderen, en kan doorverwijzen naar mediation of naar ondersteuning voor kinderen.',
        },
      ],
    },
  },
  {
    municipality: 'overbetuwe',
    kind: 'event',
    reviewStatus: 'approved',
    themes: ['alert', 'help-nearby'],
    audiences: ['employers'],
    eventDate: '2026-10-14T10:00:00.000Z',
    nl: {
      title: 'Webinar voor werkgevers: wat als een medewerker thuis niet veilig is?',
      summary:
        'In een webinar van een uur horen werkgevers en leidinggevenden hoe ze signalen herkennen, een gesprek beginnen en hun medewerker de weg naar hulp wijzen.',
      body: [
        {
          paragraph:
            'Huiselijk geweld heeft gevolgen voor het werk: verzuim, concentratieproblemen en soms gevaar op de werkvloer. Werkgevers kunnen een belangrijke rol spelen door een veilige plek te bieden en te weten waar hulp te vinden is.',
        },
        {
          paragraph:
            'In het webinar vertellen medewerkers van Veilig Thuis en van het lokale team wat je als werkgever kunt doen. Het webinar is gratis; je ontvangt de link na aanmelding.',
        },
      ],
    },
    translations: {
      en: {
        title: 'Webinar for employers: what if an employee is not safe at home?',
        summary:
          'In a one-hour webinar, employers and managers hear how to recognise signs, start a conversation and show their employee the way to help.',
        body: [
          {
            paragraph:
              'Domestic violence affects work: absence, problems concentrating and sometimes danger in the workplace. Employers can play an important role by offering a safe place and knowing where help can be found.',
          },
          {
            paragraph:
              'In the webinar, staff from Veilig Thuis and the local team explain what you can do as an employer. The webinar is free; you will receive the link after signing up.',
          },
        ],
      },
    },
  },
]
