import { foldKey } from '../reports/arabic';
import { type Figure, readNumber, readNumberBefore, wordValue } from './numbers';
import { type Token, tokenize } from './words';

/** A count found in folded text, with its offsets there. */
export interface Count {
  value: number;
  start: number;
  end: number;
}

const set = (...w: string[]) => new Set(w.map(foldKey));
/** `و`, `ب`, `ل`, `ف`: the clitics `strip` takes off. */
function isClitic(c: number): boolean {
  return c === 0x0648 || c === 0x0628 || c === 0x0644 || c === 0x0641;
}

/**
 * `t.replace(/^[وبلف]{1,2}(?=..)/, '')` without a regex per token: two clitics when two
 * characters remain, else one. (Tokens hold no line breaks, so `.` is any character here.)
 */
function strip(t: string): string {
  if (!isClitic(t.charCodeAt(0))) return t;
  if (t.length >= 4 && isClitic(t.charCodeAt(1))) return t.slice(2);
  return t.length >= 3 ? t.slice(1) : t;
}

// A barrel dropped is a strike, as reports count them (`ألقى الطيران المروحي أربعة براميل`) and
// as the English reading counts `barrel bombs`.
const STRIKE_ONE = set('غارة', 'ضربة', 'برميل', 'برميلا');
const STRIKE_TWO = set('غارتين', 'غارتان', 'ضربتين', 'ضربتان', 'برميلين', 'برميلان');
const STRIKE_MANY = set('غارات', 'ضربات', 'براميل');
/** Dual verbs of the dead and of the wounded (`قتلا`, `أصيبا`), their two victims told before. */
const DEAD_DUALS = ['قتلا', 'قتلتا', 'استشهدا', 'استشهدتا', 'توفيا', 'توفيتا'];
const HURT_DUALS = ['أصيبا', 'أصيبتا', 'جرحا'];

/**
 * Words a killed count follows: nouns (`مقتل 3`) and passive verbs (`قتل طفلان`, `استشهد 4`,
 * `وقتلت ثمانية`). Undiacritised `قتل` is both; `قتلوا` also takes its victims as object
 * (`وقتلوا شخصاً`). An active verb may name the killer first (`قتلت قوات النظام 5 مدنيين`): see
 * KILL_VERBS.
 */
const KILL = set(
  'مقتل',
  'استشهاد',
  'مصرع',
  'وفاة',
  'قتل',
  'سقوط',
  'قتلت',
  'قتلوا',
  'استشهد',
  'استشهدت',
  'استشهدوا',
  'توفي',
  'توفيت',
  // Duals, whose two victims come before them (`إن طفلين قتلا`: see `afterVictims`).
  ...DEAD_DUALS,
  'اغتيال',
  'اغتيل',
  'اغتيلت',
  'اغتال',
  'اغتالت',
  'اغتالوا',
  // Executions (`أعدمت قوات النظام ميدانياً ثلاثة شبان`, `إعدام شابين`, `نفذت إعدامات ميدانية
  // بحق ثلاثة شبان`).
  'إعدام',
  'إعدامات',
  'إعداما',
  'أعدم',
  'أعدمت',
  'أعدموا',
  // A body found (`عُثر على جثة شاب`, `جثث ثلاثة مدنيين`, `انتشلت جثامين 5 أطفال`) is a death.
  'جثة',
  'جثث',
  'جثتي',
  'جثمان',
  'جثامين',
  // `ارتقى ثلاثة مدنيين`, `ارتقاء طفلين`: "rose" as martyrs. With no people after it (`ارتقى عدد
  // الضحايا إلى`) no count is read.
  'ارتقى',
  'ارتقت',
  'ارتقوا',
  'ارتقاء',
);
/**
 * `قضى ٥ مواطنين`: "died", but also "spent" (`قضى خمسة أيام`): counted only when the figure's
 * noun is people, never a bare figure. `قضت على …` and `القضاء على …` are "eliminated": their
 * people are killed too.
 */
const DIED = set('قضى', 'قضت', 'قضوا', 'القضاء');
/**
 * The verbs of KILL, which may name the killer before the victims (`قتلت قوات النظام 5 مدنيين`,
 * `قتل الطيران الروسي طفلين`): the count is then read a few words on (see `afterSubject`).
 */
const KILL_VERBS = set(
  ...['قتل', 'قتلت', 'قتلوا', 'اغتال', 'اغتالت', 'اغتالوا', 'أعدم', 'أعدمت', 'أعدموا'],
);
/**
 * `لقي X مصرعه` / `لقوا حتفهم`: "X met their death". The verb alone means "met" or "received",
 * so it counts only in a clause that holds `مصرع` or `حتف`.
 */
const MET = set('لقي', 'لقيت', 'لقوا');
const DEATH_OBJECT = /مصرع|حتف/;
/**
 * `فقد 4 مدنيين حياتهم`: "lost their lives". The verb alone means "lost" or "went missing", so
 * it counts only in a clause that holds the lives lost.
 */
const LOST = set('فقد', 'فقدت', 'فقدوا');
const LIFE_OBJECT = /حياته|حياتها|حياتهم|حياتهما|ارواحهم/;
/**
 * Lives taken: `أودى القصف بحياة 5 مدنيين` ("took the lives of"), `راح ضحيته 7 مدنيين` ("went as
 * its victims"). Matched as written (less a leading `و`/`ف`): `بحياة` starts with a clitic.
 */
const LIVES = set('بحياة', 'بأرواح');
const WENT = set('راح', 'ذهب');
const ITS_VICTIMS = set('ضحيته', 'ضحيتها', 'ضحيتهم', 'ضحيتهما', 'ضحاياه', 'ضحاياها');
/** Injured: nouns (`إصابة 12`) and passive verbs (`أصيب عشرة`, `وأصيب طفلان`). */
const HURT = set(
  ...['إصابة', 'جرح', 'إصابات', 'أصيب', 'أصيبت', 'أصيبوا', 'جرحت'],
  // Duals (`إن مدنيين اثنين أصيبا`).
  ...HURT_DUALS,
);
/** The dead counted by a figure before them (`19 قتيلاً`; bodies recovered, `انتشال 3 جثث`). */
const DEAD_NOUNS = set(
  'قتلى',
  'قتيلا',
  'قتيل',
  'شهداء',
  'شهيدا',
  'ضحايا',
  'ضحية',
  'جثث',
  'جثة',
  'جثامين',
);
/** Bodies a figure counts in a list of the dead (`و3 جثث أخرى`), and the `أخرى` after them. */
const LISTED_BODIES = set('جثث', 'جثة', 'جثامين');
const OTHER_ONES = set('أخرى', 'أخريات');
const HURT_NOUNS = set('جرحى', 'جريحا', 'مصابين', 'مصابا', 'إصابات', 'اصابة', 'جريح');
/** What a figure counts when it counts what was fired (`سقوط 40 قذيفة`), not people. */
const MUNITIONS = set(
  ...['قذيفة', 'قذائف', 'صاروخ', 'صاروخا', 'صواريخ', 'برميل', 'برميلا', 'براميل', 'غارة'],
  ...['غارات', 'قنبلة', 'قنابل', 'لغم', 'لغما', 'ألغام', 'عبوة', 'عبوات', 'طلقة', 'رصاصة'],
);
/** Two dead or two hurt said by the noun alone (`سقوط قتيلين`, `وجريحان`). */
const DEAD_TWO = set('قتيلين', 'قتيلان', 'شهيدين', 'شهيدان', 'ضحيتين', 'ضحيتان');
const HURT_TWO = set('جريحين', 'جريحان', 'مصابان');
/**
 * Definite singulars, as a report names one victim (`اغتال مسلحون القيادي …`, `مقتل الشاب …`);
 * after one, another joined by `و` past the first's name is one more (NAMED_AFTER).
 */
