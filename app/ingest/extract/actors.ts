import type { Actor, IncidentType } from '../../model';
import {
  ACTOR_WORDS,
  ACTOR_WORDS_SINCE_FALL,
  CUES,
  inSet,
  LAM_AGENT,
  MEMBERS,
  POSTS,
  SOURCES,
  TARGET_BEFORE,
  TARGET_HEADS,
  UNTOLD,
  VICTIMS,
} from './lexicon';
import { VOICE_WORDS, type Voice } from './voices';
import { anyWordCheck, findWords, hasWord, tokenize } from './words';

/** One scan telling whether any actor name may occur in a clause. */
const ANY_ACTOR = anyWordCheck(ACTOR_WORDS.map(([, re]) => re));
const ANY_ACTOR_SINCE_FALL = anyWordCheck(ACTOR_WORDS_SINCE_FALL.map(([, re]) => re));

/** The actor names of a report's day (era.ts), and the scan telling whether any occurs. */
function namesOfDay(sinceFall: boolean) {
  return sinceFall
    ? { table: ACTOR_WORDS_SINCE_FALL, any: ANY_ACTOR_SINCE_FALL }
    : { table: ACTOR_WORDS, any: ANY_ACTOR };
}
/** The same for the names a voice gives (voices.ts). */
const ANY_VOICED = new Map(
  (Object.keys(VOICE_WORDS) as Voice[]).map((v) => [
    v,
    anyWordCheck(VOICE_WORDS[v].map((w) => w.re)),
  ]),
);

/** Words right before a voice's name for people that make them the ones hit (folded). */
const HIT_PEOPLE = /^[وفب]?(?:تحييد|القضاء|عدد|عشرات|العشرات|صفوف|بين)$|^\d/;

/**
 * Whether a name a voice gives (`الإرهابيين`, `الجيش`) is no side of its own here: a side named
 * right after it (`إرهابيي النصرة`, `الجيش التركي`: that side is read), or its people hit
 * (`تحييد 5 إرهابيين`, `مقتل عدد من الإرهابيين`, `أوكار الإرهابيين`) when only who acts counts.
 * The nominative plural (`الإرهابيون`) is a verb's subject: they act.
 */
function voicedButNotActing(
  clean: string,
  hit: { start: number; end: number; people: boolean },
  named: readonly { start: number; voiced: boolean }[],
  whoActs: boolean,
): boolean {
  if (named.some((n) => !n.voiced && n.start >= hit.end && n.start - hit.end <= 2)) return true;
  if (!whoActs || !hit.people || clean.startsWith('ون', hit.end - 2)) return false;
  const before = wordsBefore(clean, hit.start, 5).slice(-3);
  return before.some(
    (w) =>
      VICTIMS.harm.test(w) || HIT_PEOPLE.test(w) || TARGET_HEADS.has(w) || TARGET_BEFORE.has(w),
  );
}

/** The words after `بتهمة` up to a side named in the charge (`بتهمة الانتماء لخلايا`) (folded). */
const CHARGED = new RegExp(`(?<![\\p{L}])بته(?:م|مه|مة)${upToSide(5)}`, 'u');
/** The words after `القبض على` up to a side caught (`القبض على خلية تابعة ل…`) (folded). */
const CAUGHT = new RegExp(`القبض\\s+علي${upToSide(4)}`, 'u');

/**
 * The words after `مخلفات` up to a side (`مستودعاً للأسلحة من مخلفات النظام البائد`): what a
 * side left behind, no side of what is done with it now (folded).
 */
const LEFT_BY = new RegExp(`(?<![\\p{L}])مخلفات${upToSide(1)}`, 'u');

/** Verbs of fire a convoy may be the object of (`قصفت طائرات مسيرة تركية رتلاً لقوات النظام`) (folded). */
const FIRE_VERBS: ReadonlySet<string> = new Set(
  ['قصفت', 'قصف', 'استهدفت', 'استهدف', 'ضربت', 'هاجمت', 'هاجم', 'دمرت', 'دمر'].flatMap((w) => [
    w,
    `و${w}`,
  ]),
);

/** Fire, a few words, then `على` right before a side (one word may stand between) (folded). */
const FIRE_ON =
  /(?<![\p{L}])[وفبل]?(?:ال)?(?:هجوم|هجمات|قصف|غار[ةه]|غارات|استهداف|اعتداء|اعتداءات|ضرب[ةه]|ضربات)(?:\s+\S+){0,5}?\s+علي\s+(?:[^\s،,.]+\s+)?$/u;

/**
 * Up to `most` words of a clause, then the space or quote and the clitics before a side's name
 * that ends the text read (CHARGED, CAUGHT).
 */
function upToSide(most: number): string {
  return `(?:\\s+[^\\s،,.]+){0,${most}}[\\s"“”«»]+[وفبلك]{0,2}$`;
}

