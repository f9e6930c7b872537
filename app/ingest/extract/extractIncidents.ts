import type {
  Actor,
  Article,
  IncidentFeature,
  IncidentProperties,
  IncidentType,
  PlaceMention,
  TimePrecision,
} from '../../model';
import { TOLL_TYPE, VIOLENT_TYPES } from '../../model';
import { MentionsBySpan } from '../geocode/mentionsBySpan';
import { FoldBuffers, foldedSlice, foldKey, foldText } from '../reports/arabic';
import { addDays, daysBetween, isoDate } from '../reports/reportDates';
import { sentenceSpans, startOfSentenceAt } from '../text/sentences';
import { clauseActors, lastNamedActor, replier, saysTheLatter } from './actors';
import { areasToldWhere, WHERE_TOLD } from './areaThenWhere';
import { areaOfCampaign, asCampaignToll, asToll, lastAreaBefore } from './campaign';
import {
  AFTER_WITHDRAWAL,
  type Classified,
  classifyClause,
  isAnalystSentence,
  isGenericClause,
  protestDispersed,
  UNFOUGHT,
} from './classify';
import { bracketFigure, clauseSpans, joinPlaceLists, type Span } from './clauses';
import { convoyOnward } from './convoyOnward';
import {
  type Count,
  droneStrikes,
  injuredCount,
  killedCount,
  listGoesOn,
  listOpens,
  ownHarmEnding,
  strikeCount,
  tollToldBefore,
} from './counts';
import { daysLater, daysRunAt, type EventDate, findEventDate, mayBeRange } from './dates';
import { daySummaries, SUMS_UP } from './daySummary';
import { alsoPlace, incidentDraft, namesASide, sidesLent } from './draft';
import { FALL_OF_ASSAD, writtenSinceFall } from './era';
import { CUES, inSet, UNTOLD } from './lexicon';
import { mergeIncidents } from './merge';
import { readNumber } from './numbers';
import { areaHolding, COUNTRY_ID, leaveTheOthers } from './others';
import {
  isCareGoal,
  isOrigin,
  isRetreatGoal,
  isRoadEnd,
  isSpecific,
  isWayGoal,
  namesPlaceOf,
  PlaceHints,
  targetPlaces,
} from './places';
import { type PlacedDraft, shareRetoldPlaces, tellsFireAgain } from './retold';
import { movedAlong } from './route';
import { tollsAhead } from './tollAhead';
import { outletVoice, type Voice } from './voices';
import { hasWord, knowWordsFromParts, tokenize } from './words';

type ArticleIn = Pick<Article, 'id' | 'body' | 'date' | 'outlet'>;

/**
 * A clause that goes on with the event the sentence before told: `كما` (also) leads it, or it
 * names that event with the article (`طال القصف`, `استهدفت الغارات`, `أن الضربات استهدفت`, `أن
 * التعزيزات تمركزت في`) or who did it as the same (`وشنت الطائرات ذاتها غارات`), as told already, or
 * another of its kind (`وكان رتل آخر قد دخل`, `وتعرضت قرى … لقصف مماثل`, `لقصف صاروخي مماثل`)
 * (folded).
 */
const GOES_ON =
  /^(?:[وف]?كما|وكذلك|كذلك)(?![\p{L}])|(?<![\p{L}])(?:القصف|الغارات|الغارة|الضربات|الضربة|الاشتباكات|المعارك|القذائف|الصواريخ|الاستهداف|التعزيزات|الرتل|الارتال|الحشود|الدوري[ةه]|(?:الطائرات|الطائرة|الطيران|المروحيات|المقاتلات|القوات)\s+(?:ذات|نفس)(?:ها|ه)|(?:رتل|رتلا|تعزيزات)\s+(?:اخر|اخري|جديد|جديدة)|[لب]?(?:قصف|غارات|غارة|قذائف|هجمات|هجوم|استهداف)\s+(?:\S+\s+)?(?:مماثل|مشابه)(?:ة|ه)?)(?![\p{L}])/u;

/** GOES_ON's literals, without its word bounds: a cheap necessary condition for it. */
const GOES_ON_HINT =
  /كما|كذلك|القصف|الغار|الضرب|الاشتباكات|المعارك|القذائف|الصواريخ|الاستهداف|تعزيزات|رتل|الارتال|الحشود|الدوري|ذات|نفس|مماثل|مشابه/;
function tellsGoingOn(text: string): boolean {
  return GOES_ON_HINT.test(text) && GOES_ON.test(text);
}

/**
 * Whether a sentence goes on with an event (GOES_ON), and the kind of event it names (`وأسفر
 * القصف`: shelling), if it names one: null when it does not go on.
 */
function kindGoneOn(text: string): { kind: string | undefined } | null {
  const m = GOES_ON_HINT.test(text) ? GOES_ON.exec(text) : null;
  if (!m) return null;
  const w = m[0];
  if (w.includes('غار')) return { kind: 'airstrike' };
  if (/قصف|قذائف|صواريخ/.test(w)) return { kind: 'shelling' };
  // `وترافقت الاشتباكات مع قصف …`: fighting named again lends its sides, not its day (a fight
  // told `منذ منتصف ليل الجمعة – السبت` runs into the report's day).
  if (/اشتباكات|معارك/.test(w)) return null;
  if (/تعزيزات|رتل|ارتال|حشود|دوري/.test(w)) return { kind: 'deployment' };
  return { kind: undefined };
}

/** `وتأتي هذه التعزيزات`, `يأتي ذلك`: a clause naming again what was told (folded). */
const NAMED_AGAIN = /^[وف]?(?:تاتي|ياتي|جاءت|جاء)\s+(?:هذه|هذا|ذلك|تلك)(?![\p{L}])/u;
/**
 * What NAMED_AGAIN says came after, told as an event of its own, not named with the article as
 * one told already (`وجاء ذلك بعد ساعات من قصف مدفعي استهدف مدينة دارة عزة`, `يأتي ذلك عقب
 * غارات روسية على …`): from where the event's words begin (folded).
 */
const CAME_AFTER =
  /^[وف]?(?:تاتي|ياتي|جاءت|جاء)\s+(?:هذه|هذا|ذلك|تلك)\s+(?:[\p{L}]+\s+){0,2}?(?:بعد|عقب|اثر)\s+(?:(?:[\p{L}\d]+\s+){1,3}?(?:علي\s+)?من\s+)?(?!ال)(?=[\p{L}])/u;

/**
 * How many days before the event it names again (`وجاء القصف`, `ويأتي ذلك`) a clause says what
 * it came after was, and how surely (folded): `بعد يوم من` 1, `بعد يومين من` 2, `بعد 3 أيام من`
 * 3, `بعد ساعات من` 0, each to the day; `بعد أسبوع من` about 7 (precision 2); undefined for
 * anything else (`بعد أيام من`: no day).
 *
 * @example daysCameAfter(foldKey('وجاء القصف بعد يوم من هجوم')) // { days: 1, precision: 1 }
 */
export function daysCameAfter(
  folded: string,
  bare = false,
): { days: number; precision: TimePrecision } | undefined {
  const m = (bare ? AFTER_BY : CAME_AFTER_BY).exec(folded);
  if (!m) return undefined;
  const [, unit, figure] = m;
  if (figure) return Number(figure) <= 7 ? { days: Number(figure), precision: 1 } : undefined;
  if (unit === 'اسبوع') return { days: 7, precision: 2 };
  return { days: unit === 'يوم' ? 1 : unit === 'يومين' ? 2 : 0, precision: 1 };
}
/** NAMED_AGAIN, or the event named with the article, then `بعد` + how long + `من` (folded). */
const CAME_AFTER_BY =
  /^[وف]?(?:تاتي|ياتي|جاءت|جاء)\s+(?:هذه|هذا|ذلك|تلك|ال\p{L}+)\s+(?:[\p{L}]+\s+){0,2}?(?:بعد|عقب)\s+(?:(يوم|يومين|ساعات|ساع[ةه]|ساعتين|دقائق|اسبوع)|(\d)\s+(?:ايام))\s+(?:فقط\s+)?(?:علي\s+)?من(?![\p{L}])/u;

/** Fire told as like the fire before (`بقصف مماثل`, `بغارات مماثلة`, `في هجوم مماثل`) (folded). */
const SIMILAR_FIRE =
  /(?<![\p{L}])[وبل]?(?:ال)?(?:قصف|غار[ةه]|غارات|هجوم|هجمات|استهداف|ضرب[ةه]|ضربات)\s+(?:ال)?مماثل(?:[ةه]|ين)?(?![\p{L}])/u;

/**
 * How long after, opening a clause with no verb of coming (`، وذلك بعد يوم من مقتل 5 مدنيين
 * بقصف على بلدة معرشورين`, `، بعد يومين من …`) (folded): said of the clause before it.
 */
const AFTER_BY =
  /^[وف]?(?:ذلك\s+)?(?:بعد|عقب)\s+(?:(يوم|يومين|ساعات|ساع[ةه]|ساعتين|دقائق|اسبوع)|(\d)\s+(?:ايام))\s+(?:فقط\s+)?(?:علي\s+)?من(?![\p{L}])/u;

/**
 * Whether a clause opening NAMED_AGAIN names only what was told: not when what it came after is
 * an event of its own (CAME_AFTER).
 */
function namesOnlyWhatWasTold(folded: string): boolean {
  if (!NAMED_AGAIN.test(folded)) return false;
  const after = CAME_AFTER.exec(folded);
  return !after || !classifyClause(folded.slice(after[0].length));
}
/** A natural disaster (folded): `الزلزال`, `هزة أرضية`, `الفيضانات`, `السيول`. */
const DISASTER =
  /(?<![\p{L}])[وبل]?(?:ال)?(?:زلزال|زلازل|هز[ةه]\s+ارضي[ةه]|هزات\s+ارضي[ةه]|فيضان|فيضانات|سيول)(?![\p{L}])/u;

/** A concession opening a clause (`رغم`, `بالرغم من`, `على الرغم من`) (folded). */
const CONCESSION = /^[وف]?(?:ب?الرغم|رغم|علي\s+الرغم)(?![\p{L}])/u;
/** `رداً على …` opening a clause: the motive, not another event (folded, tanween dropped). */
const IN_REPLY = /^[وف]?ردا\s+عل[ىي](?![\p{L}])/u;

/** Events ending this long before the report are background (last year's battle, an earlier deal). */
const BACKGROUND_DAYS = 180;
/** An event dated to a span longer than this (a year) is a state of things, not an incident. */
const LONGEST_EVENT_DAYS = 366;
/**
 * Whether a pluperfect's date tells one event of the recent past: a day, or a week at most that
 * ended before the report (`وكانت امرأة قد قتلت الأسبوع الماضي بانفجار قنبلة`), or a third of a
 * month (`وكانت قوات النظام قد قصفت بلدة كنصفرة أواخر الشهر الماضي`). Not a period going on to
 * the report's day (`وكانت قوات النظام قد صعدت قصفها منذ أسبوع`): a campaign.
 */
function datedPast(date: EventDate | undefined, report: string): boolean {
  if (!date) return false;
  if (date.kind === 'day') return true;
  const end = date.dateEnd ?? date.date;
  const longest = date.kind === 'month' ? THIRD_OF_MONTH_DAYS : 7;
  return end < report && daysBetween(date.date, end) <= longest;
}
/** The most days between the first and last of a month's third (`أواخر الشهر`: the 21st to 31st). */
const THIRD_OF_MONTH_DAYS = 10;

/**
 * The pluperfect `وكانت ... قد` tells what had happened before: background. The subject may take
 * six words (`وكانت طائرات حربية يرجح أنها روسية قد استهدفت`).
 */
const PLUPERFECT = /(?<![\p{L}])و?كان(?:ت|وا)?\s+(?:[\p{L}]+\s+){0,6}قد(?![\p{L}])/u;

/**
 * The day of the event of `type` that a clause of the sentence before told at one of `places`
 * (the places of the sentence asking), to the day (a day the text states, not the report's).
 */
function dayToldBefore(
  type: IncidentType,
  places: readonly PlaceMention[],
  before: readonly Clause[],
): string | undefined {
  if (!places.length) return undefined;
  for (const b of before) {
    if (b.cls?.type !== type) continue;
    for (const d of b.drafts)
      if (
        d.timePrecision === 1 &&
        !d.dateEnd &&
        !d.dateFromReport &&
        places.some((m) => m.placeId === d.placeId)
      )
        return d.date;
  }
  return undefined;
}

/** A side falling back (`انسحبت … نحو`, `تراجعت إلى`) (folded). */
const FELL_BACK =
  /(?<![\p{L}])[وف]?(?:انسحبت|انسحب|انسحبوا|تراجعت|تراجع|تراجعوا)(?![\p{L}])(?:\s+\S+){0,5}?\s+(?:نحو|باتجاه|الي|الى|صوب)(?![\p{L}])/u;

/**
 * Blame for an event (folded): `حمّل X المسؤولية عن القصف`, `اتهم X بتنفيذه`, `اتهمت X بقصف`;
 * group 1 is the words naming who is blamed.
 */
const BLAMED =
  /(?<![\p{L}])[وف]?(?:حمل|حملت|حملوا|يحمل|تحمل|اتهم|اتهمت|اتهموا|يتهم|تتهم)(?![\p{L}])((?:\s+\S+){1,9}?)\s+(?:المسؤولي[ةه]\s+(?:الكامل[ةه]\s+)?عن|مسؤولي[ةه]|ب(?:تنفيذ|قصف|استهداف|شن|ارتكاب|اطلاق|الوقوف)\S*)(?![\p{L}])/u;

/**
 * The event told before named again with its source (`فإن القصف مصدره قوات النظام المتمركزة في
 * بلدة أبو الظهور`): a blame as BLAMED's, group 1 the words naming the side (folded).
 */
const SOURCED =
  /(?<![\p{L}])(?:[وف]?ان\s+)?ال(?:قصف|قذائف|صواريخ|استهداف)\s+(?:\S+\s+){0,2}?مصدر(?:ه|ها)((?:\s+\S+){1,4})/u;

/**
 * A clause blaming a side for an event: the clause tells no event of its own (the event blamed
 * is told already), and the side blamed becomes the actor of the events its sentence, or else
 * the sentence before, told with no side. One side only: `اتهمت دمشق وأنقرة …` stays unread.
 */
function blame(
  c: Clause,
  clauses: readonly Clause[],
  before: Clause | undefined,
  launchSite: (m: PlaceMention) => boolean,
): void {
  const m = BLAMED.exec(c.folded) ?? SOURCED.exec(c.folded);
  if (!m) return;
  let blamed = clauseActors(m[1]!, null, c.voice, c.sinceFall);
  // `وحمّلت أنقرة النظام السوري المسؤولية`: the verb's subject, then whom it blamed (not two
  // subjects joined by `و`: `اتهمت دمشق وأنقرة …` stays unread).
  if (blamed.length === 2) {
    const words = m[1]!.trim().split(/\s+/);
    for (let k = 1; k <= 3 && k < words.length; k++) {
      if (words[k]!.startsWith('و')) break;
      const object = clauseActors(words.slice(k).join(' '), null, c.voice, c.sinceFall);
      if (object.length === 1) {
        blamed = object;
        break;
      }
    }
  }
  if (c.cls && !classifyClause(c.folded.slice(0, m.index))) c.cls = null;
  const at = clauses.indexOf(c);
  // `…، مشيراً إلى أنه نُفّذ براجمات الصواريخ من مواقعها في بلدة معرة حرمة`: told after the
  // blame with only where it was fired from, the event blamed is told again.
  for (const n of clauses.slice(at + 1))
    if (
      n.cls &&
      FIRE_OR_ATTACK.has(n.cls.type) &&
      n.mentions.length &&
      n.mentions.every(launchSite)
    )
      n.cls = null;
  if (blamed.length !== 1) return;
  const own = clauses.slice(0, at).filter((n) => n.cls && FIRE_OR_ATTACK.has(n.cls.type));
  const events = own.length ? own : before ? [before] : [];
  for (const e of events) {
    if (e.actors.length === 0 || (e.actors.length === 1 && e.actors[0] === 'unknown')) {
      e.borrowed = blamed;
      for (const d of e.drafts) if (d.actors.every((a) => a === 'unknown')) d.actors = blamed;
    }
  }
}
const FIRE_OR_ATTACK: ReadonlySet<string> = new Set([
  'airstrike',
  'shelling',
  'attack',
  'explosion',
]);

/** An event told before, named with the article as what caused something (folded). */
const RETOLD =
  /(?<![\p{L}])[وف]?(?:القصف|الغارات|الغارة|الهجوم|الاستهداف|القذائف|الضربات|الضربة|الانفجار)\s+(?:\S+\s+)?(?:لم\s+)?(?:يسفر|تسفر|اسفر|اسفرت|ادي|ادت|يؤد|تؤد|تسبب|تسببت|خلف|خلفت)(?![\p{L}])/u;

/** Fire told at an area on a stated day with its toll (see leadOf). */
interface Lead {
  /** Its incident at the area. */
  draft: IncidentProperties;
  /** The areas it was told at: its parts are at towns in them. */
  areas: PlaceMention[];
  actors: Actor[];
  /**
   * The day its parts take; none when it was told over the past day (`خلال الـ 24 ساعة
   * الماضية`): its parts keep their own day, which lies in it.
   */
  day: string | undefined;
  /** The dead and hurt its parts told so far. */
  dead: number;
  hurt: number;
}

/**
 * The lead a sentence's clauses tell, if any: violent fire told at an area (not a town) on a
 * day the text states, with its toll (`قتل 18 مدنياً بقصف جوي روسي على مدن وبلدات محافظة إدلب
 * أمس`). News lead with the day's sum and then tell its parts town by town: those are of its day
 * and its side (and when it sums the day up, daySummaries counts it apart from them).
 */
function leadOf(clauses: readonly Clause[]): Lead | undefined {
  for (const c of clauses) {
    // `… على ريفي إدلب وحلب الغربي …، قتل فيها 3 مدنيين`: the toll is at one of its areas.
    const d = c.drafts.find((x) => x.fatalities !== null || x.injuries !== null);
    if (!d || !c.cls || !VIOLENT_TYPES.has(c.cls.type) || d.geoPrecision === 1) continue;
    const areas = c.mentions.filter((m) => !isSpecific(m));
    if (!areas.some((m) => m.placeId === d.placeId)) continue;
    const onADay = d.timePrecision === 1 && !d.dateEnd && !d.dateFromReport;
    // `استجابت فرقنا لـ 12 هجوماً … خلال الـ 24 ساعة الماضية`: the Civil Defence's day, told as
    // the day gone by; or its day left untold, when the lead says it sums up.
    const pastDay = d.dateEnd !== undefined && daysBetween(d.date, d.dateEnd) <= 1;
    if (!onADay && !pastDay && !(d.dateFromReport && SUMS_UP.test(c.folded))) continue;
    const day = onADay ? d.date : undefined;
    return { draft: d, areas, actors: c.actors, day, dead: 0, hurt: 0 };
  }
  return undefined;
}

/**
 * Whether a clause tells a part of the lead's fire (`وقتل 15 منهم بغارة على سوق شعبي في مدينة
 * إدلب، فيما قتل ثلاثة آخرون بقصف على بلدة سرمين`): violent fire with a toll no larger than
 * what the lead's parts told so far have left of it, at towns in its areas, and no day of its
 * own or its sentence's.
 */
function partOfLead(
  lead: Lead,
  c: Clause,
  sDate: SentenceDate,
  sMentions: readonly PlaceMention[],
): boolean {
  if (!c.cls || !VIOLENT_TYPES.has(c.cls.type) || (!c.killed && !c.injured)) return false;
  if (c.killed && (lead.draft.fatalities ?? 0) < lead.dead + c.killed.value) return false;
  if (c.injured && (lead.draft.injuries ?? 0) < lead.hurt + c.injured.value) return false;
  if (c.knownDayOwn() || sDate.date) return false;
  // `ففي مدينة دارة عزة، قتل رجل … بقصف مدفعي`: the town opens the sentence in a clause of its own.
  const towns = (c.mentions.length ? c.mentions : sMentions).filter(isSpecific);
  return towns.length > 0 && towns.every((m) => areaHolding(lead.areas, m) !== undefined);
}