const NAMED_ONE = [
  ...['القيادي', 'الشاب', 'الشابة', 'الطفل', 'الطفلة', 'المدني', 'الناشط', 'الإعلامي'],
  ...['الصحفي', 'الضابط', 'العنصر', 'الجندي', 'المقاتل', 'المواطن', 'السيدة', 'المسن'],
  ...['الطبيب', 'المسعف', 'المتطوع'],
];
const NAMED_PERSON = set(...NAMED_ONE);
/** One person: genitive/nominative (`مقتل مدني`) and accusative (`وقتلوا شخصاً`) singulars. */
const PERSON_ONE = set(
  'مدني',
  'مدنيا',
  'طفل',
  'طفلا',
  'طفلة',
  'شخص',
  'شخصا',
  'امرأة',
  'رجل',
  'رجلا',
  'عنصر',
  'عنصرا',
  'جندي',
  'جنديا',
  'مقاتل',
  'مقاتلا',
  'شاب',
  'شابا',
  'سيدة',
  'مواطن',
  'مواطنا',
  // Women named by their noun (`إصابة مواطنة بجروح`: it was no toll).
  'مواطنة',
  'شابة',
  'عاملة',
  'مزارعة',
  'مسعفة',
  'متطوعة',
  'آخر',
  'معلم',
  'معلمة',
  'طالب',
  'طالبة',
  'تلميذ',
  'تلميذة',
  'طبيب',
  'طبيبة',
  'ممرض',
  'ممرضة',
  'مسعف',
  'متطوع',
  'سائق',
  'سائقها',
  'سائقه',
  // A companion, a bodyguard (`ما أدى لمقتله وإصابة مرافقه`).
  'مرافق',
  'مرافقه',
  'مرافقها',
  'قيادي',
  'قياديا',
  'ضابط',
  'ضابطا',
  'فتاة',
  'فتى',
  'مسن',
  'مسنة',
  'عامل',
  'راع',
  'راعي',
  'راعيا',
  'مزارع',
  'مزارعا',
  // A soldier (`إصابة عسكري سوري وامرأتين`).
  'عسكري',
  'عسكريا',
  // Ordinals for one more (`قتل شخصان وأصيب ثالث`).
  'ثالث',
  'رابع',
  'خامس',
  'ناشط',
  'إعلامي',
  'صحفي',
  // Someone named by their post (`قتل مدير منظمة إغاثية`, `مقتل عضو في مكتب العلاقات`).
  'مدير',
  'مسؤول',
  'مسؤولا',
  'عضو',
  'عضوا',
  // A displaced person (`أصيب نازح من دير الزور`).
  'نازح',
  'نازحا',
  'نازحة',
  ...NAMED_ONE,
);
/** One relative, named after the first victim: `مقتل رجل وزوجته` is two people. */
const KIN = set(
  'زوجته',
  'زوجها',
  'ابنه',
  'ابنها',
  'ابنته',
  'ابنتها',
  'طفله',
  'طفلها',
  'طفلته',
  'طفلتها',
  'شقيقه',
  'شقيقها',
  'شقيقته',
  'شقيقتها',
  'والده',
  'والدها',
  'والدته',
  'والدتها',
  'أمه',
  'أمها',
  'أخيه',
  'أخيها',
  'أخته',
  'أختها',
  'نجله',
  'نجلها',
  // Of two or more (`طفلين وإصابة والدتهما`).
  'والدتهما',
  'والدهما',
  'والدتهم',
  'والدهم',
  'شقيقهما',
  'شقيقتهما',
  // A couple's child (`مقتل رجل وزوجته وإصابة ابنهما`).
  'ابنهما',
  'ابنتهما',
  'طفلهما',
  'طفلتهما',
  'ابنهم',
  'ابنتهم',
);
/** Two relatives named after the first victim: `قتل رجل وطفلاه` is three people. */
const KIN_TWO = set(
  'طفلاه',
  'طفليه',
  'طفلاها',
  'طفليها',
  'طفلاهما',
  'طفليهما',
  'ابناه',
  'ابنيه',
  'ابناها',
  'ابنيها',
  'ابنتاه',
  'ابنتيه',
  'ابنتاها',
  'ابنتيها',
  'ولداه',
  'ولديه',
);
/** Duals, nominative (`قتل طفلان`) and genitive/accusative (`مقتل طفلين`). */
const PERSON_TWO = set(
  'طفلان',
  'طفلين',
  'طفلتان',
  'طفلتين',
  'مدنيان',
  'شخصان',
  'شخصين',
  'امرأتان',
  'امرأتين',
  'رجلان',
  'رجلين',
  'عنصران',
  'عنصرين',
  'جنديان',
  'جنديين',
  'مقاتلان',
  'شابان',
  'شابين',
  'سيدتان',
  'سيدتين',
  'مواطنان',
  'آخران',
  'عسكريان',
  // Rescuers and reporters (`أصيب متطوعان في الدفاع المدني`).
  'متطوعان',
  'مسعفان',
  'صحفيان',
  'ناشطان',
  'ضابطان',
  'ضابطين',
  'قياديان',
);
/**
 * Genitive duals spelt like sound plurals once harakat are gone: `مقتل مدنيين` is "civilians" as
 * often as "two civilians", so these are two only with `اثنين` (`مقتل مدنيين اثنين`).
 */
/** Children of a family, counted by the number after them (`وأطفالهما الثلاثة`, `أبناؤه الأربعة`). */
const KIN_MANY = set(
  'أطفاله',
  'أطفالها',
  'أطفالهما',
  'أطفالهم',
  'أبناؤه',
  'أبنائه',
  'أبناءه',
  'أبناؤها',
  'أبنائها',
  'أبناءها',
  'أبناؤهما',
  'أبنائهما',
  'بناته',
  'بناتها',
);
const DUAL_OR_PLURAL = set(
  'مدنيين',
  'مقاتلين',
  'مواطنين',
  'آخرين',
  'عسكريين',
  'متطوعين',
  'مسعفين',
  // Leaders, activists, reporters (`مقتل قياديين اثنين في تنظيم حراس الدين`).
  'قياديين',
  'ناشطين',
  'صحفيين',
);
/** Nouns a figure counts (`ثلاثة مدنيين`, `12 شخصاً`, `مئة مدني`): a list may go on after them. */
const COUNTED = set(
  'أشخاص',
  'عسكريين',
  'مدنيين',
  'مدنيون',
  'أطفال',
  'نساء',
  'عناصر',
  'رجال',
  'مقاتلين',
  'مقاتلون',
  'جنود',
  'شبان',
  'مواطنين',
  'مواطنون',
  'آخرين',
  'آخرون',
  'سيدات',
  'فتيات',
  'أفراد',
  'عسكريين',
  'تلاميذ',
  'طلاب',
  'مسعفين',
  'متطوعين',
  'عمال',
  'قياديين',
  'ضباط',
  // `القضاء على 9 مسلحين`: gunmen, as a side's statement counts them.
  'مسلحين',
  'مسلحون',
);
/** Nationalities said after a person, before the list goes on. */
const NATIONALITY = set('سوري', 'سورية', 'تركي', 'تركية', 'روسي', 'روسية', 'ايراني', 'ايرانية');
/** Words after a listed person that make them wounded, not killed: `و5 آخرين بجروح`. */
const WOUNDED = set('بجروح', 'بجراح', 'جرحى', 'مصابين', 'بإصابات', 'بإصابة');
/** `أحد`/`إحدى` alone is "anyone" (`لم يسفر عن مقتل أحد`), one only in "one of" (`أحد المدنيين`). */
const ANYONE = set('أحد', 'إحدى');
/** Nouns in construct after `أحد` (`أحد عناصر الفصائل`), which carry no `ال`. */
const ONE_OF = set(
  'عناصر',
  'مقاتلي',
  'أبناء',
  'أفراد',
  'سكان',
  'أعضاء',
  'جنود',
  'قادة',
  'عمال',
  // With a possessive (`أحد جنوده`, `أحد أبنائها`), read without it (unsuffixed) but where the
  // letter before it changes.
  'أبنائ',
  'قادت',
);

/**
 * The number of air strikes named in folded text: `ثلاث غارات` 3, `لثلاث غارات` 3, `غارتين` 2,
 * `غارة` 1, `غارات` without a figure null. The first strike noun decides.
 *
 * @example strikeCount(foldKey('نفذت طائرة روسية لثلاث غارات'))?.value // 3
 */
export function strikeCount(text: string): Count | null {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    // The word whole first when it begins with `ب`: `براميل` begins with a letter `strip` takes
    // for a clitic.
    const t = tokens[i]!.t;
    const w = t.charCodeAt(0) === 0x0628 && isStrikeNoun(t) ? t : strip(t);
    if (!isStrikeNoun(w)) continue;
    // `وأصيب 4 بغارة جوية`: a figure before the noun's `ب` (by a strike) counts the people hit.
    const before = w !== t && t.charCodeAt(0) === 0x0628 ? null : readNumberBefore(tokens, i);
    const tok = tokens[i]!;
    if (before) return { value: before.value, start: before.start, end: tok.end };
    if (STRIKE_TWO.has(w)) return { value: 2, start: tok.start, end: tok.end };
    if (STRIKE_ONE.has(w)) return { value: 1, start: tok.start, end: tok.end };
    return null; // plural without a figure: unknown
  }
  return null;
}

function isStrikeNoun(w: string): boolean {
  return STRIKE_ONE.has(w) || STRIKE_TWO.has(w) || STRIKE_MANY.has(w);
}

