import type { IncidentEvent, IncidentType } from '../../model';
import { foldKey } from '../reports/arabic';
import { CUES, inSet, RESEARCHER, UNTOLD } from './lexicon';
import { anyWordCheck, hasWord, type Token, tokenize } from './words';

/** One scan telling whether any first cue of `classifyClause` may occur in a clause. */
const ANY_CUE = anyWordCheck([
  CUES.air,
  CUES.aircraft,
  CUES.explosionStrong,
  CUES.clash,
  CUES.shelling,
  CUES.explosionWeak,
  CUES.attackWord,
  CUES.attackDirect,
  CUES.deployment,
  CUES.agreement,
  CUES.meeting,
  CUES.rare,
]);

/**
 * A device that went off, told by the verb (`فيما انفجرت عبوة أخرى في مدينة أعزاز`, `انفجرت
 * قنبلة`, `انفجر جسم غريب`, `انفجرت سيارة محملة بالمتفجرات`), also after it (`وكانت قنبلة
 * عنقودية قد انفجرت`): the noun alone (`عبوة`) is also a bottle or a can (folded).
 */
const BLAST_VERB =
  /(?<![\p{L}])[وف]?(?:انفجرت|انفجر)\s+(?:\S+\s+)?(?:عبو[ةه]|عبوات|قنبل[ةه]|قنابل|جسم|اجسام|سيار[ةه]|دراج[ةه])(?![\p{L}])|(?<![\p{L}])[وفب]?(?:ال)?(?:عبو[ةه]|عبوات|قنبل[ةه]|قنابل|جسم|اجسام)\s+(?:\S+\s+){0,2}?(?:قد\s+)?(?:انفجرت|انفجر)(?![\p{L}])/u;

/** The incident type a clause tells, with how directly the cue words say so (0..1). */
export interface Classified {
  type: IncidentType;
  strength: number;
  /** Told by ground taken (TAKEN), not by a fight word. */
  taken?: true;
  /** What happened, where the type alone would tell it wrong (`IncidentEvent`). */
  event?: IncidentEvent;
  /** Talks told by a meeting alone (CUES.meeting): an event only between named parties. */
  meeting?: true;
  /**
   * Forces told going in by the verb alone (FORCES_WENT_IN): a deployment, unless the sentence
   * tells a fight, which their going in was part of (extractIncidents).
   */
  wentIn?: true;
}

/**
 * Classify one folded clause into an ACLED-style sub-event type, or null when it tells no
 * event. Order decides mixed clauses: air over ground fire (`الطيران الروسي بالصواريخ` is an
 * air strike), bombs over fire, a fight over shelling, a facility hit by a shell is shelling.
 * An event that is negated, denied or threatened (`لم تشن أي غارات`, `هددت بشن غارات`) is not
 * told: see `untoldSpan`.
 *
 * @example classifyClause(foldKey('تنفيذ طائرة روسية لثلاث غارات'))?.type // 'airstrike'
 */
export function classifyClause(text: string): Classified | null {
  let cls = repliedWith(text) ?? cueType(text);
  // The token bits of the clause are read already: the pre-check costs a mask test.
  if (cls && hasWord(text, CUES.untold)) {
    const untold = untoldSpan(text);
    if (untold === 'all') return null;
    // `ألقت … القبض على خلية كانت تخطط لتنفيذ تفجير`: the arrest, not the bombing planned.
    if (untold) cls = cueType(`${text.slice(0, untold[0])} ${text.slice(untold[1])}`);
  }
  if (cls?.type === 'airstrike' && !cls.event && droneOnly(text))
    return { ...cls, event: 'drone-strike' };
  if (cls?.type === 'attack' && !cls.event && abductionOnly(text))
    return { ...cls, event: 'abduction' };
  if (cls?.type === 'explosion' && !cls.event && suicideBombing(text))
    return { ...cls, event: 'suicide-bombing' };
  if (cls?.type === 'shelling' && russianBombardment(text))
    return { type: 'airstrike', strength: 0.8 };
  if (cls?.type === 'shelling' && droneFiredRocket(text))
    return { type: 'airstrike', strength: cls.strength, event: 'drone-strike' };
  return cls;
}

/** A rocket or missile (`صاروخاً`, `صواريخ`, `صاروخين`) (folded). */
const ROCKET = /(?<![\p{L}])[وفب]?(?:ال)?(?:صاروخ|صواريخ)\p{L}*(?![\p{L}])/u;
/** Fire only guns or launchers on the ground shoot (folded). */
const GROUND_ONLY_FIRE = /مدفع|قذائف|قذيف|راجم|هاون|دباب|مورتر/;

/**
 * True when a shelling's clause tells a drone, and no manned aircraft, firing its rockets: the
 * drone named before them and no gun told (`أطلقت طائرة مسيّرة مجهولة صاروخاً على سيارته`). A
 * drone's missile is a drone strike, as `استهدفت طائرة مسيرة سيارة بصاروخ` already was.
 *
 * @example droneFiredRocket(foldKey('أطلقت طائرة مسيرة مجهولة صاروخا على سيارته')) // true
 * @example droneFiredRocket(foldKey('قصفت قوات النظام بالصواريخ بلدة كنصفرة')) // false
 */
export function droneFiredRocket(text: string): boolean {
  if (!droneOnly(text) || GROUND_ONLY_FIRE.test(text)) return false;
  const drone = DRONE.exec(text);
  const rocket = ROCKET.exec(text);
  return drone !== null && rocket !== null && drone.index < rocket.index;
}

/**
 * A reply told with its means (`ردت الفصائل على الغارات باستهداف مواقع قوات النظام … بعشرات
 * القذائف`): up to where the means begin (folded).
 */
const REPLIED_WITH =
  /(?<![\p{L}])[وف]?(?:ردت|رد|ردوا)\s+(?:\S+\s+){0,3}?علي\s+[^،,.]*?\s(?=ب(?:ال)?(?:استهداف|قصف|قذائف|صواريخ|هجوم|غارات|غارة|اطلاق|استهدافها|استهدافه)(?![\p{L}]))/u;

/**
 * The event of a reply told with its means: the means' (`باستهداف … بعشرات القذائف`: shelling),
 * not what it replied to (`على الغارات`: no air strike of theirs). Null when the clause tells
 * no such reply or its means name no event.
 */
function repliedWith(text: string): Classified | null {
  // The reply verbs are among the rare cues, whose bits the clause's words were read for.
  if (!hasWord(text, CUES.rare) || !text.includes('رد')) return null;
  const m = REPLIED_WITH.exec(text);
  return m ? cueType(text.slice(m.index + m[0].length)) : null;
}

/** `قصف روسي`, `القصف الروسي`, `بقصف روسي`: a bombardment named as Russia's (folded). */
const RUSSIAN_BOMBARDMENT = /(?<![\p{L}])[وفبل]{0,2}(?:ال)?قصف\s+(?:ال)?روسي(?![\p{L}])/u;
/**
 * Fire from the ground named in the clause (`قصف مدفعي روسي`, `قذائف`, `صواريخ`, `راجمات`), or
 * another side's bombardment beside Russia's (`القصف الروسي وقصف قوات النظام`) (folded).
 */
const GROUND_OR_OTHER_FIRE =
  /مدفع|صاروخ|صواريخ|قذائف|قذيف|راجم|هاون|دباب|النظام|الميليشيات|ميليشيا/;

/**
 * True when a bombardment is named as Russia's and no ground fire or other side is told with it
 * (`قتل مدنيان بقصف روسي على البارة`): in northwest Syria Russia bombs from the air, and news
 * that names it so means its air strikes, as ACLED codes them. Russian artillery named as such
 * (`قصف مدفعي روسي`) stays shelling.
 *
 * @example russianBombardment(foldKey('قتل مدنيان بقصف روسي على بلدة البارة')) // true
 */
export function russianBombardment(text: string): boolean {
  return (
    text.includes('روسي') && RUSSIAN_BOMBARDMENT.test(text) && !GROUND_OR_OTHER_FIRE.test(text)
  );
}

/**
 * People abducted (`اختطف مسلحون طفلاً`, `خطفت الهيئة ناشطاً`, `عملية خطف`, `اختطافه`) (folded).
 * Not those who abduct or were abducted as nouns (`الخاطفين`, `المختطفين`): a release or a
 * search tells of them, not of an abduction.
 */
const ABDUCTED =
  /(?<![\p{L}])[وفب]?(?:ال)?(?:اختطف|اختطفت|اختطفوا|اختطاف|خطف|خطفت|خطفوا)(?:ه|ها|هم|هما|وه|وها|وهم)?(?![\p{L}])/u;
/** ABDUCTED's literals (form I `خطف`, form VIII `اختطف` and its noun `اختطاف`): a cheap pre-check. */
const ABDUCTED_HINT = /خطف|ختط/;
/**
 * Harm beyond the abduction in the same clause (`اختطفوه ثم قتلوه`, `بعد اختطافه وتعذيبه`,
 * `جثة`, fire): an attack, as ACLED codes an abduction that ends in a killing (folded).
 */
const HARMED_TOO =
  /قتل|مقتل|قتي|جث[ةه]|جثث|جثام|جثما|مصرع|استشه|اعدم|اعدام|تصفي|اغتي|اغتال|قنص|رصاص|نيران|كمين|تعذيب|الضرب|اصاب|اصيب|جرح|جريح/;

/**
 * True when an attack's clause tells people abducted and no other harm done to them: ACLED's
 * abduction or forced disappearance, which lists name as such, not as an "attack".
 *
 * @example abductionOnly(foldKey('اختطف مسلحون مجهولون طفلاً في مدينة سرمدا')) // true
 * @example abductionOnly(foldKey('اختطف مسلحون شاباً وقتلوه')) // false
 */
export function abductionOnly(text: string): boolean {
  return ABDUCTED_HINT.test(text) && ABDUCTED.test(text) && !HARMED_TOO.test(text);
}