/** A clause that is a reply's means (`، باستهداف مواقع تلك القوات …`) (folded). */
const REPLY_MEANS = /^[^\p{L}]*ب(?:ال)?(?:قصف|استهداف|غار|صواريخ|قذائف|هجوم)/u;

/**
 * A clause opening with a place told as living with an event as a rule, in the present (`وتشهد
 * مدينة إدلب فلتاناً أمنياً تتخلله عمليات اغتيال`, `تشهد بلدات جبل الزاوية قصفاً شبه يومي`,
 * `وتتعرض القرى لقصف متكرر`): a state of things, no incident of a day (folded). Not a town so
 * described after its event (`قصفت … بلدة كفرنبل التي كانت تتعرض لقصف يومي`).
 */
const AS_A_RULE =
  /^[^\p{L}]*[وف]?(?:تشهد|يشهد|تتعرض|يتعرض|تعاني|يعاني)(?![\p{L}])[^.]*?(?<![\p{L}])(?:متكرر[ةه]?|متكررا|شبه\s+يومي[ةه]?|يومي[ةه]?|يوميا|بين\s+الحين\s+والاخر|باستمرار|فلتانا?|انفلاتا?)(?![\p{L}])/u;
/** AS_A_RULE's literals: a cheap necessary condition for it. */
const AS_A_RULE_HINT = /متكرر|يومي|الحين|باستمرار|فلتان|فلات/;
/** A period told only as long (`منذ أشهر`, `منذ سنوات`): no day (folded). */
const LONG_SINCE =
  /(?<![\p{L}])منذ\s+(?:اشهر|شهور|سنوات|سنين|اعوام|اسابيع|فتر[ةه]|مد[ةه]|زمن)(?![\p{L}])/u;

/** A relative clause of what used to happen (`التي كانت تنطلق منها`) (folded). */
const HABITUAL =
  /(?<![\p{L}])(?:التي|الذي|الذين|اللتين|اللذين)\s+كان(?:ت|وا)?\s+(?:\S+\s+)?[تي]\S{2,}/u;

/**
 * Forces arriving or taking up positions, told after the deployment they belong to; also what
 * they did next, told after `قبل أن` (`سلك الرتل الطريق الدولي باتجاه أريحا، قبل أن يتمركز في
 * محيط بلدة النيرب`: where the convoy ended up was lost) (folded).
 */
const ARRIVED =
  /(?<![\p{L}])(?:[وف]?(?:وصلت|وصل|وصلوا|دخلت|دخل|تمركزت|تمركز|تمركزوا|انتشرت|انتشروا|توجهت|توجه|توجهوا|اتجهت|اتجه|اتجهوا)|قبل\s+ان\s+(?:يتمركز|تتمركز|يتمركزوا|يصل|تصل|يصلوا|يدخل|تدخل|ينتشر|تنتشر|ينتشروا|يتجه|تتجه|يستقر|تستقر))(?![\p{L}])/u;

/**
 * A clause telling what the event it names again led to (`وأسفر العدوان عن`, `وأدى القصف إلى`,
 * `وخلفت الغارات`) (folded).
 */
const RESULT_OF_NAMED =
  /^[^\p{L}]*[وف]?(?:اسفر|اسفرت|ادي|ادت|خلف|خلفت|تسبب|تسببت)\s+ال(?:عدوان|قصف|غارات|غار[ةه]|هجوم|هجمات|استهداف|ضربات|انفجار|تفجير)(?![\p{L}])/u;

/**
 * A clause telling what the event before it led to (`ما أدى لمقتل امرأة … في بلدة كنصفرة`,
 * `مما أسفر عن`) (folded): where it tells its dead fell, the event struck too.
 */
const RESULT_TOLD =
  /^[^\p{L}]*[وف]?(?:ما|مما)\s+(?:ادي|ادت|اسفر|اسفرت|تسبب|تسببت|خلف|خلفت)(?![\p{L}])/u;

/**
 * The fronts of a fight named by the fight, not a place (`على محاور القتال`, `جبهات القتال`,
 * `خطوط التماس`, `محاور الاشتباكات`) (folded).
 */
const THE_FRONTS =
  /(?<![\p{L}])[وفبل]?(?:ال)?(?:محاور|محور|جبهات|جبه[ةه]|خطوط|خط|نقاط)\s+(?:ال)?(?:قتال|اشتباك|اشتباكات|معارك|مواجهات|تماس)(?![\p{L}])/u;

/**
 * The place of the last fight the report told (its first evidence's mention), for fire told on
 * "the fronts" in a sentence that names none; undefined when no fight was told.
 */
function placeOfLastFight(
  drafts: readonly { p: IncidentProperties }[],
  mentions: readonly PlaceMention[],
): PlaceMention | undefined {
  for (let k = drafts.length - 1; k >= 0; k--) {
    const p = drafts[k]!.p;
    if (p.type !== 'clash') continue;
    const at = p.evidence[0]?.placeStart;
    return mentions.find((m) => m.start === at && m.placeId === p.placeId);
  }
  return undefined;
}

/**
 * A clause that only names a fight's side, cut off from it by a comma (`بين قوات النظام من جهة،
 * وهيئة تحرير الشام من جهة أخرى`): that side is the fight's, not the clause's own.
 */
function sideCutOff(c: Clause): boolean {
  return c.cls === null && c.folded.includes('من جهة');
}

/** A clause of circumstances (folded): `وسط مخاوف …`, `وسط تهديدات …`. */
const AMID = /^[وف]?وسط(?![\p{L}])/u;

/** Losses inflicted (`وكبدتهم خسائر فادحة`, `ملحقة بهم`, `تكبيد`) at a clause's start (folded). */
const INFLICTED =
  /^[^\p{L}]*[وف]?(?:كبدت|كبد|كبدوا|كبدتهم|كبدها|كبدهم|تكبيد\p{L}*|مكبد\p{L}*)(?![\p{L}])/u;

/** Destruction told by its bare noun at a clause's start (`وتدمير آليات`, `وإعطاب دبابة`) (folded). */
const DESTRUCTION = /^[^\p{L}]*[وف]?(?:تدمير|اعطاب|تدميره|تدميرها)(?![\p{L}])/u;

/** A claim of an event told before (`، تبنته هيئة تحرير الشام`, `وتبنت … الهجوم`) (folded). */
const CLAIMED =
  /^[^\p{L}]*[وف]?(?:تبنته|تبنتها|تبناه|تبناها|تبنت|تبني|تبنوا|اعلنت\s+مسؤوليتها|اعلن\s+مسؤوليته)(?![\p{L}])/u;

/** A clause opening with a speech verb (`أعلن مركز المصالحة الروسي في سوريا`) (folded). */
const SPEECH_OPENS =
  /^[^\p{L}]*[وف]?(?:قال|قالت|اعلن|اعلنت|ذكر|ذكرت|افاد|افادت|اكد|اكدت|صرح|صرحت|اضاف|اضافت|اوضح|اوضحت)(?![\p{L}])/u;
/** What a speaker says, opened by `أن`/`إن` with no pronoun of its own (`، أن الإرهابيين`) (folded). */
const THAT_OPENS = /^[^\p{L}]*[وف]?ب?ان(?![\p{L}])/u;

/**
 * A bombardment told as from the air and the ground at once (`لقصف جوي ومدفعي`, `قصفاً جوياً
 * وصاروخياً`, `القصف الجوي والبري`), or by the guns and the aircraft that fired, a few words
 * apart (`قصفت مدفعية قوات النظام والطائرات الحربية الروسية`, `الطيران الروسي ومدفعية النظام`)
 * (folded).
 */
const AIR_AND_GROUND =
  /(?<![\p{L}])[وبل]?(?:ال)?(?:قصف|قصفا)\s+(?:ال)?(?:جوي|جويا)\s+و(?:ال)?(?:مدفعي|صاروخي|بري|مدفعيا|صاروخيا|بريا)(?![\p{L}])|(?<![\p{L}])(?:ال)?مدفعي[ةه]\s+(?:\S+\s+){0,3}?و(?:ال)?(?:طائرات|طيران|مقاتلات)(?![\p{L}])|(?<![\p{L}])(?:ال)?(?:طائرات|طيران|مقاتلات)\s+(?:\S+\s+){0,3}?و(?:ال)?مدفعي[ةه](?![\p{L}])/u;

/** A clause opening with the other side's pulling out (`، بعد انسحاب الفصائل منهما`) (folded). */
const WITHDRAWAL_OPENS =
  /^[^\p{L}]*[وف]?(?:بعد|عقب|اثر)\s+(?:ان\s+)?(?:انسحاب|انسحبت|انسحب|انسحبوا)(?![\p{L}])/u;
/** A clause opening with the deal something is done under (`بموجب اتفاق روسي-تركي`) (folded). */
const UNDER_DEAL =
  /^[^\p{L}]*[وف]?(?:بموجب|وفق|وفقا\s+ل|ضمن|تنفيذا\s+ل)\s*(?:ال)?اتفا(?:ق|قي[ةه])/u;

/** What drove a side out, after its withdrawal (`… منها إثر القصف`, `جراء`, `بسبب`, `تحت`) (folded). */
const DROVE_OUT = /(?<![\p{L}])(?:اثر|جراء|بسبب|تحت)\s+(?:ال)?(?:قصف|غار|ضرب|هجوم|هجمات)/u;

/**
 * A place described by who took or lost it (`التي سيطرت عليها الفصائل أمس`, `التي دخلتها`,
 * `التي انسحبت منها`) (folded): the verb takes the place back as a pronoun, so that forces
 * described by what they did (`الرتل الذي دخل أمس`) are not.
 */
const PLACE_PAST =
  /(?<![\p{L}])(?:التي|الذي)\s+(?:كانت\s+|كان\s+)?(?:(?:سيطرت|سيطر|سيطروا)\s+علي(?:ها|ه)|(?:انسحبت|انسحب|انسحبوا)\s+من(?:ها|ه)|(?:دخلت|دخل|دخلو|اقتحمت|اقتحم|اقتحمو|حررت|حرر|حررو|استعادت|استعاد|استعادو|انتزعت|انتزع|خسرت|خسر)(?:ها|ه))(?![\p{L}])[^،,.؛]*/gu;

/** PLACE_PAST's verbs (a cheap necessary condition: most sentences hold none). */
const PLACE_PAST_HINT = /سيطر|دخل|استعاد|انتزع|حرر|خسر|اقتحم|انسحب/;

/** Whether a sentence may describe a place by who took or lost it (PLACE_PAST). */
function describesPlacePast(sentence: string): boolean {
  return (
    (sentence.includes('التي') || sentence.includes('الذي')) &&
    PLACE_PAST_HINT.test(sentence) &&
    // `search`, not `test`: PLACE_PAST is global (withoutPlacePast replaces every match).
    sentence.search(PLACE_PAST) >= 0
  );
}

/**
 * What had happened before the event, told after it (`…، بعد أن كانت قوات النظام قد سيطرت
 * عليها في السادس من الشهر الجاري`) (folded): its day is not the sentence's.
 */
const HAD_BEFORE = /(?<![\p{L}])بعد\s+ان\s+كان(?:ت|وا)?\s+(?:[\p{L}]+\s+){0,6}?قد\s[^،,.؛]*/gu;

/** A sentence with HAD_BEFORE blanked out, offsets kept (for its day only). */
function withoutHadBefore(folded: string): string {
  return folded.includes('بعد ان')
    ? folded.replace(HAD_BEFORE, (m) => ' '.repeat(m.length))
    : folded;
}

/** A clause with PLACE_PAST blanked out, offsets kept. */
function withoutPlacePast(folded: string): string {
  return folded.replace(PLACE_PAST, (m) => ' '.repeat(m.length));
}

/** A clause told as what came at the same time (`بالتزامن مع`, `تزامناً مع`) (folded). */
const CONCURRENT = /^[^\p{L}]*[وف]?(?:بالتزامن|تزامنا)(?![\p{L}])/u;

/** `وسط مخاوف …` (amid), not `وسط (قرية) أطمة` (in the middle of a place: a place follows). */
function isAmid(c: Clause): boolean {
  if (!AMID.test(c.folded)) return false;
  const first = c.mentions[0];
  return !first || first.start - c.start > 12;
}

/** A clause saying where the event before it centred or reached (folded). */
const CENTRED =
  /^[وف]?(?:حيث\s+)?(?:تركز|تركزت|تركزا|شمل|شملت|طال|طالت|امتدت|امتد|امتدا|توسعت|توسع)(?![\p{L}])/u;
/** A clause that opens with the fronts a fight was on (`على محاور …`, `على جبهة …`) (folded). */
const FRONTS_TOLD = /^[^\p{L}]*[وف]?علي\s+(?:محاور|محور|جبهات|جبه[ةه]|خطوط|خط)(?![\p{L}])/u;
/**
 * More places the same fire or fighting hit, added after it (`…، إضافة إلى مستودع للذخيرة في
 * محيط مدينة معرة النعمان`, `فضلاً عن مواقع قرب بلدة حلفايا`), or the next of its targets
 * (`استهدفت مقرات في بلدة كفردريان، ومعسكراً في محيط بلدة سرمدا`) (folded).
 */
const ADDED =
  /^[^\p{L}]*(?:[وف]?(?:اضافة|بالاضافة|فضلا)\s+(?:الي|الى|عن)(?![\p{L}])|و(?:مقر|موقع|مواقع|معسكر|مستودع|نقاط|نقطة|تجمع|مرابض|منصات|حاجز|حواجز)\S*\s)/u;
/**
 * Strikes named bare (`أن الضربات استهدفت تجمعات للمسلحين …`), with what they hit: air strikes
 * in a report that tells of strikes from the air (AIR_REPORT) (folded).
 */
const BARE_STRIKES =
  /(?<![\p{L}])[وف]?(?:ال)?(?:ضربات|ضربة)\s+(?:\S+\s+){0,2}?(?:استهدفت|طالت|دمرت|اصابت)(?![\p{L}])/u;
const AIR_REPORT = /غار[ةا]|طيران|طائرات|مقاتلات|القوات\s+الجوي|سلاح\s+الجو|ضربات\s+جوي/;
/**
 * A clause going on with the event before at the next place, its verb left out (`، ثم على مدينة
 * حماة`, `، ثم مدينة سرمين`, `، وعلى بلدة كفرنبل`) (folded).
 */
const THEN_AT =
  /^[^\p{L}]*(?:ثم\s+(?:علي\s+|الي\s+)?|وعلي\s+)(?:ال)?(?:مدين|بلد|قري|مدن|مخيم|احياء|حي(?![\p{L}]))/u;
/**
 * A clause going on with the event before at a place named bare after `وعلى` or `ثم على`
 * (`سقطت قذائف على قرية الغدفة ومعصران، وعلى تل طوقان`): nothing between them but the word.
 */
function thenAtName(body: string, clauseStart: number, first: PlaceMention): boolean {
  if (first.start - clauseStart > 12) return false;
  return /^[^\p{L}]*(?:ثم\s+(?:علي|الي)|وعلي)\s+$/u.test(
    foldKey(body.slice(clauseStart, first.start)),
  );
}
/** Events a clause of ADDED places goes on with. */
const ADDS_TO: ReadonlySet<string> = new Set(['airstrike', 'shelling', 'clash']);

/** Assassination verbs and nouns, and an attempt at one (which kills no one for certain). */
const ASSASSINATED = /(?<![\p{L}])[وف]?(?:اغتال|اغتالت|اغتالوا|اغتيل|اغتيلت|اغتيال)(?![\p{L}])/u;
const ATTEMPT = /محاول/;
/**
 * A clause that only goes on to say where fire told before it fell (`قصف مدفعي مصدره …،
 * استهدف الأحياء السكنية في مدينة مارع`): a targeting verb with no subject of its own.
 */
const FELL_ON = /^[^\p{L}]*[وف]?(?:حيث\s+)?(?:استهدف|استهدفت|طال|طالت)(?![\p{L}])/u;
const FIRE_TOLD: ReadonlySet<string> = new Set(['airstrike', 'shelling']);

/** The government's side and its allies: fighting among them alone is never told. */
const GOVERNMENT_CAMP: ReadonlySet<Actor> = new Set<Actor>(['regime', 'russia', 'iran']);
function oneCamp(actors: readonly Actor[]): boolean {
  return actors.length > 0 && actors.every((a) => GOVERNMENT_CAMP.has(a));
}
/** HTS and the other factions: one side in a fight with a third (`مع الهيئة والفصائل`). */
const FACTIONS_CAMP: ReadonlySet<Actor> = new Set<Actor>(['hts', 'opposition']);
/** Fighting between the sides it names (`بين الهيئة وحركة أحرار الشام`, `الاقتتال`). */
const BETWEEN = /(?<![\p{L}])(?:بين|اقتتال|الاقتتال)(?![\p{L}])/u;

/**
 * The camp a clash's named actors all belong to, when they may be one side of it: the
 * government's, or the factions' unless the clause says they fought each other.
 */
function sideCamp(actors: readonly Actor[], clause: string): ReadonlySet<Actor> | undefined {
  if (oneCamp(actors)) return GOVERNMENT_CAMP;
  if (actors.length > 1 && actors.every((a) => FACTIONS_CAMP.has(a)) && !BETWEEN.test(clause))
    return FACTIONS_CAMP;
  return undefined;
}

const NEUTRALISED = /(?<![\p{L}])[وف]?(?:تحييد|حيدت)/u;
const TURKISH_MOD = /وزار[ةه]\s+الدفاع\s+التركي/;
/** The Russian defence ministry or its reconciliation centre, named (folded). */
const RUSSIAN_MOD =
  /وزار[ةه]\s+الدفاع\s+الروسي|مركز\s+(?:ال)?مصالح[ةه]\s+(?:الروسي|في\s+(?:قاعد[ةه]\s+)?حميميم)/;
/**
 * The ministry's or centre's own words: its spokesman or the body itself says (`وقال المتحدث
 * باسم الوزارة … إن`, `وأوضح نائب رئيس المركز أن`), or goes on saying (`وأضاف أن`) (folded).
 */
const SAYS =
  /(?<![\p{L}])[وف]?(?:قال|اضاف|اوضح|اكد|اشار|ذكر|افاد|اعلن)\S*\s+(?:(?:\S+\s+){0,8}?(?:الوزار[ةه]|المركز|المتحدث|البيان)(?:\s+\S+){0,4}?\s+)?ان(?![\p{L}])/u;

/** A clause that is only the weapon used (`، بالمدفعية الثقيلة.`) (folded). */
const INSTRUMENT_ONLY =
  /^[^\p{L}]*ب(?:ال)?(?:مدفعي|قذائف|قذيف|صواريخ|راجمات|رشاشات|طيران|طائرات|طائر|براميل|مسير)\S*(?:\s+[^\s.،,؛;:]+){0,3}[^\p{L}]*$/u;

/** The strength classify.ts gives an attack told by `هجوم` alone. */
const GENERIC_ATTACK = 0.7;

/** The first Russian air strikes in Syria. */
const RUSSIA_JOINED = '2015-09-30';
/** Barrel bombs (`برميل متفجر`, `البراميل`) (folded). */
const BARRELS = /برميل|براميل/;

const TERRORISTS =
  /(?<![\p{L}])[وفبل]?(?:ال)?(?:ارهابي|ارهابيي|ارهابيين|ارهابيون|تنظيمات\s+(?:ال)?ارهابي|مجموعات\s+(?:ال)?ارهابي|جماعات\s+(?:ال)?ارهابي)/u;
const MERCENARIES = /(?<![\p{L}])[وفبل]?(?:ال)?مرتزق/u;

/**
 * The side a one-sided clash fought, when the sentence names it only by the word each side
 * uses for the other; undefined when it does not, or the side could be either.
 */