/** One drone told (`طائرة مسيرة`, `مسيرة تركية`), folded. */
const ONE_DRONE =
  /(?<![\p{L}])[وفبل]{0,2}(?:ال)?(?:طائرة\s+(?:\S+\s+)?(?:ال)?(?:مسيرة|(?:ب|ب?دون|بلا)\s+طيار)|مسيرة)(?![\p{L}])/u;
/** Drones or aircraft told as many, or strikes named: then one drone tells not how many strikes. */
const NOT_ONE = /طائرات|مسيرات|طيران|غار|ضرب|درون/;

/**
 * Drones counted by a figure (`هاجمت 12 طائرة مسيرة انتحارية`: from eleven on, Arabic counts with
 * the singular), folded: group 1 the figure, group 2 what the drones were when told
 * (`انتحارية`, `ملغمة`, `مذخرة`).
 */
const DRONES_COUNTED =
  /(?<![\p{L}\p{N}])(\d{1,3})\s+طائر[ةه]\s+(?:\S+\s+)?(?:مسير[ةه]|(?:ب|ب?دون|بلا)\s+طيار)(?:\s+(?:\S+\s+){0,2}?(انتحاري[ةه]?|ملغم[ةه]|مذخر[ةه]|مفخخ[ةه]))?(?![\p{L}])/u;

/** Attacks counted by a figure (`4 هجمات`, `13 هجوماً`), folded: group 1 the figure. */
const ATTACKS_COUNTED = /(?<![\p{L}\p{N}])(\d{1,3})\s+(?:هجمات|هجوما|هجوم)(?![\p{L}])/u;

/**
 * The strikes a drone strike's clause tells by its drones, when it names no strike: one drone,
 * one strike (`استهدفت طائرة مسيرة تركية سيارة في سرمدا`: a drone fires once where a report
 * tells no more); drones that blow up with their load counted by a figure, as many (`هاجمت 12
 * طائرة مسيرة انتحارية`: it was read as one drone); the attacks it counts (`شن 4 هجمات عبر
 * طائرات مسيرة`: it told none); else null (folded).
 *
 * @example droneStrikes(foldKey('استهدفت طائرة مسيّرة سيارة')) // 1
 * @example droneStrikes(foldKey('هاجمت 12 طائرة مسيرة انتحارية بلدة كفرنوران')) // 12
 */
export function droneStrikes(text: string): number | null {
  // `شن 4 هجمات عبر طائرات مسيرة`, `13 هجوماً بطائرات مسيرة انتحارية`: the attacks counted.
  const attacks = ATTACKS_COUNTED.exec(text);
  if (attacks) return Number(attacks[1]);
  if (NOT_ONE.test(text) || !ONE_DRONE.test(text)) return null;
  const counted = DRONES_COUNTED.exec(text);
  if (!counted) return 1;
  return counted[2] ? Number(counted[1]) : null;
}

/** Words that may stand between a trigger and its figure: `قتل خلالها أربعة`. */
const FILLERS = set(
  'خلالها',
  'فيها',
  'فيه',
  'جراءها',
  'جراءه',
  'إثرها',
  'منهم',
  'على',
  'الأقل',
  'حتى',
  'الآن',
  // The day, said between the verb and its victims (`أصيب اليوم طفلان`).
  'اليوم',
  'أمس',
  'مساء',
  'صباح',
  'فجر',
  // An execution's kind and its victims' lead (`إعدامات ميدانية بحق ثلاثة شبان`).
  'ميدانية',
  'ميدانيا',
  'بحق',
);

/** People read at a token: how many, where they end, and the index of the token after them. */
interface People {
  value: number;
  start: number;
  end: number;
  next: number;
}

const WAW = 0x0648;
/** A token joined by `و` (`وطفل`, `و٤`). */
const isWaw = (t: string) => t.charCodeAt(0) === WAW && t.length >= 2;

/**
 * People named by a noun alone at `i` (`w` is that token without its clitics): `طفل` 1,
 * `زوجته` 1, `طفلان` 2, `مدنيين اثنين` 2; a bare `مدنيين` is unknown (see DUAL_OR_PLURAL).
 */
function namedPeople(tokens: readonly Token[], i: number, w: string): People | undefined {
  const tok = tokens[i]!;
  if (KIN_MANY.has(w)) {
    // `وأطفالهما الثلاثة`: their children, as many as the number after them says.
    const n = tokens[i + 1];
    const value = n?.t.startsWith('ال') ? wordValue(n.t.slice(2)) : undefined;
    return value && value >= 2 && value <= 12
      ? { value, start: tok.start, end: n!.end, next: i + 2 }
      : undefined;
  }
  if (w === ANOTHER && !anotherPerson(tokens[i + 1]?.t)) return undefined;
  if (PERSON_ONE.has(w) || KIN.has(w))
    return { value: 1, start: tok.start, end: tok.end, next: i + 1 };
  if (KIN_TWO.has(w)) return { value: 2, start: tok.start, end: tok.end, next: i + 1 };
  if (!PERSON_TWO.has(w) && !DUAL_OR_PLURAL.has(w)) return undefined;
  const two = tokens[i + 1];
  if (two && (two.t === 'اثنين' || two.t === 'اثنان'))
    return { value: 2, start: tok.start, end: two.end, next: i + 2 };
  return PERSON_TWO.has(w) ? { value: 2, start: tok.start, end: tok.end, next: i + 1 } : undefined;
}

const ANOTHER = foldKey('آخر');
/** Words after `آخر` that leave it a person (`وأصيب آخر بجروح`, `آخر في القصف`). */
const AFTER_ANOTHER = set('في', 'من', 'على', 'جراء', 'خلال', 'إثر', 'بعد', 'اثر');

/**
 * Whether `آخر` before `next` is "another one" (`قتل شخص وأصيب آخر`), not "the last" of what
 * follows it (`القضاء على آخر تجمعات`, `آخر معاقل`): at the end, or before a preposition or a
 * word joined by `و`/`ب` (`بجروح`, `وطفل`).
 */
function anotherPerson(next: string | undefined): boolean {
  if (next === undefined || AFTER_ANOTHER.has(next)) return true;
  const c = next.charCodeAt(0);
  return c === WAW || c === 0x0628 || !/\p{L}/u.test(next);
}

/** Most words that may describe a person before `وآخر` (`بارز في تنظيم "حراس الدين"`). */
const DESCRIPTION_WORDS = 6;

/**
 * `وآخر` ("and another") within a few words after a person, past words that describe them, with
 * no other item, figure or count between; its end and the token after it.
 */
function anotherAfterDescription(
  tokens: readonly Token[],
  k: number,
): { end: number; next: number } | undefined {
  for (let j = k; j < tokens.length && j <= k + DESCRIPTION_WORDS; j++) {
    const t = tokens[j]!.t;
    if (isWaw(t) && t.slice(1) === ANOTHER) {
      const next = tokens[j + 1]?.t;
      // `وآخر يحمل الجنسية الأردنية`: who the other one is, told by a verb.
      const described = next !== undefined && /^[يت]/.test(next);
      return anotherPerson(next) || described ? { end: tokens[j]!.end, next: j + 1 } : undefined;
    }
    if (isWaw(t) || readNumber(tokens, j)) return undefined;
  }
  return undefined;
}

/** Most words of a victim's name (`محمد عبد الله الحسن`). */
const NAME_WORDS = 4;
/** Words no name holds: where the clause goes on after a name (`في`, `جراء` …). */
const PAST_NAME = set(
  ...['في', 'من', 'على', 'إلى', 'عن', 'جراء', 'إثر', 'اثر', 'بعد', 'خلال', 'قرب', 'بقصف'],
  ...['برصاص', 'بجروح', 'متأثرا', 'متأثرة', 'بينهم', 'منهم', 'وهو', 'وهي'],
);

/**
 * One more victim named by a noun that names one (`والطفل`), within a name's words after a
 * victim named so (`الشاب أحمد العلي والطفل …`): its end and the token after it.
 */
function namedNext(tokens: readonly Token[], p: People): { end: number; next: number } | undefined {
  const noun = tokens[p.next - 1]?.t ?? '';
  if (!NAMED_PERSON.has(noun) && !(isWaw(noun) && NAMED_PERSON.has(noun.slice(1))))
    return undefined;
  for (let j = p.next; j < tokens.length && j <= p.next + NAME_WORDS; j++) {
    const t = tokens[j]!.t;
    if (isWaw(t) && NAMED_PERSON.has(t.slice(1))) return { end: tokens[j]!.end, next: j + 1 };
    if (isWaw(t) || PAST_NAME.has(t) || readNumber(tokens, j)) return undefined;
  }
  return undefined;
}