/**
 * A bomber who dies in the blast: `انتحاري` (`فجّر انتحاري نفسه`, `هجوم انتحاري`, `سيارة مفخخة
 * يقودها انتحاري`), an explosive belt (`حزام ناسف`), one who blew himself up (`فجّر نفسه`) (folded).
 */
const SUICIDE =
  /(?<![\p{L}])[وفبل]{0,2}(?:ال)?انتحاري(?:ة|ه|ين|ان|ون)?(?![\p{L}])|(?<![\p{L}])[وفب]{0,2}(?:ال)?(?:حزام|احزمة)\s+(?:ال)?ناسف|(?<![\p{L}])[وف]?(?:فجر|فجرت|فجرا|فجروا)\s+(?:\S+\s+){0,3}?(?:نفسه|نفسها|نفسيهما|انفسهم)(?![\p{L}])/u;

/**
 * True when an explosion's clause tells a suicide bombing (SUICIDE): ACLED's suicide bomb, which
 * lists name as such. Not a drone told as `انتحارية` (`مسيرة انتحارية`, a loitering munition).
 *
 * @example suicideBombing(foldKey('فجّر انتحاري نفسه بحزام ناسف في سرمدا')) // true
 * @example suicideBombing(foldKey('انفجار عبوة ناسفة بسيارة في الباب')) // false
 */
export function suicideBombing(text: string): boolean {
  return SUICIDE.test(text) && !DRONE_HINT.test(text);
}

/**
 * A drone named (`طائرة مسيرة`, `الطيران المسير`, `طائرة بدون طيار`, `المسيرات`, `درون`), also
 * bare when a side's or a kind's word follows (`مسيرة تركية`, `مسيرة انتحارية`) (folded). Not
 * a march (`مسيرة احتجاجية`): bare `مسيرة` needs that word after it.
 */
const DRONE =
  /(?<![\p{L}])[وفبل]{0,2}(?:ال)?(?:طائرة|طائرات|طيران)\s+(?:\S+\s+)?(?:ال)?(?:مسيرة|مسير|مسيرات|درون|(?:ب|ب?دون|بلا)\s+طيار)(?![\p{L}])|(?<![\p{L}])[وفبل]{0,2}(?:ال)?(?:مسيرات|درون|درونز)(?![\p{L}])|(?<![\p{L}])[وفبل]{0,2}(?:ال)?مسيرة\s+(?:ال)?(?:تركي|روسي|امريكي|اميركي|ايراني|مجهول|انتحاري|مذخر|تابع|للنظام|للتحالف|للفصائل|للهيئة|لقوات)/u;
/**
 * Manned aircraft (`الطيران الحربي`, `مروحية`, `مقاتلات`, `قاذفات`, `سو-24`, `ميغ`) or their
 * barrels: a strike told with them and a drone is no drone strike alone (folded).
 */
const MANNED = /حربي|مروحي|مقاتلات|قاذف|(?<![\p{L}])(?:سو|ميغ|ميج)(?![\p{L}])|برميل|براميل/u;
/** DRONE's literals: a cheap pre-check. */
const DRONE_HINT = /مسير|طيار|درون/;

/**
 * True when an air strike's clause names a drone and no manned aircraft: ACLED's drone strike,
 * which lists name as such (`استهدفت طائرة مسيّرة تركية سيارة في سرمدا`).
 *
 * @example droneOnly(foldKey('استهدفت طائرة مسيّرة تركية سيارة في سرمدا')) // true
 */
export function droneOnly(text: string): boolean {
  return DRONE_HINT.test(text) && DRONE.test(text) && !MANNED.test(text);
}

/**
 * Forces sent or placed (`نشرت الميليشيات عناصر جدداً`, `دفعت قوات النظام بمقاتلين`, `نشر الجيش
 * التركي منظومات دفاع جوي`): the verbs alone mean "published" and "paid", so only with troops,
 * vehicles or weapon systems as their object, a few words on.
 */
const DEPLOYED =
  /(?<![\p{L}])[وف]?(?:نشر|دفع|سير|سيرت)(?:ت|وا)?\s+(?:\S+\s+){0,6}ب?(?:عناصر|قوات|جنود|مقاتلين|اليات|دبابات|مدرعات|منظومات|منظومة|بطاريات|(?:ال)?دورية|(?:ال)?دوريات)(?![\p{L}])/u;

/**
 * A military post set up (`أنشأت القوات التركية نقطة مراقبة جديدة`, `ثبتت … نقطة جديدة`, `إقامة
 * نقطة عسكرية`) (folded): only a post told as new, military, an observation post or a side's,
 * so that a medical or aid point set up is none.
 */
const POST_SET =
  /(?<![\p{L}])(?:[وف]|(?<=(?<![\p{L}])(?:بدات|بدا|بداوا|شرعت|شرع|قامت|قام|باشرت|باشر)\s+(?:\S+\s+){0,3})ب)?(?:انشات|انشا|انشاوا|انشاء|اقامت|اقام|اقاموا|اقام[ةه]|ثبتت|ثبت|ثبتوا|تثبيت)\s+(?:\S+\s+){0,4}?(?:ال)?(?:نقط[ةه]|نقاط|قاعد[ةه]|قواعد)\s+(?:(?:ال)?(?:مراقب[ةه]|عسكري[ةه]?|جديد[ةه]|تركي[ةه]|روسي[ةه]|ايراني[ةه])|للجيش|للقوات)(?![\p{L}])/u;
/** POST_SET's literals. */
const POST_SET_HINT = /نقط|نقاط|قاعد|قواعد/;

/** A post or base given up (`أخلت القوات التركية نقطة المراقبة في مورك`): a withdrawal. */
const POST_LEFT =
  /(?<![\p{L}])[وف]?(?:اخلت|اخلي|اخلوا|اخلاء)\s+(?:\S+\s+){0,3}(?:نقطة|نقاط|قاعدة|مواقع)(?![\p{L}])/u;

/** Forces sent in (`تعزيزات`, `حشود`, `دفعت … بمقاتلين`): reinforcements, whatever else is told (folded). */
const REINFORCED =
  /(?<![\p{L}])[وفب]?(?:ال)?(?:تعزيزات|حشود|تحشيد\S*)(?![\p{L}])|(?<![\p{L}])[وف]?دفع(?:ت|وا)?(?![\p{L}])/u;
/** Forces pulled out by a verb, before its object (`سحبت تركيا قواتها`) (folded). */
const PULLED = '(?:سحبت|سحب|سحبوا)';
/** Forces placed anew by a verb, before its object (`أعادت تركيا توزيع نقاطها`) (folded). */
const PLACED_ANEW = String.raw`(?:اعادت|اعاد|اعادوا)\s+(?:\S+\s+){0,3}?(?:توزيع|نشر|تموضع|تمركز)`;
/**
 * Forces as the object of PULLED or PLACED_ANEW, a few words on: without them the verbs tell
 * nothing (`أعادت الحكومة توزيع المساعدات`, `انتشرت مقاطع مصورة`, `سحبت الوزارة القرار`).
 */
const FORCES_OBJECT = String.raw`\s+(?:\S+\s+){0,3}?(?:(?:ال)?(?:قوات|عناصر|جنود|نقاط|نقطة|مواقع|قواعد|وحدات|دوريات|اليات|اسلح|معدات|مقاتلي)\S*|(?:ال)?شرطة\s+(?:ال)?عسكرية)(?![\p{L}])`;

/**
 * Forces told before their verb of deploying (`أن الشرطة العسكرية الروسية انتشرت في سراقب`,
 * `قوات تركية تمركزت في …`) (folded).
 */
const FORCES_FIRST = String.raw`(?<![\p{L}])[وف]?(?:(?:ال)?(?:قوات|عناصر|جنود|وحدات)|(?:ال)?شرطة\s+(?:ال)?عسكرية)(?:\s+\S+){0,3}?\s+(?:انتشرت|انتشر|انتشروا|تمركزت|تمركز|تمركزوا|تموضعت|تموضع)(?![\p{L}])`;

/**
 * Forces pulled out (`انسحبت القوات التركية من`, `انسحاب الفصائل`, `أخلت … النقطة`, `سحبت تركيا
 * قواتها من نقطة مورك`) (folded).
 */
const WITHDREW = new RegExp(
  String.raw`(?<![\p{L}])[وفب]?(?:ال)?(?:انسحاب|انسحابا|انسحب(?:ت|وا)?|اخلاء|اخلت|اخلي|اخلوا)(?![\p{L}])|(?<![\p{L}])[وف]?${PULLED}${FORCES_OBJECT}`,
  'u',
);
/**
 * Forces placed anew (`إعادة توزيع النقاط`, `إعادة انتشار`, `انتشرت القوات`, `أعادت … توزيع`)
 * (folded). Not `نشر`, which also means "published" (`نشر ناشطون مقاطع`).
 */
const REDEPLOYED = new RegExp(
  String.raw`(?<![\p{L}])[وفب]?(?:ال)?(?:اعاده|اعادة)\s+(?:ال)?(?:توزيع|انتشار|تموضع|تمركز)(?![\p{L}])|(?<![\p{L}])[وفب]?(?:ال)?(?:انتشار|انتشرت|انتشر|انتشروا)(?![\p{L}])|(?<![\p{L}])[وف]?${PLACED_ANEW}(?![\p{L}])`,
  'u',
);
/**
 * A deployment told by a verb with forces as its object, where no cue word tells it: `أعادت
 * تركيا توزيع نقاطها العسكرية`, `انتشرت قوات تركية في`, `سحبت تركيا قواتها من` (folded).
 */
const MOVED = new RegExp(
  String.raw`(?<![\p{L}])[وف]?(?:${PLACED_ANEW}|انتشرت|انتشر|انتشروا|${PULLED})${FORCES_OBJECT}|${FORCES_FIRST}`,
  'u',
);
/**
 * Forces told going in by the verb, before them (`دخلت فصائل المعارضة إلى مدينة حلب`, `دخلت
 * القوات التركية إلى إدلب`): a deployment, as `fighters entered` is in English; no fight or
 * withdrawal told (ground taken: `enteredUnfought`, a fight word: a clash) (folded).
 */
