import type { Actor, IncidentType } from '../model';
import { CIVILIAN, countPhrase, FIGHTER, SHELL, STRIKE, VEHICLE, WEEKDAYS_AR } from './arabic';
import type { SynthPlace } from './places';
import type { Rng } from './prng';

/** One incident as a synthetic report states it, with the truth the sentence was built from. */
export interface ComposedIncident {
  type: IncidentType;
  actors: Actor[];
  place: SynthPlace;
  /** How many days before the report date the incident happened (0 today, 1 أمس, ...). */
  daysBefore: number;
  strikes: number | null;
  fatalities: number | null;
  injuries: number | null;
  sentence: string;
  /** Offsets of the place's name (what a geocoder should find) inside `sentence`. */
  placeStart: number;
  placeEnd: number;
}

/** A sentence split around its place: `before + place.text + after`. */
type Frame = [before: string, after: string];

interface Ctx {
  rng: Rng;
  /** Words for when it happened: `أمس`, `فجر اليوم`, `يوم الخميس الماضي`. */
  when: string;
  /** Casualty clause starting with `، ` or empty. */
  toll: string;
  strikes: number;
  words: boolean;
}

const ACTOR_AR: Partial<Record<Actor, string>> = {
  russia: 'روسية',
  regime: 'تابعة للنظام',
};

/** Sentence frames per incident type; each names one place. Written for this generator. */
const FRAMES: Record<Exclude<IncidentType, 'other'>, (c: Ctx, actor: Actor) => Frame> = {
  airstrike: (c, actor) =>
    c.rng.pick<(c: Ctx) => Frame>([
      (c) => [
        `شنت طائرات حربية ${ACTOR_AR[actor]} ${countPhrase(c.strikes, STRIKE, c.words)} على `,
        ` ${c.when}${c.toll}.`,
      ],
      (c) => [
        `استهدف الطيران الحربي ${c.when} أطراف `,
        ` بـ${countPhrase(c.strikes, STRIKE, c.words)}${c.toll}.`,
      ],
      (c) => [
        `قال ناشطون إن ${countPhrase(c.strikes, STRIKE, c.words)} طالت `,
        ` ${c.when}${c.toll}.`,
      ],
    ])(c),
  shelling: (c) =>
    c.rng.pick<(c: Ctx) => Frame>([
      (c) => ['قصفت قوات النظام بالمدفعية الثقيلة الأحياء السكنية في ', ` ${c.when}${c.toll}.`],
      (c) => [
        `سقطت ${countPhrase(c.strikes, SHELL, c.words)} صاروخية على `,
        ` ${c.when}${c.toll}.`,
      ],
      (c) => [`تعرضت `, ` ${c.when} لقصف صاروخي مصدره مواقع قوات النظام${c.toll}.`],
    ])(c),
  clash: (c) =>
    c.rng.pick<(c: Ctx) => Frame>([
      (c) => [
        'اندلعت اشتباكات عنيفة بين فصائل المعارضة وقوات النظام على محور ',
        ` ${c.when}${c.toll}.`,
      ],
      (c) => [`صدت الفصائل ${c.when} محاولة تسلل لقوات النظام قرب `, `${c.toll}.`],
    ])(c),
  attack: (c) => {
    const [facility, its] = c.rng.pick([
      ['مستشفى', 'ه'],
      ['مدرسة', 'ها'],
      ['مخبز', 'ه'],
      ['مركز للدفاع المدني', 'ه'],
      ['سوق شعبي', 'ه'],
    ] as const);
    return c.rng.pick<(c: Ctx) => Frame>([
      (c) => [
        `استهدف قصف مدفعي ${facility} في `,
        ` ${c.when}، ما أدى إلى خروج${its} عن الخدمة${c.toll}.`,
      ],
      (c) => [`تعرض ${facility} في `, ` ${c.when} لغارة جوية${c.toll}.`],
    ])(c);
  },
  explosion: (c) =>
    c.rng.pick<(c: Ctx) => Frame>([
      (c) => ['انفجرت عبوة ناسفة بسيارة عسكرية عند مدخل ', ` ${c.when}${c.toll}.`],
      (c) => ['هز انفجار سيارة مفخخة وسط ', ` ${c.when}${c.toll}.`],
    ])(c),
  deployment: (c, actor) =>
    actor === 'turkey'
      ? [`دخل رتل عسكري تركي يضم ${countPhrase(c.strikes * 5, VEHICLE, false)} إلى `, ` ${c.when}.`]
      : ['استقدمت قوات النظام تعزيزات عسكرية جديدة إلى ', ` ${c.when}، بحسب مصادر محلية.`],
  agreement: (c) => [
    'عقد ضباط أتراك وروس اجتماعاً لبحث تثبيت وقف إطلاق النار في ',
    ` ${c.when}، دون الإعلان عن نتائج.`,
  ],
};