function unnamedFoe(actors: readonly Actor[], sentence: string): Actor | undefined {
  if (oneCamp(actors)) return TERRORISTS.test(sentence) ? 'opposition' : undefined;
  if (actors.length !== 1) return undefined;
  if (actors[0] === 'turkey') return TERRORISTS.test(sentence) ? 'sdf' : undefined;
  if (actors[0] === 'sdf') return MERCENARIES.test(sentence) ? 'opposition' : undefined;
  return undefined;
}

/** Whether a place's name is part of a body's (`مركز حميميم للمصالحة`). */
function namesABody(body: string, m: PlaceMention): boolean {
  return body.startsWith(' للمصالحة', m.end) || body.startsWith(' لمصالحة', m.end);
}

/** A clause of support (`بإسناد من سلاح الجو الروسي`, `بدعم من`, `بغطاء ناري`) (folded). */
const SUPPORT = /^[^\p{L}]*[وف]?ب?(?:اسناد|دعم|مساند[ةه]|غطاء|تغطي[ةه])(?![\p{L}])/u;

/**
 * Whether a clause tells a deal, or speaks of one and tells no other event; not a side said to
 * breach it (`خرقت قوات النظام وقف إطلاق النار مجدداً، واستهدفت …`: who breached it fired).
 */
function speaksOfADeal(c: Clause): boolean {
  if (c.cls ? c.cls.type !== 'agreement' : !hasWord(c.folded, CUES.agreement)) return false;
  return !(c.folded.includes('خرق') || c.folded.includes('انتهك')) || !BREACHED.test(c.folded);
}
/** A side breaching a deal by a verb (`خرقت`, `انتهكت`) (folded). */
const BREACHED = /(?<![\p{L}])[وف]?(?:خرق|خرقت|خرقوا|انتهك|انتهكت|انتهكوا)(?![\p{L}])/u;

/**
 * Whether an earlier clause can lend its actors to a clause naming none: it names some, and
 * not as support (`أحكمت وحدات من الجيش، بإسناد من سلاح الجو الروسي، سيطرتها … بعد اشتباكات`:
 * the fighting is the army's, not the air force's).
 */
function namesActingSide(c: Clause): boolean {
  return actingSides(c).length > 0 && !SUPPORT.test(c.folded);
}

/**
 * The sides a clause tells acting: its event's, or, for a protest a side dispersed (`فرّقت عناصر
 * من الهيئة متظاهرين بالقوة، واعتقلت ثلاثة منهم`), that side, which the clause after it goes on
 * with (the arrest was no one's).
 */
function actingSides(c: Clause): Actor[] {
  return c.cls?.event === 'protest' && protestDispersed(c.folded) ? c.sides : c.actors;
}

/** Take draft `d` out of its clause and out of the report's drafts. */
function dropDraft(c: Clause, drafts: { p: IncidentProperties }[], d: IncidentProperties): void {
  c.drafts.splice(c.drafts.indexOf(d), 1);
  const at = drafts.findIndex((x) => x.p === d);
  if (at >= 0) drafts.splice(at, 1);
}

/**
 * Drop the attack drafts of clauses that only tell where a sentence's air strike or shelling
 * fell, at a place that fire is drafted at already: one event, not a second, vaguer one. Its
 * toll, if the fire has none, goes to the fire.
 */
function dropRetoldFire(clauses: readonly Clause[], drafts: { p: IncidentProperties }[]): void {
  const fires = clauses.filter((o) => o.cls && FIRE_TOLD.has(o.cls.type)).flatMap((o) => o.drafts);
  if (!fires.length) return;
  for (const c of clauses) {
    if (c.cls?.type !== 'attack' || !c.drafts.length || !FELL_ON.test(c.folded)) continue;
    for (const d of [...c.drafts]) {
      const fire = fires.find((x) => x.placeId === d.placeId && x.date === d.date);
      if (!fire) continue;
      fire.fatalities ??= d.fatalities;
      fire.injuries ??= d.injuries;
      dropDraft(c, drafts, d);
    }
  }
}

/** A toll told as risen (`وارتفع إلى 8 عدد الشهداء`, `ارتفعت حصيلة …`) (folded). */
const RISEN_COUNT =
  /(?<![\p{L}])[وف]?(?:ارتفع|ارتفعت)\s+(?:\S+\s+){0,3}?(?:ال)?(?:عدد|حصيل[ةه])(?![\p{L}])/u;
/** How many of the report's latest drafts a risen toll looks back over for its fire. */
const RISEN_LOOKBACK = 200;
/** The fire named as told already, by no side (`جراء القصف على جرجناز`) (folded). */
const THE_FIRE = /(?<![\p{L}])[وفب]?(?:ال|لل)(?:قصف|غارات|غار[ةه]|ضربات|استهداف)(?![\p{L}])/u;

/**
 * `وارتفع إلى 8 عدد الشهداء المدنيين جراء القصف على جرجناز`: the toll, risen, of fire the report
 * told already at that place on that day (an air strike on Jarjanaz), not a second event of no
 * side: its figures join that fire's, the sentence its evidence too.
 */
function joinRisenToll(clauses: readonly Clause[], drafts: { p: IncidentProperties }[]): void {
  for (const c of clauses) {
    if (!c.cls || !FIRE_TOLD.has(c.cls.type) || !c.drafts.length || c.actors.length) continue;
    if (!THE_FIRE.test(c.folded)) continue;
    for (const d of [...c.drafts]) {
      // The latest such fire, among the last drafts only: a report of thousands of risen tolls
      // must not cost their square.
      let fire: IncidentProperties | undefined;
      for (let k = drafts.length - 1; k >= Math.max(0, drafts.length - RISEN_LOOKBACK); k--) {
        const x = drafts[k]!.p;
        if (
          x !== d &&
          !c.drafts.includes(x) &&
          x.placeId === d.placeId &&
          x.date === d.date &&
          FIRE_TOLD.has(x.type)
        ) {
          fire = x;
          break;
        }
      }
      if (!fire) continue;
      if (d.fatalities != null) fire.fatalities = Math.max(fire.fatalities ?? 0, d.fatalities);
      if (d.injuries != null) fire.injuries = Math.max(fire.injuries ?? 0, d.injuries);
      fire.evidence.push(...d.evidence);
      dropDraft(c, drafts, d);
    }
  }
}

/**
 * `… بقصف على أطراف مدينة جسر الشغور. وأوضح المرصد أن القذائف سقطت على قرية الكندة …`: the
 * drafts of fire told again (retold.ts) take the place of the event of the sentence before, or
 * give it theirs, so that the two merge and the toll is counted once.
 */
function shareRetold(
  clauses: readonly Clause[],
  before: readonly Clause[],
  drafts: readonly PlacedDraft[],
  mentionsBefore: readonly PlaceMention[],
): void {
  const entry = (p: IncidentProperties) => drafts.find((x) => x.p === p);
  const again = clauses
    .filter(
      (c) => c.drafts.length && c.cls && FIRE_TOLD.has(c.cls.type) && tellsFireAgain(c.folded),
    )
    .flatMap((c) => c.drafts.map(entry))
    .filter((x) => x !== undefined);
  if (!again.length) return;
  const firsts = before.flatMap((c) => c.drafts.map(entry)).filter((x) => x !== undefined);
  const areaOf = (d: PlacedDraft) => {
    const at = d.p.evidence[0]!.placeStart;
    return mentionsBefore.find((m) => m.start === at && m.placeId === d.p.placeId)?.area;
  };
  shareRetoldPlaces(again, firsts, areaOf);
}

/** Events of fire from a distance, which have a launch site apart from where they struck. */
const FIRE_TYPES: ReadonlySet<string> = new Set(['airstrike', 'shelling', 'attack']);
/** `بين الطرفين`, `بين الجانبين`: the two sides told before (folded). */
const BOTH_SIDES = /بين\s+(?:ال)?(?:طرفين|جانبين)(?![\p{L}])/u;

/**
 * A death or an injury of no fighting, in a clause that tells no event: drowned (`قضى طفل غرقاً`),
 * a road accident (`إثر حادث سير`), electrocuted, an illness, an epidemic (`إصابة بفيروس كورونا`),
 * the cold. Its casualties are no toll of the conflict. Not a fire, which shelling may have lit
 * (folded).
 */
const MISHAP =
  /(?<![\p{L}])(?:[وفب]?(?:ال)?غرق(?:ا|ه|ها)?|حادث\s+(?:سير|مروري|مرور)|حوادث\s+(?:ال)?(?:سير|مرور)|[وفب]?(?:ال)?صعق(?:ة|ا)?|[وفب]?(?:ال)?مرض|[وفب]?(?:ال)?جلطة|(?:ال)?برد\s+(?:ال)?(?:شديد|قارس)|[وفب]?(?:ال)?(?:كورونا|كوفيد|فيروس|الفيروس|وباء|الوباء|جائحة|الجائحة|كوليرا|الكوليرا))(?![\p{L}])/u;
const MISHAP_HINT = /غرق|حادث|حوادث|صعق|مرض|جلطة|برد|كورونا|كوفيد|فيروس|وباء|جائح|كوليرا/;

/** Cheap pre-check: most clauses name no casualties, so the token-level readers are skipped. */
const CASUALTY_HINT =
  /قتل|قتي|مصرع|حتف|اغتي|اغتال|استشه|شهدا|شهيد|وفاة|توفي|سقوط|ضحاي|اصاب|اصيب|جرح|جري|مصاب|ارتق|قضى|قضي|قضت|قضوا|قضاء|جثة|جثث|جثتي|جثام|جثما|بحيا|حيات|بارواح|ضحيت|ضحاياه|اعدام|اعدم/;

/**
 * «On the same day» (`وفي اليوم ذاته`, `في الوقت نفسه`, `في ذات اليوم`): the day of the event
 * told before (SentenceDate) (folded).
 */
const SAME_DAY =
  /(?<![\p{L}])(?:(?:اليوم|الوقت)\s+(?:ذاته|نفسه)|ذات\s+اليوم)(?![\p{L}])|^[^\p{L}]*[وف]?(?:بالتزامن|تزامنا)[^\p{L}]*[،,]/u;
/** «Of the same month» (`من الشهر ذاته`, `من الشهر نفسه`): the month told before (folded). */
const SAME_MONTH = /(?<![\p{L}])الشهر\s+(?:ذاته|نفسه)(?![\p{L}])/u;
const SAME_MONTH_HINT = /ذاته|نفسه/;
/** A clause that happened at the time the one before it told (folded). */
const WHEN = /^[^\p{L}]*[وف]?(?:حين|عندما)(?![\p{L}])/u;

/** A sentence opening with what "the report" said (`وقال التقرير إن`, `وبحسب التقرير`) (folded). */
const REPORT_SAID =
  /^[^\p{L}]*[وف]?(?:(?:قال|ذكر|سجل|اشار|اوضح|اضاف|بين|وثق|افاد|رصد)\s+التقرير|(?:ب?حسب|وفق|وفقا\s+ل)\s*التقرير)(?![\p{L}])/u;

/** A sentence going on with what a statement before it said (folded). */
const GOES_ON_STATEMENT =
  /^[^\p{L}]*[وف]?(?:جاء\s+في|اضاف|اضافت|اوضح|اوضحت|تابع|تابعت|اشار|اشارت)(?![\p{L}])/u;
const SAME_DAY_HINT = /ذات|نفسه|تزامن/;
/** Where a sentence turns to what its event answered (`، رداً على قصف … أمس`) (folded). */
const REPLY_AT = /[،,]\s*ردا\s+عل[ىي](?![\p{L}])/u;
/** Sent to or spread in "the area" (`إلى المنطقة`, `في المنطقة`): the one named before (folded). */
const TO_THE_AREA = /(?<![\p{L}])(?:الي|نحو|باتجاه|في)\s+المنطق[ةه](?![\p{L}])(?!\s+(?:ال|منزوع))/u;
/** A clause telling only that there was no fight (`، دون مقاومة تذكر`) (folded). */
const ONLY_UNFOUGHT = new RegExp(
  `^[^\\p{L}]*${UNFOUGHT.source}(?:\\s+(?:تذكر|كبيرة|كبيره|عنيفة|عنيفه))?[^\\p{L}]*$`,
  'u',
);
/** `، حيث`, `، فيما`, `، بينما`, `، في حين`: a clause telling another event (folded). */
const ANOTHER_EVENT_AT = /[،,]\s*[وف]?(?:حيث|فيما|بينما|في\s+حين)(?![\p{L}])/u;
/** `، بعد أن`: what was before the event, in a clause of its own (folded). */
const STATE_BEFORE_AT = /[،,]\s*بعد\s+ان(?![\p{L}])/u;
/** SAME_DAY, its literals checked first (every clause's date asks). */
function sameDay(text: string): boolean {
  return SAME_DAY_HINT.test(text) && SAME_DAY.test(text);
}

/** A sentence's date, read on first use (most sentences' dates are never asked for). */
class SentenceDate {
  private value: EventDate | undefined | null = null;

  constructor(
    private readonly folded: string,
    private readonly reportDate: string,
    /** The day of the event told last in the report, if it was told to the day. */
    private readonly lastEventDay?: string,
    /** The day the last sentence that stated one stated (`حصيلة معارك يوم أمس الاثنين`). */
    private readonly lastStatedDay?: string,
    /** The day of the last event of each kind told to the day. */
    private readonly lastDayOf?: ReadonlyMap<string, string>,
    /** The period the last sentence that stated one stated (`خلال تشرين الثاني 2019`). */
    private readonly lastStatedPeriod?: EventDate,
  ) {}

  /** The date if it was read already, without reading it. */
  get known(): EventDate | undefined {
    return this.value ?? undefined;
  }

  /**
   * Its own date; else, when it says it is the same day or goes on with the event told before
   * (SAME_DAY, GOES_ON), that event's day; else, when it goes on with a statement (`وجاء في
   * البيان أن …`, `وأضاف أن …`), the day the statement told of.
   */
  get date(): EventDate | undefined {
    if (this.value === null) this.value = this.read();
    return this.value;
  }

  private read(): EventDate | undefined {
    // `اليوم ذاته` holds `اليوم` (today), which the date rules read as the report's day.
    let own = findEventDate(this.folded, this.reportDate);
    // `قصفت القوات التركية سراقب، حيث تتواصل الاشتباكات لليوم الثالث على التوالي`: the days run
    // are the later event's, told after the turn, not the sentence's.
    if (own?.dateEnd) {
      const turn = ANOTHER_EVENT_AT.exec(this.folded);
      if (turn && daysRunAt(this.folded) > turn.index)
        own = findEventDate(this.folded, this.reportDate, false);
    }
    // `استهدف جيش الفتح بلدة كفريا، رداً على قصف … تفتناز أمس`: that day is what it answered.
    if (own && this.folded.includes('ردا')) own = this.readBefore(own, REPLY_AT);
    // `انسحبت القوات التركية من مورك، بعد أن أصبحت محاصرة منذ آب الماضي`: the period of the
    // state before the event, not the event's time (a day told there may be: `، بعد أن
    // استهدفت طائرات روسية البلدة أمس`).
    if (own && own.kind !== 'day' && this.folded.includes('بعد'))
      own = this.readBefore(own, STATE_BEFORE_AT);
    const same = (!own || own.date === this.reportDate) && sameDay(this.folded);
    if (same) own = undefined;
    // `وبعد يومين، قصفت الطائرات الروسية أطراف المدينة`: on from the event told before, never
    // past the report's day (`اليوم التالي` holds `اليوم`, read as the report's day).
    const later = this.lastEventDay && (!own || own.date === this.reportDate);
    const after = later ? daysLater(this.folded) : undefined;
    if (after !== undefined) {
      const date = addDays(this.lastEventDay!, after);
      if (date <= this.reportDate) return { date, precision: 1, kind: 'day', start: 0, end: 0 };
    }
    if (own) return own;
    // `وقال التقرير إن قوات الحلف السوري الروسي قتلت 112 مدنياً`: the report named again tells of
    // the period it was told to cover.
    if (this.lastStatedPeriod && REPORT_SAID.test(this.folded))
      return { ...this.lastStatedPeriod, start: 0, end: 0 };
    // `في المقابل، قال الدفاع المدني إن الغارات الروسية استهدفت …`: the strikes told before,
    // though a clash was told after them.
    const goes = this.lastEventDay && !same ? kindGoneOn(this.folded) : null;
    const day =
      (goes?.kind && this.lastDayOf?.get(goes.kind)) ??
      (this.lastEventDay && (same || goes) ? this.lastEventDay : undefined) ??
      (this.lastStatedDay && GOES_ON_STATEMENT.test(this.folded) ? this.lastStatedDay : undefined);
    return day ? { date: day, precision: 1, kind: 'day', start: 0, end: 0 } : undefined;
  }

  /**
   * `own`, unless it lies after where the sentence turns to something else (`cut`): then the
   * date read before that turn, if any.
   */
  private readBefore(own: EventDate, cut: RegExp): EventDate | undefined {
    const turn = cut.exec(this.folded);
    return turn && own.start > turn.index
      ? findEventDate(this.folded.slice(0, turn.index), this.reportDate)
      : own;
  }

  /** True when the date is a stated period; reads the date only when it may be one. */
  get isRange(): boolean {
    return mayBeRange(this.folded) && this.date?.kind === 'range';
  }
}

/**
 * One clause of a sentence. Its date and actors are read on first use: a date matters only for
 * a clause that tells an event, and actors mostly for those too (about half the clauses tell
 * none; the two readers were a third of readClauses' time on the 10k corpus).
 */
class Clause implements Span {
  drafts: IncidentProperties[] = [];
  /**
   * Its toll told again place by place in the clauses after it (`قتل ثمانية مدنيين، خمسة منهم
   * في سراقب، وثلاثة في سرمين`): each place's figure (see tollBreakdown).
   */
  breakdown: Map<string, number> | undefined = undefined;
  /** The clause whose toll `breakdown` shares out, when it is not this one (sharedBefore). */
  sharedOf: Clause | undefined = undefined;
  /**
   * The actors of its event when they are not (all) the ones it names: borrowed from another
   * clause or sentence, or completed (a clash's second side) (see extractIncidents).
   */
  borrowed: Actor[] | undefined = undefined;
  private ownActors: Actor[] | undefined = undefined;
  private ownSides: Actor[] | undefined = undefined;
  private ownRepliers: Actor[] | undefined = undefined;
  private ownDate: EventDate | undefined | null = null;
  private stated: EventDate | undefined | null = null;

  constructor(
    readonly start: number,
    readonly end: number,
    readonly folded: string,
    public cls: Classified | null,
    readonly mentions: PlaceMention[],
    readonly killed: Count | null,
    readonly injured: Count | null,
    private readonly reportDate: string,
    private readonly sentence: SentenceDate,
    /** Its outlet's voice (voices.ts): the names that voice gives the sides. */
    readonly voice: Voice | undefined,
    /** The clause before it in its sentence, if any. */
    private readonly previous?: Clause,
  ) {}

  /** Whether its report was written since the fall of Assad's government (era.ts). */
  get sinceFall(): boolean {
    return writtenSinceFall(this.reportDate);
  }

  /** The date if it was read already, without reading it. */
  get knownDate(): EventDate | undefined {
    return this.ownDate ?? undefined;
  }

  /** The actors the clause names itself. */
  get named(): Actor[] {
    this.ownActors ??= clauseActors(
      this.folded,
      this.cls?.type ?? null,
      this.voice,
      this.sinceFall,
    );
    return this.ownActors;
  }

  /** Every side the clause names, hit ones too, as a clash counts them (read once). */
  get sides(): Actor[] {
    this.ownSides ??= clauseActors(this.folded, 'clash', this.voice, this.sinceFall);
    return this.ownSides;
  }

  /**
   * The actors of its event: its own, else those borrowed from an earlier clause. A protest has
   * none: who marched is no armed side, and a side named is what they marched against.
   */
  get actors(): Actor[] {
    if (this.cls?.event === 'protest') return [];
    return this.borrowed ?? this.named;
  }