const FORCES_WENT_IN =
  /(?<![\p{L}])[وف]?(?:دخلت|دخل|دخلوا)\s+(?:\S+\s+)?(?:ال)?(?:قوات|فصائل|عناصر|مقاتلو|مقاتلي|وحدات|جنود)\S*(?![\p{L}])/u;

/** MOVED's literals. */
const MOVED_HINT = /توزيع|تموضع|تمركز|انتشر|سحب/;
/**
 * Forces going in (`اقتحمت قوات النظام البلدة بعد انسحاب الفصائل منها`): with a withdrawal, two
 * sides' movements in one clause, neither of which is the incident's alone. (Ground entered
 * after the other side pulled out is ground taken: `enteredUnfought`.) (folded)
 */
const WENT_IN =
  /(?<![\p{L}])[وف]?(?:دخلت|دخل|دخلوا|اقتحمت|اقتحم|اقتحموا|تقدمت|تقدم|تقدموا)(?![\p{L}])/u;
/** A patrol sent (`سيرت … دورية`, `دوريات مشتركة`) (folded). */
const PATROL = /(?<![\p{L}])[وفب]?(?:ال)?(?:دورية|دوريات)(?![\p{L}])/u;
/**
 * A patrol to come (`ستستأنف الدوريات المشتركة الأسبوع المقبل`, `من المقرر أن`), or agreed on
 * (`اتفق الجانبان على تسيير دوريات مشتركة`: a deal, which the agreement rule reads) (folded).
 */
const PATROL_TO_COME =
  /(?<![\p{L}])(?:ست\p{L}{3,}|سيتم|سيجري|سوف)(?![\p{L}])|من\s+المقرر|(?:ال)?(?:مقبل|قادم)(?:ة|ه)?(?![\p{L}])|(?<![\p{L}])[وف]?(?:ال)?(?:اتفق|اتفاق|توافق)\p{L}*\s+(?:\S+\s+){0,6}?علي\s+(?:ال)?تسيير(?![\p{L}])/u;
/**
 * A patrol on its way, told by its move or as joint (`دخلت دورية روسية تركية مشتركة الطريق`,
 * `انطلقت الدورية المشتركة من ترنبة`), where no verb sends it (DEPLOYED). A patrol hit is told
 * by the fire or blast, which the rules before it read first (folded).
 */
const PATROL_MOVED =
  /(?<![\p{L}])[وف]?(?:دخلت|انطلقت|وصلت|جابت|عبرت|تجولت|سارت|وصل|انطلق|دخل)\s+(?:\S+\s+){0,3}?(?:ال)?(?:دورية|دوريات)(?![\p{L}])|(?<![\p{L}])[وفب]?(?:ال)?(?:دورية|دوريات)\s+(?:\S+\s+){0,3}?(?:ال)?مشترك(?:ة|ه)?(?![\p{L}])/u;

/**
 * Which movement a deployment clause tells, when the summary's "reinforcements" would be wrong:
 * a withdrawal, a patrol, a post set up, a redeployment. Reinforcements told anywhere in the
 * clause win.
 *
 * @example deploymentEvent(foldKey('انسحبت القوات التركية من نقطة المراقبة في مورك')) // 'withdrawal'
 */
export function deploymentEvent(text: string): IncidentEvent | undefined {
  if (REINFORCED.test(text)) return undefined;
  if (WITHDREW.test(text)) return WENT_IN.test(text) ? undefined : 'withdrawal';
  if (PATROL.test(text)) return 'patrol';
  if (POST_SET_HINT.test(text) && POST_SET.test(text)) return 'post-set-up';
  if (REDEPLOYED.test(text)) return 'redeployment';
  return undefined;
}

/** A deployment, with the movement it was when that is no reinforcement. */
function deployment(text: string, strength: number): Classified {
  const event = deploymentEvent(text);
  return event ? { type: 'deployment', strength, event } : { type: 'deployment', strength };
}

/** Forces on the move (`تعزيزات`, `رتل`): weapons named with them (`وراجمات صواريخ`) are cargo. */
const CONVOY = /(?<![\p{L}])[وفب]?(?:ال)?(?:تعزيزات|رتل|رتلا|ارتال|حشود)(?![\p{L}])/u;
/**
 * A clause that lists what something held (`تضمنت عشرات العناصر وراجمات صواريخ`): the convoy's
 * cargo, told after it, no event of its own unless fire is told.
 */
const CARGO = /^[وف]?(?:تضمنت|تضمن|تضم|ضمت|ضم|تشمل|شملت|تحمل|حملت)(?![\p{L}])/u;
const CONVOY_HINT = /تعزيزات|رتل|ارتال|حشود/;
/** Fire told as done: without it, a convoy's weapons tell no shelling. */
const FIRED = /قصف|استهدف|قذائف|قذيفة|رمايات|دك|استهداف/;

/**
 * An attack repelled (`تصدت قوات النظام لهجوم شنته …`, `التصدي لمحاولة تسلل`): fighting between
 * two sides. Not air defence against a drone (`تصدت الدفاعات الجوية لطائرة مسيرة`). Within one
 * clause, commas included: a time set off by commas stays in it (`صدّوا، الليلة الماضية، هجوماً`).
 */
const REPELLED =
  /(?<![\p{L}])[وف]?(?:تصدت|تصدى|تصدي|تصدوا|التصدي|صدت|صد|صدوا|احبطت|احبط|احبطوا|تحبط|يحبط|تتصدي|يتصدي|تصد)(?![\p{L}])(?:[^.؛]*?(?:هجوم|هجمات|تقدم|تسلل)|\s+(?:له|لها|لهم)(?![\p{L}]))/u;

/** A literal REPELLED needs: `صد` at a word's start (not inside `مصدر`, `رصد`, `قصد`). */
const REPEL_HINT = /تصد|حبط|(?:^|[\s،,وف])صد/;

/**
 * Fighting or strikes that other fire went with (`وترافقت الاشتباكات مع قصف مكثف … على قرى
 * الحدادة`, `وتزامنت الغارات مع قصف مدفعي استهدف أطراف سرمين`): the places the clause names
 * are what that fire hit, so it is the clause's event; the first is told where the report tells
 * it (its own clause or sentence).
 */
const ACCOMPANIED =
  /(?<![\p{L}])[وف]?(?:ترافقت|ترافق|تزامنت|تزامن|رافقت|رافق)\s+(?:ال)?(?:اشتباكات|معارك|مواجهات|غارات|قصف)\s+مع\s+/u;

const STRAY = /رصاص[ةه]?\s+طائش/;

/**
 * Fire opened on someone or something (`أطلق مسلحون مجهولون النار على شاب`, `أطلقت عناصر
 * الهيئة الرصاص باتجاه سيارة`, `فتحت قوات النظام النار على`), the target told first by a
 * pronoun (`أطلق عليه مجهولون النار`): a gunman's attack, like `برصاص`.
 * The past verb only: not the ceasefire's noun (`وقف إطلاق النار`), fire into the air (no
 * target), or a habit told in the present (`تطلق قوات النظام النار`) (folded).
 */
const FIRE_OPENED =
  /(?<![\p{L}])[وف]?(?:اطلقت|اطلق|اطلقوا|فتحت|فتح|فتحوا)\s+(?:\S+\s+){0,5}?(?:ال)?(?:نار|نيران|رصاص)\s+(?:\S+\s+)?(?:على|علي|باتجاه|تجاه|صوب)(?![\p{L}])|(?<![\p{L}])[وف]?(?:اطلقت|اطلق|اطلقوا|فتحت|فتح|فتحوا)\s+علي(?:ه|ها|هم|هما)\s+(?:\S+\s+){0,5}?(?:ال)?(?:نار|نيران|رصاص)(?![\p{L}])/u;

/**
 * Mines and bombs cleared or defused, or seized (`وضبطت بحوزتها عبوات ناسفة`, `مصادرة ألغام`)
 * (folded).
 */
const DEFUSED_HINT = /ازال|ازالة|تفكيك|فكك|نزع|تمشيط|ضبط|صادر|مصادر|عثر/;
const DEFUSED =
  /(?<![\p{L}])[وف]?(?:ازال|ازالة|تفكيك|فكك|نزع|تمشيط|ضبط|صادر|مصادر|عثر|عثرت|عثروا)\S*\s+(?:\S+\s+){0,9}?(?:لغم|الغام|الالغام|عبو|العبو|ذخائر|ذخيرة|قنابل|مخلفات|سيار[ةه]\s+مفخخ)/u;
/** The bomb told first, then made safe (`عثرت على عبوة ناسفة وقامت بتفكيكها`) (folded). */
const DEFUSED_AFTER =
  /(?:لغم|الغام|عبو|مفخخ)\S*\s+(?:\S+\s+){0,6}?[وف]?(?:(?:قامت|قام|قاموا|تم)\s+)?ب?(?:تفكيك|فكك|ازال)/u;
const WENT_OFF = /انفجر|انفجار|انفجرت/;

/**
 * `أزالت فرق الهندسة أكثر من 3 آلاف لغم وعبوة ناسفة`, `ضبطت بحوزتهم عبوات ناسفة`: ordnance
 * cleared or seized, nothing went off.
 */
function defused(text: string): boolean {
  return (
    DEFUSED_HINT.test(text) &&
    (DEFUSED.test(text) || DEFUSED_AFTER.test(text)) &&
    !WENT_OFF.test(text)
  );
}

/**
 * An arrest the clause tells (`ألقت القبض على سائقها`), or null: also after ordnance made safe
 * (`ضبطت الشرطة سيارة مفخخة وألقت القبض على سائقها`). Not one only tried (`حاولت … اعتقال`).
 */
function arrestTold(text: string): Classified | null {
  if (!ARREST_HINT.test(text) || CAUSED_DEAD_AND_CAPTIVES.test(text) || RELEASED.test(text))
    return null;
  const m = ARRESTED.exec(text);
  // `حاولت دورية للهيئة اعتقال قيادي`, `على خلفية محاولة اعتقال`: no one was taken.
  if (!m || TRIED_TO.test(text.slice(Math.max(0, m.index - 50), m.index))) return null;
  return { type: 'other', strength: 0.8, event: 'arrest' };
}