/** An age in brackets after a person (`طفل (5 أعوام)`, `(12 عاماً)`) (folded). */
const AGE_IN_BRACKETS =
  /\(\s*\d{1,3}\s*(?:اعوام|عاما|عام|سنوات|سنه|سنة|سنين|اشهر|شهرا|شهور)\s*\)/gu;

/**
 * The text with each age in brackets blanked (same length: offsets hold), so that the people
 * after it go on the list (`قتل طفل (5 أعوام) وشقيقته (7 أعوام)`: two, not one and a figure).
 */
function withoutAges(text: string): string {
  return text.replace(AGE_IN_BRACKETS, (m) => ' '.repeat(m.length));
}

/** `فقد`, `وفقدت` as written: its `ف` is the verb's own (asVerb would take it). */
function lost(t: string): boolean {
  return LOST.has(t.charCodeAt(0) === WAW ? t.slice(1) : t);
}

/**
 * A verb as written, less a leading `و`/`ف`: `strip` would also take the first letter of `بلغ`
 * or `لقي` (`ب`, `ل` are clitics on nouns).
 */
function asVerb(t: string): string {
  const c = t.charCodeAt(0);
  return c === WAW || c === 0x0641 ? t.slice(1) : t;
}

/** `أحد` meaning "anyone" (no noun of people after it), which is no count of one. */
function isAnyone(tokens: readonly Token[], f: Figure): boolean {
  // The token as written: `واحد` (one) loses its first letter to `strip`.
  if (f.value !== 1 || !ANYONE.has(tokens[f.next - 1]!.t)) return false;
  const after = tokens[f.next]?.t;
  return !after || !(after.startsWith('ال') || ONE_OF.has(after) || ONE_OF.has(unsuffixed(after)));
}

/** A noun without its possessive pronoun (`جنوده` → `جنود`, `عناصرها` → `عناصر`), else itself. */
function unsuffixed(t: string): string {
  const m = /^(.{3,}?)(?:هم|هما|ها|ه)$/.exec(t);
  return m ? m[1]! : t;
}

/** A figure at `at` with the noun it counts (`ثلاثة مدنيين`, `12 شخصاً`) when one follows. */
function countedPeople(tokens: readonly Token[], at: number): People | undefined {
  const f = readNumber(tokens, at);
  if (!f || isAnyone(tokens, f)) return undefined;
  const noun = tokens[f.next];
  if (noun && !isWaw(noun.t) && (COUNTED.has(noun.t) || PERSON_ONE.has(noun.t)))
    return { value: f.value, start: f.start, end: noun.end, next: f.next + 1 };
  return { value: f.value, start: f.start, end: f.end, next: f.next };
}

/**
 * The next item of a list of victims, at a token `و…`: a person (`وطفل`, `وزوجته`, `وطفلين`)
 * or a figure with its noun (`و٤ عناصر`). Not a bare figure: `مقتل طفل و3 جرحى` lists no more
 * dead.
 */
function listItem(tokens: readonly Token[], k: number): People | undefined {
  const named = namedPeople(tokens, k, tokens[k]!.t.slice(1));
  if (named) return named;
  const f = readNumber(tokens, k);
  const noun = f && tokens[f.next];
  if (!f || !noun) return undefined;
  if (COUNTED.has(noun.t))
    return { value: f.value, start: f.start, end: noun.end, next: f.next + 1 };
  // `انتشال جثة طفل و3 جثث أخرى`: bodies, `أخرى` after them (the three were lost).
  if (LISTED_BODIES.has(noun.t)) {
    const other = OTHER_ONES.has(tokens[f.next + 1]?.t ?? '') ? tokens[f.next + 1]! : undefined;
    const last = other ?? noun;
    return { value: f.value, start: f.start, end: last.end, next: f.next + (other ? 2 : 1) };
  }
  // `و3 من عناصر الدفاع المدني`: a figure of a side's fighters.
  const of = tokens[f.next + 1];
  if (noun.t === 'من' && of && OF_FIGHTERS.test(of.t))
    return { value: f.value, start: f.start, end: of.end, next: f.next + 2 };
  return undefined;
}

/** Both sides (folded). */
const BOTH_SIDES = set('الطرفين', 'الجانبين', 'الطرفان', 'الجانبان');

/** Tokens of `من الطرفين` / `من كلا الطرفين` at `at`, or 0. */
function bothSides(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.t !== 'من') return 0;
  if (BOTH_SIDES.has(tokens[at + 1]?.t ?? '')) return 2;
  return tokens[at + 1]?.t === 'كلا' && BOTH_SIDES.has(tokens[at + 2]?.t ?? '') ? 3 : 0;
}

/**
 * Add the people joined by `و` to a first count: `امرأتين وطفل` 3, `ثلاثة مدنيين وطفلين` 5.
 * Anything else ends the list, so a subset (`بينهم ثلاثة أطفال`, `منهم`) is not added, nor the
 * next count (`وإصابة خمسة`), nor people said to be wounded (`و5 آخرين بجروح`).
 */
function withListed(tokens: readonly Token[], first: People, hurt = false): People {
  let p = first;
  // `مقتل قيادي بارز في تنظيم "حراس الدين" وآخر يحمل الجنسية الأردنية`: one described, then
  // "another": two.
  if (p.value === 1) {
    const another = anotherAfterDescription(tokens, p.next);
    if (another) p = { value: 2, start: p.start, end: another.end, next: another.next };
  }
  // `استشهد الشاب أحمد العلي والطفل محمد الحسن`: victims named one after another, each by the
  // noun that names one, past the name of the one before.
  for (let named = namedNext(tokens, p); named; named = namedNext(tokens, p))
    p = { value: p.value + 1, start: p.start, end: named.end, next: named.next };
  // One nationality after a person (`عسكري سوري وامرأتين`): the list goes on after it.
  const adjective = tokens[p.next]?.t;
  if (adjective && NATIONALITY.has(adjective) && isWaw(tokens[p.next + 1]?.t ?? ''))
    p = { ...p, next: p.next + 1 };
  for (;;) {
    // `مقتل 10 مقاتلين من الطرفين ومدنيين اثنين`: whose they were, then the list goes on.
    const sides = bothSides(tokens, p.next);
    if (sides > 0 && isWaw(tokens[p.next + sides]?.t ?? '')) p = { ...p, next: p.next + sides };
    while (p.next < tokens.length && isWaw(tokens[p.next]!.t)) {
      const more = listItem(tokens, p.next);
      // `مقتل طفل و5 آخرين بجروح`: those listed as wounded are not dead; in a count of the
      // wounded they are (`إصابة امرأة وطفلها بجروح`: two).
      if (!more || (!hurt && WOUNDED.has(tokens[more.next]?.t ?? ''))) break;
      p = { value: p.value + more.value, start: p.start, end: more.end, next: more.next };
    }
    const other = otherSide(tokens, p.next);
    if (!other) return p;
    p = { value: p.value + other.value, start: p.start, end: other.end, next: other.next };
  }
}

/**
 * A list of victims going on in a clause of its own, cut off from its count by commas (`مقتل 12
 * عنصراً، بينهم ضابط، و7 مدنيين`): the clause is only `و` + people (a figure with its noun, a
 * person by noun, or a figure of a side's fighters), more joined by `و`, and at most a few words
 * of whose side they were (`من الدفاع المدني`) or that they were wounded (`و5 آخرين بجروح`:
 * `wounded`, to be counted with the injured). Undefined for anything else.
 *
 * @example listGoesOn(foldKey('و7 مدنيين'))?.value // 7
 */
export function listGoesOn(text: string): (Count & { wounded: boolean }) | undefined {
  const tokens = tokenize(text);
  const first = tokens.length > 0 && isWaw(tokens[0]!.t) ? listItem(tokens, 0) : undefined;
  if (!first) return undefined;
  const all = withListed(tokens, first, true);
  const tail = tokens.slice(all.next);
  const noFigure = tail.every((t) => !readNumber([t], 0));
  const wounded = tail.length > 0 && WOUNDED.has(tail[0]!.t);
  // Whose side they were (`من الدفاع المدني`, or the side after `عناصر`: `الدفاع المدني`).
  const side = tail.length <= SIDE_WORDS && noFigure && !tail.some((t) => WOUNDED.has(t.t));
  // After `بجروح` only how (`متفاوتة`, `خطيرة`).
  const how = wounded && tail.length <= 3 && noFigure;
  if (tail.length > 0 && !side && !how) return undefined;
  return { value: all.value, start: tokens[0]!.start, end: all.end, wounded };
}