  /** The clause's own date, else its sentence's. */
  get date(): EventDate | undefined {
    if (this.ownDate === null) {
      // `أن أعنف الهجمات وقعت يوم الخميس الماضي، حين ألقت مروحيات النظام …`: the time the
      // clause before told.
      const own =
        this.statedDate ??
        (this.previous && WHEN.test(this.folded) ? this.previous.statedDate : undefined);
      this.ownDate = own ?? this.sentence.date;
    }
    return this.ownDate;
  }

  /** The date the clause itself states, if any (read once). */
  private get statedDate(): EventDate | undefined {
    if (this.stated === null) {
      let own = findEventDate(this.folded, this.reportDate);
      // `وفي اليوم ذاته`: not the report's day, which `اليوم` alone would be.
      if (own?.date === this.reportDate && sameDay(this.folded)) own = undefined;
      // `، قبل أن تستعيدها الفصائل في 27 من الشهر ذاته`: of the month the clause before told.
      if (
        own?.kind === 'day' &&
        SAME_MONTH_HINT.test(this.folded) &&
        SAME_MONTH.test(this.folded)
      ) {
        const before = this.previous?.statedDate?.date;
        const day = before && isoDate(+before.slice(0, 4), +before.slice(5, 7), +own.date.slice(8));
        if (day && day <= this.reportDate) own = { ...own, date: day };
      }
      this.stated = own;
    }
    return this.stated;
  }

  /** Who the clause says replied to an event (`ردت الفصائل على قصف …`), if any (read once). */
  get repliers(): Actor[] {
    this.ownRepliers ??= replier(this.folded, this.sinceFall);
    return this.ownRepliers;
  }

  /** Dates the clause to `day`, a day another clause told (its own date and its sentence's unread). */
  lendDay(day: string, precision: TimePrecision = 1): void {
    this.ownDate = { date: day, precision, kind: 'day', start: 0, end: 0 };
  }

  /** Whether the clause itself states a day (`أمس`, `يوم الخميس`). */
  knownDayOwn(): boolean {
    return this.statedDate?.kind === 'day';
  }

  /** A "shelling goes on" restatement (only event clauses are asked). */
  get generic(): boolean {
    return this.cls !== null && isGenericClause(this.folded);
  }
}

function inside(m: PlaceMention, s: Span): boolean {
  return m.start >= s.start && m.end <= s.end;
}

function draft(
  article: ArticleIn,
  sentence: Span,
  c: Pick<Clause, 'cls' | 'actors' | 'date'>,
  place: PlaceMention,
  qualifier: PlaceMention | undefined,
  confidence: number,
): IncidentProperties {
  return incidentDraft({
    articleId: article.id,
    reportDate: article.date,
    sentence,
    type: c.cls?.type ?? 'other',
    event: c.cls?.event,
    actors: c.actors,
    date: c.date,
    place,
    region: qualifier,
    confidence,
  });
}

/** Read the clauses of one sentence: type, actors, date, places and figures. */
function readClauses(
  article: ArticleIn,
  spans: Span[],
  folds: string[],
  mentions: PlaceMention[],
  sentenceDate: SentenceDate,
  voice: Voice | undefined,
): Clause[] {
  // Each clause is classified, then counted, in turn: the readers share its tokens (a memo of
  // the last text tokenised), so all counts first and the classes after cost 12 % more.
  const classes: (Classified | null)[] = [];
  const killed: (Count | null)[] = [];
  const injured: (Count | null)[] = [];
  const casualties: boolean[] = [];
  // Whether the clause before told a toll the event came after (AFTER_TOLL): a clause going on
  // with its list (`بعد مقتل طفل، وإصابة شاب`) is that toll's too.
  let afterToll = false;
  for (const folded of folds) {
    const cls = hasWord(folded, CUES.description) ? null : classifyClause(folded);
    classes.push(cls);
    const told =
      CASUALTY_HINT.test(folded) &&
      !(cls === null && MISHAP_HINT.test(folded) && MISHAP.test(folded));
    casualties.push(told);
    const since = told ? SINCE_EVENT.exec(folded) : null;
    const after = told ? AFTER_TOLL.exec(folded) : null;
    const goesOn: boolean = afterToll && cls === null && TOLL_GOES_ON.test(folded);
    afterToll = after !== null || goesOn;
    // An earlier toll's list going on, or another incident's toll: none of the clause's own.
    const notOwn = told && (goesOn || ANOTHER_INCIDENT.test(folded));
    const own = (count: Count | null) =>
      notOwn ||
      (since && count && count.start > since.index) ||
      (after && count && count.start > after.index)
        ? null
        : count;
    killed.push(told ? own(killedCount(folded)) : null);
    injured.push(told ? own(injuredCount(folded)) : null);
  }
  for (let k = 1; k < folds.length; k++)
    if (!casualties[k]) listGoesOnInto(folds, k, classes[k]!, killed, injured);
    else ownHarmGoesOn(folds, k, killed, injured);
  // `ارتفع إلى 11 بينهم 4 أطفال، عدد الشهداء …`: the figure is the next clause's toll.
  for (let k = 0; k + 1 < folds.length; k++) {
    const rose = tollToldBefore(folds[k]!, folds[k + 1]!);
    if (!rose) continue;
    const list = rose.wounded ? injured : killed;
    list[k + 1] ??= { value: rose.value, start: 0, end: 0 };
  }
  let previous: Clause | undefined;
  return spans.map((span, k) => {
    previous = new Clause(
      span.start,
      span.end,
      folds[k]!,
      classes[k]!,
      mentions.filter((m) => inside(m, span)),
      killed[k]!,
      injured[k]!,
      article.date,
      sentenceDate,
      voice,
      previous,
    );
    return previous;
  });
}

/**
 * `منذ الهجوم على الكلية الحربية في حمص الذي أودى بحياة 100 شخص`: a toll told after `منذ` and
 * an event is that earlier event's, not one of the clause (folded).
 */
const SINCE_EVENT =
  /(?<![\p{L}])منذ\s+(?:ال)?(?:هجوم|هجمات|تفجير|تفجيرات|انفجار|قصف|مجزر[ةه]|استهداف|غار[ةه]|غارات|معارك|اشتباكات|عملي[ةه])(?![\p{L}])/u;

/**
 * `بعد مقتل طفل وإصابة شاب في حادثة`: a toll the event came after is an earlier one's, not the
 * event's (`وقتل رجل بانفجار لغم، بعد مقتل طفل …`) (folded).
 */
const AFTER_TOLL = /(?<![\p{L}])بعد\s+(?:مقتل|اصاب[ةه]|استشهاد|مصرع)(?![\p{L}])/u;

/** A clause that goes on with a list of victims by `و` and a casualty noun (folded). */
const TOLL_GOES_ON = /^[^\p{L}]*و(?:اصاب[ةه]|مقتل|استشهاد|مصرع|جرح)(?![\p{L}])/u;

/**
 * `وإصابة 4 آخرين في حادثة أخرى`: the toll of another incident, told beside the event's, is
 * none of the event's (folded).
 */
const ANOTHER_INCIDENT =
  /(?<![\p{L}])(?:في|ب)\s*(?:ال)?(?:حادث[ةه]?|حوادث|واقع[ةه])\s+(?:ال)?(?:اخري|اخر|منفصل[ةه]?|سابق[ةه]?|مماثل[ةه]?)(?![\p{L}])/u;

/** A clause of those among the dead (`بينهم ضابط`, `من بينهم طفلان`) (folded). */
const AMONG_THEM = /^[^\p{L}]*(?:من\s+)?(?:بينهم|منهم|بينهن|منهن)(?![\p{L}])/u;

/**
 * Clause `k` going on with the list of victims of a count before it, cut off by commas (`مقتل
 * 12 عنصراً، بينهم ضابط، و7 مدنيين`: 19): its people are added to that count, the latest of
 * the clause before (or the one before a clause of those among them); people listed as wounded
 * (`مقتل شخصين، و5 آخرين بجروح`) to its injured.
 */
function listGoesOnInto(
  folds: string[],
  k: number,
  cls: Classified | null,
  killed: (Count | null)[],
  injured: (Count | null)[],
): void {
  if (folds[k]!.charCodeAt(0) !== 0x0648) return;
  let j = k - 1;
  if (j > 0 && !killed[j] && !injured[j] && AMONG_THEM.test(folds[j]!)) j--;
  const dead = killed[j];
  const hurt = injured[j];
  if (!dead && !hurt) return;
  // `، و3 آخرون بقصف صاروخي على بلدة سرمين`: victims of an event of the clause's own are its
  // toll, of the kind the list before counted.
  const opens = cls && VIOLENT_TYPES.has(cls.type) ? listOpens(folds[k]!) : undefined;
  if (opens) {
    const own = opens.wounded || (hurt && (!dead || hurt.start > dead.start)) ? injured : killed;
    own[k] = { value: opens.value, start: opens.start, end: opens.end };
    return;
  }
  const more = listGoesOn(folds[k]!);
  if (!more) return;
  // People listed as wounded (`و5 آخرين بجروح`) join the injured, whatever came last.
  const list = more.wounded
    ? injured
    : dead && (!hurt || dead.start > hurt.start)
      ? killed
      : injured;
  const count = list[j];
  list[j] = count
    ? { value: count.value + more.value, start: count.start, end: count.end }
    : { value: more.value, start: 0, end: 0 };
}

/**
 * `ما أدى لإصابته، وإصابة طفليه`: clause k counts people with the noun of harm the clause before
 * ended on with a pronoun (someone's own, which it counted as none): that one is counted too.
 */
function ownHarmGoesOn(
  folds: string[],
  k: number,
  killed: (Count | null)[],
  injured: (Count | null)[],
): void {
  if (folds[k]!.charCodeAt(0) !== 0x0648) return;
  for (const [list, wounded] of [
    [killed, false],
    [injured, true],
  ] as const) {
    const count = list[k];
    if (!count || list[k - 1] || count.start > 1) continue;
    const more = ownHarmEnding(folds[k - 1]!, wounded);
    if (more) list[k] = { ...count, value: count.value + more };
  }
}

/** Every actor the clauses name themselves (not borrowed ones), sorted. */
function sentenceActors(clauses: Clause[]): Actor[] {
  return [...new Set(clauses.flatMap((c) => c.named))].sort();
}

/**
 * The draft a toll belongs to among its event's: the one at a place the toll's own clause names
 * (`قصفت … كفرنبل وأريحا، ما أدى إلى مقتل ثلاثة مدنيين في أريحا` → Ariha), else the first, so a
 * list of villages does not multiply one toll. A place the event does not have may be that of an
 * earlier event of its kind (`earlier`): `نفذت 14 غارة على كفرنبودة وقلعة المضيق والهبيط. …
 * مقتل أربعة مدنيين جراء الغارات على الهبيط، وإصابة تسعة آخرين في قلعة المضيق` → the wounded
 * are Qalaat al-Madiq's.
 */
function tollTarget(
  owner: Clause,
  toll: Clause,
  earlier: readonly { p: IncidentProperties }[],
): IncidentProperties | undefined {
  if (toll === owner) return owner.drafts[0];
  const named = draftNamedIn(owner.drafts, toll.mentions);
  if (named) return named;
  const specific = toll.mentions.filter(isSpecific);
  if (!specific.length) return owner.drafts[0];
  const ofKind = earlier.filter((d) => d.p.type === owner.cls?.type).map((d) => d.p);
  return draftNamedIn(ofKind, specific) ?? owner.drafts[0];
}

/** The last draft of `event`'s type and day at the place `m` names, if any. */
function sameEventAt(
  drafts: readonly { p: IncidentProperties }[],
  event: IncidentProperties,
  m: PlaceMention,
): IncidentProperties | undefined {
  for (let k = drafts.length - 1; k >= 0; k--) {
    const { p } = drafts[k]!;
    if (p.type === event.type && p.date === event.date && namesPlaceOf(p.placeId, m)) return p;
  }
  return undefined;
}

/** The first draft at a place the mentions name (the first mention that names one wins). */
function draftNamedIn(
  drafts: readonly IncidentProperties[],
  mentions: readonly PlaceMention[],
): IncidentProperties | undefined {
  for (const m of mentions) {
    const named = drafts.find((d) => namesPlaceOf(d.placeId, m));
    if (named) return named;
  }
  return undefined;
}

/** What stands between a toll's people and the place they were hit at (folded): `في بلدة`. */
const AT_PLACE = /\s*(?:في\s*|ب)(?:(?:ال)?(?:مدين[ةه]|بلد[ةه]|قري[ةه]|مخيم)\s*)?$/u;

/** The words listed between two places of a toll, folded, without the `في بلدة` of the next. */
function listedBetween(body: string, from: number, to: number): string {
  return foldKey(body.slice(from, to)).replace(AT_PLACE, '').trim();
}

/**
 * A toll told place by place (`مقتل خمسة مدنيين في مدينة سراقب وثلاثة آخرين في بلدة البارة`):
 * the first place has the clause's figure; each next one the figure of the people listed right
 * before it (`و` + people, `listGoesOn`), of the kind the first one's toll is (the dead, or the
 * wounded) unless they are said to be wounded. Drafts already given a toll keep it.
 */
function tollsByPlace(body: string, c: Pick<Clause, 'drafts'>): void {
  const first = c.drafts[0]!;
  const dead = first.fatalities != null;
  const hurt = first.injuries != null;
  if (dead === hurt) return; // no toll, or both told: which one goes on is unclear
  for (let k = 1; k < c.drafts.length; k++) {
    const from = c.drafts[k - 1]!.evidence[0]!.placeEnd;
    const to = c.drafts[k]!.evidence[0]!.placeStart;
    if (to <= from || to - from > LISTED_PEOPLE_CHARS) continue;
    const listed = listedBetween(body, from, to);
    const more = listGoesOn(listed) ?? bareFigure(listed);
    if (!more) continue;
    const d = c.drafts[k]!;
    if (more.wounded || hurt) d.injuries ??= more.value;
    else d.fatalities ??= more.value;
  }
}
/** `و2`, `وثلاثة`: a figure alone after `و`, its people left unsaid (`… في كنصفرة و2 في البارة`). */
function bareFigure(text: string): { value: number; wounded: false } | undefined {
  if (!text.startsWith('و')) return undefined;
  const tokens = tokenize(text.slice(1));
  const f = readNumber(tokens, 0);
  return f && f.next === tokens.length ? { value: f.value, wounded: false } : undefined;
}

/**
 * A toll told in total, then shared out place by place in the clauses that follow its event's
 * (`قتل ثمانية مدنيين بقصف لقوات النظام، خمسة منهم في سراقب، وثلاثة في سرمين`): the first of
 * them a figure `منهم` (of them) at a place, the next ones a figure at a place, and their
 * figures adding up to the total (of the dead, or of the wounded: not when both are told).
 * A clause may share out to several places, `و` and a figure before each next one (`خمسة منهم
 * في سراقب وثلاثة في سرمين`). Returns each place with its figure, whether the figures add up
 * (when they do not, every place is still the event's, but the total stays whole, on the first
 * place, as a toll not shared out is), and what the total leaves over them (`rest`: the others,
 * which an area the event was told at keeps); undefined when the clauses from `j` are no such
 * list.
 */
function tollBreakdown(
  body: string,
  clauses: readonly Clause[],
  j: number,
  event: Clause,
  /** One share is enough (a town's, of a total told at an area: the area keeps the others). */
  single = false,
): { parts: Map<PlaceMention, number>; addsUp: boolean; rest: number } | undefined {
  if (!event.killed && !event.injured) return undefined;
  // Which toll is shared out is clear only when one is told.
  const total = event.killed && !event.injured ? event.killed : !event.killed && event.injured;
  const parts = new Map<PlaceMention, number>();
  let sum = 0;
  // `…، وهم: 3 مواطنات بقصف بري على بلدة بليون، و5 أشخاص … في بلدة إحسم`: `وهم` cut off by
  // the colon opens the shares, each told with its people and the fire of the event told.
  const listed = j < clauses.length && THEY_ALONE.test(clauses[j]!.folded);
  for (let k = listed ? j + 1 : j; k < clauses.length; k++) {
    const n = clauses[k]!;
    const ownFire = n.cls !== null && !(listed && n.cls.type === event.cls?.type);
    const value = ownFire || !n.mentions.length ? undefined : partFigure(n.folded, k === j, listed);
    if (value === undefined) break;
    parts.set(n.mentions[0]!, value);
    sum += value;
    for (let q = 1; q < n.mentions.length; q++) {
      const more = bareFigure(listedBetween(body, n.mentions[q - 1]!.end, n.mentions[q]!.start));
      if (!more) break;
      parts.set(n.mentions[q]!, more.value);
      sum += more.value;
    }
  }
  if (parts.size < (single ? 1 : 2)) return undefined;
  return { parts, addsUp: !!total && sum === total.value, rest: total ? total.value - sum : 0 };
}

/**
 * A toll told in a clause of no event and shared out place by place in the clauses right after
 * it, up to the event's clause `i` (`أصيب 12 مدنياً، 7 منهم في سرمين، و5 في بنش، جراء قصف …`):
 * the toll's clause and its shares (tollBreakdown), or undefined.
 */
function sharedBefore(
  body: string,
  clauses: readonly Clause[],
  i: number,
): { toll: Clause; split: NonNullable<ReturnType<typeof tollBreakdown>> } | undefined {
  for (let k = 0; k + 1 < i; k++) {
    const toll = clauses[k]!;
    if (toll.cls || (!toll.killed && !toll.injured)) continue;
    const split = tollBreakdown(body, clauses.slice(0, i), k + 1, toll);
    if (split) return { toll, split };
  }
  return undefined;
}

/** The shares of a toll by place id (see tollBreakdown). */
function sharesByPlace(parts: ReadonlyMap<PlaceMention, number>): Map<string, number> {
  return new Map([...parts].map(([m, value]) => [m.placeId, value]));
}

/**
 * The figure a clause of a shared-out toll opens with (`خمسة منهم في سراقب`, `وثلاثة في
 * سرمين`, `و2 في بلدة البارة`), `منهم` required in the first (`first`), before or after the
 * figure, or `وهم` (`وهم 5 في معرة النعمان`): undefined when it opens otherwise. After a clause
 * of `وهم` alone (`listed`), the people counted may come between the figure and the place or
 * the fire (`3 مواطنات بقصف بري على بلدة بليون`).
 */
function partFigure(folded: string, first: boolean, listed = false): number | undefined {
  // Asked after most clauses with a toll: a literal check first, before tokenising.
  if (first && !folded.includes('منه') && !folded.includes('هم') && !folded.includes('هن'))
    return undefined;
  const tokens = tokenize(folded.replace(/^[\s،,؛;]*و?/u, ''));
  // `وهم 5 في معرة النعمان`, `منهم 5 في …`: they, or of them, before the figure.
  const they = THEY.has(tokens[0]?.t ?? '');
  const f = readNumber(tokens, they ? 1 : 0);
  if (!f) return undefined;
  const of = tokens[f.next]?.t;
  const ofThem = they || of === 'منهم' || of === 'منهن';
  if (first && !ofThem) return undefined;
  let next = f.next + (ofThem && !they ? 1 : 0);
  // After `وهم:`, the people counted and who was among them (`5 أشخاص بينهم شرطيان بقصف …`).
  if (listed)
    for (let skip = 0; skip < LISTED_WORDS && next < tokens.length; skip++, next++) {
      const t = tokens[next]!.t;
      if (t === 'في' || (t.startsWith('ب') && !t.startsWith('بين'))) break;
    }
  const at = tokens[next]?.t;
  return at === 'في' || at?.startsWith('ب') ? f.value : undefined;
}
/** A clause of `وهم` alone (`…، وهم: 3 مواطنات …`), folded: the shares of a toll follow. */
const THEY_ALONE = /^[\s،,؛;:]*و?(?:هم|هن)[\s:،,]*$/u;
/** Words a share after `وهم:` may tell its people with before its place or fire. */
const LISTED_WORDS = 4;
/**
 * They, of them or among them, opening a share of a toll (`وهم 5 في …`, `منهم 5 في …`, `بينهم 10
 * في مدينة معرة النعمان`: a figure right before its place, not the people among the dead, `بينهم 3
 * أطفال`) (folded).
 */