/** Ordnance left unexploded, that went off later (folded). */
const UNEXPLODED = /مخلفات\s+(?:ال)?حرب|غير\s+(?:ال)?منفجر|من\s+مخلفات|ذخائر\s+(?:ال)?عنقودي/;

/**
 * The attack a side launched, told with the article and who launched it (`قتل 33 جندياً تركياً
 * في الهجوم الذي شنته قوات النظام`): an event told here, where `الهجوم` alone names one told
 * before (folded).
 */
const ATTACK_LAUNCHED =
  /(?<![\p{L}])[وفب]?ال(?:هجوم|هجمات)\s+(?:الذي|التي)\s+(?:شن|شنت|شنه|شنته|شنها|شنوه|شنوها|نفذ|نفذت|نفذه|نفذته|نفذها|نفذوه|نفذوها)(?![\p{L}])/u;

/**
 * An assault of one side on another's lines: a counter-attack (`إثر هجوم معاكس للفصائل`), or an
 * attack on positions, posts, barracks, a hill or a front (`إثر هجوم على مواقع قوات الأسد`,
 * `بهجوم مباغت للفصائل على تلة الكبانة`): fighting between two sides, not an attack on people
 * or a facility.
 */
const GROUND_ASSAULT =
  /(?<![\p{L}])[وفب]?(?:(?:هجوم|هجوما|هجمات)\s+معاكس|(?:هجوم|هجوما|هجمات|هاجم\S*)\s+(?:\S+\s+){0,5}?(?:على|علي)\s+(?:مواقع|نقاط|نقط[ةه]|ثكن[ةه]|تجمعات|خطوط|مقرات|تحصينات|تل[ةه]|تلال|محور|محاور|جبه[ةه]|جبهات)(?![\p{L}]))/u;

/**
 * Ground taken (`سيطرت الهيئة على مدينة عفرين`, `حررت وحدات من الجيش بلدات حريتان وعندان`,
 * `أحكمت … سيطرتها على بلدة عطشان`, `أحكمت … سيطرتها أمس على`, `أعلنت … سيطرتها على بلدة عنجارة`): ACLED counts a side
 * overtaking territory as a battle, so a clash, with no fight word needed. Past verbs only:
 * `تسيطر الهيئة على إدلب` is who holds it, and a headline's present tense is told again in the
 * body. Not what a side seizes (`استولوا على عدد من المروحيات`) or brings under control (`السيطرة
 * على الحريق`), and not a takeover told as what came before (`بعد أن أحكم سيطرته على …`).
 * The place may be a pronoun (`دخلت قوات النظام مدينة معرة النعمان …، وسيطرت عليها بشكل كامل`),
 * not of a fire or a fear that took hold (`سيطرت عليه النيران`).
 */
const TAKEN =
  /(?<![\p{L}])(?:[وف]?(?:سيطرت|سيطر|سيطروا|استولت|استولي|استولوا)\s+(?:\S+\s+){0,8}?(?:على|علي)|[وف]?(?:احكمت|احكم|احكموا|بسطت|بسط|بسطوا|اعلنت|اعلن|اعلنوا|تمكنت|تمكن|تمكنوا)\s+(?:\S+\s+){0,8}?(?:من\s+)?(?:ال)?سيطر(?:ة|ت\S*)(?:\s+\S+){0,2}?\s+(?:على|علي)|[وف]?(?:حررت|حرر|حرروا|استعادت|استعاد|استعادوا|انتزعت|انتزع|انتزعوا)(?:\s+(?:ال)?سيطرة\s+(?:على|علي))?)\s+(?!(?:\S+\s+){0,2}?(?:عدد\s+من\s+(?:ال)?(?:اليات|مروحي|طائر|دباب|اسلح|سيار)|\S*(?:اسلح|ذخائر|ذخير|اليات|دباب|مروحي|طائر|مستودع|سيارات|عربات|مدرعات|كميات|اموال|معدات|عتاد|حريق|نيران|النار|اوضاع|الوضع)))|(?<![\p{L}])[وف]?(?:سيطرت|سيطر|سيطروا|استولت|استولي|استولوا)\s+(?:على|علي)(?:ها|ه|هما)(?![\p{L}])(?!\s+(?:ال)?(?:نيران|نار|حريق|ذعر|مخاوف|خوف|حال[ةه]))/u;
const TAKEN_HINT = /سيطر|استول|حرر|استعاد|ستعيد|انتزع/;
/**
 * Ground taken told as what came after another event (`سيطرت قوات النظام على المدينة في 6 شباط،
 * قبل أن تستعيدها الفصائل في 27 من الشهر ذاته`): the subjunctive after `قبل أن` tells a takeover
 * that happened, not one held (folded).
 */
const TAKEN_LATER =
  /(?<![\p{L}])قبل\s+ان\s+(?:(?:ت|ي)(?:ستعيد|حرر|نتزع)(?:وا)?(?:ها|ه|هم|هما)?(?![\p{L}])|(?:ت|ي)سيطر(?:وا)?\s+(?:\S+\s+){0,4}?(?:على|علي)(?:ها|ه|هم|هما)?(?![\p{L}]))/u;
/** What was taken told as what came before the event (`بعد أن أحكم سيطرته`). */
const TAKEN_BEFORE = /(?<![\p{L}])(?:بعد|عقب|منذ)\s+(?:ان|ما)\s+/u;
/** Taken without a fight (`بعد انسحاب مقاتلي الحركة منه دون مواجهات`): no battle. */
export const UNFOUGHT =
  /(?<![\p{L}])(?:دون|بدون|من\s+دون|من\s+غير)\s+(?:اي\s+)?(?:مواجهات|مواجهة|قتال|معارك|اشتباكات|مقاومة)(?![\p{L}])/u;

const UNFOUGHT_ALL = new RegExp(UNFOUGHT.source, 'gu');

/** The clause's fight words are all denied (`دون مواجهات`, `من غير قتال`). */
function onlyUnfought(text: string): boolean {
  if (!UNFOUGHT.test(text)) return false;
  return !hasWord(text.replace(UNFOUGHT_ALL, ' '), CUES.clash);
}

/** The clause tells ground taken, and whether it was fought for (null: none taken). */
function taken(text: string): Classified | null {
  if (!hasWord(text, CUES.rare) || !TAKEN_HINT.test(text)) return null;
  const m = TAKEN.exec(text);
  if (m ? TAKEN_BEFORE.test(text.slice(0, m.index)) : !TAKEN_LATER.test(text)) return null;
  // `سيطرت قوات النظام على مدينة معرة النعمان بعد انسحاب الفصائل منها`: taken after the other
  // side pulled out, as ground entered so is (`enteredUnfought`).
  return UNFOUGHT.test(text) || (m !== null && AFTER_WITHDRAWAL.test(text.slice(m.index)))
    ? { type: 'other', strength: 0.7, taken: true, event: 'taken-unfought' }
    : { type: 'clash', strength: 0.85, taken: true };
}

/**
 * Forces going in without a fight (`دخلت الفصائل المدينة دون قتال`, `دخلت قوات النظام مدينة
 * سراقب بعد انسحاب الفصائل منها`): ground taken by the side that went in; the side that had
 * withdrawn is no actor (actors.ts) (folded).
 */
const ENTERED = /(?<![\p{L}])[وف]?(?:دخلت|دخل|دخلوا)(?![\p{L}])/u;
/** After the other side pulled out (`بعد انسحاب الفصائل منها`, `عقب انسحاب`) (folded). */
export const AFTER_WITHDRAWAL =
  /(?<![\p{L}])(?:بعد|عقب|اثر)\s+(?:ان\s+)?(?:انسحاب|انسحبت|انسحب|انسحبوا|اخلاء)(?![\p{L}])/u;

/**
 * A post or ground handed over after the other side pulled out (`تسلمت الشرطة العسكرية الروسية
 * نقطة المراقبة في مورك بعد انسحاب القوات التركية منها`): taken by who received it (folded).
 */
const TOOK_OVER = /(?<![\p{L}])[وف]?(?:تسلمت|تسلم|تسلموا|استلمت|استلم|استلموا)(?![\p{L}])/u;

/** Ground entered with no fight (ENTERED), or null. Not reinforcements, convoys or patrols. */
function enteredUnfought(text: string): Classified | null {
  // `دخل الاتفاق حيز التنفيذ`: came into force.
  if (text.includes('حيز')) return null;
  const entered = text.includes('دخل') && ENTERED.test(text);
  if (entered) {
    if (!UNFOUGHT.test(text) && !AFTER_WITHDRAWAL.test(text)) return null;
  } else if (!(text.includes('سلم') && TOOK_OVER.test(text) && AFTER_WITHDRAWAL.test(text)))
    return null;
  if (hasWord(text, CUES.clash) && !onlyUnfought(text)) return null;
  if (REINFORCED.test(text) || CONVOY.test(text) || PATROL.test(text)) return null;
  return { type: 'other', strength: 0.7, taken: true, event: 'taken-unfought' };
}

/**
 * Attacks told as done, by whoever the clause names (`نفذت … هجمات على`): not `مهاجمة`, the
 * verbal noun of a plan (`يخططون لاستخدام المسيرات في مهاجمة قاعدة حميميم`) (folded).
 */
const AIR_ATTACKS = /(?<![\p{L}])[وف]?(?:هجوم|هجوما|هجمات|هاجمت|هاجم|هاجموا)(?![\p{L}])/u;

/**
 * A massacre committed (`ارتكبت الطائرات الحربية الروسية مجزرة في سوق …`), or told by who
 * committed it (`ارتفع عدد ضحايا المجزرة التي ارتكبتها الطائرات الروسية`): by aircraft, an air
 * strike (folded).
 */
const MASSACRE =
  /(?<![\p{L}])[وف]?(?:ارتكبت|ارتكب|ارتكبوا)\s+(?:\S+\s+){0,5}?(?:مجزرة|مجزره|مجازر)(?![\p{L}])|(?<![\p{L}])(?:ال)?(?:مجزرة|مجزره|مجازر)\s+(?:التي|الذي)\s+(?:ارتكبتها|ارتكبها|ارتكبوها)(?![\p{L}])/u;