/**
 * The victims a clause of an event of its own opens with after `و`, when they go on a list of
 * victims before it (`قتل 15 مدنياً بغارة روسية على مدينة إدلب، و3 آخرون بقصف صاروخي على بلدة
 * سرمين`): the 3 are that shelling's dead. Whatever follows the list; `wounded` when the
 * people are listed as such (`و5 آخرين بجروح جراء …`).
 *
 * @example listOpens(foldKey('و3 آخرون بقصف صاروخي على بلدة سرمين'))?.value // 3
 */
export function listOpens(text: string): (Count & { wounded: boolean }) | undefined {
  const tokens = tokenize(text);
  const first = tokens.length > 0 && isWaw(tokens[0]!.t) ? listItem(tokens, 0) : undefined;
  if (!first) return undefined;
  const all = withListed(tokens, first, true);
  const wounded = WOUNDED.has(tokens[all.next]?.t ?? '');
  return { value: all.value, start: tokens[0]!.start, end: all.end, wounded };
}

/** Words a side's name may take between `من` and the next side's count. */
const SIDE_WORDS = 5;

/**
 * The dead of the other side, after a count's side (`مقتل 9 عناصر من قوات النظام و6 مقاتلين من
 * الفصائل`, `… و3 من "حراس الدين"`, `… مقابل 6 مقاتلين`): at `k`, `من` + a side's name of a
 * few words, then `و` + a figure with its noun or with `من`. Not a figure of anything else
 * (`من عائلة واحدة و3 منازل`), nor another count (`وإصابة 5`).
 */
function otherSide(tokens: readonly Token[], k: number): People | undefined {
  if (tokens[k]?.t !== 'من') return undefined;
  for (let j = k + 2; j < tokens.length && j <= k + 1 + SIDE_WORDS; j++) {
    const t = tokens[j]!.t;
    const versus = t === 'مقابل';
    if (!versus && !isWaw(t)) continue;
    const at = versus ? j + 1 : j;
    const f = readNumber(tokens, at);
    const after = f && tokens[f.next];
    if (!f || !after) return undefined;
    if (COUNTED.has(after.t) || PERSON_ONE.has(after.t))
      return { value: f.value, start: f.start, end: after.end, next: f.next + 1 };
    if (after.t === 'من') return { value: f.value, start: f.start, end: after.end, next: f.next };
    return undefined;
  }
  return undefined;
}

/** A family, or an aircraft's crew (`ومقتل طاقمها المؤلف من خمسة أشخاص`). */
const FAMILY = set('عائلة', 'أسرة', 'عائلات', 'أسر', 'طاقم', 'طاقمها', 'طاقمه', 'الطاقم');
const WHOLE = set('كاملة', 'بأكملها', 'بكاملها', 'بالكامل');
const MADE_OF = set(
  ...['مؤلفة', 'مكونة', 'تتألف', 'تتكون', 'مؤلفتين', 'مكونتين', 'المؤلفة', 'المكونة'],
  ...['مؤلف', 'مكون', 'المؤلف', 'المكون', 'يتألف', 'يتكون'],
);
/**
 * `مقتل عائلة (كاملة) مؤلفة من خمسة أشخاص`: the family is counted by its members. Token `at`
 * past the family's words to its figure, or `at` as it is when there is none.
 */
function pastFamily(tokens: readonly Token[], at: number): number {
  if (!FAMILY.has(strip(tokens[at]?.t ?? ''))) return at;
  let k = at + 1;
  if (WHOLE.has(tokens[k]?.t ?? '')) k++;
  return MADE_OF.has(tokens[k]?.t ?? '') && tokens[k + 1]?.t === 'من' ? k + 2 : at;
}

/** People counted right after a trigger word: a figure, or a singular/dual noun, and a list. */
function afterTrigger(
  tokens: readonly Token[],
  i: number,
  kind: CasualtyKind,
  hurt = false,
): Count | undefined {
  let at = i + 1;
  while (at < tokens.length && at - i <= 3 && FILLERS.has(tokens[at]!.t)) at++;
  at = pastFamily(tokens, at);
  let first = countedPeople(tokens, at);
  // A figure far after the trigger counts something else (`مقتل … منذ 15 شهراً`).
  if (first && first.start - tokens[i]!.end >= 40) first = undefined;
  if (first && sharedFigure(tokens, first.next)) return undefined;
  // `سقوط 5 جرحى`: the figure counts the other kind (`سقوط` tells both); `سقوط أكثر من 40
  // قذيفة`: shells fell, no one died.
  if (first && kind.otherNouns.has(tokens[first.next]?.t ?? '')) return undefined;
  if (first && MUNITIONS.has(tokens[first.next]?.t ?? '')) return undefined;
  if (!first && at < tokens.length) {
    const next = tokens[at]!.t;
    // The word as written first: `والدته` starts with a letter that is also a clitic.
    first = namedPeople(tokens, at, next) ?? namedPeople(tokens, at, strip(next));
  }
  return first && countFrom(tokens, i, first, hurt);
}

/**
 * People at token `k` said by a noun: a person or two by noun alone, or a figure with its noun
 * of people. Not a bare figure, which may count anything (`قتل الفوج 46 …`).
 */
function peopleByNoun(tokens: readonly Token[], k: number): People | undefined {
  const named = namedPeople(tokens, k, tokens[k]!.t);
  if (named) return named;
  const counted = countedPeople(tokens, k);
  // Only a figure with its noun: the last token read is then that noun, not a digit.
  const noun = counted && tokens[counted.next - 1]!.t;
  return noun && (COUNTED.has(noun) || PERSON_ONE.has(noun)) ? counted : undefined;
}

/** The count of `first` and the people listed after it, from the trigger at token `i`. */
function countFrom(tokens: readonly Token[], i: number, first: People, hurt = false): Count {
  const all = withListed(tokens, first, hurt);
  return { value: all.value, start: tokens[i]!.start, end: all.end };
}

/** Words of a killer named between an active verb and its victims: no figure, no verb of a toll. */
const SUBJECT_WORDS = 4;

/**
 * Victims after a killer named by an active verb's subject (`قتلت قوات النظام 5 مدنيين`): within
 * a few words, a figure with the noun it counts, or a person or two by noun alone. A bare figure
 * is not read there: it may count anything (`قتلت غارة 3 …` is rare, `قتل الفوج 46 …` is not).
 */
function afterSubject(tokens: readonly Token[], i: number): Count | undefined {
  // `قتلوا وأصيب 11 آخرون`: the wounded's verb is no subject, and their figure not the dead's.
  if (joinsOther(tokens, i + 1, HURT_WORDS)) return undefined;
  for (let k = i + 2; k < tokens.length && k <= i + 1 + SUBJECT_WORDS; k++) {
    if (tokens[k]!.start - tokens[i]!.end >= 40) return undefined;
    const people = peopleByNoun(tokens, k);
    if (people) return countFrom(tokens, i, people);
    // A figure that counts something else, or a word that starts another toll, ends the search.
    if (readNumber(tokens, k) || KILL.has(strip(tokens[k]!.t))) return undefined;
  }
  return undefined;
}

/** `من عناصرها`, `من مقاتليه`: "of its fighters" after a figure. */
const OF_FIGHTERS = /^(?:عناصر|مقاتلي|جنود|افراد|أفراد)/;

/**
 * People right after token `i` (or after `على`: `قضت على أربعة وعشرين من عناصرها`, eliminated):
 * a figure with a noun of people or `من` + fighters, or a person by noun alone.
 */
function peopleRightAfter(tokens: readonly Token[], i: number): Count | undefined {
  let at = i + 1;
  if (tokens[at]?.t === foldKey('على')) at++;
  if (at >= tokens.length) return undefined;
  const people = peopleByNoun(tokens, at) ?? ofFighters(tokens, at);
  return people && countFrom(tokens, i, people);
}

/** A figure at `at` followed by `من` + fighters (`أربعة وعشرين من عناصرها`). */
function ofFighters(tokens: readonly Token[], at: number): People | undefined {
  const counted = countedPeople(tokens, at);
  const of = counted && tokens[counted.next]?.t === 'من' ? tokens[counted.next + 1] : undefined;
  if (!counted || !of || !OF_FIGHTERS.test(of.t)) return undefined;
  return { value: counted.value, start: counted.start, end: of.end, next: counted.next + 2 };
}

/**
 * Whether token `k` is `و` + a word of the other kind of casualty (`وجرح`, `وإصابة`, `وجريحاً`):
 * joined to a word of this kind right before it, the two share one figure (`قتل وجرح 12 شخصاً`,
 * `مقتل وإصابة 10 عناصر`, `20 قتيلاً وجريحاً`), which is neither the dead nor the wounded.
 */
