import type { PackAudience, PackPoint } from '@/fields/taxonomy'

import type { Part } from '../../lexical'
import type { InLanguages } from './shared'

/**
 * Demo tailoring for the municipalities the demo accounts edit: a local introduction for each
 * audience, and here and there a section switched off or a local note. Contact details stay the
 * placeholders from the reference seed: a municipality fills in its own.
 */

export type LocalLogo = { initials: string; background: string; accent: string }

export type LocalPack = {
  audience: PackAudience
  status: 'published' | 'draft'
  /** Sections of the template this municipality leaves out. */
  leaveOut?: PackPoint[]
  localNotes?: Partial<Record<PackPoint, InLanguages<Part[]>>>
  routeNote?: InLanguages<string>
}

export type LocalTailoring = {
  municipality: string
  /** The municipality's name as readers of each language write it. */
  name: InLanguages<string>
  logo?: LocalLogo
  /** The opening of the introduction, the same for every audience. */
  welcome: InLanguages<string>
  packs: LocalPack[]
}

/** One sentence per audience after the municipality's welcome. */
export const audienceInvitations: Record<PackAudience, InLanguages<string>> = {
  schools: {
    nl: 'Vertel ouders aan het begin van het schooljaar hoe uw school omgaat met zorgen en signalen: de brief, de poster en de stappen van de meldcode in dit pakket helpen daarbij.',
    en: 'At the start of the school year, tell parents how your school deals with worries and signs: the letter, the poster and the reporting code steps in this pack help you do so.',
    ar: 'في بداية العام الدراسي، أخبروا الأهل كيف تتعامل مدرستكم مع المخاوف والعلامات: الرسالة والملصق وخطوات بروتوكول الإبلاغ في هذه الحزمة تساعدكم على ذلك.',
  },
  employers: {
    nl: 'Maak huiselijk geweld bespreekbaar op de werkvloer: dit pakket helpt leidinggevenden om het gesprek aan te gaan en de weg naar hulp te wijzen.',
    en: 'Make domestic violence something that can be discussed at work: this pack helps managers to start the conversation and show the way to help.',
    ar: 'اجعلوا العنف الأسري موضوعًا قابلًا للنقاش في مكان العمل: تساعد هذه الحزمة المديرين على بدء الحديث والدلالة على طريق المساعدة.',
  },
  'volunteer-organisations': {
    nl: 'Vrijwilligers worden vaak in vertrouwen genomen. Dit pakket laat hen zien wat ze kunnen doen als ze zich zorgen maken, en bij wie ze terechtkunnen.',
    en: 'People often confide in volunteers. This pack shows them what they can do when they are worried, and who they can turn to.',
    ar: 'كثيرًا ما يأتمن الناس المتطوعين على أسرارهم. تُبيّن لهم هذه الحزمة ما يمكنهم فعله عندما يقلقون، وإلى من يمكنهم التوجه.',
  },
  'sports-clubs': {
    nl: 'Een club waar je over moeilijke dingen kunt praten, is een veilige club. Dit pakket helpt bestuur, trainers en vertrouwenscontactpersonen daarbij.',
    en: 'A club where you can talk about difficult things is a safe club. This pack helps the board, trainers and confidential contact persons with that.',
    ar: 'النادي الذي يمكن فيه الحديث عن الأمور الصعبة نادٍ آمن. تساعد هذه الحزمة مجلس الإدارة والمدربين وأشخاص الثقة في ذلك.',
  },
}

const allAudiences: PackAudience[] = [
  'schools',
  'employers',
  'volunteer-organisations',
  'sports-clubs',
]

const published = (
  audience: PackAudience,
  extra: Omit<LocalPack, 'audience' | 'status'> = {},
): LocalPack => ({
  audience,
  status: 'published',
  ...extra,
})