/** Fighters neutralised (`تحييد 12 إرهابياً`, `حيدت القوات 5 عناصر`) (folded). */
const NEUTRALISED_FIGHTERS =
  /(?<![\p{L}])[وف]?(?:تحييد|حيدت|حيد)\s+(?:\S+\s+){0,3}?(?:ارهابي\S*|عنصر\S*|عناصر|مسلح\S*|مقاتل\S*)/u;

/** Aircraft as the means (`بطائرة مسيرة`, `بطائرات حربية`, `بمسيرات`). */
const AIR_INSTRUMENT = /(?<![\p{L}])ب(?:ال)?(?:طائر|مسير|مقاتل|مروحي)/u;

/**
 * An aircraft: a plane, a helicopter, a drone (`طائرة`, `مروحية`, `مسيرة`, `درون`), as one token,
 * with the suffixes reports give them (`طائرتها`, `مروحيتين`) (folded).
 */
const AIRCRAFT_NOUN = String.raw`(?:ال)?(?:طائر(?:ة|ات|تين|تي|ته|تها|تهم)|مروحي(?:ة|ات|تين|ته|تها)|مسير(?:ة|ات|تين)|حوام(?:ة|ات)|درون)(?![\p{L}])`;
/**
 * An aircraft downed (`أسقطت الفصائل طائرة مسيرة روسية`, `أعلنت … إسقاط طائرة استطلاع`) or
 * intercepted (`اعترضت الدفاعات الجوية طائرات مسيرة`, `تصدت الدفاعات الجوية لطائرات مسيرة`,
 * `التصدي لهجوم بطائرات مسيرة`): ACLED's disrupted weapons use. The aircraft is the verb's
 * object, a few words on (up to twelve after `أسقط`: its subject may be told with where it stands
 * and when, `أسقطت الدفاعات الجوية في قاعدة حميميم الروسية بريف اللاذقية، فجر اليوم، ثلاث
 * طائرات`); `بالطائرات` is no object (`لهجوم … المدعوم بالطائرات` is a ground
 * attack) (folded).
 */
const AIRCRAFT_DOWNED = new RegExp(
  String.raw`(?<![\p{L}])[وف]?(?:(?:اسقاط|اسقطت|اسقط|اسقطوا|اسقطا)\s+(?:\S+\s+){0,12}?|(?:اعتراض|اعترضت|اعترض|اعترضوا|تصدت|تصدي|تصدوا|التصدي)\s+(?:\S+\s+){0,5}?(?:ل|لل|ل?هجوم\s+ب|ل?هجمات\s+ب|هجوما\s+ب)?)${AIRCRAFT_NOUN}`,
  'u',
);
const DOWNED_HINT = /اسقط|اسقاط|اعتر|تصد/;
/** A load an aircraft drops, as a token's start (folded). */
const LOAD = '(?:ال)?(?:قنبل|قنابل|قذيف|قذائف|صاروخ|صواريخ|برميل|براميل|عبو|ذخائر)';
/**
 * What an aircraft drops, right after it (`أسقطت طائرة مسيرة قنبلة على سيارة`): the aircraft is
 * the verb's subject, and the verb means "dropped"; group 1 holds a load that strikes (folded).
 */