function joinsOther(tokens: readonly Token[], k: number, other: ReadonlySet<string>): boolean {
  const t = tokens[k]?.t;
  return t !== undefined && t.charCodeAt(0) === WAW && other.has(strip(t));
}

/** "Others": people besides those told before (`وأصيب 11 آخرون`). */
const OTHERS = set('آخرين', 'آخرون', 'آخران', 'آخر', 'أخريات');

/**
 * Whether a figure at token `k`, after a pair of casualty words (`قتل وجرح 12 شخصاً`), is the
 * pair's: not when it counts "others" (`قُتل وأصيب اثنان آخران`: someone told before was killed,
 * two others were wounded).
 */
function sharedAfter(tokens: readonly Token[], k: number): boolean {
  const f = readNumber(tokens, k);
  return f !== undefined && !OTHERS.has(tokens[f.next]?.t ?? '');
}

/** Nouns of the dead and of the wounded that one figure may count together. */
const SHARED_DEAD = set('قتيل', 'قتيلا', 'قتلى', 'شهيد', 'شهيدا', 'شهداء');
const SHARED_HURT = set('جريح', 'جريحا', 'جرحى', 'مصاب', 'مصابا', 'مصابين');

/**
 * Whether the words at token `k`, right after a figure (or after its noun, which `k` may be
 * past), make it the dead and the wounded together: `20 قتيلاً وجريحاً`, `20 بين قتيل وجريح`
 * (and not `3 مدنيين وإصابة 5`, two tolls).
 */
function sharedFigure(tokens: readonly Token[], k: number): boolean {
  const at = tokens[k]?.t === 'بين' ? k + 1 : k;
  return sharedPair(tokens, at) || sharedPair(tokens, at - 1);
}

/** A noun of one kind at token `k` and `و` + a noun of the other right after it. */
function sharedPair(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]?.t;
  const next = tokens[k + 1]?.t;
  if (t === undefined || next === undefined || next.charCodeAt(0) !== WAW) return false;
  const joined = next.slice(1);
  return (
    (SHARED_DEAD.has(t) && SHARED_HURT.has(joined)) ||
    (SHARED_HURT.has(t) && SHARED_DEAD.has(joined))
  );
}

/** Whether token `i` tells lives taken: `بحياة`, or `ضحيته` after `راح` (see LIVES). */
function livesTaken(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!.t;
  if (LIVES.has(t)) return true;
  if (!ITS_VICTIMS.has(t) || i === 0) return false;
  const before = tokens[i - 1]!.t;
  return WENT.has(asVerb(before));
}

/**
 * What opens a clause whose subject comes before its verb: `إن`, `أن`, `بأن`, and `كان` of the
 * pluperfect (`وكانت امرأة قد قتلت`) (folded).
 */
const THAT = set(
  'إن',
  'أن',
  'بأن',
  'وإن',
  'وأن',
  'لأن',
  'كان',
  'كانت',
  'وكان',
  'وكانت',
  'كانوا',
  'وكانوا',
);

/**
 * Victims told before a passive or intransitive verb, right after `إن`/`أن` or at the clause's
 * start: `إن 5 مدنيين قتلوا`, `أن 4 من عناصر الجيش الحر قتلوا`, `أن عسكرياً سورياً قُتل`. People by
 * their noun only (a bare figure may count anything), and at most three words of their own (a
 * side, a nationality) between them and the verb.
 */
function subjectBefore(tokens: readonly Token[], i: number): Count | undefined {
  for (let k = i - 1; k >= 0 && i - k <= SUBJECT_WORDS + 2; k--) {
    if (k > 0 && !THAT.has(tokens[k - 1]!.t)) continue;
    const first = peopleByNoun(tokens, k) ?? ofFighters(tokens, k);
    if (!first) continue;
    const all = withListed(tokens, first);
    if (all.next > i || i - all.next > 3) continue;
    for (let j = all.next; j < i; j++) if (readNumber(tokens, j)) return undefined;
    return { value: all.value, start: all.start, end: tokens[i]!.end };
  }
  return undefined;
}

/** Whether the verb at token `i` of either kind has its victims told before it (`subjectBefore`). */
function victimsBefore(tokens: readonly Token[], i: number): boolean {
  const w = strip(tokens[i]!.t);
  const after = DEAD_AFTER_VICTIMS.has(w) || HURT_AFTER_VICTIMS.has(w);
  return after && subjectBefore(tokens, i) !== undefined;
}

/** `الذين` (those who), folded. */
const WHO = foldKey('الذين');

/**
 * The index of the toll's head when token i is the `الذين` of a toll's `عدد الذين قتلوا` (of
 * this kind's verbs; `قضوا` too, "died", which is the dead's), else -1. Who they were may come
 * between (`عدد الجنود الأتراك الذين قتلوا`: up to WHO_WORDS words, no figure).
 */
function toldByWho(tokens: readonly Token[], i: number, kind: CasualtyKind): number {
  if (i === 0 || i + 1 >= tokens.length) return -1;
  const verb = strip(tokens[i + 1]!.t);
  if (!kind.afterVictims.has(verb) && !(DIED.has(verb) && kind.own.has(verb))) return -1;
  for (let h = i - 1; h >= 0 && h >= i - 1 - WHO_WORDS; h--) {
    if (TOLL_HEADS.has(strip(tokens[h]!.t))) return h;
    if (readNumber(tokens, h)) return -1;
  }
  return -1;
}
/** Words of who they were between a toll's head and its `الذين` (`الجنود الأتراك`). */
const WHO_WORDS = 2;

/** One kind of casualty, the dead or the wounded, as personCount reads it. */
interface CasualtyKind {
  /** The toll nouns of this kind, and of the other (see `tollRisenTo`). */
  tolls: Set<string>;
  otherTolls: Set<string>;
  /** Every word of the other kind: a figure shared with one is not read (`joinsOther`). */
  other: ReadonlySet<string>;
  /** Every word of this kind. */
  own: ReadonlySet<string>;
  /** The other kind's nouns after a figure (`5 جرحى`). */
  otherNouns: ReadonlySet<string>;
  /** Verbs whose victims may come before them (`subjectBefore`). */
  afterVictims: ReadonlySet<string>;
  /** The singular nouns of this kind, one person when caused (`oneCaused`). */
  ones: ReadonlySet<string>;
  /**
   * Words after which this kind's nouns count none of it: `وفاة جريحين` (two of the wounded
   * died: they are among the dead, no longer wounded).
   */
  notAfter?: ReadonlySet<string>;
}

/** Singular nouns of the dead and the wounded: one person (`سقوط قتيل`, `خلّف جريحاً`). */
const DEAD_ONE = set('قتيل', 'قتيلا', 'شهيد', 'شهيدا');
const HURT_ONE = set('جريح', 'جريحا');
/** `خلّف` ("left"), whose subject may stand before its object. */
const LEFT = set('خلف', 'خلفت');
/** What a singular noun of the dead or wounded is the object of, to count one (`سقوط`, `خلّف`). */
const CAUSED = new Set([...set('سقوط', 'سقط', 'وقوع', 'عن'), ...LEFT]);
const AN = foldKey('عن');
/** What a headline's one dead or wounded fell in (`قتيل في قصف`, `جريح جراء غارة`). */
const HEADLINE_CAUSE = set('في', 'جراء', 'اثر', 'إثر', 'بسبب');
/** A cause said not to have happened (`دون سقوط قتيل`, `لم يسفر عن أي قتيل`). */
const NOT_CAUSED = set('دون', 'بدون', 'دونما', 'عدم', 'أي');

/**
 * One person, told by a singular noun caused by the word before it (`سقوط قتيل`, `خلّف قتيلاً`,
 * `أسفر عن جريح`), or joined to such a noun of the other kind (`سقوط قتيل وجريح`): not when
 * the cause is denied (`دون سقوط قتيل`).
 */