const THEY: ReadonlySet<string> = new Set(['هم', 'هن', 'منهم', 'منهن', 'بينهم', 'بينهن']);

/** Give each of a clause's drafts its share of the toll (see tollBreakdown). */
function splitToll(c: Clause, shares: ReadonlyMap<string, number>): void {
  // The toll shared is the clause's own, else the one told before it (sharedBefore).
  const dead = (c.killed || c.injured ? c : (c.sharedOf ?? c)).killed !== null;
  for (const d of c.drafts) {
    const value = shares.get(d.placeId);
    if (value === undefined) continue;
    if (dead) d.fatalities = value;
    else d.injuries = value;
  }
}

/** How long the people listed before a place may be (`وثلاثة آخرين بينهم طفلان في بلدة`). */
const LISTED_PEOPLE_CHARS = 80;

/** A toll and the places it is told at: a clause's, or one read with its next (placedBy). */
type TollTold = Pick<Clause, 'mentions' | 'killed' | 'injured'>;

/** Raise a draft's toll to a clause's counts (the larger figure wins: reports repeat them). */
function addToll(target: IncidentProperties, c: TollTold): void {
  if (c.killed) target.fatalities = Math.max(target.fatalities ?? 0, c.killed.value);
  if (c.injured) target.injuries = Math.max(target.injuries ?? 0, c.injured.value);
}

/** A sentence opening with the other side (`بالمقابل،`, `في المقابل،`, `وعلى الجانب الآخر،`) (folded). */
const OTHER_SIDE =
  /^[^\p{L}]*[وف]?(?:بالمقابل|في\s+المقابل|(?:علي|في)\s+الجانب\s+الاخر|(?:علي|في|من)\s+الطرف\s+الاخر)(?![\p{L}])/u;

/**
 * A clause opening with the other side's dead told against the first's (`، في حين قتل 12 مقاتلاً
 * من الفصائل`, `، بينما قتل …`, `، مقابل …`) (folded). Not some of them (`منهم`).
 */
const WHILE_OTHERS =
  /^[^\p{L}]*[وف]?(?:في\s+حين|بينما|فيما|مقابل|بالمقابل|في\s+المقابل)(?![\p{L}])(?!.*(?<![\p{L}])من(?:هم|هن)(?![\p{L}]))/u;

/**
 * Whether a clause's toll is a fight's other side, told against the toll of a clause before it
 * in the same sentence (WHILE_OTHERS): the two add up.
 */
function isOtherSidesToll(c: Clause, clauses: readonly Clause[], owner: Clause): boolean {
  if (owner.cls?.type !== 'clash' || !c.killed || !WHILE_OTHERS.test(c.folded)) return false;
  const at = clauses.indexOf(c);
  return clauses.slice(0, at).some((p) => p.killed);
}

/** Add a clause's counts to a fight's toll: the dead of its other side, told apart. */
function addTollOfOtherSide(target: IncidentProperties, c: Clause): void {
  if (c.killed) target.fatalities = (target.fatalities ?? 0) + c.killed.value;
  if (c.injured) target.injuries = (target.injuries ?? 0) + c.injured.value;
}

/**
 * Whether a clause's event can be the event told before, told again: of its type, or the fight
 * a raid met (`نفذت قوات أمريكية عملية إنزال جوي في بلدة أطمة. … بعد اشتباكات استمرت نحو ثلاث
 * ساعات بين القوة المهاجمة ومسلحين`).
 */
function sameFight(before: Classified | null | undefined, cls: Classified): boolean {
  return cls.type === before?.type || (before?.event === 'raid' && cls.type === 'clash');
}

/**
 * Whether a sentence's toll belongs to the event of the sentence before
 * (`شنت طائرات روسية غارات على سرمين. وأسفرت الغارات عن مقتل أربعة مدنيين`): it names no place
 * but that event's (`hasMentions`: others) and tells no event of its own, its events (if it
 * names one) are of that event's type, its date (if it states one) is that event's or a period
 * of a day ending on it (`خلال الـ24 ساعة الماضية`), and it is no tally of a longer period
 * (`ارتفعت حصيلة …`).
 */
function tollOfPrevious(
  previous: Clause,
  clauses: Clause[],
  sFolded: string,
  sDate: SentenceDate,
  hasMentions: boolean,
): boolean {
  if (hasMentions || clauses.some((c) => c.drafts.length)) return false;
  if (!clauses.some((c) => c.killed || c.injured)) return false;
  if (clauses.some((c) => c.cls && !sameFight(previous.cls, c.cls))) return false;
  const event = previous.drafts[0];
  // `ووثق المرصد مقتل 17 عنصراً … خلال الـ24 ساعة الماضية`, after the fighting it tells of:
  // that fighting's toll, not a tally of its own, unless it says it is one (`حصيلة`).
  if (event && sDate.isRange) {
    const period = sDate.date!;
    return (
      !!period.dateEnd &&
      period.dateEnd >= event.date &&
      daysBetween(period.date, period.dateEnd) <= 1 &&
      !RECKONED.test(sFolded)
    );
  }
  // `ووثق المرصد مقتل 17 عنصراً … منذ صباح اليوم`: since a part of the event's day, or of the
  // night before it, the toll of that day's event; not a reckoning of a campaign (`حصيلة`).
  if (
    event &&
    sFolded.includes('منذ') &&
    SINCE_DAY_PART.test(sFolded) &&
    !RECKONED_CAMPAIGN.test(sFolded)
  ) {
    const stated = sDate.date;
    return (
      !!stated &&
      !stated.dateEnd &&
      (stated.date === event.date || stated.date === addDays(event.date, -1))
    );
  }
  // `ارتفعت حصيلة ضحايا الغارات إلى 9 شهداء`: the toll of the event named again rose, no
  // reckoning of a period when no word of one is told besides.
  const risen =
    sFolded.includes('حصيل') &&
    RISEN_OF_EVENT.test(sFolded) &&
    !hasWord(sFolded.replace(TOLL_WORD, ' '), CUES.tally);
  if ((reckons(sFolded) && !risen && !duringTheEvent(sFolded)) || sDate.isRange) return false;
  const stated = sDate.date;
  return !stated || (!!event && stated.date === event.date && !stated.dateEnd);
}

/** The toll of an event named again rising (`ارتفعت حصيلة ضحايا الغارات إلى`) (folded). */
const RISEN_OF_EVENT =
  /(?<![\p{L}])[وف]?(?:ارتفعت|ارتفع|وصلت|بلغت)\s+(?:ال)?حصيل[ةه]\s+(?:ال)?(?:ضحايا|قتلي|شهداء)\s+(?:ال)?(?:غارات|غار[ةه]|قصف|هجوم|استهداف|مجزر[ةه]|انفجار|ضربات|ضرب[ةه]|قذائف)(?![\p{L}])/u;
/** The word of a toll, with its article (`حصيلة`, `الحصيلة`) (folded). */
const TOLL_WORD = /(?<![\p{L}])(?:ال)?حصيل[ةه](?![\p{L}])/gu;

/** `منذ صباح اليوم`, `منذ فجر اليوم`, `منذ ليل أمس`: since a part of a day (folded). */
const SINCE_DAY_PART =
  /(?<![\p{L}])منذ\s+(?:ساعات\s+)?(?:صباح|فجر|ظهر|عصر|مساء|ليل|ليل[ةه]|منتصف\s+ليل[ةه]?)\s+(?:اليوم|امس)(?![\p{L}])/u;
/** RECKONED's words of a campaign or a toll's reckoning, `منذ` aside (folded). */
const RECKONED_CAMPAIGN = /حصيل[ةه]|التصعيد|الحمل[ةه]/;

/**
 * A toll cited by its source (`وفق حصيلة للمرصد السوري`, `بحسب الحصيلة الأولية`): whose count
 * it is, not a reckoning of a period (folded).
 */
const CITED_TOLL =
  /(?<![\p{L}])(?:وفق|وفقا|بحسب|حسب)\s+(?:ل)?(?:ال)?حصيل[ةه](?:\s+(?:ال)?(?:اولي[ةه]|جديد[ةه]|غير\s+نهائي[ةه]))?(?![\p{L}])/gu;

/** Whether a sentence says its toll reckons a period (CUES.tally), a cited toll's word aside. */
function reckons(sentence: string): boolean {
  if (!hasWord(sentence, CUES.tally)) return false;
  if (!sentence.includes('حصيل')) return true;
  return hasWord(sentence.replace(CITED_TOLL, ' '), CUES.tally);
}

/**
 * Words that make a toll a reckoning of a campaign or a period (folded): the tally words
 * (`CUES.tally`) but `خلال`, which a toll of the last day holds too.
 */
const RECKONED = /حصيل[ةه]|التصعيد|الحمل[ةه]|منذ/;

/** `خلال المعارك`, `خلال الاشتباكات`: during the event told, not over a period (folded). */
const DURING_EVENT =
  /(?<![\p{L}])خلال\s+(?:ال)?(?:معارك|اشتباكات|مواجهات|قصف|هجوم|غارات|غار[ةه])(?![\p{L}])/u;

/** The sentence's only tally word is `خلال`, and it names the event (DURING_EVENT). */
function duringTheEvent(sentence: string): boolean {
  return !RECKONED.test(sentence) && DURING_EVENT.test(sentence);
}

/** The last clause before whose event is of the kind this sentence names (`في الاشتباكات`). */
function sameKindBefore(before: readonly Clause[], clauses: readonly Clause[]): Clause | undefined {
  const kinds = new Set(clauses.map((c) => c.cls?.type).filter((t) => t !== undefined));
  if (kinds.size === 0) return undefined;
  for (let k = before.length - 1; k >= 0; k--) {
    const p = before[k]!;
    if (p.cls && kinds.has(p.cls.type)) return p;
  }
  return undefined;
}

/** A town a toll names, the area of the event before that holds it, and that area's incident. */
interface TownInArea {
  town: PlaceMention;
  area: PlaceMention;
  areaDraft: IncidentProperties;
}

/**
 * The towns a sentence names, each with the area of the event told before that holds it (a
 * countryside, a governorate; not all of Syria or its northwest); undefined unless it names one
 * and every one lies in such an area.
 */
function townsInAreas(
  owner: Clause,
  sMentions: readonly PlaceMention[],
  mentions: readonly PlaceMention[],
): TownInArea[] | undefined {
  const towns = sMentions.filter(isSpecific);
  if (!towns.length) return undefined;
  // The mention each of its incidents at an area was drafted from.
  const areas = new Map<PlaceMention, IncidentProperties>();
  for (const d of owner.drafts) {
    const m = d.geoPrecision > 1 ? mentions.find((x) => x.placeId === d.placeId) : undefined;
    if (m) areas.set(m, d);
  }
  const found: TownInArea[] = [];
  for (const town of towns) {
    const area = areaHolding([...areas.keys()], town);
    if (!area) return undefined;
    found.push({ town, area, areaDraft: areas.get(area)! });
  }
  return found;
}

/**
 * An incident of the event before (`owner`) at each town a toll names in its area (`towns`),
 * each with its figure (the clause's for its first town, then place by place: tollsByPlace);
 * the area keeps the others (`قتل 14 …. وقتل خمسة منهم في كفرنبل وثلاثة في معرة النعمان`: 6),
 * so that none is counted twice. The evidence of each (the area's too, when its toll is shared
 * out) runs over both sentences (`span`).
 */
function tollAtTowns(
  article: ArticleIn,
  span: Span,
  clauses: readonly TollTold[],
  owner: Clause,
  towns: readonly TownInArea[],
): { p: IncidentProperties; town: PlaceMention }[] {
  const made = new Map<string, { p: IncidentProperties; town: PlaceMention }>();
  for (const c of clauses) {
    if (!c.killed && !c.injured) continue;
    const own: IncidentProperties[] = [];
    for (const m of c.mentions) {
      const found = towns.find((t) => t.town === m);
      if (!found) continue;
      let entry = made.get(m.placeId);
      if (!entry) {
        entry = { p: draft(article, span, owner, m, found.area, 0.7), town: m };
        entry.p.strikes = null;
        made.set(m.placeId, entry);
      }
      own.push(entry.p);
    }
    if (!own.length) continue;
    addToll(own[0]!, c);
    tollsByPlace(article.body, { drafts: own });
  }
  for (const { town, areaDraft } of towns) {
    const p = made.get(town.placeId)?.p;
    if (p) leaveTheOthers(p, areaDraft, span.end);
  }
  return [...made.values()];
}

/**
 * A toll's clause with the places it is told at: its own, else those of the toll that goes on
 * from it (`ما أدى لمقتل امرأة، وإصابة أربعة مدنيين في بلدة كنصفرة`: the clauses are cut before
 * `وإصابة`, and the town is where both fell).
 */
function placedBy(c: Clause, next: Clause | undefined): TollTold {
  if (c.mentions.length || !next || next.cls || (!next.killed && !next.injured)) return c;
  return /^[^\p{L}]*و/u.test(next.folded) ? { ...c, mentions: next.mentions } : c;
}

/**
 * The incidents of the event before (`owner`) at the towns a clause telling where it was names
 * with its toll (`… وقرى في جبل الزاوية، حيث سقط شهيدان في بلدة البارة`): the dead fell there,
 * so the fire struck there too. A town in an area the event was told at leaves the area the
 * others (tollAtTowns); one outside them is a place of its own. None when the clause names no
 * town.
 */
function tollWhereTold(
  article: ArticleIn,
  sentence: Span,
  c: TollTold,
  owner: Clause,
  mentions: readonly PlaceMention[],
): { p: IncidentProperties; town: PlaceMention }[] {
  const inArea = townsInAreas(owner, c.mentions, mentions);
  if (inArea) return tollAtTowns(article, sentence, [c], owner, inArea);
  const towns = c.mentions.filter(isSpecific);
  if (!towns.length || towns.length < c.mentions.length) return [];
  const made = towns.map((town) => {
    const p = draft(article, sentence, owner, town, undefined, 0.7);
    p.strikes = null;
    return { p, town };
  });
  addToll(made[0]!.p, c);
  tollsByPlace(article.body, { drafts: made.map(({ p }) => p) });
  return made;
}

/**
 * Where the dead told before fell (`سقطوا في بلدات`, `قتلوا في`, `توزعوا على`, `وتوزع القتلى بين`) (folded): the
 * sentence names their towns, with no event or figure of its own.
 */
const FELL_IN =
  /(?<![\p{L}])(?:(?:سقطوا|قتلوا|قضوا|توزعوا|يتوزعون|موزعين)\s+(?:\S+\s+){0,2}?|[وف]?(?:توزع|يتوزع|تتوزع)\s+(?:ال)?(?:قتلي|ضحايا|شهداء|جرحي|مصابين)\s+(?:\S+\s+){0,1}?)(?:في|علي|بين)(?![\p{L}])/u;

/**
 * The incidents of the event before (`owner`) at areas, each moved to the towns in it the next
 * sentence says its dead fell in (`towns`): at its first town, the others as `alsoPlaces`, with
 * the area's figures, date and sides; its evidence runs over both sentences (`span`). Each comes
 * with the area incident it replaces.
 */
function tollMovedToTowns(
  article: ArticleIn,
  span: Span,
  owner: Clause,
  towns: readonly TownInArea[],
): { p: IncidentProperties; town: PlaceMention; replaced?: IncidentProperties }[] {
  const byArea = new Map<IncidentProperties, TownInArea[]>();
  for (const t of towns) byArea.set(t.areaDraft, [...(byArea.get(t.areaDraft) ?? []), t]);
  // `وتوزع القتلى بين مدينة كفرنبل (4)، وبلدة حاس (3)، وقرية كفرنبودة (5)`: each town its own
  // figure, when every town has one and they add up to the toll of the one kind told.
  const shares = towns.map((t) => bracketFigure(article.body, t.town.end));
  const areas = [...byArea.keys()];
  const dead = areas.every((a) => a.injuries === null);
  const total = areas.reduce((n, a) => n + ((dead ? a.fatalities : a.injuries) ?? 0), 0);
  const sum = shares.reduce<number>((n, v) => n + (v ?? Number.NaN), 0);
  if (sum === total && sum > 0 && (dead || areas.every((a) => a.fatalities === null)))
    return [...byArea].flatMap(([area, group]) =>
      group.map((t, k) => {
        const p = draft(article, span, owner, t.town, t.area, area.confidence);
        const share = shares[towns.indexOf(t)]!;
        p.fatalities = dead ? share : null;
        p.injuries = dead ? null : share;
        p.strikes = k === 0 ? area.strikes : null;
        return { p, town: t.town, ...(k === 0 ? { replaced: area } : {}) };
      }),
    );
  return [...byArea].map(([area, [first, ...rest]]) => {
    const p = draft(article, span, owner, first!.town, first!.area, area.confidence);
    p.fatalities = area.fatalities;
    p.injuries = area.injuries;
    p.strikes = area.strikes;
    if (rest.length) p.alsoPlaces = rest.map(({ town }) => alsoPlace(town));
    return { p, town: first!.town, replaced: area };
  });
}

/** A clause opening a statement of its own (clauses.ts cuts before these): no denial runs into it. */
const NEW_STATEMENT =
  /^[وف]?(?:كما|حيث|فيما|بينما|وسط|لافتا|لافتة|مشيرا|مشيرة|مضيفا|ما ادي|مما|ما اسفر|في حين|بالتزامن|تزامنا|اضافة|بعد ان)(?![\p{L}])/u;

/**
 * Clauses whose event a denial earlier in the sentence denies, though commas cut them from it:
 * `نفت وزارة الدفاع الروسية، في بيان اليوم، التقارير التي تحدثت عن قصف طائراتها سوقاً في أريحا`.
 * The denial opens a clause that tells no event itself (else classify.ts reads it), denies no
 * mere responsibility, and runs on until a clause opens a statement of its own.
 */
function deniedByEarlierClause(clauses: Clause[]): Set<number> {
  const denied = new Set<number>();
  for (let j = 0; j < clauses.length; j++) {
    const c = clauses[j]!;
    if (c.cls || !hasWord(c.folded, CUES.untold)) continue;
    const tokens = tokenize(c.folded);
    const at = tokens.findIndex((t, k) => k < 3 && inSet(t.t, UNTOLD.denial));
    if (at < 0) continue;
    if (deniesResponsibility(c.folded, at + 1)) continue;
    for (let k = j + 1; k < clauses.length && !NEW_STATEMENT.test(clauses[k]!.folded); k++) {
      // `نفت قسد، في بيان، مسؤوليتها عن قصف أعزاز`: the denial of a part, the event stands.
      if (deniesResponsibility(clauses[k]!.folded)) break;
      denied.add(k);
    }
  }
  return denied;
}

const NONE_DENIED: ReadonlySet<number> = new Set();

/** Whether a responsibility word (`مسؤوليتها`) stands among the four tokens from `from`. */
function deniesResponsibility(folded: string, from = 0): boolean {
  return tokenize(folded)
    .slice(from, from + 4)
    .some((t) => UNTOLD.responsibility.has(t.t));
}

/** The folded body's offset tables, reused from report to report (`body` never escapes). */
const FOLD_BUFFERS = new FoldBuffers();

/**
 * Find the incidents a report tells. Per sentence, each clause with an event cue becomes one
 * incident per place it names (a list of five villages → five incidents); a clause without a
 * place borrows its sentence neighbour's; actors missing in a clause come from the previous
 * clause. Casualties go to the event clause they follow; a sentence with casualties but no event
 * is a period tally (`other`) dated by the report's stated period. Analysts' sentences, weapon
 * descriptions, earlier events (pluperfect `كانت ... قد`, or > 180 days before the report) and generic "shelling goes on"
 * clauses (when specific events exist) are background. Repeats within the report merge.
 *
 * @example extractIncidents(article, mentions).map((f) => f.properties.summaryEn)
 */