const DROPPED = new RegExp(
  String.raw`^(?:\s+\S+){0,2}?\s+(?:(${LOAD})|(?:ال)?(?:منشور|حمول|مساعدات))`,
  'u',
);
/** An aircraft that dropped a load (`ألقت طائرة مسيرة قنبلة على سيارة`): a strike (folded). */
const AIR_DROP = new RegExp(
  String.raw`(?<![\p{L}])[وف]?(?:القت|القي|القوا|القتا)\s+(?:\S+\s+){0,3}?${AIRCRAFT_NOUN}(?:\s+\S+){0,2}?\s+${LOAD}`,
  'u',
);
/** AIR_DROP's verbs, as literals: a cheap pre-check. */
const DROP_HINT = /القت|القي|القوا/;
/** The words of an attempt or a failure, a verb or its noun (`حاولت`, `يحاول`, `محاولة`, `فشلت`) (folded). */
const TRIED = String.raw`(?:حاول\S*|يحاول\S*|تحاول\S*|محاول\S*|فشل\S*)`;
/** An attempt, a failure or a denial just before (`حاولت الفصائل إسقاط`, `لم تتمكن من`) (folded). */
const TRIED_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${TRIED}|لم\s+\S+|لن\s+\S+|عجز\S*)\s+(?:\S+\s+){0,2}?(?:في\s+|من\s+)?$`,
  'u',
);

/** An attempt just before, its doer maybe between (`حاولت دورية تابعة للهيئة`) (folded). */
const TRIED_TO = new RegExp(String.raw`(?<![\p{L}])${TRIED}\s+(?:\S+\s+){0,4}?$`, 'u');

/**
 * An aircraft downed or intercepted (AIRCRAFT_DOWNED), or null. An aircraft that dropped its load
 * (`أسقطت مروحية للنظام برميلين على كفرنبل`, DROPPED) struck from the air.
 */
function aircraftDowned(text: string): Classified | null {
  if (!DOWNED_HINT.test(text)) return null;
  const m = AIRCRAFT_DOWNED.exec(text);
  if (!m) return null;
  const dropped = DROPPED.exec(text.slice(m.index + m[0].length));
  if (dropped)
    return dropped[1] && m[0].includes('سقط') ? { type: 'airstrike', strength: 0.9 } : null;
  if (TRIED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return null;
  return { type: 'other', strength: 0.8, event: 'aircraft-downed' };
}

/**
 * People arrested (`اعتقلت هيئة تحرير الشام ناشطاً`, `شنت قوات النظام حملة اعتقالات`, `ألقت
 * الشرطة العسكرية القبض على`, `داهمت … المنزل واعتقلته`, `حملة توقيف`): ACLED's arrests. Verbs
 * (with their object pronoun) and the bare verbal noun only: not the detainees as a subject
 * (`مصير المعتقلين`), a release (`أفرجت عن معتقلين`) or a threat (`هددت باعتقال`) (folded).
 */
const ARRESTED =
  /(?<![\p{L}])[وف]?(?:(?:اعتقلت|اعتقل|اعتقلوا)(?:ه|ها|هم|هما|وه|وها|وهم)?|اعتقال|اعتقالات|(?:القت|القي|القوا)\s+(?:\S+\s+){0,7}?القبض|(?:ب|و)?القاء\s+القبض|حملة\s+(?:\S+\s+)?(?:اعتقال|اعتقالات|توقيف|(?:ال)?توقيفات))(?![\p{L}])/u;

const ARREST_HINT = /عتق|القبض|توقيف/;
/**
 * A release (`أفرجت هيئة تحرير الشام عن الناشط بعد اعتقال دام شهرين`, `أطلق سراح`): the arrest
 * it tells of was before, no arrest of the day (folded).
 */
const RELEASED =
  /(?<![\p{L}])[وف]?(?:افرجت|افرج|افرجوا|الافراج|افراج|اطلقت\s+سراح|اطلق\s+سراح|اطلقوا\s+سراح|اطلاق\s+سراح|اخلت\s+سبيل|اخلي\s+سبيل)(?![\p{L}])/u;

/**
 * A clause telling what the event before it caused, its dead and its captives (`اندلعت اشتباكات
 * …، أسفرت عن مقتل خمسة مسلحين واعتقال آخرين`): the fighting's outcome, its toll the fighting's;
 * no arrests of their own (folded).
 */
const CAUSED_DEAD_AND_CAPTIVES =
  /^[وف]?(?:ما\s+|مما\s+)?(?:اسفر|اسفرت|ادي|ادت|خلف|خلفت|اوقع|اوقعت)(?![\p{L}]).*(?<![\p{L}])[وب]?(?:مقتل|اصابة|جرح|مصرع|استشهاد)(?![\p{L}])/u;

/**
 * A raid (`داهمت قوات النظام بلدة`, `دهمت قوات أمنية منازل`, `مداهمة منزل`, `حملة مداهمات`,
 * `حملة دهم`, `حملة أمنية`, a landing from the air: `عملية إنزال`, `إنزال جوي`): ACLED codes one that arrests as arrests (ARRESTED's rule comes
 * first), one that does not as a strategic development; either way, forces went in. The bare
 * noun `دهم` only after a campaign's word (folded).
 */
const RAID_NOUN =
  /(?<![\p{L}])[وفب]?(?:ال)?(?:مداهمة|مداهمه|مداهمات|(?:حملة|حملات|عملية|عمليات)\s+(?:ال)?(?:دهم|امنية|امنيه|انزال)|انزال(?:ا)?\s+(?:ال)?جوي(?:ا)?)(?:ها|ه|هم)?(?![\p{L}])/u;
/** The verbs, which also tell what befalls people (`داهمهم الموت`, `دهمته سيارة`) (folded). */
const RAID_VERB = /(?<![\p{L}])[وف]?(?:داهمت|داهم|داهموا|دهمت|دهم|دهموا)(?:ها|ه|هم)?(?![\p{L}])/u;
/**
 * What forces raid: a place or a building, as the verbs need to be a raid; the word's start is
 * bounded and its end left open (`منزله`, `المقرات`), but for `حي`, a quarter, which starts
 * `حيث` (folded).
 */
const RAID_TARGET =
  /(?<![\p{L}])[وفبل]?(?:ال)?(?:منزل|منازل|بيت|بيوت|مقر|بلد|قري|مدين|احياء|مخيم|مزرع|محل|مستودع|مكتب|مكان|اماكن|شق[ةه]|مبني|مباني|حي(?![\p{L}]))/u;
const RAID_HINT = /داهم|دهم|امني|انزال/;
/**
 * Who raids: forces, security men, a checkpoint or a campaign; a landing from the air is made by
 * forces whoever is named (`نفذ التحالف الدولي إنزالاً جوياً`). Floods, snow and fire "raid"
 * camps too (`داهمت السيول خيام النازحين`), and are no raid (folded).
 */
const RAIDERS =
  /قوات|عناصر|دوري|هيئ[ةه]|الشرط[ةه]|شرط[ةه]|الامن|امني|جهاز|فصيل|فصائل|مسلح|الجيش|استخبار|مخابرات|ميليشي|ميلشي|حاجز|حملة|حملات|عملية|عمليات|دورية|انزال/;

/** Weather that "raids" camps (`داهمت السيول والثلوج المخيمات`), whatever campaign follows (folded). */
const WEATHER = /سيول|السيل|امطار|الامطار|مياه|ثلوج|الثلج|عاصف|فيضان|منخفض/;

/** Forces that raided a place (see RAID_NOUN, RAID_VERB): a raid, unless the weather did. */
function raided(text: string): boolean {
  if (!RAID_HINT.test(text) || !RAIDERS.test(text) || WEATHER.test(text)) return false;
  return RAID_NOUN.test(text) || (RAID_VERB.test(text) && RAID_TARGET.test(text));
}

/**
 * A demonstration or a sit-in (`تظاهر المئات في مدينة إدلب`, `خرجت مظاهرات في`, `نظم الأهالي
 * وقفة احتجاجية`, `وقفة تضامنية`, `شهدت البلدة احتجاجات`): ACLED's protests. Not a protest lodged (`قدمت تركيا
 * احتجاجاً`) (folded).
 */
const PROTESTED =
  /(?<![\p{L}])[وفب]?(?:ال)?(?:تظاهر|تظاهرت|تظاهروا|مظاهرة|مظاهرات|تظاهرة|تظاهرات|اعتصام|اعتصامات|اعتصم|اعتصموا|احتجاجات|محتجون|محتجين|متظاهرون|متظاهرين|(?:وقفة|وقفات)\s+(?:ال)?(?:احتجاجي|تضامني)(?:ة|ه))(?![\p{L}])/u;
const PROTEST_HINT = /ظاهر|عتص|حتج|تضامن/;
/**
 * Protesters dispersed or put down by fire (`فرقت الهيئة المتظاهرين بالرصاص الحي`, `أطلقت النار
 * على المحتجين`): ACLED's excessive force against protesters, an attack by who fired (folded).
 */
const PROTEST_FIRED_ON =
  /(?<![\p{L}])[وف]?(?:فرقت|فرق|فضت|فض|قمعت|قمع|اطلقت|اطلق|اطلقوا)\s+(?:\S+\s+){0,4}?(?:على\s+|علي\s+)?(?:ال)?(?:متظاهرين|محتجين|مظاهرة|مظاهرات|تظاهرة|اعتصام|معتصمين)(?![\p{L}])/u;
/**
 * Whether a clause tells protesters dispersed or put down by a side (PROTEST_FIRED_ON: `فرّقت
 * عناصر من الهيئة متظاهرين بالقوة`): the side that did it acts, though the protest has none.
 */
export function protestDispersed(folded: string): boolean {
  return PROTEST_HINT.test(folded) && PROTEST_FIRED_ON.test(folded);
}

/** What a protest was against (`للتنديد بالقصف`, `احتجاجاً على`, `رفضاً لـ`, `ضد`) (folded). */
const AGAINST =
  /(?<![\p{L}])(?:للتنديد|تنديدا|منددين|منددة|مندده|احتجاجا|رفضا|استنكارا|ضد)(?![\p{L}])/u;
/** People who came out or gathered (`خرج المئات … احتجاجاً على`): a protest by its purpose (folded). */
const GATHERED =
  /(?<![\p{L}])[وف]?(?:خرج|خرجت|خرجوا|تجمع|تجمعوا|تجمهر|تجمهروا|احتشد|احتشدوا)(?![\p{L}])/u;
/**
 * A protest told first and the fire after what it was against (`مظاهرة حاشدة للتنديد بالقصف
 * الروسي`); not fire that hit a protest (`غارة روسية استهدفت مظاهرة ضد النظام`), whose fire
 * comes first (folded).
 */
function protestAgainstFire(text: string): boolean {
  const against = AGAINST.exec(text);
  if (!against) return false;
  const before = text.slice(0, against.index);
  return (
    (PROTESTED.test(before) || GATHERED.test(before)) &&
    !hasWord(before, CUES.air) &&
    !hasWord(before, CUES.aircraft) &&
    !hasWord(before, CUES.shelling) &&
    !hasWord(before, CUES.explosionStrong) &&
    !hasWord(before, CUES.attackDirect)
  );
}
/** Fire or force used (PROTEST_FIRED_ON), before or after the protesters (folded). */
const FORCE_USED = /رصاص|النار|نار|قنابل|غاز|هراوات/;

/** The danger of fire kept away or feared (`أبعد خطر القذائف عن أحياء حلب`): no fire (folded). */
const DANGER = /(?<![\p{L}])خطر\s+(?:ال)?(?:قذائف|قصف|صواريخ|غارات|الغارات)(?:\s+ال\S+)?/gu;

/**
 * What people fled, told after their flight (`وصلت آلاف العائلات إلى مدينة سرمدا هرباً من القصف
 * الروسي`, `فراراً من الغارات`, `الفارين من القصف`): the fire was where they came from, not where
 * they are; no fire told (folded, tanween dropped). The event word and its adjectives go.
 */
const FLED_FROM =
  /(?<![\p{L}])(?:هربا|فرارا|هروبا|الفارين|الهاربين|الفارون|الهاربون)\s+من\s+(?:\S+\s+){0,2}?(?:ال)?(?:قصف|غارات|الغارات|القذائف|قذائف|المعارك|معارك|الاشتباكات|اشتباكات|الحملة|حملة|القتال|العمليات|التصعيد)(?:\s+ال\S+){0,2}/gu;

/** The type the clause's cue words say, whether or not the event is negated. */
/**
 * An advance tried, told by its verb (`حاولت قوات النظام التقدم على محور كفرنبل`, `وتحاول قوات
 * الأسد التقدم على محور أبو جريف`): fighting, as `محاولة التقدم` is (lexicon). Only towards ground
 * (`على`, `نحو`, `باتجاه`, `محور`): not progress in talks (`تحاول الأطراف التقدم في المفاوضات`).
 * (folded)
 */
const ADVANCE_TRIED =
  /(?<![\p{L}])[وف]?(?:حاولت|حاول|حاولوا|تحاول|يحاول|يحاولون)\s+(?:\S+\s+){0,4}?(?:ال)?تقدم\s+(?:\S+\s+){0,2}?(?:علي|نحو|باتجاه|الي|محور|محاور)(?![\p{L}])/u;

function cueType(text: string): Classified | null {
  if (text.includes('خطر') && DANGER.test(text)) {
    DANGER.lastIndex = 0;
    return cueType(text.replace(DANGER, ' '));
  }
  if (
    (text.includes('هرب') || text.includes('فار') || text.includes('فرار')) &&
    FLED_FROM.test(text)
  ) {
    FLED_FROM.lastIndex = 0;
    return cueType(text.replace(FLED_FROM, ' '));
  }
  // Every rule below needs one of these cues, or هجوم/هاجم: most clauses hold none.
  if (
    ANY_CUE &&
    !ANY_CUE.test(text) &&
    !/هجوم|هاجم|هجمات|انفجر|حاول|اطلق|فتح|نشر|دفع|سير|اخل|تصد|حبط|دخل|توزيع|تموضع|تمركز|انتشر|سحب|اسقط|اسقاط|اعتر|دوري|عتق|القبض|توقيف|داهم|دهم|امني|انزال|ظاهر|عتص|حتج|دمر|تدمير|حيد|حيي|عملي|عل[ىي] (?:يد|ايدي)/.test(
      text,
    )
  )
    return null;
  if (CARGO.test(text) && !FIRED.test(text)) return null;
  // `مظاهرة حاشدة للتنديد بالقصف الروسي`: the fire is what the protest was against, no fire of
  // the day (unless the protesters were fired on).
  if (PROTEST_HINT.test(text) && protestAgainstFire(text))
    return FORCE_USED.test(text) && PROTEST_FIRED_ON.test(text)
      ? { type: 'attack', strength: 0.8 }
      : { type: 'other', strength: 0.8, event: 'protest' };
  // `كانت الجينة بمنأى عن القصف`: spared from it.
  // (Folded: `بمنأى` is `بمناي`; not `بمنازل`, in houses.)
  if (text.includes('بمناي') || text.includes('بمعزل')) return null;
  if (text.includes(' مع ') && (text.includes('رافق') || text.includes('تزامن'))) {
    const with_ = ACCOMPANIED.exec(text);
    const fire = with_ ? cueType(text.slice(with_.index + with_[0].length)) : null;
    if (fire && fire.type !== 'clash') return fire;
  }
  // `أسقطت الفصائل طائرة حربية روسية بعد تنفيذها غارات`: the downing is the news.
  const downed = aircraftDowned(text);
  if (downed) return downed;
  if (DROP_HINT.test(text) && AIR_DROP.test(text)) return { type: 'airstrike', strength: 0.9 };
  if (hasWord(text, CUES.air)) return { type: 'airstrike', strength: 1 };
  const flying = /(?<![\p{L}])[وب]?تحليق/u.test(text);
  if (hasWord(text, CUES.aircraft) && hasWord(text, CUES.attackVerb) && !flying)
    return { type: 'airstrike', strength: 0.9 };
  if (text.includes('ارتكب') && hasWord(text, CUES.aircraft) && !flying && MASSACRE.test(text))
    return { type: 'airstrike', strength: 0.9 };
  // An attack made with aircraft (`هجوم بطائرة مسيرة تركية`), or by them (`نفذت طائرات مسيرة
  // انتحارية هجمات على …`: ACLED's drone strike, not a suicide bombing), is from the air.
  if (
    /هجوم|هجمات|هاجم/.test(text) &&
    (AIR_INSTRUMENT.test(text) ||
      (hasWord(text, CUES.aircraft) && !flying && AIR_ATTACKS.test(text)))
  )
    // `تصدت الفصائل لهجوم قوات النظام المدعوم بالطائرات الروسية`: a ground attack repelled,
    // whatever flew with it.
    return REPEL_HINT.test(text) && REPELLED.test(text)
      ? { type: 'clash', strength: 0.9 }
      : { type: 'airstrike', strength: 0.9 };
  if (hasWord(text, CUES.explosionStrong))
    return defused(text) ? arrestTold(text) : { type: 'explosion', strength: 1 };
  // `بانفجار قذيفة غير منفجرة من مخلفات الحرب`: a blast, not shelling.
  if (text.includes('نفج') && UNEXPLODED.test(text)) return { type: 'explosion', strength: 0.9 };
  // `سيطرت الهيئة على المعبر … دون مواجهات`: the fight word is denied.
  const ground = taken(text) ?? enteredUnfought(text);
  if (ground?.type === 'other') return ground;
  // `دخلت الفصائل المدينة … دون مواجهات تذكر`: a fight denied is none.
  if (hasWord(text, CUES.clash) && !(text.includes('دون') && onlyUnfought(text)))
    return { type: 'clash', strength: 1 };
  // Ground taken with no fight word told.
  if (ground) return ground;
  // `تعزيزات … وراجمات صواريخ، ووصلت إلى كفرنبل`: a convoy's weapons, no fire.
  // Literal checks first: the word-bounded patterns scan every position of the clause.
  if (CONVOY_HINT.test(text) && CONVOY.test(text) && !FIRED.test(text))
    return deployment(text, 0.9);
  if (REPEL_HINT.test(text) && REPELLED.test(text)) return { type: 'clash', strength: 0.9 };
  if (text.includes('حاول') && ADVANCE_TRIED.test(text)) return { type: 'clash', strength: 0.8 };
  if (text.includes('عملي') && OFFENSIVE_LAUNCHED.test(text))
    return { type: 'clash', strength: 0.8 };
  // `تحييد 12 إرهابياً`: the Turkish defence ministry's word for fighters killed, wounded or
  // caught in its operations: fighting, no toll (its side is read from the statement).
  if ((text.includes('حيي') || text.includes('حيد')) && NEUTRALISED_FIGHTERS.test(text))
    return { type: 'clash', strength: 0.7 };
  if (hasWord(text, CUES.shelling)) return { type: 'shelling', strength: 1 };
  if (hasWord(text, CUES.explosionWeak) || (text.includes('انفجر') && BLAST_VERB.test(text)))
    return defused(text) ? arrestTold(text) : { type: 'explosion', strength: 0.8 };
  // `مدني قضى برصاص طائش`: a stray bullet of fighting told already, no attack of its own.
  if (hasWord(text, CUES.attackDirect) && !STRAY.test(text))
    return { type: 'attack', strength: 0.9 };
  if ((text.includes('اطلق') || text.includes('فتح')) && FIRE_OPENED.test(text))
    return { type: 'attack', strength: 0.8 };
  if (hasWord(text, CUES.attackWord) && hasWord(text, CUES.attackTarget))
    return { type: 'attack', strength: 0.9 };
  if (
    /(?<![\p{L}])[وفب]?(هجوم|هاجم|هجمات)/u.test(text) ||
    ((text.includes('الذي') || text.includes('التي')) && ATTACK_LAUNCHED.test(text))
  )
    return GROUND_ASSAULT.test(text)
      ? { type: 'clash', strength: 0.8 }
      : { type: 'attack', strength: 0.7 };
  if (firedAtForcesOrPlace(text) || (text.includes('استهداف') && THEY_TARGETED.test(text)))
    return { type: 'attack', strength: 0.7 };
  // `قتل مدني على يد عناصر من الهيئة`: killed at someone's hands, by no weapon named.
  if ((text.includes('علي يد') || text.includes('علي ايدي')) && AT_THE_HANDS.test(text))
    return { type: 'attack', strength: 0.8 };
  if (
    hasWord(text, CUES.deployment) ||
    DEPLOYED.test(text) ||
    (text.includes('اخل') && POST_LEFT.test(text)) ||
    (POST_SET_HINT.test(text) && POST_SET.test(text)) ||
    (MOVED_HINT.test(text) && MOVED.test(text)) ||
    (text.includes('دوري') && PATROL_MOVED.test(text) && !PATROL_TO_COME.test(text))
  )
    return deployment(text, 0.9);
  if (text.includes('دخل') && FORCES_WENT_IN.test(text))
    return { type: 'deployment', strength: 0.7, wentIn: true };
  const arrest = arrestTold(text);
  if (arrest) return arrest;
  if (raided(text)) return { type: 'other', strength: 0.7, event: 'raid' };
  if (PROTEST_HINT.test(text)) {
    if (FORCE_USED.test(text) && PROTEST_FIRED_ON.test(text))
      return { type: 'attack', strength: 0.8 };
    if (PROTESTED.test(text)) return { type: 'other', strength: 0.8, event: 'protest' };
  }
  // A meeting or a call is talks only with its parties named (see extractIncidents).
  const talks = hasWord(text, CUES.agreement);
  if ((talks || hasWord(text, CUES.meeting)) && !hasWord(text, CUES.agreementBackground)) {
    if (talks && dealReached(text)) return { type: 'agreement', strength: 0.8, event: 'deal' };
    if (TALKS_TO_COME.test(text)) return null;
    return talks
      ? { type: 'agreement', strength: 0.8 }
      : { type: 'agreement', strength: 0.8, meeting: true };
  }
  return null;
}