const ACTORS_OF: Record<Exclude<IncidentType, 'other'>, Actor[][]> = {
  airstrike: [['russia'], ['regime']],
  shelling: [['regime'], ['regime', 'iran']],
  clash: [
    ['opposition', 'regime'],
    ['hts', 'regime'],
  ],
  attack: [['regime'], ['russia']],
  explosion: [['unknown']],
  deployment: [['turkey'], ['regime']],
  agreement: [['turkey', 'russia']],
};

/** How often each type appears: strikes and shelling dominate the real reports. */
const TYPE_WEIGHTS = {
  airstrike: 30,
  shelling: 30,
  clash: 12,
  attack: 8,
  explosion: 8,
  deployment: 8,
  agreement: 4,
} as const;

function whenWords(rng: Rng, daysBefore: number, reportWeekday: number): string {
  if (daysBefore === 0) return rng.pick(['اليوم', 'فجر اليوم', 'صباح اليوم']);
  if (daysBefore === 1) return rng.pick(['أمس', 'مساء أمس', 'ليلة أمس']);
  return `يوم ${WEEKDAYS_AR[(reportWeekday - daysBefore + 7) % 7]} الماضي`;
}

function tollWords(rng: Rng, fatalities: number, injuries: number, words: boolean): string {
  const dead = fatalities > 0 ? `مقتل ${countPhrase(fatalities, CIVILIAN, words)}` : '';
  const hurt =
    injuries > 0
      ? `${rng.chance(0.5) ? 'إصابة' : 'جرح'} ${countPhrase(injuries, rng.chance(0.7) ? CIVILIAN : FIGHTER, words)}`
      : '';
  if (dead && hurt) return `، ما أدى إلى ${dead} و${hurt} آخرين`;
  if (dead || hurt) return `، ما أسفر عن ${dead || hurt}`;
  return '';
}

/**
 * Compose one incident sentence at a chosen place.
 *
 * @example
 * const c = composeIncident(createRng(1), place, 6);
 * c.sentence.slice(c.placeStart, c.placeEnd) === place.nameAr // true
 */
export function composeIncident(
  rng: Rng,
  place: SynthPlace,
  reportWeekday: number,
): ComposedIncident {
  const type = rng.weighted(TYPE_WEIGHTS);
  const actors = rng.pick(ACTORS_OF[type]);
  const daysBefore = rng.weighted({ 0: 4, 1: 4, 2: 1, 3: 1 } as Record<string, number>);
  const violent = type !== 'deployment' && type !== 'agreement';
  const fatalities = violent && rng.chance(0.5) ? rng.int(0, 9) : 0;
  const injuries = violent && rng.chance(0.5) ? rng.int(0, 15) : 0;
  const words = rng.chance(0.5);
  const strikes = rng.int(1, 12);
  const ctx: Ctx = {
    rng,
    when: whenWords(rng, Number(daysBefore), reportWeekday),
    toll: tollWords(rng, fatalities, injuries, words),
    strikes,
    words,
  };
  const [before, after] = FRAMES[type](ctx, actors[0]!);
  const placeStart = before.length + place.nameOffset;
  return {
    type,
    actors,
    place,
    daysBefore: Number(daysBefore),
    strikes: type === 'airstrike' ? strikes : null,
    fatalities: violent && fatalities > 0 ? fatalities : null,
    injuries: violent && injuries > 0 ? injuries : null,
    sentence: `${before}${place.text}${after}`,
    placeStart,
    placeEnd: placeStart + place.text.length - place.nameOffset,
  };
}

/** Sentences around the incidents that name no place: context, as real reports have. */
export const FILLER = [
  'ويأتي ذلك في ظل تصعيد متواصل تشهده منطقة خفض التصعيد شمال غربي سوريا.',
  'وأفاد الدفاع المدني بأن فرقه عملت على إسعاف المصابين وتفقد الأماكن المستهدفة.',
  'ولم يصدر أي تعليق رسمي حول الحادثة حتى ساعة إعداد هذا التقرير.',
  'ووثق المرصد السوري لحقوق الإنسان الخروقات خلال الساعات الماضية.',
  'ويعيش في المنطقة نحو أربعة ملايين نسمة، معظمهم من النازحين.',
  'وتتبادل الأطراف الاتهامات بخرق اتفاق وقف إطلاق النار الموقع في آذار/مارس 2020.',
] as const;