export function extractIncidents(article: ArticleIn, mentions: PlaceMention[]): IncidentFeature[] {
  const drafts: {
    p: IncidentProperties;
    generic: boolean;
    lon: number;
    lat: number;
    sentence: number;
  }[] = [];
  /** The index of the sentence read (drafts carry it, for `tollsAhead`). */
  let sentenceIndex = -1;
  let period: { date: EventDate; actors: Actor[] } | undefined;
  const body = foldText(article.body, FOLD_BUFFERS);
  const bySentence = new MentionsBySpan(mentions);
  const voice = outletVoice(article.outlet, article.date);
  /** The last clause with drafts of the sentence before, whose toll a next sentence may tell. */
  let previous: Clause | undefined;
  /** Every clause with drafts of the sentence before. */
  let previousAll: Clause[] = [];
  /** The first event of the sentence before when that sentence placed none (it named no place). */
  let placeless: Clause | undefined;
  /** The place mentions of the sentence before. */
  let previousMentions: readonly PlaceMention[] = [];
  /** The day of the report's last event told to the day (`وفي اليوم ذاته` means it). */
  let lastEventDay: string | undefined;
  /** The day the last sentence whose date was read stated (a statement's day). */
  let lastStatedDay: string | undefined;
  /** The period the last sentence that stated one stated, to the report named again after it. */
  let lastStatedPeriod: EventDate | undefined;
  /** Fire told at an area on a stated day with its toll, whose parts the sentences after it may tell. */
  let lead: Lead | undefined;
  /** The last clause with drafts of each kind told so far, oldest first. */
  const lastOfKind = new Map<string, Clause>();
  /** The sides of the last fight told with both (a later one naming one side is theirs). */
  let lastFight: Actor[] | undefined;
  /** The day of the last event of each kind the report stated to the day. */
  const lastDayOf = new Map<string, string>();
  /** Whether the report names the Turkish defence ministry (read when first asked). */
  let turkishMinistry: boolean | undefined;
  const namesTurkishMinistry = (): boolean => {
    turkishMinistry ??= TURKISH_MOD.test(body.text);
    return turkishMinistry;
  };
  /** Whether a sentence so far named the Russian defence ministry or its centre. */
  let russianMinistry = false;
  const sentences = sentenceSpans(article.body);
  /** From the start of the sentence that holds `m` to the end of `sentence`. */
  const readFrom = (m: PlaceMention, sentence: Span): Span => ({
    start: startOfSentenceAt(sentences, m.start),
    end: sentence.end,
  });
  for (const sentence of sentences) {
    sentenceIndex++;
    const before = previous;
    const beforeAll = previousAll;
    const mentionsBefore = previousMentions;
    previous = undefined;
    const sFolded = foldedSlice(body, sentence.start, sentence.end);
    // Clauses are cut first (also for a background sentence, which is rare) so that the
    // sentence's cue words are known from its clauses' without reading it again: clause bounds
    // never cut a word, and only spaces and punctuation lie outside the clauses.
    const hints = new PlaceHints(sFolded);
    // `وأسعفت المصابين إلى مستشفى الأتارب`: where the hurt were taken is no place of any event
    // of the sentence, nor of a toll told in it.
    const sMentions = hints.care
      ? bySentence.within(sentence).filter((m) => !isCareGoal(article.body, m))
      : bySentence.within(sentence);
    const spans = joinPlaceLists(
      article.body,
      clauseSpans(article.body, sentence.start, sentence.end, body),
      sMentions,
    );
    const folds = spans.map((span) => foldedSlice(body, span.start, span.end));
    knowWordsFromParts(sFolded, folds);
    // `غارات على مدينة سراقب التي سيطرت عليها الفصائل أمس`: who took the place and when
    // describe it; they are not the event's side or day.
    const placePast = describesPlacePast(sFolded);
    if (placePast) for (const [k, f] of folds.entries()) folds[k] = withoutPlacePast(f);
    const rare = hasWord(sFolded, CUES.rare);
    if (!russianMinistry && rare) russianMinistry = RUSSIAN_MOD.test(sFolded);
    if (isAnalystSentence(sFolded) && (!russianMinistry || isAnalystSentence(sFolded, true)))
      continue;
    const sDate = new SentenceDate(
      withoutHadBefore(placePast ? withoutPlacePast(sFolded) : sFolded),
      article.date,
      lastEventDay,
      lastStatedDay,
      lastDayOf,
      lastStatedPeriod,
    );
    const frontsBefore =
      !sMentions.length && THE_FRONTS.test(sFolded)
        ? placeOfLastFight(drafts, mentions)
        : undefined;
    const clauses = readClauses(article, spans, folds, sMentions, sDate, voice);
    // `وتمكنت قوات النظام من السيطرة على قريتي أم جلال والحراكي، بعد انسحاب الفصائل منهما`:
    // ground taken after the other side pulled out, cut from it by a comma, was taken without a
    // fight (as in one clause); the pulling out is how, no event of its own.
    // `…، بعد انسحاب الفصائل منها إثر القصف الجوي الروسي المكثف`: the fire that drove them out
    // is an event of its own, by the side named after its cue, not the side that pulled out.
    for (const [i, c] of clauses.entries()) {
      const next = clauses[i + 1];
      if (
        !c.cls?.taken ||
        c.cls.type !== 'clash' ||
        !next?.cls ||
        next.mentions.length ||
        !WITHDRAWAL_OPENS.test(next.folded) ||
        hasWord(c.folded, CUES.clash)
      )
        continue;
      const causeAt = FIRE_TYPES.has(next.cls.type) ? next.folded.search(DROVE_OUT) : -1;
      if (next.cls.event !== 'withdrawal' && causeAt < 0) continue;
      c.cls = { type: 'other', strength: 0.7, taken: true, event: 'taken-unfought' };
      if (causeAt < 0) next.cls = null;
      else next.borrowed = clauseActors(next.folded.slice(causeAt), next.cls.type);
    }
    // `أعلنت وزارة الدفاع التركية أن وقف إطلاق النار … سيدخل حيز التنفيذ …، بموجب اتفاق
    // روسي-تركي`: the deal's parties, named in the clause cut from it.
    for (const [i, c] of clauses.entries()) {
      const next = clauses[i + 1];
      if (c.cls?.type !== 'agreement' || !next || next.cls || !next.named.length) continue;
      if (!UNDER_DEAL.test(next.folded)) continue;
      c.borrowed = [...new Set([...c.actors, ...next.named])].filter((a) => a !== 'unknown').sort();
    }
    // `فشلت قوات النظام في محاولة للتقدم …، إثر هجوم عنيف …، تصدت له الهيئة`: an attack told
    // only by `هجوم` beside fighting is that fighting.
    // So is one added to the fighting's toll (`وأسفرت الاشتباكات عن مقتل 6 مقاتلين، إضافة إلى
    // مدنيين اثنين قضيا برصاص قناصة`).
    if (clauses.some((c) => c.cls?.type === 'clash'))
      for (const c of clauses)
        if (
          c.cls?.type === 'attack' &&
          (c.cls.strength <= GENERIC_ATTACK || (ADDED.test(c.folded) && !c.mentions.length))
        )
          c.cls = { type: 'clash', strength: c.cls.strength };
    // `قصفت قوات النظام قرية الجينة، الواقعة …، بالمدفعية الثقيلة`: the weapon, cut off by a
    // description between commas, is the means of the event before it, not one of its own.
    for (let k = 1; k < clauses.length; k++) {
      const c = clauses[k]!;
      if (c.cls && INSTRUMENT_ONLY.test(c.folded) && clauses.slice(0, k).some((p) => p.cls))
        c.cls = null;
    }
    // `سيطرت الهيئة على عفرين، بعد اشتباكات مع الفيلق الثالث`: the ground taken is what the
    // fight won, told by the fight's clause (which takes its places and its side from here).
    for (let k = 0; k < clauses.length - 1; k++)
      if (
        clauses[k]!.cls?.taken &&
        clauses[k]!.cls!.type === 'clash' &&
        clauses.some((n, j) => j > k && n.cls?.type === 'clash' && !n.cls.taken)
      )
        clauses[k]!.cls = null;
    // `سيطرت الفصائل على مدينة حلب، بعد انسحاب قوات النظام منها دون مقاومة تذكر`: ground taken
    // after the other side pulled out with no fight, as `دخلت … بعد انسحاب` is: taken unfought,
    // by the side that took it; the pull-out is how it changed hands, no event of its own.
    for (let k = 0; k < clauses.length - 1; k++) {
      const c = clauses[k]!;
      const n = clauses[k + 1]!;
      // `كما سيطرت الفصائل على مدينة معرة النعمان …، دون مقاومة تذكر`: the same when no fight
      // is all the clause after it tells.
      // `دخلت قوات النظام مدينة سراقب، بعد انسحاب الفصائل منها`: forces that went in after the
      // other side pulled out took the ground, as with no comma (`enteredUnfought`).
      if (
        (c.cls?.taken &&
          c.cls.type === 'clash' &&
          ((AFTER_WITHDRAWAL.test(n.folded) && UNFOUGHT.test(n.folded)) ||
            ONLY_UNFOUGHT.test(n.folded))) ||
        (c.cls?.wentIn && (AFTER_WITHDRAWAL.test(n.folded) || ONLY_UNFOUGHT.test(n.folded)))
      ) {
        c.cls = { type: 'other', strength: 0.7, taken: true, event: 'taken-unfought' };
        n.cls = null;
      }
    }
    // `دخلت قوات النظام، ليل أمس، مدينة خان شيخون، إثر معارك عنيفة مع الهيئة`, `…، وسيطرت عليها`:
    // forces that went in as part of the fight the sentence tells are that fight, not a
    // deployment of their own.
    const fight = clauses.find((c) => c.cls?.type === 'clash' || c.cls?.taken);
    if (fight) for (const c of clauses) if (c.cls?.wentIn) c.cls = { ...fight.cls!, strength: 0.8 };
    if (sDate.isRange) period = { date: sDate.date!, actors: sentenceActors(clauses) };
    // `تعزيزات … إلى جبل الزاوية، ووصلت إلى مدينة كفرنبل`: where the forces arrived is the
    // deployment's place too; `قصف … على ريف إدلب الجنوبي، تركز على بلدات مرعيان وإبلين`: where
    // the event centred is its place too.
    let told: Classified | null = null;
    for (const c of clauses) {
      if (
        !c.cls &&
        c.mentions.some((m) => m.geoPrecision < 3) &&
        c.folded.includes('ضرب') &&
        BARE_STRIKES.test(c.folded) &&
        AIR_REPORT.test(body.text)
      )
        c.cls = { type: 'airstrike', strength: 0.8 };
      else if (!c.cls && told?.type === 'deployment' && ARRIVED.test(c.folded))
        c.cls = { type: 'deployment', strength: 0.8 };
      else if (
        !c.cls &&
        told &&
        c.mentions.length &&
        (CENTRED.test(c.folded) ||
          (ADDS_TO.has(told.type) && ADDED.test(c.folded)) ||
          // `سيطرت الفصائل على مدينة حلب في 30 تشرين الثاني، ثم على مدينة حماة في الخامس من
          // الشهر`: the verb left out, the event goes on at the next place, on its own day.
          (ADDS_TO.has(told.type) &&
            (THEN_AT.test(c.folded) || thenAtName(article.body, c.start, c.mentions[0]!))) ||
          // `اشتباكات بين … من جهة، و… من جهة أخرى، على محاور خان طومان والراشدين`: the fronts
          // of the fighting, cut off by the sides' commas.
          (told.type === 'clash' && FRONTS_TOLD.test(c.folded)) ||
          // `ردت الفصائل على قصف …، باستهداف مواقع تلك القوات في …`: a reply in kind.
          (FIRE_OR_ATTACK.has(told.type) &&
            REPLY_MEANS.test(c.folded) &&
            clauses.some((p) => p !== c && p.repliers.length > 0)))
      )
        c.cls = { type: told.type, strength: 0.8 };
      else if (
        c.cls?.type === 'attack' &&
        c.cls.strength <= 0.7 &&
        (told?.type === 'shelling' || told?.type === 'airstrike') &&
        WHERE_TOLD.test(c.folded)
      )
        // `تبادلت الفصائل وقوات النظام القصف …، حيث استهدفت الفصائل مواقع قوات النظام في حلب`:
        // the fire told before, told where it fell, whoever fired.
        c.cls = { type: told.type, strength: 0.8 };
      else if (
        c.cls &&
        told &&
        c.cls.type !== told.type &&
        FIRE_TYPES.has(c.cls.type) &&
        FIRE_TYPES.has(told.type) &&
        c.folded.includes('مماثل') &&
        SIMILAR_FIRE.test(c.folded)
      )
        // `غارات روسية على قرية بابيلا، وذلك بعد يوم من مقتل 5 مدنيين بقصف مماثل على بلدة
        // معرشورين`: fire of the kind told before.
        c.cls = { ...c.cls, type: told.type };
      told = c.cls ?? told;
    }
    // `…، إثر اشتباكات عنيفة …، انسحبت على إثرها قوات النظام نحو بلدة محمبل`: a side falling
    // back from the fight its sentence tells is that fight's end, no deployment of its own.
    if (clauses.some((c) => c.cls?.type === 'clash'))
      for (const c of clauses)
        if (c.cls?.type === 'deployment' && FELL_BACK.test(c.folded)) c.cls = null;
    // A denial cut off by commas from what it denies: those clauses tell no event.
    const denied = clauses.length > 1 ? deniedByEarlierClause(clauses) : NONE_DENIED;
    for (const k of denied) clauses[k]!.cls = null;
    // `وحمّل الدفاع المدني قوات النظام المسؤولية عن القصف`, `واتهموا قوات النظام بتنفيذه`: who
    // is blamed for an event told already is its actor, no new event.
    // `فإن القصف مصدره قوات النظام`: the event told before, its side named by its source.
    if (
      (rare && (sFolded.includes('مسؤولي') || sFolded.includes('اتهم'))) ||
      (sFolded.includes('مصدر') && SOURCED.test(sFolded))
    )
      for (const c of clauses)
        blame(c, clauses, before, (m) => hints.origin && isOrigin(article.body, m));
    // `نفذ العدو الإسرائيلي مساء أمس عدواناً جوياً … مستهدفاً مواقع في المنطقة الوسطى. وأسفر
    // العدوان عن ارتقاء 14 شهيداً … في منطقة مصياف`: the event the sentence before told at no
    // place, named again where its toll fell: that event there, by its side, on its day (it was
    // a toll of no one's on the report's day).
    if (placeless)
      for (const c of clauses) {
        if (!RESULT_OF_NAMED.test(c.folded) || !sMentions.length) continue;
        if (!c.cls || (c.cls.type === TOLL_TYPE && !c.cls.event)) c.cls = { ...placeless.cls! };
        if (c.cls.type !== placeless.cls!.type) continue;
        if (!c.named.length) c.borrowed = placeless.actors;
        const day = placeless.date;
        if (day?.kind === 'day' && !c.knownDayOwn()) c.lendDay(day.date, day.precision);
      }
    const typed = clauses.filter((c) => c.cls);
    /** The day a pluperfect clause of this sentence took from the sentence before (see there). */
    let lentDay: string | undefined;
    /** Clauses that tell a part of the lead's fire (partOfLead). */
    const parts: Clause[] = [];
    for (const [i, c] of clauses.entries()) {
      if (!c.cls) continue;
      // `… قد استهدفت سوقاً شعبياً وسط المدينة بعدة غارات`: a clause cut from it goes on with it.
      if (lentDay && !c.date) c.lendDay(lentDay);
      // `قتل 18 مدنياً بقصف جوي روسي على مدن وبلدات محافظة إدلب أمس. وقتل 15 منهم بغارة على سوق
      // في مدينة إدلب`: a part of the lead's fire, on its day, by its side when it names none
      // (it was of the report's day, no one's, and the lead's sum was then counted twice).
      else if (lead && partOfLead(lead, c, sDate, sMentions)) {
        if (lead.day) c.lendDay(lead.day);
        // Fire from the ground is none of the air forces named beside the army's.
        if (!c.named.length) c.borrowed = sidesLent(lead.actors, c.cls.type, lead.draft.type);
        parts.push(c);
      }
      if (c.date && daysBetween(c.date.dateEnd ?? c.date.date, article.date) > BACKGROUND_DAYS)
        continue;
      // `سيطرت قوات النظام على سراقب مطلع عام 2020`: an event of a year gone by is background,
      // however soon after that year the report came.
      if (c.date?.kind === 'year') continue;
      // `استهدفت وحدات الجيش بضربات مركزة تجمعات للإرهابيين …، وكبدتهم خسائر فادحة`: the losses
      // the fire told before inflicted, at no place of their own, are its outcome, no fight.
      if (
        c.cls.type === 'clash' &&
        !c.mentions.length &&
        c.folded.includes('كبد') &&
        INFLICTED.test(c.folded) &&
        clauses.slice(0, i).some((p) => p.cls && FIRE_TYPES.has(p.cls.type))
      )
        continue;
      // `…، ما أدى لمقتل 9 عناصر من قوات النظام، وتدمير آليات عسكرية`: what the fire told
      // before destroyed, told by the bare noun at no place of its own, is its outcome.
      if (
        c.cls.type === 'attack' &&
        !c.mentions.length &&
        DESTRUCTION.test(c.folded) &&
        clauses.slice(0, i).some((p) => p.cls && FIRE_TYPES.has(p.cls.type))
      )
        continue;
      // `وتأتي هذه التعزيزات وسط تهديدات`: the event told already, named again (not what it came
      // after, `وجاء ذلك بعد ساعات من قصف …`); `رداً على استهداف المدنيين`: what the event
      // answered, untold.
      if (namesOnlyWhatWasTold(c.folded)) continue;
      // `وجاء القصف بعد يوم من هجوم بطائرات مسيرة …`: what the event named again came after, a
      // day or so before it.
      // `، وذلك بعد يوم من مقتل 5 مدنيين بقصف …`: so is one cut from the event it follows in
      // its sentence.
      const mayCameAfter =
        (c.folded.includes('بعد') || c.folded.includes('عقب')) && !c.knownDayOwn();
      const toldBefore = mayCameAfter
        ? clauses
            .slice(0, i)
            .reverse()
            .find((p) => p.drafts.length)
        : undefined;
      const back = mayCameAfter
        ? (daysCameAfter(c.folded) ?? (toldBefore ? daysCameAfter(c.folded, true) : undefined))
        : undefined;
      if (back !== undefined) {
        const named = toldBefore ?? before;
        const day = named?.drafts[0]?.date;
        if (day) c.lendDay(addDays(day, -back.days), back.precision);
      }
      // `رغم إعلان روسيا عن وقف لإطلاق النار`: what a concession grants is known already.
      if (CONCESSION.test(c.folded)) continue;
      // `اشتباكات … على محاور كفرنبل وحاس، وسط قصف جوي وبري مكثف`: fire amid a fight, with no
      // place or side of its own, is how the fight went, not an event that lends the fight's
      // sides to aircraft. (Fire both ways, `وسط قصف متبادل`, is the fight's sides' own.)
      if (
        isAmid(c) &&
        !c.mentions.length &&
        !c.named.length &&
        !c.folded.includes('تبادل') &&
        clauses.slice(0, i).some((p) => p.cls?.type === 'clash')
      )
        continue;
      // Unless what it answered is told in full, at a place and on a day (`، رداً على قصف
      // الطيران الحربي للمدنيين في بلدة تفتناز أمس، والذي خلّف قتيلين`).
      const inReply = IN_REPLY.test(c.folded);
      if (inReply && !(c.mentions.length && c.knownDayOwn())) continue;
      // `وتشهد مدينة إدلب فلتاناً أمنياً تتخلله عمليات اغتيال`: a state of things, told with no
      // day of its own.
      // So with a period told only as long (`وتشهد مناطق ريف حلب الشمالي انفلاتاً أمنياً
      // وتفجيرات متكررة منذ أشهر`).
      if (
        AS_A_RULE_HINT.test(c.folded) &&
        AS_A_RULE.test(c.folded) &&
        (!c.date || LONG_SINCE.test(c.folded))
      )
        continue;
      // `تشهد عفرين تفجيرات متكررة منذ آذار 2018`: what goes on for years is background too.
      if (c.date?.dateEnd && daysBetween(c.date.date, c.date.dateEnd) > LONGEST_EVENT_DAYS)
        continue;
      // The pluperfect tells earlier events (background), unless it dates one to a day: news
      // tell yesterday's strike that way too (`وكانت قوات النظام قد قصفت أمس مدينة محردة`).
      // Undated, it tells the event the sentence before told of its kind at its place, going
      // back to how it happened (`ارتفعت حصيلة الغارات على أريحا أمس إلى 12 قتيلاً. وكانت
      // طائرات حربية قد استهدفت سوقاً وسط المدينة …`): that event's day.
      if (PLUPERFECT.test(c.folded) && !datedPast(c.date, article.date)) {
        lentDay = dayToldBefore(c.cls.type, sMentions, beforeAll);
        if (!lentDay) continue;
        c.lendDay(lentDay);
      }
      // `القواعد التي كانت تنطلق منها المروحيات لإلقاء البراميل`: what used to happen there,
      // describing a place or a thing, is no event.
      // Not a place described after the event (`قصفت قوات النظام بلدة كفرنبل التي كانت تتعرض …`).
      if (c.folded.includes('كان')) {
        const habit = HABITUAL.exec(c.folded);
        if (habit && !classifyClause(c.folded.slice(0, habit.index))) continue;
      }
      let confidence = c.cls.strength;
      // `فيما ردت الأخيرة بقصف …`: the latter is the actor named last before, acting or hit.
      if (!c.actors.length && saysTheLatter(c.folded)) {
        const latter =
          lastNamedActor(foldedSlice(body, sentence.start, c.start), c.sinceFall) ??
          (before ? lastNamedActor(before.folded, c.sinceFall) : undefined);
        if (latter) c.borrowed = [latter];
      }
      /** The clause is a reply's means: the place replied to is not its place. */
      let replyMeans = false;
      // `اشتباكات بين قوات النظام من جهة، وهيئة تحرير الشام من جهة أخرى`: the comma cut the
      // second side into a clause of its own.
      if (c.cls.type === 'clash' && sFolded.includes('من جهة')) {
        const sides = clauses.filter((n) => n === c || sideCutOff(n)).flatMap((n) => n.sides);
        if (sides.length > c.actors.length) c.borrowed = [...new Set(sides)].sort();
      }
      // A clash names one side (`بعد اشتباكات مع الفيلق الثالث`): the other is the side an
      // earlier clause of its sentence names (`سيطرت الهيئة على مدينة عفرين،`).
      // Its allies named with it are still one side (`هجوم معاكس على مواقع قوات الأسد والميليشيات
      // الإيرانية`); a fight told before in the sentence with both sides is this one
      // (`المعارك بين قوات النظام … والفصائل …، إثر هجوم معاكس للفصائل`).
      // So is one told after it (`في اشتباكات عنيفة على محور خان طومان، إثر هجوم معاكس شنته
      // الفصائل على مواقع النظام`).
      const camp = c.cls.type === 'clash' ? sideCamp(c.actors, c.folded) : undefined;
      // Whether this clash's sides were joined from two clauses (then it has both).
      let joined = false;
      if (c.cls.type === 'clash' && (c.actors.length <= 1 || camp)) {
        const earlier = clauses.slice(0, i).reverse();
        const fight =
          earlier.find((p) => p.cls?.type === 'clash' && p.actors.length > 1) ??
          clauses.slice(i + 1).find((n) => n.cls?.type === 'clash' && n.named.length > 1);
        const other = fight ?? (c.actors.length ? earlier.find(namesActingSide) : undefined);
        if (other && (c.actors.length <= 1 || other.actors.some((a) => !camp!.has(a)))) {
          c.borrowed = [...new Set([...c.actors, ...other.actors])].sort();
          joined = true;
        }
      }
      // An agreement is between all the parties its sentence names (`توصل الرئيسان الروسي …
      // والتركي …، أمس في موسكو، إلى اتفاق`), not the last clause's alone; before its clause
      // or after it (`دخل وقف إطلاق النار حيز التنفيذ، …، بموجب الاتفاق الذي توصل إليه الرئيسان
      // الروسي والتركي`): in clauses that tell no other event.
      if (!c.actors.length && c.cls.type === 'agreement') {
        const parties = sentenceActors(
          clauses.filter((n) => n === c || !n.cls || n.cls.type === 'agreement'),
        );
        if (parties.length) c.borrowed = parties;
      }
      // `عقد المجلس المحلي في سرمدا اجتماعاً مع الأهالي`: a meeting of no named side is no talks.
      if (c.cls.meeting && !namesASide(c.actors)) continue;
      // `تحييد 8 إرهابيين`, the Turkish defence ministry's word for what its forces did: in its
      // statements (named in the report) the actor is Turkey.
      if (
        !c.actors.length &&
        (sFolded.includes('تحييد') || sFolded.includes('حيدت')) &&
        NEUTRALISED.test(sFolded) &&
        namesTurkishMinistry()
      ) {
        c.borrowed = ['turkey'];
      }
      // `اشتباكات عنيفة على محور كبانة، أسفرت عن مقتل 60 عنصراً من قوات النظام و29 من
      // الفصائل`: a fight that names no side has the sides its toll names.
      if (c.cls.type === 'clash' && !c.actors.length) {
        const toll = clauses
          .filter((n) => n !== c && !n.cls && (n.killed || n.injured))
          .flatMap((n) => n.sides);
        if (toll.length) c.borrowed = [...new Set(toll)].sort();
      }
      // `ردت الفصائل على قصف … لقوات النظام …، باستهداف مواقع تلك القوات`: the reply's means,
      // told in a clause of its own, is the replier's.
      if (!c.actors.length && i > 0 && REPLY_MEANS.test(c.folded)) {
        const who = clauses.slice(0, i).find((p) => p.repliers.length)?.repliers;
        if (who) {
          c.borrowed = who;
          replyMeans = true;
        }
      }
      // `شن الطيران التركي غارات على مواقع لـ"قسد"، تزامناً مع قصف مدفعي متبادل بين الطرفين`:
      // with no fight told before, fire both ways is between the two sides a clause before it
      // names, in its sentence or the one before; not the one side that clause's event is by.
      // So is fire both ways amid an event of its sentence, told without `بين الطرفين`
      // (`هاجمت الفصائل مواقع لقوات النظام في قرية الدقماق، وسط قصف مدفعي متبادل`): between
      // the attackers and the attacked, not the attackers' alone.
      const amidBothWays =
        !BOTH_SIDES.test(c.folded) && i > 0 && isAmid(c) && c.folded.includes('تبادل');
      if (
        !c.actors.length &&
        !lastFight &&
        FIRE_TYPES.has(c.cls.type) &&
        c.folded.includes('تبادل') &&
        (BOTH_SIDES.test(c.folded) || amidBothWays)
      ) {
        const sides = [
          ...clauses.slice(0, i).reverse(),
          ...(amidBothWays ? [] : [...beforeAll].reverse()),
        ]
          // A fight's sides joined from two clauses (`بين قوات النظام … من جهة، والفصائل وهيئة
          // تحرير الشام من جهة أخرى`) are its actors, not the second clause's side alone; there
          // may be more than two.
          .filter((n) => !sideCutOff(n))
          .map((n) =>
            n.cls?.type === 'clash' && n.actors.length > n.sides.length ? n.actors : n.sides,
          )
          .find((s) => s.length >= 2 && !oneCamp(s));
        if (sides) c.borrowed = [...sides].sort();
      }
      // `… هجوم بطائرات مسيرة انتحارية استهدف مواقع لقوات النظام، تبنته هيئة تحرير الشام`: who
      // claimed it, in a clause of its own after it.
      if (!c.actors.length) {
        const claim = clauses
          .slice(i + 1)
          .find((n) => !n.cls && n.named.length && CLAIMED.test(n.folded));
        if (claim) c.borrowed = [...claim.named];
      }
      // What an event answered is the other side's: it borrows no side from its sentence.
      if (!c.actors.length && !inReply) {
        // Not the second side of a fight cut off by a comma (`اشتباكات بين الفصائل من جهة، وقوات
        // النظام من جهة أخرى …، ترافقت مع استهدافات متبادلة`): the fight's clause has both.
        // Nor the parties of a deal (`مع بدء سريان وقف إطلاق النار الروسي – التركي، في حين رصد
        // المرصد خروقات تمثلت بقصف صاروخي`): who agreed is not who fired.
        // Nor the side of another kind of event this one came with (`أنشأت القوات التركية
        // نقطة جديدة في النيرب، بالتزامن مع تصاعد المعارك على محور سراقب`): who set up the post
        // is not who fought.
        // So is fire amid another kind (`شن الطيران الروسي 12 غارة على بلدات …، وسط قصف مدفعي
        // وصاروخي مكثف`: the shelling is no aircraft's); not fire both ways amid a fight
        // (`وسط قصف متبادل`), the fight's sides' own.
        const alongside = CONCURRENT.test(c.folded) || (isAmid(c) && !c.folded.includes('تبادل'));
        const prev = clauses
          .slice(0, i)
          .reverse()
          .find(
            (p) =>
              namesActingSide(p) &&
              !sideCutOff(p) &&
              (c.cls!.type === 'agreement' || !speaksOfADeal(p)) &&
              !(alongside && p.cls && p.cls.type !== c.cls!.type) &&
              // `أعلن مركز المصالحة الروسي في سوريا، أن الإرهابيين … نفذوا 18 عملية قصف`: who
              // speaks is not who fired what they say (`، أن …`), unless they speak of themselves
              // (`، أنها قصفت`) or go on to do it (`، وأرسلت تعزيزات`).
              !(p.cls === null && SPEECH_OPENS.test(p.folded) && THAT_OPENS.test(c.folded)),
          );
        // `كما طال القصف قرية البارة`: the sentence goes on with the event the one before told;
        // not when it names a side, hit (`كما قتل عنصران من الفصائل بقصف`: not the shellers).
        const goesOn =
          prev || !before?.cls || before.cls.type !== c.cls.type
            ? undefined
            : tellsGoingOn(c.folded) &&
                before.actors.length &&
                clauseActors(c.folded, 'clash', c.voice, c.sinceFall).length === 0
              ? before
              : undefined;
        // `… حيث استهدفت الفصائل مواقع قوات النظام في حلب، فيما قصفت قوات النظام بلدات …. وأدى
        // القصف على مدينة حلب إلى مقتل ثلاثة`: the fire told before at that very place.
        const there =
          goesOn && c.mentions.length
            ? beforeAll.find(
                (p) =>
                  p !== goesOn &&
                  p.cls?.type === c.cls!.type &&
                  p.actors.length > 0 &&
                  p.drafts.some((d) => d.placeId === c.mentions[0]!.placeId),
              )
            : undefined;
        const donor = prev ?? there ?? goesOn;
        if (donor) {
          c.borrowed = actingSides(donor);
          confidence *= donor === prev ? 0.9 : 0.8;
        } else if (c.cls.type === 'clash') {
          // `تواصلت المعارك على محور الكبينة، حيث تحاول قوات النظام التقدم في المنطقة`: how the
          // fight went, told after it, names its side.
          const how = clauses.slice(i + 1).find((n) => WHERE_TOLD.test(n.folded) && n.named.length);
          if (how) {
            c.borrowed = [...how.named];
            confidence *= 0.9;
          }
        }
      }
      // `وأضاف أن طائرات "سو-25" استهدفت معسكراً …` in a statement of the Russian defence
      // ministry: its own aircraft. Not drones: those it tells of are the factions'.
      if (
        !c.actors.length &&
        c.cls.type === 'airstrike' &&
        !c.folded.includes('مسير') &&
        russianMinistry &&
        SAYS.test(sFolded)
      )
        c.borrowed = ['russia'];
      // A clash still of one side, the other told only as `الإرهابيين` or `المرتزقة`: each
      // side's word for the other (state media's for the factions, Turkey's for the YPG, the
      // SDF's for the Turkish-backed factions).
      if (c.cls.type === 'clash' && c.actors.length) {
        const foe = unnamedFoe(c.actors, sFolded);
        if (foe) c.borrowed = [...c.actors, foe].sort();
      }
      // Still one side: the side the sentence names as hit (`قُتل 5 عناصر من قوات النظام، إثر
      // عملية تسلل نفذتها مجموعة من الهيئة`), else the fight the report told before with this
      // side in it (`واصلت الفصائل هجومها على مواقع قوات النظام … سيطرتها على عنجارة بعد معارك`).
      const stillCamp =
        c.cls.type === 'clash' && !joined ? sideCamp(c.actors, c.folded) : undefined;
      if (c.cls.type === 'clash' && (c.actors.length === 1 || stillCamp)) {
        const own = new Set(c.actors);
        const hit = clauses
          .filter((n) => n !== c)
          .flatMap((n) => n.sides)
          .filter((a) => !own.has(a) && (own.size === 1 || !stillCamp!.has(a)));
        const told = lastFight?.some((a) => own.has(a)) ? lastFight : undefined;
        const more = hit.length ? hit : (told ?? []);
        if (more.length) c.borrowed = [...new Set([...c.actors, ...more])].sort();
      }
      // `شنّ الطيران الحربي غارات`, told before Russia's air force came (30 September 2015):
      // the regime's, the only one striking the northwest from the air until then (the
      // coalition's rare strikes there are named as such).
      if (
        !c.actors.length &&
        c.cls.type === 'airstrike' &&
        (c.date?.date ?? article.date) < RUSSIA_JOINED
      )
        c.borrowed = ['regime'];
      // `قتل أربعة مدنيين جراء برميل متفجر سقط على مخيم`: barrel bombs are the regime's own
      // weapon, dropped by its helicopters and no one else's, until its fall.
      if (
        !c.actors.length &&
        c.cls.type === 'airstrike' &&
        BARRELS.test(c.folded) &&
        (c.date?.date ?? article.date) < FALL_OF_ASSAD
      )
        c.borrowed = ['regime'];
      // `قصف متبادل بين الطرفين`: fire both ways between the two sides of the fight the report
      // told before. (Not a mutual fire the sentence goes on to tell side by side: `قصف متبادل،
      // حيث استهدفت قوات النظام …، فيما قصفت الفصائل …`.)
      if (
        !c.actors.length &&
        lastFight &&
        FIRE_TYPES.has(c.cls.type) &&
        c.folded.includes('تبادل') &&
        BOTH_SIDES.test(c.folded)
      )
        c.borrowed = lastFight;
      // A launch site (`مصدره مواقع النظام في معرة النعمان`) is not where fire struck, nor where
      // what was launched was downed (`أسقطت … طائرات مسيرة أطلقها مسلحون من … إدلب`); a
      // withdrawal `من مواقعها في X` does happen at X.
      let othersAt: PlaceMention | undefined;
      let own =
        FIRE_TYPES.has(c.cls.type) || c.cls.event === 'aircraft-downed'
          ? c.mentions.filter(
              (m) =>
                !(hints.origin && isOrigin(article.body, m)) &&
                // `… لغارة قرب بلدة معرحطاط أثناء توجهه نحو خان شيخون`: not where it struck
                // (`retreat` is the pre-check of the words of a direction, `نحو`, `إلى` …).
                !(hints.retreat && isWayGoal(article.body, m)),
            )
          : c.mentions;
      // `مركز حميميم للمصالحة`: a body named after a place.
      own = own.filter((m) => !namesABody(article.body, m));
      /** The clause the place was taken from, when the clause names none of its own. */
      let placeDonor: Clause | undefined;
      // `إثر اشتباكات مع قوات النظام التي انسحبت نحو محمبل`: where the fight was is told
      // elsewhere in the sentence.
      if (c.cls.type === 'clash' && hints.retreat)
        own = own.filter((m) => !isRetreatGoal(article.body, m));
      // `إن القصف لم يسفر عن إصابات، مضيفاً أن حصيلة ضحايا الزلزال في مناطق شمال غربي سوريا
      // …`: the event told before, named again for what it did, takes no other clause's place.
      if (!own.length && c.folded.includes('ال') && RETOLD.test(c.folded)) continue;
      if (!own.length) {
        // `تعزيزات عسكرية تركية وقصف فصائل ... في مناطق أخرى جنوب إدلب`: the place is shared.
        // Not a clause of circumstances (`وسط مخاوف من تمدد الهيئة نحو مدينة أعزاز`): its place
        // is where something is feared, not where this happened. (`وسط ريف حماة`, in the middle
        // of a place, is the place.)
        // Not where a side fell back to (`…، انسحبت على إثرها قوات النظام نحو بلدة محمبل`):
        // the fight was at the place taken (`سيطرت الفصائل على مدينة أريحا، إثر اشتباكات …`).
        const placesOf = (n: Clause) =>
          c.cls!.type === 'clash' && hints.retreat
            ? n.mentions.filter((m) => !isRetreatGoal(article.body, m))
            : n.mentions;
        // Not a later clause telling its own event by another side (`وردّت الفصائل بقصف مصادر
        // النيران، في حين قصفت المدفعية التركية مواقع … في قرية عين دقنة`).
        const othersOwn = (n: Clause) =>
          n.cls !== null &&
          c.actors.length > 0 &&
          n.named.length > 0 &&
          !n.named.some((a) => c.actors.includes(a));
        let donated: PlaceMention[] = [];
        const gives = (n: Clause) => {
          // Talks take no place from another event's clause (`قصفت قوات النظام كنصفرة، تزامناً
          // مع اجتماع للجانبين الروسي والتركي في أنقرة`: the meeting was not at Kansafra).
          if (c.cls!.type === 'agreement' && n.cls !== null && n.cls.type !== 'agreement')
            return false;
          // Nor does an event from a concession (`ولم تتوقف الغارات رغم إعلان وقف لإطلاق النار
          // في إدلب`: the strikes were not told to be in Idlib).
          if (CONCESSION.test(n.folded)) return false;
          donated = placesOf(n);
          return donated.length > 0;
        };
        const donor =
          clauses.slice(i + 1).find((n) => !isAmid(n) && !othersOwn(n) && gives(n)) ??
          (replyMeans
            ? undefined
            : clauses
                .slice(0, i)
                .reverse()
                .find((p) => gives(p)));
        own = donor ? donated : [];
        placeDonor = donor;
        // `قتل ثمانية مدنيين بقصف، خمسة منهم في سراقب، وثلاثة في سرمين`: every place the toll
        // is shared out to, each with its own figure.
        let split = donor && tollBreakdown(article.body, clauses, clauses.indexOf(donor), c);
        // `أصيب 12 مدنياً، 7 منهم في سرمين، و5 في بنش، جراء قصف صاروخي لقوات النظام`: the toll
        // and its shares told before the event.
        if (!split && donor && !c.killed && !c.injured) {
          const before = sharedBefore(article.body, clauses, i);
          if (before) {
            split = before.split;
            c.sharedOf = before.toll;
          }
        }
        if (split) {
          own = [...split.parts.keys()];
          if (split.addsUp) c.breakdown = sharesByPlace(split.parts);
        }
        confidence *= 0.8;
        // `قصف صاروخي متبادل، حيث استهدفت قوات النظام بلدتي …`: a clause that only goes on to
        // tell where the fire fell tells who fired it too.
        if (donor && donor.cls === null && !c.actors.length) {
          const theirs = clauseActors(donor.folded, c.cls.type, donor.voice, donor.sinceFall);
          if (theirs.length) c.borrowed = theirs;
        }
      }
      // `إلى محيط قرية كفرجنة على الطريق الواصل بين عفرين وأعزاز`: the road's ends, when a town
      // or village of the event is told; else the road's first end is the nearest place told
      // (`استهدفت سيارة على الطريق الواصل بين بلدتي الأتارب وتقاد في ريف حلب الغربي`).
      if (own.length > 1 && hints.road) {
        const offRoad = own.filter((m) => !isRoadEnd(article.body, m));
        if (offRoad.some(isSpecific)) own = offRoad;
      }
      // `قتل ثمانية مدنيين بقصف على ريف إدلب، خمسة منهم في سراقب، وثلاثة في سرمين`: the towns
      // the toll is shared out to are where the event was; the area says where they are.
      // `قتل ثمانية مدنيين بقصف على سراقب وسرمين، خمسة منهم في سراقب وثلاثة في سرمين`: the
      // event's own towns, each with its share.
      // `قتل 18 مدنياً … على شمال غربي سوريا، بينهم 10 في مدينة معرة النعمان`: one town's share
      // is enough, the area keeping the others (the town was lost).
      if (own.length && !c.breakdown) {
        const split = tollBreakdown(article.body, clauses, i + 1, c, !own.some(isSpecific));
        if (split && !own.some(isSpecific)) {
          const area = own[0]!;
          own = [...own, ...split.parts.keys()];
          if (split.addsUp) c.breakdown = sharesByPlace(split.parts);
          // `قتل 14 مدنياً بغارات على ريف إدلب، خمسة منهم في كفرنبل وثلاثة في معرة النعمان`:
          // the towns' dead are among the area's, which keeps the others (6), so that none is
          // counted twice (the total went to the first town, and a figure to the next).
          else if (split.rest > 0) {
            c.breakdown = sharesByPlace(split.parts);
            c.breakdown.set(area.placeId, split.rest);
            othersAt = area;
          }
        } else if (split?.addsUp) {
          const ownIds = new Set(own.map((m) => m.placeId));
          if ([...split.parts.keys()].every((m) => ownIds.has(m.placeId)))
            c.breakdown = sharesByPlace(split.parts);
        }
      }
      // Only a launch site is named (`قتل شاب برصاص قناص من قوات النظام المتمركزة في جورين`):
      // the event is placed there, less surely, rather than lost with its toll.
      if (!own.length && c.mentions.length) own = c.mentions;
      // `وتشهد المنطقة منذ نهاية نيسان حملة … أسفرت عن مقتل أكثر من 300 مدني`: a season's toll
      // told of the area named before is kept there (campaign.ts), rather than lost.
      let areaBefore: PlaceMention | undefined;
      if (!own.length && !sMentions.length && (c.killed || c.injured)) {
        areaBefore = areaOfCampaign(c.folded, c.date, mentions, c.start);
        if (areaBefore) own = [areaBefore];
      }
      // `وشن الطيران الروسي عشرات الغارات على محاور القتال، فيما قتل 4 عناصر … باستهداف
      // الفصائل لآلية عسكرية`: a sentence naming no place but the fronts of the fighting told
      // before is on them, every event of it.
      if (!own.length && frontsBefore) {
        own = [frontsBefore];
        confidence *= 0.8;
      }
      // `وأرسلت تعزيزات عسكرية إلى المنطقة`, after an ambush near a town of the northern Latakia
      // countryside: forces sent to "the area" are sent to the area named before (as a season's
      // toll is), less surely.
      let sentTo: PlaceMention | undefined;
      if (
        !own.length &&
        !sMentions.length &&
        c.cls.type === 'deployment' &&
        TO_THE_AREA.test(c.folded)
      ) {
        sentTo = lastAreaBefore(mentions, c.start);
        if (sentTo) {
          own = [sentTo];
          confidence *= 0.8;
        }
      }
      if (!own.length) continue;
      const placed = targetPlaces(article.body, own);
      // Forces moved from one place to another (`من بلدة سرمين إلى مدينة أريحا`, route.ts): a
      // patrol is one, on the road named, or at its start with its end as a further place;
      // reinforcements are where they were sent.
      const patrol = c.cls.event === 'patrol';
      const route =
        c.cls.type === 'deployment' && (patrol || !c.cls.event) && c.mentions.length > 1
          ? movedAlong(article.body, c.mentions)
          : undefined;
      const targets = !route ? placed.targets : patrol ? [route.road ?? route.from] : [route.to];
      const { qualifiers } = placed;
      // `على طريق M4 من مدينة سراقب إلى …`: the route's start is no region of the road.
      if (route?.road && patrol) {
        const q = qualifiers.get(route.road);
        if (q === route.from || q === route.to) qualifiers.delete(route.road);
      }
      const strikesTold =
        c.cls.type !== 'airstrike'
          ? null
          : (strikeCount(c.folded)?.value ??
            (c.cls.event === 'drone-strike' ? droneStrikes(c.folded) : null));
      // `نفذت المقاتلات 14 ضربة جوية، توزعت على النحو التالي: 6 غارات على بلدة كنصفرة، …`: a
      // total the clauses it takes its place from share out, each with its own count, is no
      // count of that place's (Kansafra had the 14).
      const strikes =
        strikesTold !== null &&
        placeDonor?.cls?.type === 'airstrike' &&
        strikeCount(placeDonor.folded) !== null
          ? null
          : strikesTold;
      // `45 غارة على كل من: جرجناز (8)، تلمنس (5)`: the strikes of each place, in brackets
      // after it, when they are within the count told.
      const perPlace =
        strikes !== null && placed.targets.length > 1
          ? placed.targets.map((t) => bracketFigure(article.body, t.end))
          : undefined;
      const counted = perPlace?.filter((n) => n !== undefined) ?? [];
      const shares =
        counted.length > 1 && counted.reduce((a, n) => a + n!, 0) <= strikes!
          ? perPlace
          : undefined;
      const generic = c.generic;
      // The area that keeps the others of a toll shared out to towns in it, though the towns
      // are the places the event is told at.
      const placesDrafted =
        othersAt && !targets.includes(othersAt) ? [...targets, othersAt] : targets;
      for (const [k, place] of placesDrafted.entries()) {
        // Read from the sentence naming the area to this one: the evidence holds both.
        const span =
          place === areaBefore || place === frontsBefore || place === sentTo
            ? readFrom(place, sentence)
            : sentence;
        const p = draft(article, span, c, place, qualifiers.get(place), confidence);
        if (place === areaBefore) asToll(p);
        // Like a toll, a count of strikes on a list of places goes to the first only: `أربع
        // غارات على سرمين وبنش` is four strikes, not four on each (eight in all).
        p.strikes = shares ? (shares[k] ?? null) : k === 0 ? strikes : null;
        if (route && patrol && !route.road) {
          const { to } = route;
          p.alsoPlaces = [alsoPlace(to)];
        }
        c.drafts.push(p);
        drafts.push({ p, generic, lon: place.lon, lat: place.lat, sentence: sentenceIndex });
      }
      // `وتعرضت بلدات تلمنس ومعرشورين لقصف جوي ومدفعي`: fire from the air and from the ground
      // told as one bombardment is a shelling at each place too, by the clause's sides that fire
      // from the ground (not Russia's aircraft). The toll stays the air strike's.
      if (c.cls.type === 'airstrike' && !c.cls.event && AIR_AND_GROUND.test(c.folded)) {
        const ground = {
          cls: { type: 'shelling' as const, strength: c.cls.strength },
          actors: sidesLent(c.actors, 'shelling', 'airstrike'),
          date: c.date,
        };
        for (const place of targets) {
          const p = draft(article, sentence, ground, place, qualifiers.get(place), confidence);
          drafts.push({ p, generic, lon: place.lon, lat: place.lat, sentence: sentenceIndex });
        }
      }
    }
    // Casualties belong to the event clause they follow (`غارات على ... ما أدى إلى مقتل 3`), past
    // an event told as a circumstance (`معارك على محور تل ملح، وسط قصف متبادل، ما أسفر عن
    // مقتل 10 عناصر`: the fighting's dead, not the shelling's).
    let tallyKilled: number | null = null;
    let tallyInjured: number | null = null;
    /** The draft each clause's toll went to. */
    const tolledAt = new Map<Clause, IncidentProperties>();
    for (const [i, c] of clauses.entries()) {
      if (!c.killed && !c.injured) {
        // `… عن مقتل 8 مدنيين في جرجناز، و3 في معرة النعمان`: a bare figure at a place after a
        // toll of one kind is of that kind, at the event's draft there.
        const prev = i > 0 ? clauses[i - 1]! : undefined;
        const at = prev && tolledAt.get(prev);
        if (at && !c.cls && c.mentions.length === 1 && !prev.killed !== !prev.injured) {
          const value = partFigure(c.folded, false);
          const there = value === undefined ? undefined : sameEventAt(drafts, at, c.mentions[0]!);
          if (there) {
            if (prev.killed) there.fatalities ??= value!;
            else there.injuries ??= value!;
            // The figure is seen where it was read (in every draft of it there: they merge).
            for (const { p } of drafts)
              if (p.type === there.type && p.date === there.date && p.placeId === there.placeId)
                for (const e of p.evidence)
                  if (e.articleId === article.id) e.end = Math.max(e.end, sentence.end);
          }
        }
        continue;
      }
      const earlier = clauses.slice(0, i + 1).reverse();
      const owner = c.drafts.length
        ? c
        : (earlier.find((p) => p.drafts.length && !AMID.test(p.folded)) ??
          earlier.find((p) => p.drafts.length) ??
          typed.find((t) => t.drafts.length));
      const where = placedBy(c, clauses[i + 1]);
      const fellAt =
        owner &&
        owner !== c &&
        (WHERE_TOLD.test(c.folded) || RESULT_TOLD.test(c.folded)) &&
        !draftNamedIn(owner.drafts, where.mentions)
          ? tollWhereTold(article, sentence, where, owner, mentions)
          : [];
      if (fellAt.length) {
        for (const { p, town } of fellAt) {
          drafts.push({ p, generic: false, lon: town.lon, lat: town.lat, sentence: sentenceIndex });
          owner!.drafts.push(p);
          tolledAt.set(c, p);
        }
        continue;
      }
      const target = owner && tollTarget(owner, c, drafts);
      if (target) {
        if (owner !== c && isOtherSidesToll(c, clauses, owner)) addTollOfOtherSide(target, c);
        else addToll(target, c);
        tolledAt.set(c, target);
      } else if (!typed.length) {
        if (c.killed) tallyKilled ??= c.killed.value;
        if (c.injured) tallyInjured ??= c.injured.value;
      }
    }
    for (const c of clauses) if (c.drafts.length > 1) tollsByPlace(article.body, c);
    for (const c of clauses) if (c.breakdown) splitToll(c, c.breakdown);
    // The lead's parts told so far: the next may tell no more than it has left.
    for (const c of parts) {
      lead!.dead += c.killed?.value ?? 0;
      lead!.hurt += c.injured?.value ?? 0;
    }
    // An assassination kills its one target though no figure is told (`اغتال مسلحون، مساء أمس،
    // القيادي …`: the commas cut the victim from the verb); not an attempt (`محاولة اغتيال`).
    for (const c of clauses)
      if (c.cls?.type === 'attack' && ASSASSINATED.test(c.folded) && !ATTEMPT.test(sFolded))
        for (const d of c.drafts.slice(0, 1)) d.fatalities ??= 1;
    dropRetoldFire(clauses, drafts);
    if (sFolded.includes('حيث'))
      for (const { clause, draft } of areasToldWhere(clauses)) dropDraft(clause, drafts, draft);
    if (sFolded.includes('ارتفع') && RISEN_COUNT.test(sFolded)) joinRisenToll(clauses, drafts);
    if (beforeAll.length) shareRetold(clauses, beforeAll, drafts, mentionsBefore);
    // `وقُتل في الاشتباكات 22 عنصراً`: the fighting told before, though a shelling came after it.
    const tolled = before !== undefined && clauses.some((c) => c.killed || c.injured);
    // Or further back, past a sentence of other events (`… إثر اشتباكات عنيفة مع قوات النظام.
    // وترافقت الاشتباكات مع قصف جوي …. ووثق المرصد مقتل 12 عنصراً …، خلال المعارك`).
    const owner = tolled
      ? (sameKindBefore(beforeAll, clauses) ??
        sameKindBefore([...lastOfKind.values()], clauses) ??
        before)
      : undefined;
    // `وأفاد المرصد بمقتل 59 عنصراً … في محيط المدينة`: a place of that event named again is
    // no other place; the toll goes to the event there.
    const named = owner ? draftNamedIn(owner.drafts, sMentions) : undefined;
    if (
      owner &&
      tollOfPrevious(
        owner,
        clauses,
        sFolded,
        sDate,
        sMentions.some((m) => !owner.drafts.some((d) => namesPlaceOf(d.placeId, m))),
      )
    ) {
      // The toll is told here: the evidence of the event it joins takes this sentence in too,
      // so the highlighted text holds the figures a reader is shown.
      // `بالمقابل، قتل 7 من مقاتلي الفصائل` after a fight's dead of one side: the other side's,
      // which add up.
      const otherSide = owner.cls?.type === 'clash' && OTHER_SIDE.test(sFolded);
      for (const c of clauses) {
        if (!c.killed && !c.injured) continue;
        const target = named ?? owner.drafts[0]!;
        if (otherSide || isOtherSidesToll(c, clauses, owner)) addTollOfOtherSide(target, c);
        else addToll(target, c);
        for (const e of target.evidence) if (e.articleId === article.id) e.end = sentence.end;
      }
      tallyKilled = null;
      tallyInjured = null;
    } else if (owner && (tallyKilled != null || tallyInjured != null)) {
      // `قصفت الطائرات الروسية بلدات في ريف إدلب الجنوبي. وقتل خمسة مدنيين في كفرنبل وثلاثة
      // في معرة النعمان`: the towns in the area struck are where the strikes fell.
      const towns = townsInAreas(owner, sMentions, mentions);
      if (towns && tollOfPrevious(owner, clauses, sFolded, sDate, false)) {
        const span = { start: owner.drafts[0]!.evidence[0]!.start, end: sentence.end };
        for (const { p, town } of tollAtTowns(article, span, clauses, owner, towns))
          drafts.push({ p, generic: false, lon: town.lon, lat: town.lat, sentence: sentenceIndex });
        tallyKilled = null;
        tallyInjured = null;
      }
    }
    // `… مقتل 11 مدنياً جراء القصف على ريفي حماة وإدلب. وأوضح الفريق أن … سقطوا في بلدات
    // كفرنبودة وقلعة المضيق وخان شيخون`: the towns in the areas struck are where the dead fell.
    else if (before && !tolled && FELL_IN.test(sFolded) && clauses.every((c) => !c.drafts.length)) {
      const towns = townsInAreas(before, sMentions, mentions);
      if (towns) {
        const span = { start: before.drafts[0]!.evidence[0]!.start, end: sentence.end };
        for (const { p, town, replaced } of tollMovedToTowns(article, span, before, towns)) {
          // A town of its own share (`كفرنبل (4)، وحاس (3)`), past the first of its area.
          if (!replaced) {
            drafts.push({
              p,
              generic: false,
              lon: town.lon,
              lat: town.lat,
              sentence: sentenceIndex,
            });
            before.drafts.push(p);
            continue;
          }
          const at = drafts.findIndex((d) => d.p === replaced);
          if (at < 0) continue;
          const { sentence: told } = drafts[at]!;
          drafts[at] = { p, generic: false, lon: town.lon, lat: town.lat, sentence: told };
          before.drafts[before.drafts.indexOf(replaced)] = p;
        }
      }
    }
    for (const c of clauses) if (c.drafts.length) previous = c;
    // Its first event: what the clauses after it tell is how it went.
    placeless = previous ? undefined : clauses.find((c) => c.cls && !c.mentions.length);
    // `وأوضح الدفاع المدني أن القصف استخدمت فيه صواريخ محملة بذخائر عنقودية`: a sentence that
    // names no place only says more of the event before; the next goes on with that event
    // (`كما طال القصف محيط قرية مرعند`).
    const commentOnly = !previous && !sMentions.length && before !== undefined;
    if (commentOnly) previous = before;
    for (const c of clauses)
      if (c.drafts.length && c.cls?.type === 'clash' && c.actors.length > 1 && !oneCamp(c.actors))
        lastFight = c.actors;
    if (!commentOnly) {
      previousAll = clauses.filter((c) => c.drafts.length);
      previousMentions = sMentions;
    }
    for (const c of previousAll) {
      // Deleted first, so that the map's order is the order the kinds were last told in.
      lastOfKind.delete(c.cls!.type);
      lastOfKind.set(c.cls!.type, c);
    }
    // Only days the text states (a carried-over one has no span in it).
    const stated = sDate.known;
    if (stated?.kind === 'day' && stated.end > 0) lastStatedDay = stated.date;
    if (stated && stated.kind !== 'day' && stated.dateEnd && stated.end > 0)
      lastStatedPeriod = stated;
    for (const c of clauses) {
      const d = c.knownDate;
      if (d?.kind === 'day' && d.end > 0) lastStatedDay = d.date;
    }
    // A sentence of the lead's parts keeps it; another that tells an event may lead in its turn.
    if (!parts.length && clauses.some((c) => c.drafts.length)) lead = leadOf(clauses);
    const last = previous?.drafts.at(-1);
    for (const c of clauses)
      for (const d of c.drafts)
        if (d.timePrecision === 1 && !d.dateEnd && !d.dateFromReport) lastDayOf.set(d.type, d.date);
    // A day the report stated: one it did not (the report's own) is none to carry over.
    if (last)
      lastEventDay =
        last.timePrecision === 1 && !last.dateEnd && !last.dateFromReport ? last.date : undefined;
    const hasTally = tallyKilled != null || tallyInjured != null;
    // `وقتل في المنطقة أكثر من 300 مدني منذ نهاية نيسان`: a season's tally of the area named
    // before (campaign.ts).
    const tallyArea =
      hasTally && !sMentions.length
        ? areaOfCampaign(sFolded, sDate.date, mentions, sentence.start)
        : undefined;
    // `ارتفعت حصيلة ضحايا الزلزال … إلى أكثر من 4500`: the dead of a disaster are no toll of war.
    if (hasTally && (sMentions.length || tallyArea) && !DISASTER.test(sFolded)) {
      const isTally = hasWord(sFolded, CUES.tally) || sDate.isRange;
      const when = sDate.date ?? (isTally ? period?.date : undefined);
      const sActors = sentenceActors(clauses);
      const actors = sActors.length ? sActors : isTally && period ? period.actors : [];
      const { targets } = targetPlaces(article.body, tallyArea ? [tallyArea] : sMentions);
      const [first, ...rest] = targets;
      // `وثق المرصد مقتل 8 مدنيين في محافظة إدلب يوم الخميس، 5 منهم في أريحا و3 في سرمين`: each
      // town its share, when the shares add up.
      const told = tallyArea
        ? undefined
        : clauses.findIndex((c) => !c.cls && (c.killed || c.injured));
      const split =
        told !== undefined && told >= 0
          ? tollBreakdown(article.body, clauses, told + 1, clauses[told]!)
          : undefined;
      if (split?.addsUp) {
        for (const [town, share] of split.parts) {
          const p = draft(
            article,
            sentence,
            { cls: null, actors, date: when },
            town,
            undefined,
            0.7,
          );
          if (tallyKilled != null) p.fatalities = share;
          else p.injuries = share;
          drafts.push({ p, generic: false, lon: town.lon, lat: town.lat, sentence: sentenceIndex });
        }
      }
      // `قتلت مخلفات الحرب أكثر من 250 شخصاً في سوريا منذ …`: a country's tally is no incident.
      else if (first && first.placeId !== COUNTRY_ID) {
        const p = draft(
          article,
          tallyArea ? readFrom(tallyArea, sentence) : sentence,
          { cls: null, actors, date: when },
          first,
          undefined,
          0.7,
        );
        p.fatalities = tallyKilled;
        p.injuries = tallyInjured;
        if (rest.length) p.alsoPlaces = rest.map(alsoPlace);
        drafts.push({ p, generic: false, lon: first.lon, lat: first.lat, sentence: sentenceIndex });
      }
    }
  }
  const specific = drafts.some((d) => !d.generic);
  const kept = daySummaries(
    drafts.filter((d) => !d.generic || !specific),
    mentions,
    article.body,
  );
  tollsAhead(kept);
  // After the tolls found their events: only then is it known that one has a season's dead.
  for (const d of kept) asCampaignToll(d.p);
  return mergeIncidents(
    convoyOnward(
      kept.map((d) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [d.lon, d.lat] },
        properties: d.p,
      })),
      mentions,
    ),
    () => article.outlet,
  );
}