/**
 * A ground offensive launched (`أطلقت فصائل المعارضة عملية عسكرية ضد قوات النظام`, `بدأت
 * القوات التركية عملية برية`): fighting, as `معركة` is. Past verbs only: one to come or
 * threatened (`ستطلق`, `هددت بإطلاق`, `بشن عملية`) tells none. The verb may be a dozen words
 * before (`أطلقت فصائل المعارضة بقيادة هيئة تحرير الشام، فجر أمس الأربعاء، عملية عسكرية`)
 * (folded).
 */
const OFFENSIVE_LAUNCHED =
  /(?<![\p{L}])[وف]?(?:اطلقت|اطلق|اطلقوا|بدات|بدا|بداوا|شنت|شن|شنوا)\s+(?:\S+\s+){0,12}?(?:عملية|عمليه)\s+(?:عسكرية|عسكريه|برية|بريه)(?![\p{L}])/u;

/**
 * Fire told by its verb alone, past (`استهدفت`, `استهداف`; `دمرت`, `تدمير` of forces only),
 * with no means told: what the rules before found no weapon for (folded).
 */
const TARGETED =
  /(?<![\p{L}])[وف]?(?:استهدفت|استهدف|استهدفوا|دمرت|دمر|دمروا)(?![\p{L}])|(?<![\p{L}])[وفبل]?(?:ال)?(?:استهداف|استهدافا|تدمير)(?![\p{L}])/u;
/** A settlement or its part as what was hit (`بلدة كفرنبل`, `أطراف أريحا`) (folded). */
const SETTLEMENT =
  /(?<![\p{L}])[وفبل]{0,2}(?:ال)?(?:بلدة|بلدات|بلدتي|قرية|قرى|قريتي|مدينة|اطراف|محيط|احياء)(?![\p{L}])/u;
/**
 * Someone killed, wounded or tortured at the hands of a side (`قتل مدني على يد عناصر من
 * الهيئة`, `مقتل شاب تحت التعذيب على يد`): violence against them by that side. Not arrests
 * (`اعتقالات على يد`), which their own rule reads (folded).
 */
const AT_THE_HANDS =
  /(?<![\p{L}])[وف]?(?:قتل|قتلت|قتلوا|مقتل|اصيب|اصيبت|اصابة|جرح|تعذيب|التعذيب|اعدام|اعدم|اعدمت|توفي|وفاة|مصرع)(?![\p{L}])\s+(?:\S+\s+){0,6}?عل[ىي]\s+(?:ايدي|يد)(?![\p{L}])/u;
/**
 * Those the clause counts, hit as its cause (`قتل عنصران من القوات التركية جراء استهدافهم من
 * قبل قوات النظام`): an attack on them, by no weapon named (folded).
 */
const THEY_TARGETED =
  /(?<![\p{L}])(?:جراء|اثر|عقب|بعد|نتيجة|بسبب)\s+(?:ال)?استهداف(?:هم|ه|ها|هما)(?![\p{L}])/u;
/** A clause that opens with what the event before caused (`ما أسفر عن`, `مما أدى إلى`) (folded). */
const OUTCOME_OPENS =
  /^[^\p{L}]*[وف]?(?:ما\s+|مما\s+)?(?:اسفر|اسفرت|ادي|ادت|خلف|خلفت|تسبب|تسببت|اوقع|اوقعت)(?![\p{L}])/u;
/** A clause that opens with its means (`، باستهداف مواقع …`, `وبتدمير …`) (folded). */
const MEANS_FIRST = /^[^\p{L}]*[وف]?ب(?:ال)?(?:استهداف|تدمير)/u;
/**
 * What `استهدف` aims at in no fire: a campaign, a project, aid or vaccines, social media (`حملة
 * تستهدف`, `استهدفت الحملة مواقع التواصل`, `مشروع استهدف قرى`) (folded).
 */
const NOT_FIRE = /حمل[ةه]|مشروع|برنامج|مساعدات|منح[ةه]|توزيع|لقاح|تلقيح|التواصل|الالكتروني/;

/**
 * Fire on forces or on a place told only by `استهدف` (`استهدفت الفصائل مواقع قوات النظام`,
 * `استهدفت قوات النظام بلدة كفرنبل`, `جراء استهداف قوات النظام لبلدة سرمين`), or forces'
 * positions destroyed (`دمرت وحدات من الجيش تحصينات وآليات للمجموعات الإرهابية`): an attack, as
 * generic as one told by `هجوم`. A settlement destroyed is no fire told (`دمرت الحرب المدينة`).
 */