function oneCaused(tokens: readonly Token[], i: number, ones: ReadonlySet<string>): boolean {
  if (!ones.has(strip(tokens[i]!.t))) return false;
  // `قتيل وثلاثة جرحى في قصف مدفعي …`, `قتيل في قصف …`: a headline's toll, the noun opening
  // the clause, then the other kind joined to it by `و` or what it fell in.
  if (i === 0) {
    const next = tokens[1]?.t ?? '';
    return (
      next.charCodeAt(0) === WAW || HEADLINE_CAUSE.has(next) || /^ب(?:ال)?(?:قصف|غار)/.test(next)
    );
  }
  const caused = (k: number) => {
    if (k < 0) return false;
    const w = tokens[k]!.t;
    if (!CAUSED.has(w) && !CAUSED.has(strip(w))) return false;
    // `عن` only after `أسفر` (`أسفر عن قتيل`), not `تحدث عن قتيل`.
    if (w === AN && !(k > 0 && strip(tokens[k - 1]!.t).includes('سفر'))) return false;
    return !(k > 0 && NOT_CAUSED.has(strip(tokens[k - 1]!.t)));
  };
  if (caused(i - 1)) return true;
  // `خلّف القصف المدفعي قتيلاً`: the verb, its subject, then its object.
  for (let k = i - 2; k >= Math.max(0, i - 4); k--)
    if (LEFT.has(strip(tokens[k]!.t)) && caused(k)) return true;
  const prev = strip(tokens[i - 1]!.t);
  return (
    tokens[i]!.t.charCodeAt(0) === WAW &&
    (DEAD_ONE.has(prev) || HURT_ONE.has(prev)) &&
    caused(i - 2)
  );
}

/** What a toll is told as: `عدد القتلى`, `حصيلة الضحايا`. */
const TOLL_HEADS = set('عدد', 'حصيلة');
/** The dead and the wounded as a toll names them, with or without the article. */
const TOLL_DEAD = set('القتلى', 'الشهداء', 'الضحايا', 'الوفيات', 'قتلى', 'شهداء', 'ضحايا');
const TOLL_HURT = set('الجرحى', 'المصابين', 'الإصابات', 'جرحى', 'مصابين', 'إصابات');
const TO = foldKey('إلى');
/** `بلغ عدد القتلى 25`: "reached", the figure with no `إلى`. */
const REACHED = set('بلغ', 'بلغت');
/**
 * Words between a toll's noun and its `إلى` (`عدد الشهداء المدنيين جراء غارات على بلدة كفر
 * تخاريم إلى 11`: eight; `عدد القتلى المدنيين جراء الغارات الجوية على قرية محمبل غربي إدلب، أمس
 * السبت، إلى 13`: eleven).
 */
const TOLL_WORDS = 16;
/** The same for a toll told by who died, whose relative clause tells the event (see WHO). */
const WHO_TOLL_WORDS = 24;

/**
 * A toll that rose to a bare figure: `ارتفع عدد الشهداء … إلى 11`, `وصلت حصيلة الضحايا إلى 20`,
 * `بلغ عدد الجرحى … 12`, a toll told with its figure (`وحصيلة القتلى ثلاثة مدنيين`), and a second toll joined to it (`… إلى 11، والجرحى إلى 30`). Token `i`
 * is the toll's noun, of the kind being read; the figure is the one right after the first `إلى`
 * within a few words (after `بلغ`, the first figure), and none is read when the other kind's
 * toll noun (`others`) or another figure comes first.
 */
function tollRisenTo(
  tokens: readonly Token[],
  i: number,
  others: Set<string>,
  reach = TOLL_WORDS,
): Count | undefined {
  const head = i > 0 && TOLL_HEADS.has(strip(tokens[i - 1]!.t));
  // `والجرحى إلى 30`: the wounded of a toll already told, joined by `و`.
  const joined =
    !head &&
    tokens[i]!.t.charCodeAt(0) === WAW &&
    tokens[i + 1]?.t === TO &&
    // Not `عدد القتلى والجرحى إلى 30`: the two together.
    !(i > 0 && others.has(strip(tokens[i - 1]!.t)));
  if (!head && !joined) return undefined;
  // `ارتفع إلى 5 عدد القتلى`: the figure told first, between the verb and the toll.
  if (head) {
    const before = risenFirst(tokens, i - 1);
    if (before) return before;
  }
  const start = tokens[head ? i - 1 : i]!.start;
  // `وحصيلة القتلى ثلاثة مدنيين`: the figure right after the toll's noun (not a year).
  const right = head ? readNumber(tokens, i + 1) : undefined;
  if (right && !(right.value >= 1990 && right.value <= 2100))
    return { value: right.value, start, end: right.end };
  const verb = i > 1 ? tokens[i - 2]!.t : '';
  const reached = head && REACHED.has(asVerb(verb));
  for (let k = i + 1; k < tokens.length && k <= i + reach; k++) {
    const t = tokens[k]!.t;
    if (t === TO) {
      const f = readNumber(tokens, k + 1);
      return f && { value: f.value, start, end: f.end };
    }
    if (others.has(strip(t))) return undefined;
    const f = readNumber(tokens, k);
    if (f) return reached ? { value: f.value, start, end: f.end } : undefined;
  }
  return undefined;
}

function personCount(
  text: string,
  triggers: Set<string>,
  nouns: Set<string>,
  twos: Set<string>,
  kind: CasualtyKind,
  verbs?: Set<string>,
): Count | null {
  const tokens = tokenize(text.includes('(') ? withoutAges(text) : text);
  // `لقي` counts only beside `مصرع`/`حتف`: tested once per text, not per token.
  const mayMeet = verbs !== undefined && DEATH_OBJECT.test(text);
  const mayLose = verbs !== undefined && LIFE_OBJECT.test(text);
  for (let i = 0; i < tokens.length; i++) {
    const w = strip(tokens[i]!.t);
    // `قتل وجرح 12`: this word and the next share the figure that follows them; so do `وجرح`
    // and the `قتل` before it (not `20 جريحاً وقتيلين`, where each has its own, nor `إن طفلين
    // قتلا وأصيب ستة`, where the dead are told before their verb).
    if (kind.own.has(w)) {
      if (
        joinsOther(tokens, i + 1, kind.other) &&
        sharedAfter(tokens, i + 2) &&
        !victimsBefore(tokens, i)
      )
        continue;
      if (
        i > 0 &&
        tokens[i]!.t.charCodeAt(0) === WAW &&
        kind.other.has(strip(tokens[i - 1]!.t)) &&
        sharedAfter(tokens, i + 1) &&
        !victimsBefore(tokens, i - 1)
      )
        continue;
    }
    // `لقي` as written: its first letter is also a clitic.
    const met = (mayMeet && MET.has(asVerb(tokens[i]!.t))) || (mayLose && lost(tokens[i]!.t));
    const lives = verbs !== undefined && livesTaken(tokens, i);
    if (triggers.has(w) || met || lives) {
      // Without verbs of killing it is the count of the wounded (injuredCount).
      const c =
        afterTrigger(tokens, i, kind, verbs === undefined) ??
        (verbs?.has(w) ? afterSubject(tokens, i) : undefined) ??
        (kind.afterVictims.has(w) ? subjectBefore(tokens, i) : undefined);
      if (c) return c;
    } else if (verbs !== undefined && DIED.has(w)) {
      // `خمسة مدنيين قضوا جراء غارة`: the people may come first (by their noun, as always here).
      const c = peopleRightAfter(tokens, i) ?? subjectBefore(tokens, i);
      if (c) return c;
    }
    // `ارتفع إلى 19 عدد الذين قتلوا`: the toll named by who died, not by its noun.
    if (kind.tolls.has(w)) {
      const c = tollRisenTo(tokens, i, kind.otherTolls);
      if (c) return c;
    } else if (w === WHO) {
      // The toll told by who died is read from the word after its head; its relative clause
      // may tell the event at length (`… الذين قتلوا في الهجوم الذي شنته قوات النظام على القوات
      // التركية في منطقة خفض التصعيد بإدلب إلى 34 جندياً`).
      const h = toldByWho(tokens, i, kind);
      const c = h < 0 ? undefined : tollRisenTo(tokens, h + 1, kind.otherTolls, WHO_TOLL_WORDS);
      if (c) return c;
    }
    if (nouns.has(w) && i > 0 && !sharedPair(tokens, i)) {
      const f = readNumberBefore(tokens, i);
      if (f && !afterWord(tokens, f.start, kind.notAfter))
        return { value: f.value, start: f.start, end: tokens[i]!.end };
    }
    if (
      twos.has(w) &&
      !readNumberBefore(tokens, i) &&
      !afterWord(tokens, tokens[i]!.start, kind.notAfter)
    ) {
      const tok = tokens[i]!;
      return { value: 2, start: tok.start, end: tok.end };
    }
    if (oneCaused(tokens, i, kind.ones)) {
      const tok = tokens[i]!;
      return { value: 1, start: tok.start, end: tok.end };
    }
  }
  return null;
}

/** Whether the token before the one starting at offset `start` is one of `words` (clitics off). */
function afterWord(
  tokens: readonly Token[],
  start: number,
  words: ReadonlySet<string> | undefined,
) {
  if (!words) return false;
  const k = tokens.findIndex((t) => t.start === start);
  // As written first: `وفاة` starts with a letter that is also a clitic.
  const w = k > 0 ? tokens[k - 1]!.t : '';
  return k > 0 && (words.has(w) || words.has(strip(w)));
}