/** The security forces named bare (`قوات الأمن`, `قوى الأمن`), with their clitics (folded). */
const BARE_SECURITY = /^[وفبلك]{0,2}(?:قوات|قوي)\s+الامن$/;
/** What may stand between them and the side they belong to: `الداخلي`, a parenthesis. */
const TO_SIDE_NAMED = /^\s+(?:الداخلي\s*)?\(?\s*$/;

/**
 * Whether the security forces named bare are another side's, named right after them (`قوات الأمن
 * الداخلي (الأسايش)`: the SDF's): that side is read, not the state's.
 */
function namedBySideAfter(
  clean: string,
  hit: { start: number; end: number },
  named: readonly { start: number }[],
): boolean {
  if (!BARE_SECURITY.test(clean.slice(hit.start, hit.end))) return false;
  return named.some(
    (n) =>
      n.start > hit.end &&
      n.start - hit.end <= 16 &&
      TO_SIDE_NAMED.test(clean.slice(hit.end, n.start)),
  );
}

/** Blank out attributed sources (same length, so offsets stay valid). */
function blankSources(text: string): string {
  let out = text;
  for (const h of findWords(text, SOURCES))
    out = out.slice(0, h.start) + ' '.repeat(h.end - h.start) + out.slice(h.end);
  return out;
}

/**
 * Whether `ل` + actor names who acts: the words before it, walked back over adjectives and
 * `تابعة`, reach an event noun (`قصف مدفعي لقوات النظام`, `تعزيزات عسكرية لقوات النظام`), or
 * `تابعة` with no target noun before it (`طائرة مسيرة تابعة لقوات النظام`). Otherwise the `ل`
 * marks the target: `قصف فصائل لقوات النظام`, `مواقع تابعة لقوات النظام`.
 */
function lamMarksAgent(before: string[]): boolean {
  let affiliated = false;
  // `وأسقطت مروحية للنظام برميلين`: an aircraft's adjective standing as its noun.
  let aircraft = false;
  for (let k = before.length - 1; k >= 0; k--) {
    const w = before[k]!;
    if (LAM_AGENT.affiliation.has(w)) affiliated = true;
    else if (LAM_AGENT.adjectives.has(w)) aircraft ||= AIRCRAFT_NOUNS.has(w);
    // Adjectives joined by `و` (`قصف مدفعي وصاروخي لقوات النظام`).
    else if (w.length > 3 && w[0] === 'و' && LAM_AGENT.adjectives.has(w.slice(1))) continue;
    // `اعتقل حاجز يتبع لجهاز الأمن العام شابين`: a checkpoint that arrests is the side's.
    else if (affiliated && CHECKPOINTS.has(w) && k > 0 && ARRESTED_VERB.test(before[k - 1]!))
      return true;
    else
      return TARGET_BEFORE.has(w) ||
        TARGET_HEADS.has(w) ||
        isTargetAfterBa(w) ||
        // `معسكر تدريب تابع للفصيل`, `مقر قيادة تابع لـ`: a target named by two nouns.
        (affiliated && k > 0 && TARGET_HEADS.has(before[k - 1]!)) ||
        // `نصبوا كميناً لدورية تابعة للأمن العام`: a patrol after `ل` is what was hit.
        (w.length > 3 && w[0] === 'ل' && CONVOYS.has(w.slice(1)))
        ? false
        : // `استهدفت المقاومة الشعبية رتلاً لقوات الاحتلال التركي`: a convoy hit is the
          // side's, not who fired on it.
          CONVOYS.has(w) &&
            before.slice(0, k).some((b) => VICTIMS.harm.test(b) || FIRE_VERBS.has(b))
          ? false
          : affiliated || aircraft || LAM_AGENT.heads.has(w) || isHeadAfterBaOrLam(w);
  }
  return affiliated || aircraft;
}

/** A checkpoint or a patrol, which arrests as well as it is hit (folded). */
const CHECKPOINTS = new Set(['حاجز', 'دوريه', 'دورية']);

/** The noun of targeting, which takes its object after `ل` (folded). */
const TARGETING = new Set(['استهداف', 'باستهداف', 'الاستهداف', 'بالاستهداف']);

/**
 * `باستهداف صاروخي لقوات النظام على نقطة لهم`: targeting told by its means, with what it hit
 * after `على`, is by the side after `ل`. (`استهداف قوات النظام لنقطة`, `استهداف لمواقع`: the
 * `ل` is the object.)
 */
function targetingBy(before: string[], after: string): boolean {
  let k = before.length - 1;
  while (k >= 0 && LAM_AGENT.adjectives.has(before[k]!)) k--;
  return k >= 0 && k < before.length - 1 && TARGETING.has(before[k]!) && /^\s+علي?\s/.test(after);
}

/** Adjectives of aircraft that also name one (`مروحية`, `مسيرة`) (folded). */
const AIRCRAFT_NOUNS = new Set(['مروحية', 'المروحية', 'مسيرة', 'المسيرة']);

/** A convoy or a patrol: forces on the move, theirs who sent it, unless it was hit (folded). */
const CONVOYS = new Set(['رتل', 'رتلا', 'ارتال', 'دورية', 'دوريات']);

/**
 * A target noun after `ب` (`انفجرت عبوة ناسفة بسيارة عسكرية تابعة للجيش التركي`: the car was
 * theirs, the bomb was not).
 */
function isTargetAfterBa(w: string): boolean {
  return w.length > 3 && w[0] === 'ب' && TARGET_HEADS.has(w.slice(1));
}

/**
 * An event noun after `ب` (`قتل مدنيون بقصف مدفعي لقوات النظام`: the shelling is by them), or
 * after `ل` (`تعرضت بلدة كفرنبل لقصف مدفعي لقوات النظام`, `استجابت فرقنا لقصف …`).
 */
function isHeadAfterBaOrLam(w: string): boolean {
  if (w.length <= 3 || (w[0] !== 'ب' && w[0] !== 'ل')) return false;
  // `للقصف`: `ل` takes the article's alif (`ل` + `القصف`).
  return LAM_AGENT.heads.has(w.slice(1)) || (w[1] === 'ل' && LAM_AGENT.heads.has(`ا${w.slice(1)}`));
}

/**
 * The last `n` words (2, 5, or 6 past `الاحتلال`, 7 past how many) before offset `at`; a word cut at the window's
 * start may be one.
 */
function wordsBefore(text: string, at: number, n: 2 | 5 | 6 | 7): string[] {
  return tokenize(text.slice(Math.max(0, at - (n === 2 ? 25 : n * 10)), at))
    .slice(-n)
    .map((t) => t.t);
}

/**
 * Whether the actor after these words is the victims' side: people (`عنصرين`, `جندي`), maybe
 * followed by `من` or `في`, with a casualty, capture or assassination word at most three words
 * before them (`مقتل عنصرين من هيئة تحرير الشام`, `إصابة 3 جنود أتراك`, `اغتال مسلحون مجهولون
 * قيادياً في فيلق الشام`).
 */
function namesVictims(words: string[]): boolean {
  // `ضابط سابق في قوات النظام`: whom someone once served names their side all the same.
  const before = words.some((w) => FORMER.has(w)) ? words.filter((w) => !FORMER.has(w)) : words;
  let k = before.length - 1;
  // `القيادي في فيلق الشام`: someone's rank in a faction names whom it lost, however far back
  // the verb (`اغتال مسلحون مجهولون، مساء أمس، القيادي في …`).
  if (before[k] === 'في' && k > 0 && RANKS.has(before[k - 1]!)) return true;
  // `قيادياً في فصيل فيلق الشام`, `عنصرين في صفوف قوات النظام`, `عناصر من فصيل أحرار الشام`:
  // the faction's word between.
  if (k > 0 && FACTION_WORDS.has(before[k]!)) {
    k--;
    if (before[k] === 'في' && k > 0 && RANKS.has(before[k - 1]!)) return true;
  }
  if (before[k] === 'من' || before[k] === 'في') k--;
  if (k >= 0 && WANTED.has(before[k]!)) return true;
  if (k < 1 || !VICTIMS.people.has(before[k]!)) return false;
  // Three words back, not counting those of how many (`قُتل أكثر من 80 عنصراً من فيلق الشام`).
  for (let j = k - 1, left = 3; j >= 0 && left > 0; j--) {
    const w = before[j]!;
    // `مقتل شابين برصاص عناصر من الأمن العام`: the people after the fire are who fired it.
    if (FIRED_BY.has(w)) return false;
    if (VICTIMS.harm.test(w) || ARRESTED_VERB.test(w)) return true;
    if (!HOW_MANY.has(w) && !/^\d+$/.test(w)) left--;
  }
  return false;
}

/**
 * `قتل عضو في مكتب العلاقات العامة في الجيش الوطني`: someone of an office of the side (a
 * person, `في`, the office's words, `في`, the side) harmed: the victims' side. The words run
 * up to the `في` before the side; the person and the harm are read as namesVictims reads them.
 */
function memberOfAnOffice(words: string[]): boolean {
  for (let k = words.length - 2; k >= 1 && k >= words.length - 5; k--)
    if (words[k] === 'في' && VICTIMS.people.has(words[k - 1]!))
      return namesVictims(words.slice(0, k));
  return false;
}

/** Words of how many, around a figure (`أكثر من 80`, `نحو 20`, `ما لا يقل عن 5`) (folded). */
const HOW_MANY = new Set([
  // `عدد من` (a number of).
  'عدد',
  'اكثر',
  'اقل',
  'من',
  'نحو',
  'قرابة',
  'حوالي',
  'زهاء',
  'ما',
  'لا',
  'يقل',
  'عن',
]);

/** A state's adjective right after a ministry (`وزارة الدفاع التركية`, `الروسية`) (folded). */
const FOREIGN_AFTER =
  /^\s+(?:ال)?(?:تركي|روسي|امريكي|اميركي|ايراني|اسرائيلي|فرنسي|بريطاني|عراقي|اردني|لبناني)[ةه]?(?![\p{L}])/u;

/** `باستثناء`, `عدا`, `ما عدا`: what the event left out, a few words before a side (folded). */
const EXCEPT_BEFORE = /(?<![\p{L}])(?:باستثناء|عدا)(?:\s+[^\s،,.؛]+){0,5}\s+[وفبلك]{0,2}$/u;
const EXCEPT_HINT = /باستثناء|عدا/;

/** The verb of people's harm right after them and their side (`جنديين تركيين قتلا`) (folded). */
const HARMED_AFTER =
  /^\s+(?:قد\s+)?(?:قتل|قتلا|قتلوا|قتلت|اصيب|اصيبا|اصيبوا|اصيبت|جرح|جرحا|جرحوا|لقي|لقيا|لقوا|استشهد|استشهدا|استشهدوا|قضي|قضيا|قضوا)(?![\p{L}])/u;

/**
 * An arrest verb before the people arrested (`اعتقلت القوات التركية عنصرين من قسد`): their side
 * was arrested. Here only: right before a side (`اعتقل مرتزقة تركيا شاباً`) it is the subject.
 */
const ARRESTED_VERB = /^[وف]?(?:اعتقلت|اعتقل|اعتقلوا)$/;

/**
 * Whether the members right before a side (`عناصر`, `عناصر من`) are the subject of the active
 * verb just before them: `أطلق عناصر هيئة تحرير الشام النار`, `هاجم عناصر من الهيئة`. Their side
 * acts, whatever `عناصر` alone would say of a target or of victims. Verbs whose passive is written
 * with the same letters (`استهدف`, `اعتقل`, `قتل`) are left out: `استُهدف عناصر من الهيئة` were
 * hit (folded).
 */
function membersAsSubject(before: string[], clean: string, end: number): boolean {
  let k = before.length - 1;
  if (before[k] === 'من') k--;
  if (k < 1 || before[k] !== 'عناصر') return false;
  // `اعتقلت عناصر الهيئة الأمنية مواطناً`: an arrest verb, whose passive is written alike, is
  // active when whom it took follows the side (an accusative person).
  return (
    SUBJECT_VERB.test(before[k - 1]!) ||
    (ARRESTED_VERB.test(before[k - 1]!) && ARRESTED_AFTER.test(clean.slice(end, end + 30)))
  );
}
/** Whom an arrest took, right after the side and an adjective of it (folded). */
const ARRESTED_AFTER =
  /^\s+(?:(?:ال)?\S+\s+)?(?:مواطنا|مواطنين|شابا|شابين|شبانا|ناشطا|ناشطين|رجلا|رجلين|طفلا|مدنيا|مدنيين|شخصا|شخصين|اشخاصا|امراه|امراة|سيده|عددا|\d+)(?![\p{L}])/u;
const SUBJECT_VERB =
  /^[وف]?(?:اطلق|اطلقت|اطلقوا|هاجم|هاجمت|هاجموا|اغتال|اغتالت|اغتالوا|فتح|فتحت|فتحوا|داهم|داهمت|داهموا|اقتحم|اقتحمت|اقتحموا|نفذ|نفذت|نفذوا)$/;

/**
 * Words between `في`/`من` and a side that name its ranks or its forces (folded): `في صفوف`, `في
 * فصيل`, `من الجيش التركي` (the side named by its adjective).
 */
const FACTION_WORDS = new Set([
  'صفوف',
  'فصيل',
  'الفصيل',
  // `خمسة عناصر من فصائل المعارضة`: the factions' word before the opposition's name.
  'فصائل',
  'الجيش',
  'القوات',
  'قوات',
  'تنظيم',
  'التنظيم',
  // `قُتل وجُرح عدد من عناصر ميليشيات الأسد`.
  'ميليشيات',
  'ميليشيا',
  'مليشيات',
  'مليشيا',
]);

/** The fire of whom the words after tell (`برصاص عناصر من …`), folded. */
const FIRED_BY = new Set(['برصاص', 'برصاصه', 'بنيران', 'بقذائف', 'بقذيفه', 'بصاروخ']);

/** Members between the fire and their side (`برصاص عناصر من`), folded. */
const FIRING_MEMBERS = new Set(['عناصر', 'من', 'مسلحي', 'مقاتلي', 'جنود', 'دورية', 'حاجز']);

/**
 * Whether the side after these words fired what they name (`مقتل شابين برصاص عناصر من جهاز
 * الأمن العام`): its members, whatever `عناصر` alone would say of a target or of victims.
 */
function firedBy(before: string[]): boolean {
  for (let k = before.length - 1; k >= 0 && k >= before.length - 3; k--) {
    const w = before[k]!;
    if (FIRED_BY.has(w)) return k < before.length - 1;
    if (!FIRING_MEMBERS.has(w)) return false;
  }
  return false;
}

/** What someone once was (`ضابط سابق`), folded. */
const FORMER = new Set(['سابق', 'سابقا', 'السابق', 'سابقين', 'السابقين']);

/**
 * People wanted (`بحثاً عن مطلوبين من فلول النظام`), folded: whom a raid seeks, never who
 * raids, whatever verb comes before.
 */
const WANTED = new Set(['مطلوب', 'مطلوبا', 'مطلوبين', 'المطلوب', 'المطلوبين', 'المتورطين']);

/** Ranks and roles (folded) that, with `في` + a faction, say who someone was. */
const RANKS = new Set([
  ...['الضابط', 'ضابط', 'ضابطا', 'ضباط'],
  'القيادي',
  'قيادي',
  'قياديا',
  'القائد',
  'قائد',
  'قائدا',
  'المسؤول',
  'مسؤول',
  'مسؤولا',
  'الشرعي',
  'الامني',
  'العسكري',
]);

/**
 * Whether the positions or the areas named before the actor are where fire came from (`مصدره
 * مواقع قوات النظام`, `من مواقع قوات النظام`, `مصدرها مناطق سيطرة قوات النظام`): then the actor
 * fired, it was not hit.
 */
function firesFrom(before: string[]): boolean {
  const k = Math.max(before.lastIndexOf('مواقع'), before.lastIndexOf('مناطق'));
  if (k < 1) return false;
  const w = before[k - 1]!;
  return w === 'مصدره' || w === 'مصدرها' || w === 'من';
}

/** Areas or positions a side holds (`مناطق انتشار`, `مواقع تمركز`, `مناطق سيطرة`) (folded). */
const AREAS = new Set(['مناطق', 'مواقع', 'اماكن', 'نقاط']);
const HELD = new Set(['انتشار', 'سيطره', 'سيطرة', 'نفوذ', 'تمركز', 'تواجد', 'وجود']);
/** HELD's literals, after one of AREAS: a cheap pre-check. */
const HELD_HINT = /(?:مناطق|مواقع|اماكن|نقاط)\s+(?:انتشار|سيطر|نفوذ|تمركز|تواجد|وجود)/;

/**
 * Whether the actor is one of the sides whose areas are named a few words before it (`على مناطق
 * انتشار القوات الكردية والنظام`): each side of the list holds what was hit, unless the areas are
 * where the fire came from (firesFrom: `مصدرها مناطق انتشار قسد`).
 */
function heldAreaHit(before: string[]): boolean {
  if (firesFrom(before)) return false;
  for (let k = before.length - 1; k >= 1 && k >= before.length - 5; k--)
    if (HELD.has(before[k]!) && AREAS.has(before[k - 1]!)) return true;
  return false;
}

const SPEAKER_HINT = /قال|اعلن|ذكر|افاد|اكد|صرح|اضاف|زعم|ادع/;
/**
 * A speech verb, who speaks, and the `إن`/`أن` that opens what they say (folded text); a comma
 * between only right before it or around a statement (`أعلن مركز المصالحة الروسي في سوريا، أن`,
 * `أعلنت الوزارة، في بيان، أن`).
 */
const SPEAKER =
  /(?<![\p{L}])[وف]?(?:قال|قالت|اعلن|اعلنت|ذكر|ذكرت|افاد|افادت|اكد|اكدت|صرح|صرحت|اضاف|اضافت|زعم|زعمت|ادعي|ادعت)(?![\p{L}])(?:[^،.؛]|،(?=[^،.؛]{0,30}(?<![\p{L}])ان(?![\p{L}])|\s*في\s+بيان)){0,100}?(?<![\p{L}])ان(?![\p{L}])/u;

/** A patrol or a convoy, bare (`من دورية عسكرية روسية`): hit, when the event is not its move. */
const PATROLS: ReadonlySet<string> = new Set([
  'دوريه',
  'دورية',
  'الدورية',
  'الدوريه',
  'دوريات',
  'الدوريات',
  'رتل',
  'الرتل',
]);

/** Armed men named by no side (`المسلحين`, `الإرهابيين`, `المجموعات المسلحة`) (folded). */
const ARMED_SUBJECT =
  /(?<![\p{L}])(?:ال)?(?:مسلحين|مسلحون|ارهابيين|ارهابيون|مجموعات\s+(?:ال)?مسلح|جماعات\s+(?:ال)?مسلح)/u;

/** A speaker's own forces, by a pronoun (folded): `مقاتليها`, `عناصره`, `قواتها`. */
const OWN_FIGHTERS = /(?<![\p{L}])(?:مقاتلي|عناصر|قوات|وحدات)(?:ها|ه|هم)(?![\p{L}])/u;

/** Verbs of a side telling its own dead (folded; `inSet` reads them after `و` too): `أعلنت`. */
const TELLS = new Set(['اعلن', 'اعلنت', 'اكدت', 'اكد']);
/** Verbs of a side mourning its own dead (folded; as TELLS): `نعت`, `نعى`. */
const MOURNS = new Set(['نعت', 'نعي', 'نعى']);
/** Its own people, after a side (folded): `مقاتليها`, `عناصره`. */
const OWN_PEOPLE =
  /^[^،.؛]{0,60}?(?<![\p{L}])(?:صفوف|عناصر|مقاتلي|قياديي|جنود|افراد)(?:ها|ه|هم)(?![\p{L}])/u;
/**
 * Its own people harmed, told after a side (folded): `مقتل قيادي في صفوفها`, `مصرع ثلاثة من
 * عناصره`, `إصابة عدد من مقاتليها`.
 */
const OWN_LOSS =
  /^[^،.؛]{0,60}?(?<![\p{L}])[وب]?(?:مقتل|مصرع|استشهاد|اصابة|اصابه|جرح|اسر|فقدان)(?![\p{L}])[^،.؛]{0,50}?(?<![\p{L}])(?:صفوف|عناصر|مقاتلي|قياديي|جنود|افراد)(?:ها|ه|هم)(?![\p{L}])/u;

/**
 * A side that tells or mourns its own dead (`أعلنت هيئة تحرير الشام مقتل قيادي في صفوفها بانفجار
 * لغم`): it lost them, it did not act.
 */
function toldOwnLoss(clean: string, at: { start: number; end: number }, near: string[]): boolean {
  const after = clean.slice(at.end, at.end + 160);
  if (near.some((w) => inSet(w, MOURNS))) return OWN_PEOPLE.test(after);
  if (near.some((w) => inSet(w, TELLS)) && OWN_LOSS.test(after)) return true;
  // `أعلنت وزارة الدفاع التركية مقتل جنديين تركيين`: its office tells, and the dead are named
  // by no other side.
  if (!clean.includes('اعلن') && !clean.includes('اكد')) return false;
  const told = wordsBefore(clean, at.start, 5).slice(-3);
  if (!told.some((w) => inSet(w, TELLS))) return false;
  const m = SOLDIERS_LOST.exec(after);
  return m !== null && !(m[1] === 'من' || m[1]?.startsWith('ل'));
}

/**
 * Soldiers lost, told right after a side (`مقتل جنديين تركيين`, `إصابة ثلاثة جنود في`), past a
 * day or a statement set off by commas (`أعلنت وزارة الدفاع التركية، الثلاثاء، مقتل`); group 1
 * the word after them, which may name whose they were (`من قسد`, `لقوات النظام`) (folded).
 */
const SOLDIERS_LOST =
  /^\s*(?:،[^،.؛]{1,30}،\s*)?(?:\S+\s+){0,1}?[وب]?(?:مقتل|مصرع|اصابة|اصابه|جرح|استشهاد)\s+(?:\S+\s+){0,2}?(?:جندي|جنديين|جنديان|جنود|عنصر|عنصرين|عنصران|عناصر|ضابط|ضابطين|ضباط)(?![\p{L}])(?:\s+(\S+))?/u;

/** Words of a side pulling out (folded; as TELLS): `انسحاب الفصائل`, `انسحبت قوات النظام`. */
const PULLED_OUT = new Set(['انسحاب', 'انسحبت', 'انسحب', 'انسحبوا', 'اخلاء']);

/**
 * Words of a government's fall or its head's flight (`منذ سقوط النظام`, `بعد هروب الأسد`,
 * `احتفالاً بسقوط النظام`): the side named after them is a time's landmark, not who acted
 * (folded; `ب`/`ل` + the noun too).
 */
const FELL = new Set(
  ['سقوط', 'اسقاط', 'انهيار', 'رحيل', 'زوال', 'هروب', 'فرار', 'سقط'].flatMap((w) => [
    w,
    `ب${w}`,
    `ل${w}`,
  ]),
);

/** A literal each FELL word holds (folded). */
const FELL_HINT = /سقوط|سقاط|سقط|انهيار|رحيل|زوال|هروب|فرار/;

/** Whether the side named at `start` is named right after a word of FELL (`منذ سقوط النظام`). */
function afterFall(clean: string, start: number): boolean {
  const near = wordsBefore(clean, start, 2);
  const last = near[near.length - 1];
  return last !== undefined && inSet(last, FELL);
}

/**
 * The side that pulled out of ground another took without a fight (`دخلت قوات النظام سراقب بعد
 * انسحاب الفصائل منها`): it gave the ground up, it did not take it. Only for an event of type
 * `other` (ground taken unfought): in a withdrawal told as such, the side pulling out is the actor.
 */
function pulledOut(type: IncidentType | null, near: string[]): boolean {
  return type === 'other' && near.some((w) => inSet(w, PULLED_OUT));
}

/**
 * A side that condemned or protested what the clause tells, or to whom a protest went: `أدانت
 * وزارة الخارجية التركية قصف سراقب`, `احتجت تركيا لدى روسيا على القصف`, `قدمت تركيا احتجاجاً`.
 * It reacted; it did not act. The verb's subject only: no preposition or `ب` + event between the
 * verb and the side (`ندد ناشطون بقصف قوات النظام`: the regime shelled) (folded).
 */
function reactedTo(before: string[], after: string): boolean {
  const last = before[before.length - 1];
  if (last === 'لدي' || last === 'لدى') return true;
  for (let j = before.length - 1; j >= Math.max(0, before.length - 3); j--) {
    const w = before[j]!;
    if (REACT_VERB.test(w)) return true;
    if (w[0] === 'ب' || w[0] === 'ل' || w === 'على' || w === 'علي' || w === 'من') return false;
  }
  return PROTEST_LODGED.test(after);
}
const REACT_HINT = /دان|ندد|استنكر|احتج|شجب/;
const REACT_VERB =
  /^[وف]?(?:ادانت|ادان|ادانوا|نددت|ندد|نددوا|استنكرت|استنكر|استنكروا|احتجت|احتج|احتجوا|شجبت|شجب|شجبوا)$/;
/** `قدمت تركيا احتجاجاً رسمياً`: the side, then its protest (folded). */
const PROTEST_LODGED = /^\s+(?:\S+\s+)?احتجاج/;

/** A denial verb among the words before an actor: `نفت قوات سوريا الديمقراطية مسؤوليتها`. */
function isDenier(before: string[]): boolean {
  return before.some((w) => inSet(w, UNTOLD.denial));
}

/**
 * The actors of a folded clause: who acts, not who is hit, not who reports it and not who
 * denies it. `قصف فصائل لقوات النظام` → opposition (the `ل` marks regime forces as the target;
 * see `lamMarksAgent`). For clashes and agreements both sides are actors, so targets count too.
 *
 * `sinceFall`: the report was written since the fall of Assad's government, whose names
 * (`الجيش السوري`) are the new government's then (era.ts).
 *
 * @example clauseActors(foldKey('قصف فصائل لقوات النظام'), 'shelling') // ['opposition']
 * @example clauseActors(foldKey('قتل عنصران من الأمن العام'), 'attack', undefined, true) // ['government']
 */
/** ARMED_SUBJECT's literals. */
const ARMED_HINT = /مسلح|ارهابي/;

/** A reply to an event (`ردت الفصائل على قصف …`): group 1 runs to the end of who replied. */
const REPLIED_TO =
  /^([^\p{L}]*[وف]?(?:ردت|رد|ردوا)(?:\s+\S+){1,5}?)\s+(?:على|علي)\s+(?:ال)?(?:قصف|غار|هجوم|هجمات|استهداف|اعتداء|اعتداءات|خرق)/u;

/**
 * Who replied, in a clause of a reply to an event (`ردت فصائل المعارضة على قصف …`): their
 * reply is the means a later clause tells (`، باستهداف مواقع تلك القوات …`).
 */
export function replier(text: string, sinceFall = false): Actor[] {
  const reply = mayReply(text) ? REPLIED_TO.exec(text) : null;
  return reply ? clauseActors(reply[1]!, null, undefined, sinceFall) : [];
}

/** A reply's word may be in the text (the rare words' bit, then the literal). */
function mayReply(text: string): boolean {
  return hasWord(text, CUES.rare) && text.includes('رد');
}

/** The reply told as a means (`بقصف مدفعي`, `باستهداف مواقع`) (folded). */
const REPLY_TOLD = /(?<![\p{L}])ب(?:ال)?(?:قصف|استهداف|غار|صواريخ|قذائف|المدفعي|مدفعي|هجوم)/u;

/**
 * A border or territory word right before an adjective of a country (folded). Not its guards
 * (`برصاص حرس الحدود التركي`, `قوات حرس الحدود`): they are the country's forces.
 */
const BORDER_BEFORE = /(?<![\p{L}])(?<!حرس\s+)[وبل]?(?:ال)?(?:حدود|اراضي)\s+$/u;

/** `حرس الحدود التركي`: the border's guards, the country's forces, right before its adjective. */
function bordersGuarded(before: string[]): boolean {
  const guard = before[before.length - 2];
  return before[before.length - 1] === 'الحدود' && guard !== undefined && /^[وب]?حرس$/.test(guard);
}

/** An actor's name found in a clause; `voiced` when its outlet's voice gives it (voices.ts). */
interface Hit {
  actor: Actor;
  start: number;
  end: number;
  clitic: string;
  voiced: boolean;
  people: boolean;
}

/** A backer named next (`المدعومة من`, `المدعومة`, `الموالية`, `المدعومة من النظام التركي`) (folded). */
const BACKED_BY =
  /(?<![\p{L}])(?:ال)?(?:مدعوم|موالي)(?:ة|ه|ين|ون)?\s+(?:من\s+(?:قبل\s+)?)?(?:(?:ال)?(?:نظام|حكوم[ةه]|دول[ةه]|جيش)\s+)?$/u;
/**
 * Support a side gives a fight (`بدعم جوي روسي`, `بإسناد من سلاح الجو الروسي`, `بغطاء ناري من
 * المدفعية التركية`), up to that side (folded).
 */
const SUPPORT_BEFORE =
  /(?<![\p{L}])[وف]?ب(?:دعم|اسناد|غطاء|مساند[ةه]|تغطي[ةه])(?:\s+[^\s،,.]+){0,3}?\s+[وفبلك]{0,2}$/u;

export function clauseActors(
  text: string,
  type: IncidentType | null,
  voice?: Voice,
  sinceFall = false,
): Actor[] {
  const voiced = voice !== undefined && (ANY_VOICED.get(voice)?.test(text) ?? true);
  const { table, any } = namesOfDay(sinceFall);
  if (any && !any.test(text) && !voiced) return [];
  // `ردت فصائل المعارضة على قصف مدفعي لقوات النظام استهدف بلدة قسطون`: who replied did not
  // fire what it replied to; its reply is told after (`، باستهداف مواقع تلك القوات`).
  const reply = mayReply(text) ? REPLIED_TO.exec(text) : null;
  // Unless the reply is told in this clause (`ردت الفصائل على قصف قوات النظام بقصف مدفعي …`):
  // then the sides of what it replied to, between, are none of its own (`ردت الفصائل على الغارات
  // الروسية باستهداف مواقع …`: not Russia).
  if (reply) {
    const end = reply.index + reply[1]!.length;
    const means = REPLY_TOLD.exec(text.slice(reply.index + reply[0].length));
    if (!means) {
      const rest = clauseActors(`${' '.repeat(end)}${text.slice(end)}`, type, voice, sinceFall);
      if (rest.length) return rest;
    } else {
      const from = reply.index + reply[0].length + means.index;
      const own = `${text.slice(0, end)}${' '.repeat(from - end)}${text.slice(from)}`;
      return clauseActors(own, type, voice, sinceFall);
    }
  }
  const clean = blankSources(text);
  // Areas a side holds are named in few clauses: the words before each actor are read for them
  // only then (heldAreaHit tokenises a window per actor).
  const heldHint = HELD_HINT.test(clean);
  const hits: Hit[] = [];
  for (const [actor, re] of table) {
    for (const h of findWords(clean, re))
      hits.push({
        actor,
        start: h.start,
        end: h.end,
        clitic: h.clitic,
        voiced: false,
        people: false,
      });
  }
  if (voiced && voice)
    for (const { actor, re, people } of VOICE_WORDS[voice])
      for (const h of findWords(clean, re))
        hits.push({ actor, start: h.start, end: h.end, clitic: h.clitic, voiced: true, people });
  // Longest match wins where names overlap (`الجيش السوري الحر` over `الجيش السوري`).
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  let kept: typeof hits = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  // `قال رئيس مركز المصالحة الروسي إن مسلحي الهيئة قصفوا`: the speaker is no actor when what
  // they say names one; `أعلنت وزارة الدفاع التركية أنها قصفت` names none after, and keeps it.
  // Only a clause naming two actors or more can have a speaker apart from what they say.
  // One actor named may be a speaker only of what "the militants" did (below).
  const said =
    (kept.length > 1 || (kept.length === 1 && ARMED_HINT.test(clean))) && SPEAKER_HINT.test(clean)
      ? SPEAKER.exec(clean)
      : null;
  // Unless what they say is of their own fighters (`قالت الفصائل إن مقاتليها صدّوا هجوماً`).
  if (said && !OWN_FIGHTERS.test(clean.slice(said.index + said[0].length))) {
    const end = said.index + said[0].length;
    // Nor is the speaker the actor of what "the militants" did (`أعلن مركز المصالحة الروسي أن
    // المسلحين … قصفوا بلدات …`): a side it names only by that word, unknown here.
    if (kept.some((h) => h.start >= end) || ARMED_SUBJECT.test(clean.slice(end)))
      kept = kept.filter((h) => h.start >= end || h.end <= said.index);
  }
  const bothSides = type === 'clash' || type === 'agreement';
  /** Forces deployed reach posts (POSTS) rather than hit them. */
  const reached = type === 'deployment';
  // Denial verbs are among the `untold` cues, whose bits the clause's classification read.
  const mayDeny = hasWord(text, CUES.untold);
  const reacts = REACT_HINT.test(clean);
  const actors = new Set<Actor>();
  const border = hasWord(text, CUES.rare) && (text.includes('حدود') || text.includes('اراضي'));
  const patrolHit =
    type !== 'deployment' && type !== null && (clean.includes('دوري') || clean.includes('رتل'));
  // `على يد`/`على أيدي` told at all (most clauses do not): then who acted may follow it.
  const hands = HANDS.test(clean);
  // A fall told at all (most clauses tell none): then a side may be named only as fallen.
  const fallTold = FELL_HINT.test(clean);
  for (const h of kept) {
    // `قرب الحدود التركية`, `داخل الأراضي التركية`: a place, whatever the event.
    if (border && BORDER_BEFORE.test(clean.slice(Math.max(0, h.start - 18), h.start))) continue;
    if (h.voiced && voicedButNotActing(clean, h, kept, !bothSides)) continue;
    if (h.actor === 'government' && namedBySideAfter(clean, h, kept)) continue;
    // `وزارة الدفاع التركية`: another state's ministry, named by its adjective.
    if (h.actor === 'government' && FOREIGN_AFTER.test(clean.slice(h.end, h.end + 14))) continue;
    // `النظام التركي`: SANA's word for Ankara's government, not Damascus's.
    if (h.actor === 'regime' && FOREIGN_AFTER.test(clean.slice(h.end, h.end + 14))) continue;
    // `الفصائل المدعومة من تركيا`, `الموالية لتركيا`: the factions' backer, no side of their
    // fight (as `Turkish-backed` in English); Iran's militias and Russia's air force are.
    if (h.actor === 'turkey' && BACKED_BY.test(clean.slice(Math.max(0, h.start - 30), h.start)))
      continue;
    // `ألقت … القبض على خلية تابعة لفلول النظام`: whom they caught is no side of the arrest.
    if (clean.includes('القبض') && CAUGHT.test(clean.slice(Math.max(0, h.start - 50), h.start)))
      continue;
    // `ضبطت مستودعاً للأسلحة من مخلفات النظام البائد`: who left it is no side of its seizure
    // (a mine left behind that blew up is still theirs).
    if (
      type !== 'explosion' &&
      clean.includes('مخلفات') &&
      LEFT_BY.test(clean.slice(Math.max(0, h.start - 30), h.start))
    )
      continue;
    // `اعتقلت 12 شخصاً بتهمة الانتماء لخلايا تنظيم الدولة`: what they are charged with names no
    // side of the arrest.
    if (clean.includes('بته') && CHARGED.test(clean.slice(Math.max(0, h.start - 60), h.start)))
      continue;
    if (fallTold && afterFall(clean, h.start)) continue;
    // `سيطرت الفصائل على كامل مدينة حلب باستثناء الأحياء الخاضعة لسيطرة قسد`: the side that
    // holds what was left out is no side of the event.
    if (
      EXCEPT_HINT.test(clean) &&
      EXCEPT_BEFORE.test(clean.slice(Math.max(0, h.start - 60), h.start))
    )
      continue;
    if (bothSides && !mayDeny) {
      // `وسيطرت على قرية كنصفرة، بدعم جوي روسي مكثف`: air or fire support lends the fight no
      // side (as a clause of support does not, extractIncidents).
      if (type === 'clash' && SUPPORT_BEFORE.test(clean.slice(Math.max(0, h.start - 40), h.start)))
        continue;
      actors.add(h.actor);
      continue;
    }
    const near = wordsBefore(clean, h.start, 2);
    const last = near[near.length - 1];
    // `لإرهابيي النصرة`: the `ل` on the word for its members; also before `الاحتلال`, a
    // side's word for Turkey (`رتلاً لقوات الاحتلال التركي`).
    const occupier = last === 'الاحتلال' && near.length === 2;
    const memberWord = occupier ? near[0] : last;
    const members =
      memberWord !== undefined && memberWord[0] === 'ل' && MEMBERS.has(memberWord.slice(1));
    const lam = h.clitic.endsWith('ل') || members;
    // Two words back tell a target (`مواقع قوات النظام`). A `ل` + actor, a denier, victims or a
    // target that may be a launch site need five: `قصف مدفعي لقوات النظام`, `نفت وزارة الدفاع
    // الروسية`, `مقتل 3 عناصر من الهيئة`, `مصدره مواقع قوات النظام`. Most hits need two only.
    const wide =
      lam ||
      mayDeny ||
      last === 'من' ||
      last === 'في' ||
      (last !== undefined && (VICTIMS.people.has(last) || FACTION_WORDS.has(last))) ||
      near.some((w) => TARGET_BEFORE.has(w));
    const before = wide ? wordsBefore(clean, h.start, occupier ? 6 : 5) : near;
    if (mayDeny && isDenier(before.slice(-3))) continue;
    if (
      reacts &&
      reactedTo(wide ? before : wordsBefore(clean, h.start, 5), clean.slice(h.end, h.end + 40))
    )
      continue;
    if (!bothSides) {
      if (
        membersAsSubject(before, clean, h.end) ||
        (hands && atTheHands(wordsBefore(clean, h.start, 5)))
      ) {
        actors.add(h.actor);
        continue;
      }
      if (firedBy(before)) {
        actors.add(h.actor);
        continue;
      }
      // `قُتل أكثر من 80 عنصراً من فصيل …`: how many may take the verb out of five words.
      if (
        namesVictims(before) ||
        ((last === 'من' || FACTION_WORDS.has(last ?? '')) &&
          namesVictims(wordsBefore(clean, h.start, 7))) ||
        (last === 'في' && memberOfAnOffice(wordsBefore(clean, h.start, 7)))
      )
        continue;
      // `إن جنديين تركيين قتلا …`: people of the side, then the verb of their harm.
      if (
        last !== undefined &&
        VICTIMS.people.has(last) &&
        HARMED_AFTER.test(clean.slice(h.end, h.end + 24))
      )
        continue;
      // `في هجوم جوي لقوات النظام السوري على القوات التركية`: whom the fire was on.
      if (near.includes('علي') && FIRE_ON.test(clean.slice(Math.max(0, h.start - 70), h.start)))
        continue;
      if (toldOwnLoss(clean, h, near)) continue;
      if (pulledOut(type, near)) continue;
      // `بالدورية الروسية التركية`: two words back reach the carrier over the first adjective.
      if (before.slice(-2).some((w) => VICTIMS.carriers.has(w))) continue;
      // `انفجرت عبوة ناسفة بالقرب من دورية عسكرية روسية تركية`: the patrol hit is theirs.
      if (
        patrolHit &&
        wordsBefore(clean, h.start, 5)
          .slice(-3)
          .some((w) => PATROLS.has(w))
      )
        continue;
      const target = lam
        ? !lamMarksAgent(members ? before.slice(0, occupier ? -2 : -1) : before) &&
          !targetingBy(before, clean.slice(h.end, h.end + 8))
        : (before.slice(-2).some((w) => TARGET_BEFORE.has(w) && !(reached && POSTS.has(w))) ||
            (heldHint && heldAreaHit(wordsBefore(clean, h.start, 7)))) &&
          !firesFrom(before) &&
          !bordersGuarded(before) &&
          // `مع غارات روسية`: the side names the event right before it, whoever it met.
          !(last !== undefined && LAM_AGENT.heads.has(last));
      if (target) continue;
    }
    actors.add(h.actor);
  }
  // `الطيران الحربي الروسي والسوري`: the Syrian air force named by its adjective alone, after
  // Russia's, struck with it.
  // `قوات الحلف السوري الروسي`: the two as one alliance, as the Syrian Network names them.
  if (
    actors.has('russia') &&
    clean.includes('سوري') &&
    (JOINT_AIR.test(clean) || ALLIANCE.test(clean))
  )
    actors.add(sinceFall ? 'government' : 'regime');
  return [...actors].sort();
}

/**
 * Russian and Syrian aircraft or strikes named as one (`الطائرات الحربية السورية والروسية`,
 * `غارات جوية روسية وسورية`) (folded).
 */
const JOINT_AIR =
  /(?:طيران|طائرات|مقاتلات|الطيران|الطائرات|المقاتلات|غارات|الغارات|غار[ةه]|الغار[ةه]|ضربات|الضربات)\s+(?:ال)?(?:(?:حربي|جوي)[ةه]?\s+)?(?:(?:ال)?روسي[ةه]?\s+و(?:ال)?سوري[ةه]?|(?:ال)?سوري[ةه]?\s+و(?:ال)?روسي[ةه]?)(?![\p{L}])/u;

/** The Syrian-Russian alliance named as one (`قوات الحلف السوري الروسي`) (folded). */
const ALLIANCE =
  /(?<![\p{L}])(?:ال)?(?:حلف|تحالف)\s+(?:(?:ال)?سوري[ةه]?\s+[-–]?\s*(?:ال)?روسي|(?:ال)?روسي\s+[-–]?\s*(?:ال)?سوري)(?![\p{L}])/u;

/** `على يد`, `على أيدي` in a folded clause. */
const HANDS = /علي (?:يد|ايدي)(?![\p{L}])/u;

/**
 * Whether the side after these words is the one at whose hands something was done (`على يد
 * هيئة تحرير الشام`, `على يد عناصر من الهيئة`, `على أيدي مسلحين من …`): who acted, whatever
 * `عناصر` alone would say of victims (folded).
 */
function atTheHands(before: string[]): boolean {
  // Folded text writes `على` as `علي`.
  for (let k = before.length - 1; k >= 1 && k >= before.length - 4; k--) {
    const w = before[k]!;
    if ((w === 'يد' || w === 'ايدي') && before[k - 1] === 'علي') return true;
  }
  return false;
}

/**
 * `الأخيرة`/`الأخير` ("the latter") as a verb's subject (`فيما ردت الأخيرة بقصف`, `ورد الأخير`):
 * the word before it is a verb, which carries no `ال` and ends in the feminine `ت` (not a plural
 * `ات`: `الساعات الأخيرة`, `قوات الأخيرة`) or is one of the masculine verbs reports use there.
 */
const LATTER = /(?<![\p{L}\p{N}])الاخير[ةه]?(?![\p{L}\p{N}])/u;
const LATTER_VERBS = new Set(['رد', 'قام', 'قصف', 'شن', 'استهدف', 'دفع', 'هاجم', 'اعلن', 'نفذ']);

/** Whether a folded clause has "the latter" as the subject of its verb (see LATTER). */
export function saysTheLatter(text: string): boolean {
  const m = LATTER.exec(text);
  if (!m) return false;
  const words = tokenize(text.slice(Math.max(0, m.index - 20), m.index));
  const raw = words[words.length - 1]?.t;
  if (!raw) return false;
  const verb = raw[0] === 'و' || raw[0] === 'ف' ? raw.slice(1) : raw;
  if (verb.startsWith('ال')) return false;
  return (verb.endsWith('ت') && !verb.endsWith('ات')) || LATTER_VERBS.has(verb);
}

/**
 * The actor named last in a folded text, whatever its part (acting or hit): what "the latter"
 * refers to. `استهدفت الفصائل مواقع لقوات النظام` → regime.
 *
 * @example lastNamedActor(foldKey('استهدفت الفصائل مواقع لقوات النظام')) // 'regime'
 */
export function lastNamedActor(text: string, sinceFall = false): Actor | undefined {
  const { table, any } = namesOfDay(sinceFall);
  if (any && !any.test(text)) return undefined;
  const clean = blankSources(text);
  let best: { actor: Actor; start: number; end: number } | undefined;
  // The latest start wins; at one start the longest name (`الجيش السوري الحر`).
  for (const [actor, re] of table)
    for (const h of findWords(clean, re))
      if (!best || h.start > best.start || (h.start === best.start && h.end > best.end))
        best = { actor, start: h.start, end: h.end };
  // A name inside a longer one that started earlier is part of it: `الجيش السوري الحر`
  // holds `الجيش السوري` only at its own start, which the rule above already prefers.
  return best?.actor;
}