export const localTailorings: LocalTailoring[] = [
  {
    municipality: 'arnhem',
    name: { nl: 'Arnhem', en: 'Arnhem', ar: 'أرنهم' },
    logo: { initials: 'A', background: '#b3122e', accent: '#ffffff' },
    welcome: {
      nl: 'In Arnhem werken scholen, werkgevers, verenigingen en vrijwilligers samen met de wijkteams aan een kring van veiligheid rond elk gezin.',
      en: 'In Arnhem, schools, employers, clubs and volunteers work together with the neighbourhood teams on a circle of safety around every family.',
      ar: 'في أرنهم تعمل المدارس وأصحاب العمل والأندية والمتطوعون مع فرق الأحياء على بناء دائرة أمان حول كل أسرة.',
    },
    packs: [
      published('schools', {
        localNotes: {
          'help-nearby': {
            nl: [
              {
                paragraph:
                  'Arnhemse scholen kunnen voor overleg over een leerling terecht bij het wijkteam van de wijk waar de school staat. Twijfelt u welk team dat is? De gemeente helpt u verder.',
              },
            ],
            en: [
              {
                paragraph:
                  'Schools in Arnhem can consult the neighbourhood team of the district where the school is located about a pupil. Not sure which team that is? The municipality will help you.',
              },
            ],
            ar: [
              {
                paragraph:
                  'يمكن لمدارس أرنهم التشاور بشأن أحد التلاميذ مع فريق الحي الذي تقع فيه المدرسة. لست متأكدًا أي فريق هو؟ ستساعدك البلدية.',
              },
            ],
          },
        },
      }),
      published('employers'),
      published('volunteer-organisations'),
      published('sports-clubs'),
    ],
  },
  {
    municipality: 'winterswijk',
    name: { nl: 'Winterswijk', en: 'Winterswijk', ar: 'فينترسفايك' },
    logo: { initials: 'W', background: '#1d6b3a', accent: '#f4d03f' },
    welcome: {
      nl: 'In Winterswijk kennen we elkaar. Juist daarom is het belangrijk dat iedereen weet wat je kunt doen als je je zorgen maakt over iemand thuis.',
      en: 'In Winterswijk we know each other. That is exactly why it matters that everyone knows what to do when they are worried about someone at home.',
      ar: 'في فينترسفايك نعرف بعضنا بعضًا. ولهذا بالذات من المهم أن يعرف الجميع ما يمكنهم فعله عندما يقلقون على أحد في البيت.',
    },
    packs: [
      published('schools'),
      // A small employers' pack: the national campaigns are left to the schools and clubs.
      published('employers', { leaveOut: ['national-campaigns'] }),
      published('volunteer-organisations'),
      published('sports-clubs', {
        localNotes: {
          norm: {
            nl: [
              {
                paragraph:
                  'Winterswijkse sportverenigingen spreken samen af dat elke club een vertrouwenscontactpersoon heeft. Heeft uw club er nog geen? Vraag de gemeente naar de training.',
              },
            ],
            en: [
              {
                paragraph:
                  'Sports clubs in Winterswijk agree together that every club has a confidential contact person. Does your club not have one yet? Ask the municipality about the training.',
              },
            ],
            ar: [
              {
                paragraph:
                  'تتفق الأندية الرياضية في فينترسفايك على أن يكون لكل نادٍ شخص ثقة. أليس لدى ناديكم شخص ثقة بعد؟ اسألوا البلدية عن التدريب.',
              },
            ],
          },
        },
      }),
    ],
  },
  {
    municipality: 'duiven',
    name: { nl: 'Duiven', en: 'Duiven', ar: 'دايفن' },
    logo: { initials: 'D', background: '#1f4e8c', accent: '#f2c230' },
    welcome: {
      nl: 'Duiven wil dat iedereen dichtbij steun, advies en hulp vindt, in elke kern van onze gemeente.',
      en: 'Duiven wants everyone to find support, advice and help close by, in every village of our municipality.',
      ar: 'تريد بلدية دايفن أن يجد الجميع الدعم والمشورة والمساعدة بالقرب منهم، في كل قرية من قرى البلدية.',
    },
    packs: allAudiences.map((audience) => published(audience)),
  },
  {
    municipality: 'zevenaar',
    name: { nl: 'Zevenaar', en: 'Zevenaar', ar: 'زيفينار' },
    logo: { initials: 'Z', background: '#7a1f5c', accent: '#f7b733' },
    welcome: {
      nl: 'Zevenaar doet elk jaar mee met Orange the World. Maar ook de rest van het jaar geldt: geweld hoort nergens thuis.',
      en: 'Zevenaar takes part in Orange the World every year. But the rest of the year the same holds: violence has no place anywhere.',
      ar: 'تشارك زيفينار كل عام في حملة Orange the World. لكن القاعدة نفسها تسري طوال العام: لا مكان للعنف في أي مكان.',
    },
    packs: allAudiences.map((audience) =>
      audience === 'volunteer-organisations'
        ? published(audience, {
            routeNote: {
              nl: 'Vrijwilligers in Zevenaar kunnen ook terecht bij hun coördinator in het eigen dorp of de eigen wijk.',
              en: 'Volunteers in Zevenaar can also turn to their coordinator in their own village or neighbourhood.',
              ar: 'يمكن للمتطوعين في زيفينار أيضًا التوجه إلى منسقهم في قريتهم أو حيّهم.',
            },
          })
        : published(audience),
    ),
  },
  {
    // Not a demo municipality: a pack still being written, which visitors never see.
    municipality: 'berkelland',
    name: { nl: 'Berkelland', en: 'Berkelland', ar: 'بيركلاند' },
    welcome: {
      nl: 'Berkelland werkt aan een pakket voor werkgevers. Deze tekst is nog een concept.',
      en: 'Berkelland is working on a pack for employers. This text is still a draft.',
      ar: 'تعمل بلدية بيركلاند على حزمة لأصحاب العمل. هذا النص لا يزال مسودة.',
    },
    packs: [{ audience: 'employers', status: 'draft' }],
  },
]