const ROSE = set('ارتفع', 'ارتفعت');

/**
 * A toll's figure told before its head (token `h`, `عدد`/`حصيلة`), right after the verb that
 * rose: `ارتفع إلى 5 عدد القتلى` 5, `ارتفعت إلى نحو عشرين حصيلة الجرحى` 20.
 */
function risenFirst(tokens: readonly Token[], h: number): Count | undefined {
  for (let from = Math.max(2, h - 4); from < h; from++) {
    if (tokens[from - 1]!.t !== TO || !ROSE.has(asVerb(tokens[from - 2]!.t))) continue;
    const f = readNumber(tokens, from);
    if (f && f.next === h)
      return { value: f.value, start: tokens[from - 2]!.start, end: tokens[h + 1]!.end };
  }
  return undefined;
}

/**
 * A toll told before what it counts, cut off from it by a comma: `ارتفع إلى 11 بينهم 4 أطفال،
 * عدد الشهداء المدنيين الذين …`. `rise` is the clause that rose (its figure is the one after
 * `إلى`), `toll` the clause after it, which opens with the toll's noun (`عدد الشهداء`, `حصيلة
 * الجرحى`): the dead or the wounded. Undefined unless both hold.
 *
 * @example tollToldBefore(foldKey('ارتفع إلى 11 بينهم 4 أطفال'), foldKey('عدد الشهداء المدنيين'))?.value // 11
 */
export function tollToldBefore(
  rise: string,
  toll: string,
): { value: number; wounded: boolean } | undefined {
  if (!rise.includes('ارتفع')) return undefined;
  const t = tokenize(toll);
  if (t.length < 2 || !TOLL_HEADS.has(strip(t[0]!.t))) return undefined;
  const noun = strip(t[1]!.t);
  const wounded = TOLL_HURT.has(noun);
  if (!wounded && !TOLL_DEAD.has(noun)) return undefined;
  const r = tokenize(rise);
  for (let k = 0; k + 1 < r.length; k++) {
    if (!ROSE.has(asVerb(r[k]!.t))) continue;
    if (r[k + 1]!.t !== TO) return undefined;
    const f = readNumber(r, k + 2);
    return f && { value: f.value, wounded };
  }
  return undefined;
}

/** Verbs whose victims may come before them (`إن 5 مدنيين قتلوا`, `إن طفلين قتلا`). */
const DEAD_AFTER_VICTIMS = set(
  ...['قتل', 'قتلت', 'قتلوا', 'استشهد', 'استشهدت', 'استشهدوا', 'توفي', 'توفيت'],
  ...DEAD_DUALS,
  ...['ارتقى', 'ارتقت', 'ارتقوا'],
);
const HURT_AFTER_VICTIMS = set('أصيب', 'أصيبت', 'أصيبوا', 'جرح', 'جرحت', ...HURT_DUALS);

/** Every word that tells the dead, and every word that tells the wounded. */
const DEAD_WORDS = new Set([...KILL, ...DEAD_NOUNS, ...DEAD_TWO, ...TOLL_DEAD, ...DIED]);
const HURT_WORDS = new Set([...HURT, ...HURT_NOUNS, ...HURT_TWO, ...TOLL_HURT, ...WOUNDED]);
const DEAD_KIND: CasualtyKind = {
  tolls: TOLL_DEAD,
  otherTolls: TOLL_HURT,
  other: HURT_WORDS,
  own: DEAD_WORDS,
  otherNouns: new Set([...HURT_NOUNS, ...HURT_TWO, ...SHARED_HURT]),
  afterVictims: DEAD_AFTER_VICTIMS,
  ones: DEAD_ONE,
};
const HURT_KIND: CasualtyKind = {
  tolls: TOLL_HURT,
  otherTolls: TOLL_DEAD,
  other: DEAD_WORDS,
  own: HURT_WORDS,
  otherNouns: new Set([...DEAD_NOUNS, ...DEAD_TWO, ...SHARED_DEAD]),
  afterVictims: HURT_AFTER_VICTIMS,
  ones: HURT_ONE,
  notAfter: set('وفاة', 'توفي', 'توفيت', 'مقتل', 'استشهاد', 'مصرع'),
};

/**
 * People killed, from `مقتل 34 شخصاً بينهم 3 أطفال` (34: the "among them" figure is part of it),
 * `سقوط 5 قتلى`, `مقتل مدني` (1), `مقتل طفلين` (2), `بين 5 و7 قتلى` (5, the lower figure).
 *
 * @example killedCount(foldKey('أدى إلى مقتل 34 شخصاً بينهم 3 أطفال'))?.value // 34
 */
export function killedCount(text: string): Count | null {
  const told = personCount(text, KILL, DEAD_NOUNS, DEAD_TWO, DEAD_KIND, KILL_VERBS);
  if (told) return withOwnBefore(text, told, OWN_DEATH_BEFORE);
  return OWN_DEATH_HINT.test(text) ? ownCount(text, OWN_DEATH) : null;
}

/**
 * Someone's own harm told right before the people counted with the same noun (`ما أدى لإصابته
 * وإصابة طفليه`: 3, `لمقتله ومقتل مرافقه`: 2): the one told by the pronoun is counted too
 * (folded; the count starts at `و`).
 */
const OWN_DEATH_BEFORE = /(?<![\p{L}])[وفبل]{0,2}(?:مقتل|مصرع|استشهاد|وفات)(ه|ها|هما)\s*$/u;
const OWN_WOUND_BEFORE = /(?<![\p{L}])[وفبل]{0,2}اصابت(ه|ها|هما)\s*$/u;

function withOwnBefore(text: string, count: Count, own: RegExp): Count {
  const more = ownAtEnd(text.slice(Math.max(0, count.start - 24), count.start), own);
  return more ? { ...count, value: count.value + more } : count;
}

/** How many a harm told by its noun and a pronoun ending `text` counts (OWN_*_BEFORE): 0, 1, 2. */
function ownAtEnd(text: string, own: RegExp): number {
  const m = own.exec(text);
  return m ? (m[1] === 'هما' ? 2 : 1) : 0;
}

/**
 * The people someone's own harm, told at the end of a clause by its noun and a pronoun (`ما أدى
 * لإصابته`), adds to a count that the next clause goes on with (`وإصابة طفليه`): the clauses
 * are cut at that `و` (folded).
 */
export function ownHarmEnding(text: string, wounded: boolean): number {
  return ownAtEnd(text, wounded ? OWN_WOUND_BEFORE : OWN_DEATH_BEFORE);
}

/**
 * Someone's own death told by its noun with a pronoun, when no figure is told: `ما أدى إلى
 * مقتله` 1, `مقتلهما` 2 (the dual). The plural (`مقتلهم`) says not how many (folded; a clitic
 * before, as in `بمقتله`, is allowed). A wound so told: OWN_WOUND.
 */
const OWN_DEATH = /(?<![\p{L}])[وفبل]{0,2}(?:مقتل|مصرع|استشهاد|وفات)(ه|ها|هما)(?![\p{L}])/u;
/** OWN_DEATH's literals (a pronoun's `ه` included): a cheap pre-check. */
const OWN_DEATH_HINT = /مقتله|مقتلها|مصرعه|مصرعها|استشهاده|استشهادها|وفاته|وفاتها/;
/**
 * A wound told so only with the wounds named after it (`إصابته بجروح`): `إصابتها بأضرار` is a
 * car or a house hit (folded).
 */
const OWN_WOUND =
  /(?<![\p{L}])[وفبل]{0,2}اصابت(ه|ها|هما)\s+(?:بجروح|بجراح|بجرح|برصاص|برصاصة|بطلق)(?![\p{L}])/u;

function ownCount(text: string, re: RegExp): Count | null {
  const m = re.exec(text);
  if (!m) return null;
  // The span is the noun's, not the wounds' word after it.
  const noun = m[0].split(/\s/)[0]!;
  return { value: m[1] === 'هما' ? 2 : 1, start: m.index, end: m.index + noun.length };
}

/**
 * People injured: `إصابةِ 74 آخرين`, `جرح ثلاثة مدنيين`, `10 جرحى`, `إصابة شخصين` (2).
 *
 * @example injuredCount(foldKey('وإصابةِ 74 آخرين'))?.value // 74
 */
export function injuredCount(text: string): Count | null {
  const told = personCount(text, HURT, HURT_NOUNS, HURT_TWO, HURT_KIND);
  if (told) return withOwnBefore(text, told, OWN_WOUND_BEFORE);
  return text.includes('اصابته') || text.includes('اصابتها') ? ownCount(text, OWN_WOUND) : null;
}