function firedAtForcesOrPlace(text: string): boolean {
  const aimed = text.includes('استهدف') || text.includes('استهداف');
  if (!aimed && !text.includes('دمر') && !text.includes('تدمير')) return false;
  // Strikes named bare (`أن الضربات استهدفت مقرات`) and a means opening a clause (`،
  // باستهداف مواقع تلك القوات`) are read from what the report or the sentence told before.
  if (text.includes('ضرب') || MEANS_FIRST.test(text)) return false;
  // `، ما أسفر عن مقتل 8 عناصر وتدمير عدة آليات`: what the fire told before destroyed.
  if (!aimed && OUTCOME_OPENS.test(text)) return false;
  if (!TARGETED.test(text) || NOT_FIRE.test(text)) return false;
  return hasWord(text, CUES.militaryTarget) || (aimed && SETTLEMENT.test(text));
}

/**
 * A deal reached, not talks held (`اتفق الرئيسان على وقف إطلاق النار`, `توصلت روسيا وتركيا إلى
 * اتفاق`, `وقّعت … مذكرة`, `أبرم الطرفان هدنة`, `دخلت الهدنة حيز التنفيذ`, `أعلنت … عن وقف
 * إطلاق النار`) (folded).
 */
const DEAL =
  /(?<![\p{L}])[وف]?(?:(?:اتفقت|اتفقا|اتفقوا|اتفق)\s+(?:\S+\s+){0,6}?(?:على|علي)|(?:توصلت|توصلا|توصلوا|توصل)\s+(?:\S+\s+){0,5}?(?:الى|الي)\s+(?:ال)?(?:اتفاق|تفاهم|هدن)|(?:وقعت|وقعا|وقعوا|وقع|ابرمت|ابرما|ابرموا|ابرم)\s+(?:\S+\s+){0,5}?(?:ال)?(?:اتفاق|مذكر|هدن|تفاهم)|(?:دخلت|دخل)\s+(?:\S+\s+){0,5}?حيز|(?:اعلنت|اعلنا|اعلنوا|اعلن)\s+(?:\S+\s+){0,5}?(?:عن\s+)?(?:ال)?(?:وقف|هدن))/u;
/** A deal denied or failed just before it (`لم يتوصل الطرفان إلى اتفاق`, `فشلت … في التوصل`). */
const NO_DEAL_BEFORE = /(?<![\p{L}])(?:لم|لن|عدم|دون|فشل\S*)\s+(?:\S+\s+)?$/u;

/**
 * Talks still to come (`محادثات ستعقد الأسبوع المقبل`, `من المقرر أن يجتمع`, `الاجتماع
 * المرتقب`): no event yet. A deal reached that starts later is read before this. Not `القادم`
 * alone (`الوفد القادم من أنقرة` came), nor `المقرر` alone (a UN rapporteur) (folded).
 */
const TALKS_TO_COME =
  /(?<![\p{L}])(?:[وف]?(?:ست|سي)(?:عقد|جري|جتمع|لتقي|بحث|ناقش)\S*|من\s+المقرر|(?:ال)?مرتقب\S*|(?:ال)?مزمع\S*|(?:الاسبوع|الشهر|الايام|العام|الجولة|الجوله|الاجتماع|الاجتماعات|المحادثات|المفاوضات)\s+(?:المقبل|القادم)\S*)(?![\p{L}])/u;

/** The agreement clause tells a deal reached (DEAL), not talks, nor one denied. */
function dealReached(text: string): boolean {
  const m = DEAL.exec(text);
  return m !== null && !NO_DEAL_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index));
}

/** Casualty words: a negation reaching one is about the toll (`لم تسجل إصابات جراء القصف`). */
const CASUALTY = /قتل|قتي|مصرع|استشهاد|شهدا|شهيد|ضحاي|اصاب|جرح|جري|مصاب|خسائر/;
/** Tokens after a negated verb that may hold its event (`لم تشن الطائرات الروسية أي غارات`). */
const NEGATED_REACH = 5;

/** The text from token `from` to token `to` (exclusive), `to` clamped. */
function between(text: string, tokens: readonly Token[], from: number, to: number): string {
  const last = tokens[Math.min(to, tokens.length) - 1];
  return last && from < tokens.length ? text.slice(tokens[from]!.start, last.end) : '';
}

/**
 * Where the event a trigger word governs is told, as a token range, or null when the trigger
 * governs none:
 * - negation + event verb (`لم تشن`, `دون أن تنفذ`): the verb and a few tokens after it, up to a
 *   casualty word (`لم تسجل إصابات جراء القصف` negates the toll, not the shelling);
 * - denial (`نفت … أن تكون قصفت`): the rest of the clause, unless responsibility is what is
 *   denied (`نفت مسؤوليتها عن`): the event stands, the denier is not its actor (actors.ts);
 * - fear (`تخشى الأمم المتحدة من أن يؤدي هجوم واسع`): the rest of the clause;
 * - a call (`داعياً الأطراف إلى الالتزام بوقف إطلاق النار`): the rest of the clause, up to what
 *   moved it (`بعد القصف الذي …`, `إثر`, `جراء`), which is told;
 * - threat or intent (`هددت روسيا بشن غارات`): its object, the first `ب…` word or verbal noun
 *   within three tokens; a light noun (`بشن`, `تنفيذ`) carries the event in the words after it;
 * - an end (`بعد توقف القصف`): the two tokens after it, unless negated (`لم يتوقف`, `دون توقف`);
 * - a bombing foiled (`أحبطت … محاولة تفجير سيارة مفخخة`): five tokens on, when they name a bomb.
 */
/** Words after which a call tells what moved it (folded): `بعد`, `إثر`, `جراء`, `بسبب`. */
const CALLED_AFTER: ReadonlySet<string> = new Set(
  ['بعد', 'إثر', 'اثر', 'عقب', 'جراء', 'بسبب', 'نتيجة', 'وبعد', 'واثر'].map(foldKey),
);

function governedRange(tokens: readonly Token[], i: number): [number, number] | null {
  const t = tokens[i]!.t;
  if (inSet(t, UNTOLD.negation)) {
    let v = i + 1;
    if (t.endsWith('دون') && tokens[v]?.t === 'ان') v++; // `دون أن تنفذ`
    if (!tokens[v] || !UNTOLD.eventVerbs.has(tokens[v]!.t)) return null;
    let end = v + 1;
    while (end < tokens.length && end <= v + NEGATED_REACH && !CASUALTY.test(tokens[end]!.t)) end++;
    return [v, end];
  }
  if (inSet(t, UNTOLD.denial)) {
    for (let k = i + 1; k < tokens.length && k <= i + 4; k++)
      if (UNTOLD.responsibility.has(tokens[k]!.t)) return null;
    return [i + 1, tokens.length];
  }
  if (inSet(t, UNTOLD.fear)) return [i + 1, tokens.length];
  if (inSet(t, UNTOLD.call)) {
    // Up to the event that moved the call (`ناشد الأهالي المنظمات بعد القصف الذي استهدف …`).
    let end = i + 1;
    while (end < tokens.length && !CALLED_AFTER.has(tokens[end]!.t)) end++;
    return [i + 1, end];
  }
  // The fire after it (`توقف القصف المدفعي`), unless negated (`لم يتوقف`, `دون توقف`).
  if (inSet(t, UNTOLD.stop)) {
    const before = tokens[i - 1];
    return before && inSet(before.t, UNTOLD.negation) ? null : [i + 1, i + 3];
  }
  // A bombing foiled (`محاولة تفجير سيارة مفخخة`), a few words on. Not an advance or an attack
  // foiled (`أحبطت الفصائل محاولة تقدم لقوات النظام`): that was a fight.
  if (inSet(t, UNTOLD.foil)) {
    const end = Math.min(tokens.length, i + 6);
    for (let k = i + 1; k < end; k++) if (BOMB_WORD.test(tokens[k]!.t)) return [i + 1, end];
    return null;
  }
  if (inSet(t, UNTOLD.threat)) {
    for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
      const o = tokens[k]!.t;
      if (UNTOLD.lightNouns.has(o)) return [k, k + 4];
      if (o.length > 2 && o[0] === 'ب') return [k, k + 1];
    }
  }
  return null;
}

/** Words of a bombing (folded): `تفجير`, `مفخخة`, `عبوة`, `ناسفة`, `انتحاري`, `لغم`. */
const BOMB_WORD = /تفجير|مفخخ|عبوه|ناسف|انتحاري|الغام|لغم/;

/**
 * What of a clause's events is untold, where a trigger word governs words that tell an event:
 * `'all'` when nothing before the trigger tells one (the clause's event is only negated, denied,
 * threatened or planned); else where that untold event lies, in characters, since an event is
 * told before it (`قصفت قوات النظام البلدة ولم تستهدف …` still tells the shelling); undefined
 * when no trigger governs an event. Called for the few event clauses holding a trigger.
 */
function untoldSpan(text: string): 'all' | [number, number] | undefined {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const range = governedRange(tokens, i);
    if (!range) continue;
    if (cueType(between(text, tokens, range[0], range[1])) === null) continue;
    if (cueType(text.slice(0, tokens[i]!.start)) === null) return 'all';
    const last = tokens[Math.min(range[1], tokens.length) - 1];
    return [tokens[i]!.start, last ? last.end : text.length];
  }
  return undefined;
}

/** A clause restating that violence goes on (`تجدد القصف على مناطق في ريف إدلب`). */
export function isGenericClause(text: string): boolean {
  return hasWord(text, CUES.generic) && /مناطق|المنطقة|المناطق/.test(text);
}

/**
 * An analyst's view or a weapon's description: background, never an incident. `centreSpeaks`:
 * the report's centre is the Russian reconciliation centre, whose `المركز` tells what its side
 * did (`وأوضح نائب رئيس المركز أن الضربات استهدفت …`), no research centre's view.
 */
export function isAnalystSentence(text: string, centreSpeaks = false): boolean {
  return (
    (hasWord(text, centreSpeaks ? RESEARCHER : CUES.analyst) && hasWord(text, CUES.opinion)) ||
    hasWord(text, CUES.description)
  );
}
