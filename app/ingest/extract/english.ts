/**
 * Incidents of a report written in English (wire copy, monitors' English pages). A smaller
 * reading than the Arabic one (extractIncidents): per clause, the first event word decides the
 * type (air words before artillery, before blasts, fighting, attacks, troop moves, arrests and
 * protests, then talks), the side is the one named before the event word or after `by`, the
 * figures follow `killing` / `were killed` and `wounding` / `were wounded`, the day follows
 * `today`, `yesterday`, `on Monday`, `on 12 June`; places come from the English geocoder
 * (geocode/english.ts). What it does not read it leaves out rather than guesses: a clause that
 * only threatens or denies an event, a place-less clause, an event of a year before.
 *
 * The incidents have the same shape, ids and summaries (in both languages) as the Arabic
 * reading's, and merge with the same event read from an Arabic report.
 *
 * @example
 * extractEnglishIncidents(
 *   { id: 'a-1', body: 'Russian warplanes struck Kafr Nabl on Sunday, killing three civilians.', date: '2021-06-27', outlet: 'Reuters' },
 *   mentions,
 * )[0].properties.summaryEn // 'Russian airstrike on Kafr Nabl: 3 killed'
 */
import { booleanPointInPolygon } from '@turf/turf';
import type {
  Actor,
  Article,
  IncidentEvent,
  IncidentFeature,
  IncidentProperties,
  IncidentType,
  PlaceMention,
  TimePrecision,
} from '../../model';
import { TOLL_TYPE, VIOLENT_TYPES } from '../../model';
import { MentionsBySpan } from '../geocode/mentionsBySpan';
import { addDays, daysBetween } from '../reports/reportDates';
import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS } from '../text/englishCalendar';
import { ENGLISH_SMALL_NUMBERS, englishFigure as figure } from '../text/englishNumbers';
import { sentenceSpans, startOfSentenceAt } from '../text/sentences';
import { asCampaignToll, asToll, isCampaignSpan, lastAreaBefore } from './campaign';
import { convoyOnward } from './convoyOnward';
import { RECENT_DAYS, RECENT_WEEKS_DAYS } from './dates';
import { alsoPlace, incidentDraft, namesASide, sidesLent } from './draft';
import { FALL_OF_ASSAD, writtenSinceFall } from './era';
import { mergeIncidents } from './merge';
import { areaHolding, COUNTRY_ID, leaveTheOthers, WHOLE_REGION } from './others';
import { holds, isSpecific } from './places';
import { isRoadPlace } from './summary';

type ArticleIn = Pick<Article, 'id' | 'body' | 'date' | 'outlet'>;

/** An event older than this before the report is background, as in the Arabic reading. */
const BACKGROUND_DAYS = 180;
/** The English rules are fewer and plainer than the Arabic: their incidents are held less sure. */
const ENGLISH_CONFIDENCE = 0.8;

interface Cue {
  type: IncidentType;
  event?: IncidentEvent;
  /** Where the event word stands in the clause. */
  at: number;
  /** Talks told by a meeting alone: an event only between named parties (as in Arabic). */
  meeting?: true;
}

/** Event words in the order they win: `warplanes fired missiles` is an airstrike. */
const CUES: { type: IncidentType; event?: IncidentEvent; meeting?: true; re: RegExp }[] = [
  {
    type: 'other',
    event: 'aircraft-downed',
    // Bounded look-arounds: a clause of a hostile megabyte must not be scanned per word.
    // `warplanes` is one word: `planes` has no word boundary in it.
    // `residents shot one of the drones down`: the aircraft between the verb and `down`.
    re: /\b(?:shot|brought)\s+(?:[\w'-]+\s+){0,3}?(?:drones?|aircraft|jets?|helicopters?|(?:war)?planes?)\s+down\b|\b(?:shot down|downed|intercepted)\b(?=[^.]{0,80}\b(?:drones?|aircraft|jets?|helicopters?|(?:war)?planes?)\b)|\b(?:drones?|aircraft|jets?|helicopters?|(?:war)?planes?)\b[^.]{0,80}?\b(?:was|were)\s+(?:(?:later|also|reportedly|then|itself)\s+)?(?:shot down|downed|intercepted)\b/i,
  },
  // Ground taken (`captured the strategic town of Maarat al-Numan`, `seized Saraqib`, `taking
  // several towns including Suran`), as
  // `سيطر على` is: fighting, before the fire that came with it or before it (`after weeks of
  // heavy bombardment`). Not fighters or weapons captured.
  {
    type: 'clash',
    re: /\b(?:captured|capturing|recaptured|recapturing|seized|seizing|retook|retaken|retaking|overran|overrunning|took|taking|(?:took|taken|taking|seized|gained|regained)(?: full)? control (?:of|over)|took over|regained)\s+(?:(?:the|a)\s+)?(?:(?:more than|at least|over|nearly|about|some)\s+)?(?:(?:\d{1,3}|dozens of|several|two|three|four|five|six|seven|eight|nine|ten|string of|series of|number of|handful of|cluster of|group of|couple of|swathes? of|dozen|more|further|another|other|additional)\s+)?(?:(?:strategic|key|rebel-held|opposition-held|government-held|nearby|southern|northern|eastern|western|hilltop)\s+)?(?:(?:towns?|villages?|city|cities|hills?|areas?|airbase|air base|base|crossing|district)\b|(?!(?:Russian|Turkish|Syrian|Iranian|Kurdish|Iraqi|American|Hezbollah|HTS|ISIS|IS)\b)[A-Z])/,
  },
  // Before the air words: `a suicide bomber` is no bomber aircraft.
  {
    type: 'explosion',
    event: 'suicide-bombing',
    re: /\bsuicide (?:bomb(?:ers?|ings?|s)?|attacks?|car bombs?|vests?|belts?)\b|\bblew (?:himself|herself|themselves) up\b/i,
  },
  {
    type: 'airstrike',
    // Not `unmanned aircraft`: a drone (the cue after).
    re: /\b(?:air ?strikes?|air-strikes?|air raids?|warplanes?|war planes?|planes|fighter jets?|jets?|(?<!unmanned )aircraft|helicopters?|barrel bombs?|bombers?|aerial bombardment|(?:air|aerial) attacks?)\b/i,
  },
  {
    type: 'airstrike',
    event: 'drone-strike',
    re: /\b(?:drones?|UAVs?|unmanned (?:aircraft|aerial vehicles?))\b/i,
  },
  {
    type: 'shelling',
    // `pounded` is heavy fire; with air words it is an airstrike (the cue before).
    re: /\b(?:shell(?:s|ed|ing)?|artillery|mortars?|rockets?|missiles?|bombard(?:ed|ing|ment)|howitzers?|pound(?:ed|ing))\b/i,
  },
  {
    type: 'explosion',
    // `a car packed with explosives blew up at a checkpoint`.
    re: /\b(?:explosions?|explod(?:ed|es|ing)|explosive devices?|blasts?|car bombs?|roadside bombs?|sticky bombs?|magnetic bombs?|explosive-laden|(?:packed|laden|rigged|loaded) with explosives|blew up|blown up|IEDs?|improvised explosive|landmines?|mines?|booby-trapped|detonated|went off)\b/i,
  },
  // `strike` alone is, in this region's news, an air or drone strike.
  { type: 'airstrike', re: /\b(?:strikes?|bombing|bombed|bombs)\b/i },
  {
    type: 'clash',
    // `Rebel fighters swept into most of Aleppo city`: ground taken by storm.
    re: /\b(?:clash(?:es|ed)?|fighting|infighting|battles?|fought|firefights?|skirmish(?:es)?|repelled|infiltration attempts?|offensive|counter-?attacks?|counter-?offensives?|ground assault|swept into)\b/i,
  },
  // `launched an attack on the rebel-held village of Jibine`, `attacked regime positions`: an
  // attack on ground an armed side holds, or on its positions, is fighting, not fire on civilians.
  {
    type: 'clash',
    re: /\b(?:attack(?:s|ed)?|assault(?:s|ed)?)\s+(?:on\s+|against\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:(?:rebel|opposition|regime|government|HTS|insurgent|jihadist)-(?:held|controlled)|positions|frontlines?|front lines?)\b/i,
  },
  {
    type: 'attack',
    event: 'abduction',
    re: /\b(?:kidnapp?(?:ed|ing)|abduct(?:ed|ion|s)?)\b/i,
  },
  // `The Turkish military neutralized 51 regime soldiers in Idlib`: the Turkish defence
  // ministry's word for those its fire killed, wounded or caught; fire of no told kind.
  {
    type: 'attack',
    re: /\bneutrali[sz](?:ed|ing)["”’']?\s+(?:at least\s+|some\s+|more than\s+)?[\d,]+\s+(?:[\w'’-]+\s+){0,4}?(?:soldiers|troops|fighters|militants|terrorists|members|personnel|elements)\b/i,
  },
  {
    type: 'attack',
    // `died under torture`, `found shot in the head`: violence against one person, as `تحت
    // التعذيب` and `مقتولاً بطلق ناري` are.
    re: /\b(?:attack(?:s|ed)?|ambush(?:ed)?|assassinat(?:ed|ion)|executed|executions?|gunmen|shot dead|stormed|snipers?|gunfire|machine[- ]guns?|machine-gun fire|under torture|tortured to death|shot (?:in|through) the (?:head|chest|back|neck))\b/i,
  },
  { type: 'deployment', event: 'withdrawal', re: /\b(?:withdr(?:ew|awn|awal)|pulled out)\b/i },
  { type: 'deployment', event: 'patrol', re: /\bpatrols?\b/i },
  // `Turkish troops set up a new observation post in al-Nayrab`, `established a military post`.
  {
    type: 'deployment',
    event: 'post-set-up',
    re: /\b(?:set up|sets up|setting up|established|establish(?:es|ing)?|erected|built|build(?:s|ing)?)\s+(?:\w+\s+){0,4}?(?:posts?|bases?|outposts?)\b/i,
  },
  {
    type: 'deployment',
    // `Turkey sent 50 military vehicles into Idlib`: a convoy told by what it brought.
    re: /\b(?:reinforcements?|military convoys?|convoys?|deployed|deployment|military vehicles|armou?red vehicles)\b/i,
  },
  // Forces that went in (`Hayat Tahrir al-Sham fighters entered the town of Jandaris`), as
  // `دخلت أرتال الهيئة إلى` is.
  {
    type: 'deployment',
    re: /\b(?:fighters|forces|troops|militants|rebels|units|columns)\s+(?:\w+\s+){0,2}?(?:(?:re-?)?entered|moved into|pushed into|advanced into)\b/i,
  },
  { type: 'other', event: 'arrest', re: /\b(?:arrest(?:s|ed)?|detain(?:s|ed)?|detention)\b/i },
  {
    type: 'other',
    event: 'protest',
    // Not protesters counted among the dead or hurt (`Two protesters were killed`): a toll.
    re: /\b(?:protest(?:s|ed)?|demonstrat(?:ion|ions|ed)|(?:protesters|demonstrators)(?!\s+(?:were|was|have been|had been)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt|shot)))\b/i,
  },
  { type: 'other', event: 'raid', re: /\braid(?:s|ed)?\b/i },
  {
    type: 'agreement',
    re: /\b(?:ceasefire|cease-fire|truce|agreement|accord|talks|negotiations|memorandum|demilitari[sz]ed zone|buffer zone|cessation of hostilities|(?:halt|stop|end|cease)\s+(?:the\s+|all\s+)?(?:fighting|hostilities))\b/i,
  },
  // `Turkish and Russian officials met in Ankara`, `in a phone call`: talks, when the parties
  // are named (not a source who told a reporter by phone).
  { type: 'agreement', meeting: true, re: /\b(?:met|meetings?|phone call)\b/i },
  // Fire told by its verb alone, no weapon named (`Regime forces targeted the outskirts of
  // Kafr Ouaid`), as `استهدفت` is: an attack.
  { type: 'attack', re: /\btargeted\b/i },
];

/** Fire opened on a protest (`opened fire on the protesters`, `shot at demonstrators`). */
const FIRED_ON_PROTEST =
  /\b(?:opened fire|fired(?: live (?:ammunition|rounds|bullets))?|shot|shooting)\s+(?:on|at|into)\s+(?:the\s+|a\s+)?(?:crowds? of\s+)?(?:protesters|demonstrators|protests?|demonstrations?)\b/i;

/** A protest and what it was against, within a sentence's reach (bounded: see above). */
const PROTESTED_AGAINST =
  /\b(?:protest(?:s|ed|ers)?|demonstrat(?:ion|ions|ed|ors)|rall(?:y|ies|ied))\b(?=[^.]{0,80}?\b(?:against|denouncing|condemning|in protest at)\b)/i;
/**
 * Fire and blasts: what a protest may be against, and what `the attack` or `the strike` may name
 * again (FIRE_NAMED_AGAIN).
 */
const FIRE: ReadonlySet<IncidentType> = new Set(['airstrike', 'shelling', 'attack', 'explosion']);
/** The cues of fire and blasts, which may be what a protest was against. */
const FIRE_CUES = CUES.filter((c) => FIRE.has(c.type));

/** Talks still to come (`will meet next week`, `a meeting scheduled for Monday`). */
const TALKS_TO_COME =
  /\b(?:next (?:week|month|round|meeting|year)|upcoming|scheduled|expected to|due to (?:be|take|meet|resume|start|hold)|to be held)\b/i;

/** Fire that had gone on, or has for weeks (`had been pounding`, `have been shelling … for months`). */
const LONG_PAST =
  /\bhad been \w+ing\b|\b(?:has|have) been \w+ing\b[^.]*\bfor (?:weeks|months|years)\b/i;

/** Years or months of fire, right before its word (`years of bombardment`, `months of heavy shelling`). */
const YEARS_OF = /\b(?:years|months|decades|a decade)\s+of\s+(?:\w+\s+)?$/i;
/**
 * Days of fire an event came after, right before its word (`advanced into the town after days of
 * heavy shelling`): what came before, when the clause tells another event.
 */
const AFTER_DAYS_OF =
  /\bafter\s+(?:(?:several|many|a few|two|three|four|five|ten)\s+)?(?:days|weeks)\s+of\s+(?:\w+\s+)?$/i;
/** AFTER_DAYS_OF anywhere in a clause. */
const AFTER_DAYS_OF_ANY = new RegExp(AFTER_DAYS_OF.source.slice(0, -1), 'i');

/**
 * The first match of an event word not told as years of it (`villages emptied by years of
 * bombardment`: a long past, no event of a day), nor, with `past`, as what came before
 * (AFTER_DAYS_OF), with its index in the whole clause.
 */
function toldOnce(
  re: RegExp,
  clause: string,
  past: RegExp[],
): { index: number; end: number } | undefined {
  for (let from = 0; from < clause.length; ) {
    const m = re.exec(from ? clause.slice(from) : clause);
    if (!m) return undefined;
    const at = from + m.index;
    const before = clause.slice(Math.max(0, at - 40), at);
    if (!past.some((p) => p.test(before))) return { index: at, end: at + m[0].length };
    from = at + m[0].length;
  }
  return undefined;
}

/**
 * What people fled, right before its word (`displaced people who fled the government's
 * offensive last year`, `families fleeing the bombardment`): why they left, no event told.
 */
const FLED_FROM =
  /\b(?:fled|flee|flees|fleeing|escaped|escaping|displaced by|driven out by|uprooted by)\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}$/i;

/** Event words told as a long past or as what people fled: no event of a day. */
const LONG_AGO = [YEARS_OF, FLED_FROM];
const LONG_AGO_OR_BEFORE = [YEARS_OF, FLED_FROM, AFTER_DAYS_OF];
/** What had been done before the event, right before its word (`after the regime had `). */
const HAD_BEFORE = /\b(?:after|since|because|when)\s+[^,;]*?\bhad\s+(?:\w+\s+)?$/i;
const LONG_AGO_OR_HAD_BEFORE = [YEARS_OF, FLED_FROM, HAD_BEFORE];

/** Words that make the aircraft after them support (`backed by Russian jets`, `with the air support of`). */
const SUPPORT_BEFORE =
  /\b(?:backed|supported|aided|assisted|covered|escorted) by\s+(?:[\w-]+\s+){0,2}$|\bwith(?: the)? (?:air )?(?:support|backing|cover) (?:of|from)\s+(?:[\w-]+\s+){0,2}$|\bunder (?:the )?cover of\s+(?:[\w-]+\s+){0,2}$/i;

/** Breaches of a truce (`violations of the ceasefire`, `ceasefire violations`, `breached the truce`). */
const BREACHES =
  /\b(?:violations?|breach(?:es|ed)?|violat(?:ed|ing))\s+(?:of\s+)?(?:the\s+)?(?:ceasefire|cease-fire|truce|agreement|accord)\b|\b(?:ceasefire|cease-fire|truce)\s+(?:violations?|breach(?:es)?)\b/i;

/** Words that avert an event (`averting a government offensive`): it did not happen. */
const AVERT_WORDS = String.raw`avert(?:s|ed|ing)?|prevent(?:s|ed|ing)?|forestall(?:s|ed|ing)?|stave off|staving off`;

/** A release (`released`, `freed`, `set free`): the detention it tells of was before. */
const RELEASED = /\b(?:released|releases|releasing|freed|frees|set free)\b/i;

/** A deal made, not talks: `agreed`, `signed`, `reached an agreement`. */
const DEAL = /\b(?:agreed|signed|reached|struck)\b/i;
/**
 * A clause that threatens, plans or prepares, fears, denies or calls for an event tells none
 * (`The terrorists were preparing an attack on Turkish bases`, `called on all parties to respect the ceasefire`, as `داعياً … إلى الالتزام بوقف إطلاق النار`), nor one that
 * averts it (`averting a government offensive`). Lower case
 * only: `May` is a month (`On 3 May, warplanes struck Ariha`).
 */
const UNTOLD = new RegExp(
  String.raw`\b(?:would|could|might|may|will|threaten(?:s|ed|ing)?|warn(?:s|ed|ing)?|plans?|planning|prepar(?:ing|ed) (?:an?|to|for)|intends?|deni(?:ed|es)|did not|no longer|feared|fears|call(?:s|ed)? (?:on|for)|urg(?:es|ed)|demand(?:s|ed)|(?:a|only a) matter of (?:time|days|hours)|${AVERT_WORDS})\b`,
);

/** A bomb named before an attack's word (`a car bomb attack`, `a suicide attack`). */
const BOMB_BEFORE = /\b(?:bomb|bombs|explosive|explosives|suicide|IED)\s+$/i;
/** A bombing foiled or a bomb made safe, told before its word (`foiled a car bomb attack`). */
const FOILED =
  /\b(?:foil(?:s|ed|ing)?|thwart(?:s|ed|ing)?|defus(?:e|es|ed|ing)|dismantl(?:e|es|ed|ing)|disarm(?:s|ed|ing)?)\b/i;

/**
 * Fire said to have ended, right after its word (`the shelling stopped`, `the bombardment of
 * Maarat al-Numan has stopped since Thursday`, `the strikes ceased`): no event. Not `never
 * stopped`, nor `did not stop`.
 */
const STOPPED_AFTER =
  /^(?:\s+(?:of|on|in|against)\s+[^,.;]{0,40}?)?\s+(?:(?:has|have|had)\s+)?(?:stopped|ceased|halted|subsided)\b/;
/**
 * Fire's end told before its word (`a lull in the strikes`, `the halt of the shelling`, `agreed to
 * halt fighting`: no fight but a deal, told by the agreement cue).
 */
const STOP_BEFORE =
  /\b(?:(?:halt|pause|lull|end|cessation|stop)\s+(?:in|of|to)\s+(?:the\s+)?(?:[\w-]+\s+)?|(?:halt|stop|end|cease)\s+(?:the\s+|all\s+)?)$/i;

/** A clause saying no one was hurt (`No casualties were reported in the strikes`). */
const NO_HARM =
  /^\W*(?:(?:but|and)\s+)?(?:there\s+were\s+)?no\s+(?:(?:immediate|civilian)\s+)?(?:casualties|injuries|deaths|fatalities|victims)\b/i;

/** `since the`, `since its`, a word or two between, right before an event word. */
const SINCE_THE_BEFORE = /\bsince\s+(?:the|its|this|a)\s+(?:[\w-]+\s+){0,2}$/i;
/** A campaign's words: what a period of many events is named by. */
const CAMPAIGN_WORD = /^(?:offensive|campaign|operation|escalation)s?$/i;
/** What began, right after its event word (`began`, `was launched`, `erupted`). */
const BEGAN_AFTER = /^\s+(?:began|started|was launched|erupted|escalated|took effect)\b/i;

/** `no` or `without` right before an event word, a word or two between (`no Russian air strikes`). */
const NONE_BEFORE = /\b(?:[Nn]o|without)\s+(?:(?!one\b|fewer\b|less\b)[\w-]+\s+){0,2}$/;

/**
 * The event a clause tells, or undefined. An event word after a threat or denial is none.
 *
 * @example classifyEnglish('Regime forces shelled Ariha')?.type // 'shelling'
 */
export function classifyEnglish(clause: string): Cue | undefined {
  // `advanced into the town after days of heavy shelling`: the advance is the event; the days of
  // fire are, unless the clause tells nothing else (`ended an operation after four days of
  // fighting`).
  if (clause.includes('after') && AFTER_DAYS_OF_ANY.test(clause))
    return firstCue(clause, LONG_AGO_OR_BEFORE) ?? firstCue(clause, LONG_AGO);
  // `clashed with regime troops … after the regime had shelled a Turkish post`: the fight, what
  // had been done before it aside; alone it is the event (`The toll rose after jets had struck`).
  if (clause.includes(' had ') && HAD_DONE_BEFORE.test(clause))
    return firstCue(clause, LONG_AGO_OR_HAD_BEFORE) ?? firstCue(clause, LONG_AGO);
  return firstCue(clause, LONG_AGO);
}

/** classifyEnglish, an event word told as one of `past` not being the event. */
function firstCue(clause: string, past: RegExp[]): Cue | undefined {
  // `No casualties were reported in the strikes`: what the event told did not do, no event.
  if (NO_HARM.test(clause)) return undefined;
  // `Security forces opened fire on the protesters`: force used against a protest is an attack
  // by who fired (as `أطلقت … النار على المحتجين`), whatever the protest was against.
  const firedOn =
    clause.includes('protest') || clause.includes('demonstr')
      ? FIRED_ON_PROTEST.exec(clause)
      : null;
  if (firedOn) return { type: 'attack', at: firedOn.index };
  // `Hundreds protested in Idlib against the Russian bombardment`: the fire is what the protest
  // was against (as `مظاهرة للتنديد بالقصف`), unless fire was told first (it hit the protest).
  const against = PROTESTED_AGAINST.exec(clause);
  if (against && !FIRE_CUES.some((c) => c.re.test(clause.slice(0, against.index))))
    return { type: 'other', event: 'protest', at: against.index };
  // `where government artillery had been pounding residential areas for weeks`: fire that had
  // gone on before, no event of the day.
  if (clause.includes(' been ') && LONG_PAST.test(clause)) return undefined;
  for (const cue of CUES) {
    const m = toldOnce(cue.re, clause, past);
    if (!m) continue;
    // `Syrian government forces backed by Russian jets pressed an offensive`: air support is how
    // the ground forces fought, not the event (as `بدعم جوي روسي` is no air strike).
    if (
      cue.type === 'airstrike' &&
      SUPPORT_BEFORE.test(clause.slice(Math.max(0, m.index - 40), m.index))
    )
      continue;
    // An event word after a threat, a denial or what averts it is none; another family's word
    // before them may still tell one (`agreed … a demilitarised zone …, averting an offensive`).
    const untold = UNTOLD.exec(clause);
    if (untold && untold.index < m.index) continue;
    // `there had been no air strikes since midnight`: an event said not to have been.
    if (NONE_BEFORE.test(clause.slice(Math.max(0, m.index - 40), m.index))) continue;
    // `Since the offensive began on April 30, more than 270 civilians have been killed`: when a
    // campaign began, no event of its own (a toll over it, `since` dates). Not fighting that
    // went on (`since the clashes erupted on Tuesday in …`: the fight over those days).
    if (
      CAMPAIGN_WORD.test(clause.slice(m.index, m.end)) &&
      SINCE_THE_BEFORE.test(clause.slice(Math.max(0, m.index - 30), m.index)) &&
      BEGAN_AFTER.test(clause.slice(m.end, m.end + 40))
    )
      continue;
    // `Military police foiled a car bomb attack in Azaz`, `defused an explosive device`: a
    // bombing that did not happen (as `أحبطت … محاولة تفجير`).
    if (cue.type === 'explosion' || cue.type === 'attack') {
      const lead = leadIn(clause, m.index);
      if (FOILED.test(lead) && (cue.type === 'explosion' || BOMB_BEFORE.test(lead))) continue;
    }
    // `families returned to Atarib after the shelling stopped`, `a lull in the strikes`: fire
    // that ended is no event (as `بعد توقف القصف`); fire that never stopped still is.
    if (
      STOPPED_AFTER.test(clause.slice(m.end, m.end + 60)) ||
      STOP_BEFORE.test(clause.slice(Math.max(0, m.index - 30), m.index))
    )
      continue;
    // `two tanks, two armored vehicles and one howitzer … were destroyed`: arms hit, no fire of
    // theirs nor forces sent.
    if ((cue.type === 'shelling' || cue.type === 'deployment') && armsDestroyed(clause, m.index))
      continue;
    // `HTS released the activist after two months in detention`: no arrest of the day.
    if (cue.event === 'arrest' && RELEASED.test(clause)) continue;
    // `recorded 42 violations of the ceasefire`: breaches counted, no talks nor deal.
    if (cue.type === 'agreement' && BREACHES.test(clause)) continue;
    const deal = cue.type === 'agreement' && DEAL.test(clause);
    if (cue.type === 'agreement' && !deal && TALKS_TO_COME.test(clause)) return undefined;
    const found: Cue = { type: cue.type, at: m.index };
    if (cue.event) found.event = cue.event;
    if (cue.meeting) found.meeting = true;
    if (deal) found.event = 'deal';
    // An abduction that ended in a killing is an attack, as ACLED codes it.
    if (cue.event === 'abduction' && KILLED_WORD.test(clause)) delete found.event;
    return found;
  }
  return undefined;
}

/**
 * Whether the arms named at `at` are told destroyed (`… one howitzer belonging to the regime
 * forces were destroyed`): what was hit, not who fired.
 */
function armsDestroyed(clause: string, at: number): boolean {
  const after = DESTROYED_AFTER.exec(clause.slice(at, at + 90));
  // The arms are its subject: no verb of their own between (not `Regime artillery pounded the
  // town, and several houses were destroyed`).
  return after !== null && !VERB_BETWEEN.test(after[1]!);
}
/** Up to a passive of destruction after arms: what stands between (group 1). */
const DESTROYED_AFTER = /^([^.;]*?)\b(?:were|was|had been|have been)\s+destroyed\b/i;
const VERB_BETWEEN = /\s(?:(?!armou?red\b)\w+ed|hit|struck|fired|shot|fell|landed)\s/i;

/** The sides, by the names English news gives them. */
const ACTOR_NAMES: [Actor, RegExp][] = [
  // A state named by its capital or its leader too (`Moscow and Ankara agreed`, `Putin and
  // Erdogan discussed Idlib in a phone call`), as in Arabic (`موسكو`).
  ['russia', /\b(?:Russian?s?|Moscow|Kremlin|Putin)\b/g],
  // `Syrian` alone is anyone's (the Syrian Civil Defence, the Syrian Observatory): the state's
  // only before its arms (`Syrian and Russian air raids`, `Syrian troops`).
  [
    'regime',
    // The state's names (Syrian, government, the army) are Assad's until his fall (era.ts).
    /\bSyrian(?=\s+(?:and\s+Russian\s+)?(?:air\b|air-|jets|warplanes?|war planes|helicopters?|forces|troops|soldiers|artillery|military|army|regime|government))/g,
  ],
  // Sides named by their backers: the factions Turkey backs are the opposition's.
  ['opposition', /\b(?:Turkish|Turkey)-backed\b/g],
  ['regime', /\bRussian?-backed\b/g],
  [
    'regime',
    // Another state's government, or the opposition's and HTS's administrations, are not it.
    /\b(?:regime|(?<!(?:Turkish|Russian|Iranian|US|American|Israeli|Interim|Salvation|British|French)\s)government|pro-government|Syrian (?:Arab )?Army|Syrian army|SAA|Assad|loyalists?|Tiger Forces|Fifth Corps|Fourth Division|4th Division|25th Division|Syria['’]s (?:defen[cs]e ministry|interior ministry|army))\b/gi,
  ],
  // Not the backer of a side (`Turkey-backed factions`: the opposition, above).
  ['turkey', /\b(?:Turkey|Turkish|Türkiye|Turks|Ankara|Erdogan|Erdoğan)\b(?!-backed)/g],
  ['hts', /\b(?:HTS|Hay['’]?at Tahrir al-Sham|Tahrir al-Sham|Nusra Front|al-Nusra)\b/g],
  [
    'opposition',
    /\b(?:rebels?|opposition|Hurras al-Din|Ansar al-Tawhid|Turkistan Islamic Party|insurgents?|National Front for Liberation|National Liberation Front|NFL|NLF|Free Syrian Army|FSA|Syrian National Army|SNA|Ahrar al-Sham|Faylaq al-Sham|Sham Legion|Jaish al-Izza|Jaysh al-Izza|Levant Front|Hamza Division|Sultan Murad(?: Division)?|Nour al-Din al-Zenki|factions?|jihadists?|militants?)\b/gi,
  ],
  ['iran', /\b(?:Iran-backed|Iranian-backed|Iranian|Iran|Hezbollah)\b/g],
  ['isis', /\b(?:Islamic State|ISIS|ISIL|Daesh)\b/g],
  ['israel', /\b(?:Israel|Israeli|IDF)\b/g],
  ['sdf', /\b(?:SDF|Syrian Democratic Forces|YPG|Kurdish-led)\b/g],
  // `A U.S. strike`, `US forces`, `the United States`: case kept, so `us` is no side.
  [
    'coalition',
    /\b(?:US-led|U\.S\.-led|coalition|Pentagon|American|United States|US)\b|\bU\.S\.(?=\s)/g,
  ],
];

/**
 * The sides named in a report written since the fall of Assad's government (era.ts): the state's
 * names are the new government's, and so are its security forces (`General Security`); Assad's
 * side is named by his name or the regime's (`Assad loyalists`, `remnants of the former regime`).
 */
const ACTOR_NAMES_SINCE_FALL: [Actor, RegExp][] = [
  ...ACTOR_NAMES.filter(([actor]) => actor !== 'regime'),
  ['regime', /\bRussian?-backed\b/g],
  [
    'regime',
    /\b(?:regime|Assad|pro-Assad|loyalists?|remnants|(?:former|ousted|fallen|toppled|old) (?:regime|government|army)|Tiger Forces|Fourth Division|4th Division|25th Division)\b/gi,
  ],
  [
    'government',
    /\bSyrian(?=\s+(?:forces|troops|soldiers|army|military|government|security|Defen[cs]e Ministry|Interior Ministry))/g,
  ],
  [
    'government',
    /\b(?:(?<!(?:Turkish|Russian|Iranian|US|American|Israeli|Interim|Salvation|British|French|former|ousted|fallen|toppled|old|Assad|Assad's|Assad’s)\s)government|pro-government|Syrian (?:Arab )?Army|Syrian army|General Security|Public Security|Military Operations (?:Command|Administration)|Defen[cs]e Ministry forces|Syria['’]s (?:interim |transitional |new )?(?:defen[cs]e ministry|interior ministry|army|security forces))\b/gi,
  ],
  // `Security forces sent reinforcements to the city of Jableh`: the state's, named bare; not
  // another state's or the Kurdish-led administration's.
  [
    'government',
    /(?<!\b(?:Turkish|Kurdish|Kurdish-led|Israeli|Lebanese|Iraqi|Jordanian|SDF|US|American|Russian|Iranian|Assad|Assad's|Assad’s|former|ousted|old)\s)\b(?:new\s+)?security forces\b/gi,
  ],
  // `The interior ministry sent reinforcements`: a ministry named bare is the state's, as in
  // Arabic (`وزارة الداخلية`); not one named with another state's adjective.
  [
    'government',
    /(?<!(?:Turkish|Russian|Iranian|US|American|Israeli|British|French|Turkey['’]s|Russia['’]s|Iran['’]s|Israel['’]s|Ankara['’]s|Moscow['’]s)\s)\b(?:interior|defen[cs]e) ministry\b/gi,
  ],
];

/** A side named as whose ground it is (`government-held`, `rebel-controlled`): no actor. */
const HELD = /-(?:held|controlled|run|backed)\b/y;

/** The sides named in `text`, each with where it stands, in text order. */
function namedActors(text: string, sinceFall: boolean): { actor: Actor; at: number }[] {
  const out: { actor: Actor; at: number }[] = [];
  for (const [actor, re] of sinceFall ? ACTOR_NAMES_SINCE_FALL : ACTOR_NAMES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      HELD.lastIndex = m.index + m[0].length;
      if (!m[0].endsWith('-backed') && HELD.test(text)) continue;
      out.push({ actor, at: m.index });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

const JOINT = /\bjoint\b/i;
/** What a deal averted (`averting a government offensive`, `to prevent an offensive`). */
const AVERTED = new RegExp(String.raw`\b(?:${AVERT_WORDS})\b`, 'i');

/**
 * `by` before the side that acted: not before a gerund (`responded by shelling`), nor after a
 * verb of holding or backing (`a town held by Turkish-backed factions`: whose the place is).
 */
const BY =
  /(?<!\b(?:held|controlled|run|backed|supported|led|seized|captured|besieged|surrounded|occupied)\s)\bby\b(?!\s+[a-z]+ing\b)/gi;

/**
 * Who did what a clause tells: in fighting, talks and joint patrols every side named; else the
 * sides named before the event word (its subject: `Russian warplanes struck`), or after `by`;
 * else unknown. Sides named after the event word are its targets or victims (`killing two regime
 * soldiers`).
 *
 * @example englishActors('Rebels shelled regime positions in Jurin', { type: 'shelling', at: 7 }) // ['opposition']
 */
/** What had been done before the event, told after it (`after Turkey had given …`). */
const HAD_DONE_BEFORE =
  /\s(?:after|since|because|when)\s+[^,;]*?\bhad\s+(?!been\s+(?:fighting|clashing|battling)\b)\w+/i;

export function englishActors(
  clause: string,
  cue: Cue,
  tolls: readonly [number, number][][] = clauseTolls(clause).spans,
  sinceFall = false,
): Actor[] {
  // Each read once per clause: a hostile clause may name thousands of sides.
  const from = heardFrom(clause, cue.at);
  const told = namedActors(clause, sinceFall).filter((n) => n.at >= from);
  if (!sinceFall && from > 0 && STATE_MEDIA.test(clause.slice(0, from))) {
    told.push(...stateVoiced(clause, from));
    told.sort((a, b) => a.at - b.at);
  }
  // `The government blamed "terrorist organisations" for the Homs attack`: the side blamed,
  // none if it names no known one, not the one that blames (as `حمّلت … المسؤولية` in Arabic).
  // `…, first responders said, blaming Russian jets`: the side the tellers blame struck.
  const blaming = cue.type !== 'agreement' ? BLAMING_TAIL.exec(clause) : null;
  if (blaming) {
    const inTail = told.filter((n) => n.at > blaming.index).map((n) => n.actor);
    if (inTail.length) return uniqueSorted(inTail);
  }
  const blamed = BLAMED_FOR.exec(clause);
  if (blamed) {
    const end = blamed.index + blamed[0].length;
    return uniqueSorted(told.filter((n) => n.at > blamed.index && n.at < end).map((n) => n.actor));
  }
  // In fighting the dead are a side too (`Three HTS fighters were killed in clashes with regime
  // forces`); elsewhere a side inside a toll is its victim.
  // Not the side that backs one (`government forces backed by Russian air power`): support
  // lends the fight no side, as in Arabic (`بدعم جوي روسي`).
  if (cue.type === 'clash') {
    // `Fighting erupted around Saraqib after Turkey had given the regime a deadline`: who did
    // what had been done before the fight is no side of it, unless the fight names it.
    const before = clause.includes(' had ') ? HAD_DONE_BEFORE.exec(clause) : null;
    const end = Math.min(
      before && before.index > cue.at ? before.index : clause.length,
      tellerAfter(clause, cue.at),
    );
    return uniqueSorted(
      told
        .filter(
          (n) =>
            n.at < end &&
            !BACKING_BEFORE.test(leadIn(clause, n.at)) &&
            // `encircled a Turkish military observation post in Morek`: the side besieged.
            !ENCIRCLED_BEFORE.test(leadIn(clause, n.at)),
        )
        .map((n) => n.actor),
    );
  }
  // `neutralized 309 Assad regime soldiers`: the Turkish defence ministry's word for those its
  // fire killed, wounded or caught: their side was hit (no toll is read from it).
  const hit = clause.includes('neutrali') ? [...clause.matchAll(NEUTRALISED)] : [];
  const named = told.filter(
    (n) =>
      !within(tolls, n.at) && !hit.some((m) => n.at >= m.index && n.at < m.index + m[0].length),
  );
  // A protest has no side, not even the one it was against (as in Arabic).
  if (cue.event === 'protest') return [];
  if (
    cue.type === 'agreement' ||
    cue.event === 'aircraft-downed' ||
    // `a joint patrol with Turkish forces`: both sides patrol.
    (cue.event === 'patrol' && JOINT.test(clause))
  ) {
    // `… agreed …, averting a government offensive`: the side of what was averted is no party.
    const averted = cue.type === 'agreement' ? AVERTED.exec(clause) : null;
    const end = Math.min(averted ? averted.index : clause.length, tellerAfter(clause, cue.at));
    const parties = named.filter((n) => n.at < end);
    return uniqueSorted(parties.map((n) => n.actor));
  }
  // `died under torture in an HTS prison`: whose prison it was (not any prison told: `shot near
  // the regime prison`).
  const prison = cue.type === 'attack' && /\btortur/i.test(clause) ? PRISON_OF.exec(clause) : null;
  if (prison) {
    const end = prison.index + prison[0].length;
    const keepers = named.filter((n) => n.at >= prison.index && n.at < end);
    if (keepers.length) return uniqueSorted(keepers.map((n) => n.actor));
  }
  BY.lastIndex = 0;
  for (let m = BY.exec(clause); m; m = BY.exec(clause)) {
    const after = named.find((n) => n.at > m!.index && n.at - m!.index < 40);
    if (after) return [after.actor];
  }
  // `Russia's Hmeimim air base came under a drone attack`: what came under fire is its target.
  const under = CAME_UNDER.exec(clause);
  const subjectEnd = attackersEnd(clause, cue.at);
  const before = named.filter(
    (n) =>
      n.at <= subjectEnd &&
      !OBJECT_OF_FIRE.test(leadIn(clause, n.at)) &&
      !(under && n.at < under.index) &&
      // `a Russian-Turkish joint patrol … was cut short after a roadside bomb exploded`: the
      // patrol a blast hit is no side of it.
      !(cue.type === 'explosion' && PATROL_AFTER.test(clause.slice(n.at, n.at + 60))),
  );
  return uniqueSorted(before.map((n) => n.actor));
}

/**
 * A teller named at the clause's end, after its event (`…, a Turkish security source said`):
 * a source, no side of the fight or the talks.
 */
const TELLER_LAST =
  /,\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,6}?(?:said|reported|told\s+[\w-]+|announced|stated)\b[^,;]*$/i;

/** Where a teller named after the event word at `at` starts (TELLER_LAST); else the clause's end. */
function tellerAfter(clause: string, at: number): number {
  const m = TELLER_LAST.exec(clause);
  return m && m.index > at ? m.index : clause.length;
}

/** The attackers named as such (`Gunmen`, `Snipers`): the event word, but its subject too. */
const ATTACKERS_WORD = /^(?:gunmen|snipers?|assailants|attackers)\b/i;
/** The act the attackers did, after their description (`… ambushed`, `… opened fire`). */
const ATTACKERS_DID =
  /\b(?:attack(?:ed|s)?|ambush(?:ed|es)?|stormed|raided|shot|opened fire|fired|killed|assassinated|executed|kidnapped|abducted)\b/i;
/** How far the attackers' description may run before their act (`Gunmen loyal to … Assad`). */
const ATTACKERS_REACH = 80;

/**
 * The event word's owner told after it (`An unmanned aircraft of the international coalition`,
 * `a drone belonging to the US-led coalition`, `warplanes affiliated with the regime`): up to
 * the side's name, the subject's. Only the aircraft's own words between (`drone strike of`):
 * a verb between makes the side after `of` what was hit (`a drone hit positions of HTS`).
 */
const OWNER_AFTER =
  /^[\w-]+(?:\s+(?:strikes?|attacks?|raids?|aerial|vehicles?|aircraft|planes?|jets?)){0,2}\s+(?:of|belonging to|affiliated (?:with|to)|operated by|owned by|loyal to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}[\w-]+/i;

/**
 * Where a clause's subject ends for its event word at `at`: right after it, or, when that word
 * names the attackers (`Gunmen loyal to ousted President Bashar Assad ambushed …`), at their
 * act, so that the side their description names is theirs (it was unknown).
 */
function attackersEnd(clause: string, at: number): number {
  const word = ATTACKERS_WORD.exec(clause.slice(at, at + 12));
  if (!word) {
    const owner = OWNER_AFTER.exec(clause.slice(at, at + 80));
    return owner ? at + owner[0].length : at + 1;
  }
  const from = at + word[0].length;
  const act = ATTACKERS_DID.exec(clause.slice(from, from + ATTACKERS_REACH));
  return act ? from + act.index : at + 1;
}

/** A side's name, then its patrol or convoy (`Russian-Turkish joint patrol`, `Turkish convoy`). */
const PATROL_AFTER =
  /^[\w'’]+(?:-[\w'’]+)*\s+(?:(?:joint|military|armou?red)\s+){0,2}(?:patrols?|convoys?|vehicles?|columns?)\b/i;

/**
 * Fire told by what it hit (`the base came under a drone attack`, `came under fire`, `A Turkish
 * military convoy was hit by a roadside bomb`).
 */
const CAME_UNDER =
  /\b(?:came|come|comes|coming) under\b|\b(?:was|were|been|being)\s+(?:\w+\s+)?(?:hit|targeted|attacked|struck|bombed|shelled|ambushed)\b/i;

/**
 * A verb of encircling before the side whose post it was (`encircled a Turkish military
 * observation post`, `besieged the Turkish post`): what ground taken surrounded is no side of it.
 */
const ENCIRCLED_BEFORE =
  /\b(?:encircl(?:ed|es|ing)|surround(?:ed|s|ing)|besieg(?:ed|es|ing)|cut off)\s+(?:an?\s+|the\s+)?$/i;

/** Who backs a side in a fight, up to it (`backed by`, `with the support of`). */
const BACKING_BEFORE =
  /\b(?:(?:backed|supported|aided|covered)\s+by|with\s+(?:the\s+)?(?:help|support|backing|cover)\s+of)\s+(?:the\s+)?$/i;

/**
 * The sides a sentence blames for fire named again (`blamed the Kurdish YPG militia for the
 * attack`, `blamed the attack on the YPG`); none when it names no fire again or no known side.
 */
function blamedFor(text: string, sinceFall: boolean): Actor[] {
  const span =
    FIRE_NAMED_AGAIN.test(text) || BLAST_BLAMED.test(text)
      ? (BLAMED_FOR.exec(text) ?? BLAMED_ON.exec(text))
      : (FIRED_FROM_HELD.exec(text) ?? BLAMED_LAST.exec(text));
  if (!span) return [];
  // (`regime-held positions`: the side that holds them, where a place held is no one's act.)
  const within = text.slice(span.index, span.index + span[0].length).replace(HELD_MARK, ' ');
  return uniqueSorted(namedActors(within, sinceFall).map((n) => n.actor));
}

/**
 * Fire told to have come from where a side holds (`the facility was hit by artillery shells fired
 * from areas controlled by government forces`, `rockets fired from regime-held positions`,
 * `Artillery shelling from areas jointly held by regime forces and the SDF hit …`), up to the
 * sentence's end, a comma or the verb of what it hit.
 */
const HELD_MARK = /-(?:held|controlled)\b/gi;
const FIRED_FROM_HELD =
  /\b(?:fired|launched|shelling|fire|shells|rockets)\s+from\s+(?:(?:areas?|positions?|territory)\s+(?:jointly\s+)?(?:controlled|held)\s+by\s+[^.;,]{1,60}?(?=\s+(?:hit|struck|targeted|fell|landed|on|at)\b|[.;,]|$)|[^.;,]{1,40}?-(?:held|controlled)\s+(?:areas?|positions?|territory))/i;

/**
 * A side blamed at a sentence's end, the fire left unnamed (`No group claimed responsibility,
 * but Turkey's defence ministry blamed the Kurdish YPG militia.`): the fire told last is meant.
 * Not a side blamed for something else (`blamed the YPG for shortages of bread`).
 */
const BLAMED_LAST = /\bblam(?:ed|es)\s+(?:(?!\b(?:for|on)\b)[^.;,]){1,50}?\s*[.;]?\s*$/i;

/** A blast or fire blamed by its own name (`blamed the YPG for the blast`, `behind the explosion`). */
const BLAST_BLAMED =
  /\b(?:for|behind|blamed|blames)\s+(?:the|that|this|these)\s+(?:blasts?|explosions?|bombings?|shelling|bombardment)\b/i;

/** Fire blamed on a side (`blamed the attack on the YPG`), up to the sentence's end or a comma. */
const BLAMED_ON =
  /\b(?:blamed|blames|blaming)\s+(?:the|that|this)\s+(?:attack|strike|bombing|blast|explosion|shelling)s?\s+on\s+[^.;,]{1,80}/i;

/** A side's prison (`in an HTS prison`, `in one of the regime's detention centres`). */
const PRISON_OF =
  /\b(?:in|inside|at)\s+(?:an?|the|one of)\s+(?:the\s+)?[^,.;]{1,30}?\s+(?:prisons?|jails?|detention)\b/i;

/**
 * `A rocket fired from rebel-held areas hit …`: a clause that names no side of its own is by the
 * side holding where the fire came from (as `مصدرها مناطق سيطرة الفصائل`).
 */
function firedFromHeld(text: string, sinceFall: boolean): Actor[] {
  const m = text.includes('from') ? FIRED_FROM_HELD.exec(text) : null;
  if (!m) return [];
  const within = m[0].replace(HELD_MARK, ' ');
  return uniqueSorted(namedActors(within, sinceFall).map((n) => n.actor));
}

/** A tail that blames a side for the event told (`…, activists said, blaming Russian jets`). */
const BLAMING_TAIL = /,\s+(?:and\s+)?(?:blaming|accusing)\s+(?=[^,;.]{1,60}[.!]?\s*$)/i;

/** Who a side blames, up to what for (`blamed "terrorist organisations" for the attack`). */
const BLAMED_FOR =
  /\b(?:blamed|blames|blaming|accused|accuses|accusing)\s+[^.;]{1,80}?\s(?:for|of)\b/i;

/**
 * A side right after a verb of fire is what was hit (`destroyed a regime tank with a missile`,
 * `attacked Turkish positions`, `striking Syrian government targets`: the side's name may start
 * with its nation's), though the event's word comes after it.
 */
const OBJECT_OF_FIRE =
  /\b(?:destroyed|destroying|hit|hitting|targeted|targeting|struck|striking|attacked|attacking|shelled|ambushed|bombed|pounded)\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+|\d+\s+)?(?:Syrian\s+(?:Arab\s+)?)?$/i;

/** The few words before `at`, where a side's verb stands. */
function leadIn(clause: string, at: number): string {
  return clause.slice(Math.max(0, at - 40), at);
}

/** Damascus's media as the teller (`State news agency SANA said`, `state television reported`). */
const STATE_MEDIA =
  /\b(?:SANA|state(?:-run)? (?:\w+ )?(?:news agency|media|television|TV|broadcaster|news))\b/i;
/**
 * The sides Damascus's media name by their bare words (until its fall): its own troops (`said
 * troops seized Kafr Naha`) and `terrorists`, its word for the factions.
 */
const STATE_WORDS: [Actor, RegExp][] = [
  [
    'regime',
    /(?<!\b(?:Turkish|Russian|Iranian|US|American|Israeli|rebel|opposition|Kurdish)\s)\b(?:troops|soldiers|army units|the army)\b/gi,
  ],
  ['opposition', /(?<!\b(?:IS|ISIS|ISIL|Daesh|State)\s)\bterrorists?\b/gi],
];

/** The sides Damascus's media name by their bare words, past offset `from`. */
function stateVoiced(clause: string, from: number): { actor: Actor; at: number }[] {
  const out: { actor: Actor; at: number }[] = [];
  for (const [actor, re] of STATE_WORDS)
    for (const m of clause.slice(from).matchAll(re)) out.push({ actor, at: from + m.index });
  return out;
}

/** Who tells the event (`the Turkish defence ministry said`, `according to Russian media,`). */
const ATTRIBUTION =
  /\b(?:said|says|reported|announced|stated|claimed|confirmed|according to [^,]{0,60},)\s*(?:that\s+)?/gi;
/**
 * The teller speaks of itself (`the Syrian army said it had repelled`, `said on Monday it had
 * ended`): it is the side.
 */
const OF_ITSELF =
  /^(?:(?:on \w+|yesterday|today|late \w+|earlier|in a statement)\s*,?\s+)?(?:that\s+)?(?:it|they|its|their)\b/i;

/** The teller's own told as hit (`its observation post … had been targeted`). */
const DONE_TO_IT =
  /^(?:[^,.;]{0,60}?)\b(?:had been|has been|have been|was|were|came under|come under|been)\s+(?:\w+\s+)?(?:targeted|hit|attacked|shelled|struck|bombed|fired (?:on|upon)|surrounded|encircled|attack|fire|shelling)\b/i;

/**
 * Where the event's telling starts: after the last attribution before the event word, so that
 * sides named before it are the sources, not the doers; 0 when there is none, or when the
 * teller speaks of itself.
 */
function heardFrom(clause: string, cueAt: number): number {
  let from = 0;
  ATTRIBUTION.lastIndex = 0;
  for (let m = ATTRIBUTION.exec(clause); m && m.index < cueAt; m = ATTRIBUTION.exec(clause)) {
    const end = m.index + m[0].length;
    const rest = clause.slice(end);
    // `Turkey's defence ministry said its observation post … had been targeted`: what was done
    // to the teller's own is not its doing.
    if (!OF_ITSELF.test(rest) || DONE_TO_IT.test(rest)) from = end;
  }
  return from;
}

/** What a clause tells of people killed and hurt: the largest figures, and where it tells them. */
interface Tolls {
  killed: number | null;
  injured: number | null;
  /** Per pattern, its matches (which do not overlap and come in order). */
  spans: [number, number][][];
}

/**
 * The figures of people killed and hurt a clause tells, read once for both the toll and the
 * sides (a side inside a toll, `two Turkish soldiers were killed`, is its victim).
 *
 * @example clauseTolls('killing three civilians and wounding 7 others').injured // 7
 * @example clauseTolls('killing a woman and wounding her two children').injured // 2
 */
function clauseTolls(clause: string): Tolls {
  const spans: [number, number][][] = [];
  // `…, after a child was killed and a young man wounded in one incident`: an earlier toll.
  // It runs to the next comma: `…, killing three civilians` after it is the event's again.
  const earlier = clause.includes('after') ? AFTER_TOLL.exec(clause) : null;
  const cut = earlier ? earlier.index : clause.length;
  const comma = earlier ? clause.indexOf(',', cut) : -1;
  const cutEnd = comma < 0 ? clause.length : comma;
  const largest = (patterns: RegExp[]) => {
    let best: number | null = null;
    for (const re of patterns) {
      const list: [number, number][] = [];
      re.lastIndex = 0;
      for (let m = re.exec(clause); m; m = re.exec(clause)) {
        list.push([m.index, m.index + m[0].length]);
        if (m.index > cut && m.index < cutEnd) continue;
        // Two figures summed when a pattern reads two (`left 26 regime fighters and 35
        // jihadists dead`).
        // `killing its driver`: one person, named by whose they were (group `one`).
        const n = m.groups?.one
          ? 1
          : m[2] === undefined
            ? (lowerBound(clause, m.index + m[0].indexOf(m[1]!)) ?? figure(m[1]!))
            : (figure(m[1]!) ?? Number.NaN) + (figure(m[2]) ?? Number.NaN);
        // `a woman and her two children`: the one named first, with them.
        const value = n !== undefined && PARENT_FIRST.test(m[0]) ? n + 1 : n;
        if (value !== undefined && value > 0) best = Math.max(best ?? 0, value);
      }
      spans.push(list);
    }
    return best;
  };
  const killed = largest(KILLED);
  const injured = largest(INJURED);
  return { killed, injured, spans };
}

/**
 * A toll told as what the event came after (`A man was killed by a landmine …, after a child was
 * killed and a young man wounded in one incident`): an earlier event's, not the clause's. Not
 * what the event itself did after (`were killed after an air strike hit their house`: the verb
 * of the toll comes before).
 */
const AFTER_TOLL =
  /\bafter\s+(?=(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,3}?(?:was|were|had been|have been)\s+(?:killed|wounded|injured|hurt)\b)/i;

/**
 * A range's lower figure, told right before the upper one read at `at` (`Between 10 and 15
 * civilians were killed`: 10), as an Arabic range (`بين 10 و15`) is read; undefined for none.
 */
function lowerBound(clause: string, at: number): number | undefined {
  const m = RANGE_LOW.exec(clause.slice(Math.max(0, at - 40), at));
  return m ? figure(m[1]!) : undefined;
}
const RANGE_LOW = new RegExp(
  String.raw`\b(?:between|from)\s+(\d{1,5}|${Object.keys(ENGLISH_SMALL_NUMBERS).join('|')})\s+(?:and|to)\s+$`,
  'i',
);

/** Whether `at` lies in one of the spans (each list in order, none overlapping): bisection. */
function within(lists: readonly (readonly [number, number][])[], at: number): boolean {
  for (const spans of lists) {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]![0] <= at) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && at < spans[lo - 1]![1]) return true;
  }
  return false;
}

function uniqueSorted(actors: Actor[]): Actor[] {
  return [...new Set(actors)].sort();
}

/**
 * A figure as English news writes it: `3`, `three`, `a`, `twenty-one`, `a dozen`; a range's
 * upper one (`between ten and fifteen`), whose lower one lowerBound reads.
 */
const NUMBER = String.raw`(?:a further |another |an additional |further |additional )?(?:at least |some |about |around |nearly |almost |more than |over |up to |between (?:\d{1,5}|${Object.keys(ENGLISH_SMALL_NUMBERS).join('|')}) and )?(\d{1,3}(?:,\d{3})+|\d{1,5}|(?:twenty|thirty|forty|fifty)-(?:one|two|three|four|five|six|seven|eight|nine)|a dozen|${Object.keys(ENGLISH_SMALL_NUMBERS).join('|')})`;
/** NUMBER read but not counted (its group made non-capturing): a part of the figure after it. */
const UNCOUNTED_NUMBER = NUMBER.replace(/\((?!\?)/g, '(?:');
/** People a figure may count (`three civilians`, `two of them`). */
const PEOPLE = String.raw`(?:(?:[a-z-]+ ){0,3}(?:civilians?|people|persons?|children|child|women|woman|men|man|soldiers?|servicem[ae]n|policem[ae]n|guards?|pilots?|fighters?|members?|militants?|rebels?|jihadists?|insurgents?|extremists?|combatants?|troops|others?|personnel|gunmen|officers?|residents?|family|members|leaders?|commanders?|officials?|journalists?|activists?|doctors?|workers?|farmers?|shepherds?|herders?|villagers?|students?|pupils?|schoolchildren|teachers?|paramedics?|rescuers?|volunteers?|contractors?|engineers?|drivers?|passengers?|boys?|girls?|brothers?|sons?|daughters?|protesters?|demonstrators?|of them|of the (?:dead|victims)))`;

/**
 * Who is among the people a figure counts, set off between the figure and its verb (`seven
 * civilians, including three children, were killed`; `(among them two women)`; `Six of the
 * dead, all members of one family, were killed`): skipped.
 */
const AMONG = String.raw`(?:\s*,\s*(?:including|among them|all|both|most of them|mostly)\s+[^,.;()]{1,60},|\s*\((?:including|among them)\s+[^,.;()]{1,60}\))?`;

/**
 * Whether who they were is known, set off between the figure and its verb (`One person whose
 * identity was not known was killed`, `two men, whose identities have not been established,
 * were shot dead`): skipped.
 */
const IDENTITY = String.raw`(?:\s*,?\s+whose\s+identit(?:y|ies)\s+(?:was|were|is|are|has|have)\s+(?:not\s+)?(?:yet\s+)?(?:been\s+)?(?:known|unknown|identified|established|determined|confirmed)\s*,?)?`;

/** How the teller hedges or adds to what befell them (`were reportedly killed`): skipped. */
const HEDGE = String.raw`(?:(?:reportedly|allegedly|also|later)\s+)?`;

/**
 * The sides the people counted were on (`20 fighters on both sides were killed`, `on the other
 * side`): skipped.
 */
const ON_SIDES = String.raw`(?:\s+(?:on|from)\s+(?:both|each|either|all|the\s+other|the\s+opposing|the\s+rival)\s+sides?)?`;

/** People neutralised (`neutralized 309 Assad regime soldiers`), up to their noun. */
const NEUTRALISED =
  /\bneutrali[sz](?:ed|ing|es)\s+(?:at least\s+|some\s+|more than\s+)?[\d,]+\s+(?:[\w'’-]+\s+){0,4}?(?:soldiers|troops|fighters|militants|terrorists|members|personnel|elements)\b/gi;

/** Whose the people counted were, a few words (`of Hayat Tahrir al-Sham`). */
const OF_SIDE = String.raw`(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?`;

const KILLED_WORD = /\b(?:kill(?:s|ed|ing)|dead|died|death|gunned down|martyred)\b/i;

/**
 * When, told right after a bare figure (`killed at least 14 people and wounded 43 overnight`,
 * `wounding 5 on Sunday`): the figure counts people.
 */
const WHEN_NEXT = String.raw`\s+(?:overnight|yesterday|today|on|last|earlier|early|late)\b`;

/** Whose the people counted are (`wounding her two children`, `killing their three sons`). */
const WHOSE = String.raw`(?:(?:his|her|their|its)\s+)?`;

/**
 * A parent and their children counted (`a woman and her two children`, `wounding him and his two
 * children`): the figure is theirs.
 */
const PARENT_AND_CHILDREN = String.raw`(?:(?:an?|one)\s+(?:man|woman|mother|father)|him|her)\s+and\s+(?:his|her)\s+${NUMBER}\s+(?:children|sons|daughters|kids)`;
/** A parent told before the children a figure counts (`a woman and her two children`). */
const PARENT_FIRST =
  /^(?:(?:killing|killed|kills|wounding|wounded|injuring|injured)\s+)?(?:(?:an?|one)\s+(?:man|woman|mother|father)|him|her)\s+and\s+(?:his|her)\s/i;
/**
 * A parent and one relative (`a man and his daughter`): the `a` is the figure (1), which
 * PARENT_FIRST adds one to.
 */
const PARENT_AND_ONE = String.raw`(an?|one)\s+(?:man|woman|mother|father)\s+and\s+(?:his|her)\s+(?:son|daughter|child|wife|husband|brother|sister)\b`;

/**
 * One person named as someone's by their role (`its driver`, `his bodyguard`; a parent or spouse,
 * `wounding the father`, `killing her husband`): group `one` (read as 1, see clauseTolls).
 */
const ONES_OWN = String.raw`(?<one>(?:its|his|her)\s+(?:driver|pilot|bodyguard|companion|owner|guard|escort)|(?:the|his|her|their)\s+(?:father|mother|husband|wife))\b(?!s)`;

/**
 * One more person, of the kind told before (`killing a young man and wounding another`),
 * ending the toll: `another five` is a figure (NUMBER), `another village` no person. Group `one`.
 */
const ANOTHER_ONE = String.raw`(?<one>another(?:\s+(?:one|person|man|woman|child|civilian))?)(?=\s*[,.;]|\s+(?:in|on|near|at|and)\b|\s*$)`;

/** `killed a woman and her two daughters`: the figure, which PARENT_FIRST adds one to. */
const FAMILY_HIT = String.raw`\s+${PARENT_AND_CHILDREN}\b`;
/** More who fight a figure may count, in a list of the two sides' dead. */
const FIGHTERS =
  '(?:[a-z-]+ ){0,2}(?:fighters|soldiers|troops|militants|jihadists|rebels|insurgents|extremists|members|gunmen|loyalists)';
/** `a woman and her two children`: the figure, which PARENT_FIRST adds one to. */
const FAMILY = String.raw`\b${PARENT_AND_CHILDREN}\s+(?:were\s+|have\s+been\s+)?`;

/** People of two kinds, each counted (`a teacher and three pupils`): both figures, summed. */
const TWO_KINDS = String.raw`${NUMBER}\s+${PEOPLE}\s+and\s+${NUMBER}\s+${PEOPLE}`;

/** Figures of people killed (`killing three civilians`, `five people were killed`, `left 4 dead`). */
const KILLED = [
  new RegExp(String.raw`${FAMILY}(?:killed|dead|died)\b`, 'gi'),
  // `killing a man and his daughter`, `a woman and her son were killed`: two.
  new RegExp(String.raw`\b(?:killing|killed|kills)\s+${PARENT_AND_ONE}`, 'gi'),
  new RegExp(
    String.raw`\b${PARENT_AND_ONE}\s+(?:were\s+|have\s+been\s+)?(?:killed|dead|died)\b`,
    'gi',
  ),
  new RegExp(String.raw`\b(?:killing|killed|kills)${FAMILY_HIT}`, 'gi'),
  // `killing its driver`.
  new RegExp(String.raw`\b(?:killing|killed|kills)\s+${ONES_OWN}`, 'gi'),
  // `wounding a man and killing another`.
  new RegExp(String.raw`\b(?:killing|killed|kills)\s+${ANOTHER_ONE}`, 'gi'),
  // `left 26 regime fighters and 35 jihadists dead`: both sides' dead, summed.
  new RegExp(
    String.raw`\b(?:killing|killed|leaving|left)\s+${NUMBER}\s+${FIGHTERS}\s+and\s+${NUMBER}\s+${FIGHTERS}(?=\s+dead|\s*[,.]|\s+in\b|\s*$)`,
    'gi',
  ),
  // `two of the five people killed there were children`: the five (the two are among them).
  new RegExp(
    String.raw`\b${UNCOUNTED_NUMBER}\s+of\s+the\s+${NUMBER}\s+${PEOPLE}\s+(?:who\s+(?:were|was)\s+)?(?:killed|dead|who died)\b`,
    'gi',
  ),
  // `killing a teacher and three pupils`, `killing two women and five children`: people of two
  // kinds, summed (the first figure alone was read).
  new RegExp(
    String.raw`\b(?:killing|killed|kills|leaving|left)\s+${TWO_KINDS}(?=\s+dead|\s*[,.;]|\s+in\b|\s+on\b|\s+and\s+(?:wound|injur)|${WHEN_NEXT}|\s*$)`,
    'gi',
  ),
  new RegExp(
    // The people counted are part of the match: a side named among them is their side, not the
    // doer (`the killing of five HTS fighters in Russian strikes`).
    // `shot dead a man`, `gunned down two civilians`: a killing told by its means.
    String.raw`\b(?:killing of|killing|killed|kills|assassinat(?:ed|ing)|executed|execution of|shot dead|gunned down|shot and killed|leaving|left|claimed the lives of|deaths? of)\s+${WHOSE}${NUMBER}\b(?:\s+${PEOPLE}|(?=\s+dead|\s+more\b|\s*[,.]|\s+and\b|\s+(?:in|near|at|around|across)\b|${WHEN_NEXT}|\s*$))`,
    'gi',
  ),
  // `The director of a relief organisation was killed`, `a member of the National Army's public
  // relations office was killed`: one person, named by a post of a body (group `one`).
  new RegExp(
    String.raw`\b(?<one>(?:the|an?)\s+(?:director|head|chief|member|official|spokesman|mayor)\s+of\s+(?:[\w'’-]+\s+){1,6}?)(?:was|has been)\s+(?:${HEDGE})(?:killed|shot dead|gunned down|assassinated)\b`,
    'gi',
  ),
  // `found the body of a young man shot in the head`, `the bodies of three men`: the dead found.
  new RegExp(String.raw`\bbod(?:y|ies)\s+of\s+${NUMBER}\s+${PEOPLE}`, 'gi'),
  // `killing a family of five`: the family's members.
  new RegExp(
    String.raw`\b(?:killing|killed|killing of|deaths? of)\s+a family of ${NUMBER}\b`,
    'gi',
  ),
  new RegExp(
    // `a man was shot dead`, `two men were gunned down`, `a member of Hayat Tahrir al-Sham was
    // killed` (whose they were, a few words).
    String.raw`\b${NUMBER}\s+${PEOPLE}${ON_SIDES}${OF_SIDE}${AMONG}${IDENTITY}\s+(?:were |was |have been |had been |are |got |have |has |had )?${HEDGE}(?:been )?(?:shot dead|found dead|gunned down|killed|dead|died|lost their lives|martyred)\b`,
    'gi',
  ),
  // `Two HTS fighters and three from Hurras al-Din were killed`, `16 members of the security
  // forces and 28 pro-Assad fighters were killed`: both sides' dead, summed.
  new RegExp(
    String.raw`\b${NUMBER}\s+${PEOPLE}(?:\s+(?:from|of)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?\s+and\s+${NUMBER}\s+(?:(?:from|of)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?|${PEOPLE})\s+(?:were |have been |had been )?(?:killed|dead|died)\b`,
    'gi',
  ),
  // `documented 23 civilian deaths`: deaths counted.
  new RegExp(String.raw`\b${NUMBER}\s+(?:(?:civilian|child|more|new)\s+)?deaths\b`, 'gi'),
  // `while seven died in Maarat al-Numan`: a bare figure, the people told before.
  new RegExp(
    String.raw`\b${NUMBER}\s+(?:more\s+)?(?:died|were killed|have died|have been killed)\b`,
    'gi',
  ),
  // `Dozens of people were wounded and at least 12 killed`: the verb told once, for both.
  new RegExp(
    String.raw`\b(?:were|have been)\s+(?:wounded|injured|hurt)\s+and\s+${NUMBER}\s+(?:others\s+)?killed\b`,
    'gi',
  ),
  // `the death toll from Tuesday's strike rose to 9`, `The toll in Saraqib rose to 12`, `The
  // number of dead climbed to 20` (not `the toll … rose to 30 wounded`).
  new RegExp(
    String.raw`\b(?:death toll|toll|number of (?:the )?(?:dead|deaths|fatalities|victims|people killed))\b[^.]{0,60}?\b(?:rose|risen|climbed|reached|increased|jumped|stands at|stood at|is|was)\s+(?:to\s+)?${NUMBER}\b(?!\s+(?:wounded|injured|hurt))`,
    'gi',
  ),
  // `, raising the death toll to 15`, `bringing the toll to 9 dead and 30 wounded`.
  new RegExp(
    String.raw`\b(?:raising|bringing|pushing|taking)\s+(?:the\s+)?(?:death\s+)?toll\s+(?:[\w'’-]+\s+){0,4}?to\s+${NUMBER}\b(?!\s+(?:wounded|injured|hurt))`,
    'gi',
  ),
];
/** Figures of people wounded. */
const INJURED = [
  new RegExp(String.raw`${FAMILY}(?:wounded|injured|hurt)\b`, 'gi'),
  new RegExp(String.raw`\b(?:wounding|injuring|wounded|injured)\s+${PARENT_AND_ONE}`, 'gi'),
  new RegExp(
    String.raw`\b${PARENT_AND_ONE}\s+(?:were\s+|have\s+been\s+)?(?:wounded|injured|hurt)\b`,
    'gi',
  ),
  new RegExp(String.raw`\b(?:wounding|injuring|wounded|injured)${FAMILY_HIT}`, 'gi'),
  // `wounding its driver`.
  new RegExp(String.raw`\b(?:wounding|injuring|wounded|injured)\s+${ONES_OWN}`, 'gi'),
  // `killing a young man and wounding another`: one more, of the people told before.
  new RegExp(String.raw`\b(?:wounding|injuring|wounded|injured)\s+${ANOTHER_ONE}`, 'gi'),
  // `wounding a woman and three children`: people of two kinds, summed.
  new RegExp(
    String.raw`\b(?:wounding|injuring|wounded|injured|hurting)\s+${TWO_KINDS}(?=\s*[,.;]|\s+in\b|\s+on\b|${WHEN_NEXT}|\s*$)`,
    'gi',
  ),
  new RegExp(
    String.raw`\b(?:wounding|injuring|wounded|injured|hurting)\s+${WHOSE}${NUMBER}\b(?:\s+${PEOPLE}|(?=\s*[,.]|\s+and\b|\s+(?:in|near|at|around|across)\b|${WHEN_NEXT}|\s*$))`,
    'gi',
  ),
  new RegExp(
    String.raw`\b${NUMBER}\s+${PEOPLE}${ON_SIDES}${OF_SIDE}${AMONG}${IDENTITY}\s+(?:were |was |have been |had been |are |got |have |has |had )?${HEDGE}(?:been )?(?:wounded|injured|hurt)\b`,
    'gi',
  ),
  // `three people were killed and 10 wounded`: the people named once, for both figures.
  new RegExp(String.raw`\band\s+${NUMBER}\s+(?:were\s+)?(?:wounded|injured|hurt)\b`, 'gi'),
];

/** `five airstrikes`, `12 air raids`: the strikes an air clause counts. */
const STRIKES = new RegExp(
  String.raw`\b${NUMBER}\s+(?:[a-z-]+\s+)?(?:air ?strikes|air raids|raids|strikes|barrel bombs)\b|\b${NUMBER}\s+(?:[\w-]+\s+){0,3}?(?:drones|UAVs)\s+(?:attacked|struck|hit|targeted|bombed|exploded)\b`,
  'i',
);
/**
 * The strikes a clause counts: `five airstrikes`, or the drones that struck (`About 15 FPV
 * suicide drones attacked the town`: 15, as `هاجمت نحو 15 طائرة مسيرة` is).
 */
function strikesCounted(text: string): number | undefined {
  const m = STRIKES.exec(text);
  return m ? figure(m[1] ?? m[2] ?? '') : undefined;
}

/**
 * `a drone strike`, `an air raid`: one strike, as `غارة` is (counts.ts, strikeCount); `a drone
 * struck a car`: one, as `استهدفت طائرة مسيرة سيارة` is (a warplane may strike more than once).
 */
const ONE_STRIKE =
  /\b(?:a|an|one)\s+(?:[a-z-]+\s+){0,2}?(?:(?:air ?strike|air-strike|air raid|strike)\b(?!s)|drone\s+(?:struck|hit|targeted|attacked|bombed)\b)/i;

/** Indexed by lower-case name (`WEEKDAYS.indexOf('friday')`): plain string arrays. */
const WEEKDAYS: readonly string[] = ENGLISH_WEEKDAYS;
const MONTHS: readonly string[] = ENGLISH_MONTHS;
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December)`;
/**
 * A day in figures with its year (groups 1, 3, 4: `24/06/2021`, `24-6-2021`, `24.06.2021`; or
 * 5, 6, 7: `2021-06-24`).
 */
const NUMERIC_DAY =
  /(?<![\d/.-])(?:(\d{1,2})([/.-])(\d{1,2})\2(\d{4})|(\d{4})-(\d{1,2})-(\d{1,2}))(?![\d/-]|\.\d)/;
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)? ${MONTH}(?:,? (\d{4}))?\b`);
const MONTH_DAY = new RegExp(String.raw`\b${MONTH} (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?\b`);
const IN_MONTH = new RegExp(
  String.raw`\b(in|since|during|early|late|mid-)\s*${MONTH}(?: (\d{4}))?\b`,
);
/** A weekday's name, captured. */
const WEEKDAY_NAME = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
const WEEKDAY = new RegExp(String.raw`\b(?:on |last )?${WEEKDAY_NAME}\b`);
/** The weekday a state lasts until (`until Saturday morning`), as `حتى صباح السبت` in Arabic. */
const UNTIL_WEEKDAY = new RegExp(
  String.raw`\buntil\s+(?:(?:early|late)\s+)?(?:(?:morning|evening|night|noon)\s+(?:on\s+)?)?${WEEKDAY_NAME}\b`,
  'gi',
);
const FROM_WEEKDAY = new RegExp(String.raw`\bfrom\s+${WEEKDAY_NAME}\b`, 'i');
/**
 * Two weekdays told together (`on Thursday and Friday`, `Thursday to Friday`, `late Thursday and
 * early Friday`).
 */
const TWO_WEEKDAYS = new RegExp(
  String.raw`\b${WEEKDAY_NAME}(?:\s+(?:night|morning|evening))?\s+(?:and|to|through|into|until)\s+(?:(?:early|late)\s+)?${WEEKDAY_NAME}\b`,
);
/** `since Tuesday`, `since the clashes erupted on Tuesday`: from that day to the report's. */
const SINCE_WEEKDAY = new RegExp(
  String.raw`\bsince\s+(?:[\w-]+\s+){0,4}?(?:on\s+|last\s+)?${WEEKDAY_NAME}\b`,
);
const YESTERDAY = /\b(?:yesterday|last night)\b/i;
const OVERNIGHT = /\bovernight\b/i;
/** A saying that the next day belongs to (`…, Syrian state media said on Monday`). */
const SAID_BEFORE = /\b(?:said|reported|announced|added|told [\w'’-]+)\s*$/i;
/** `in the past 24 hours`: the days they reach back into, as `خلال الـ24 ساعة الماضية` is. */
const PAST_HOURS = /\b(?:past|last|previous) (24|48|72) hours\b/i;
const TODAY = /\b(?:today|this morning|this afternoon|this evening|tonight|earlier today)\b/i;
const LAST_WEEK = /\b(?:last|past|previous) (?:week|seven days)\b/i;
/** `in recent weeks`, `over the past few days`, `in the last several weeks`: no count told. */
const RECENT =
  /\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+|couple\s+of\s+)?(days|weeks)\b/i;
/**
 * `this week`, `earlier this week`, `earlier in the week`: the seven days up to the report's (see
 * thisPeriod, dates.ts).
 */
const THIS_WEEK = /\b(?:this week|earlier in the week)\b/i;
/** `the 10th of this month`, `the 3rd of last month`: a day (group 1) of a month (group 2). */
const DAY_OF_MONTH =
  /\bthe (\d{1,2})(?:st|nd|rd|th) of (this|the current|last|the previous|the past) month\b/i;
/** `this month`: the report's month up to its day; `last month`: the month before. */
const THIS_MONTH = /\bthis month\b/i;
const LAST_MONTH = /\b(?:last|past|previous) month\b/i;
/** `two days ago`, `a day ago` (the figure in group 1; none for `a day`). */
const DAYS_AGO = /\b(?:a day|(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) days) ago\b/i;
/**
 * `Two days earlier`, `a day before` opening a sentence, or right after what sets it apart (`In
 * a separate incident two days earlier`): back from the day told before it.
 */
const DAYS_EARLIER =
  /^\W*(?:in (?:a separate|another|an earlier) (?:incident|attack|development),?\s+)?(?:a day|(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) days) (?:earlier|before)\b/i;
/**
 * `Two days later`, `A day later` opening a sentence: on from the day told before it, up to the
 * report's.
 */
const DAYS_LATER =
  /^\W*(?:a day|(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) days) later\b/i;
/** `Elsewhere,`, `Elsewhere in Idlib,` opening a sentence: the day told before goes on. */
const ELSEWHERE_OPENS = /^\W*Elsewhere\b(?:\s+in\s+[^,]{1,40})?,/i;
/** `on the same day`, `the same day`: the day told before, anywhere in the sentence. */
const ON_THE_SAME_DAY = /\b(?:on|during|that|in)\s+the\s+same\s+day\b|,\s*the\s+same\s+day\b/i;
/**
 * Hours on from, or before, the event told before, opening a sentence (`Later,`, `Hours later,`,
 * `Later that day,`, `Shortly after,`, `Hours earlier,`, `Earlier that day,`): its day.
 */
const SAME_DAY_ON =
  /^\W*(?:later(?: (?:that|the same) day| on)?|(?:(?:a few|several|two|three|four|five|six) )?hours (?:later|earlier)|minutes later|shortly (?:after(?:wards)?|afterwards)|earlier (?:that|the same) day|earlier in the day)\b(?!\s+(?:in|this|that|on)\s+(?:the\s+)?(?:week|month|year)\b)/i;
/**
 * The event told before, named again as what came days after the one this sentence tells (`The
 * advances came a day after troops seized Urum al-Kubra`), opening it.
 */
const CAME_DAYS_AFTER =
  /^\W*(?:The|This|These|That|Those|It)\b[^,.;]{0,40}?\b(?:came|comes|followed|follows)\s+(?:a day|(\d{1,2}|two|three|four|five|six|seven) days)\s+after\b/i;
/** A clause told as what came days before the sentence's event (`a day after HTS entered …`). */
const DAYS_AFTER_LEAD =
  /^\W*(?:a day|(\d{1,2}|two|three|four|five|six|seven) days|(days)|(a week)) after\b/i;

/**
 * The day of a clause cut off as what the sentence's event came days after (`…on Friday, a day
 * after Hayat Tahrir al-Sham fighters entered the town of Jandaris`: Thursday), counted back from
 * the sentence's day; undefined for any other clause, or a sentence told over a span.
 *
 * @example dayAfterLead('a day after rebels shelled Jurin', { date: '2022-10-14', precision: 1 }) // { date: '2022-10-13', precision: 1 }
 */
export function dayAfterLead(text: string, sentence: Dated): Dated | undefined {
  const m = DAYS_AFTER_LEAD.exec(text);
  if (!m || sentence.dateEnd || sentence.precision !== 1) return undefined;
  // `…, days after a ceasefire … took effect`: two to seven days before, at a week's precision,
  // as `بعد أيام من` is in Arabic.
  if (m[2])
    return { date: addDays(sentence.date, -7), dateEnd: addDays(sentence.date, -2), precision: 2 };
  // `…, a week after the regime took Saraqib`: about a week before.
  if (m[3]) return { date: addDays(sentence.date, -7), precision: 2 };
  const n = m[1] ? figure(m[1]) : 1;
  return n === undefined ? undefined : { date: addDays(sentence.date, -n), precision: 1 };
}
/** `since the end of April`, `since early May`: a part of a month, then to the report. */
const SINCE_PART = new RegExp(
  String.raw`\bsince\s+(?:the\s+)?(end|start|beginning|middle|late|early|mid-?)\s*(?:of\s+)?${MONTH}(?: (\d{4}))?\b`,
  'i',
);
/** Days counted back further are background, not the day of an event told now. */
const MAX_DAYS_AGO = 10;
const IN_YEAR = /\bin (\d{4})\b/;

/**
 * A place's past told after it in a clause of its own (`shelled Saraqeb, which they recaptured on
 * Monday`, `, which rebels had captured last week`): ground taken or lost there, and when, is not
 * the event's day. Only a relative clause with a subject of its own (a pronoun, `the` and a noun
 * or two, or a side's plural word) and a verb of ground: one
 * whose subject is the place (`, which was shelled on Monday`) may tell the event itself.
 */
const ITS_PAST_TOLD =
  /,\s+(?:which|whom)\s+(?:they|it|he|she|we|the\s+\w+(?:\s+\w+)?|rebels|insurgents|jihadists|militants|opposition\s+fighters|government\s+forces|regime\s+forces|troops)\s+(?:had\s+|have\s+)?(?:captured|recaptured|seized|took|retook|overran|entered|stormed|won|lost|held|controlled|liberated|regained|besieged|left|abandoned|evacuated)\b[^,.;]*/gi;

/** `between July 1 and July 7`, `from July 1 to July 7` (month each time). */
const SPAN_MONTH_DAY = new RegExp(
  String.raw`\b(?:between|from) ${MONTH} (\d{1,2})(?:st|nd|rd|th)? (?:and|to|until) (?:${MONTH} )?(\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?\b`,
  'i',
);
/** `between 1 and 7 July`, `from 1 to 7 July`, `between 1 July and 7 July`. */
const SPAN_DAY_MONTH = new RegExp(
  String.raw`\b(?:between|from) (\d{1,2})(?:st|nd|rd|th)?(?: ${MONTH})? (?:and|to|until) (\d{1,2})(?:st|nd|rd|th)? ${MONTH}(?:,? (\d{4}))?\b`,
  'i',
);

/** The days a span told by its first and last day covers, or undefined. */
function daySpan(text: string, report: string): Dated | undefined {
  const md = SPAN_MONTH_DAY.exec(text);
  const dm = md ? null : SPAN_DAY_MONTH.exec(text);
  if (!md && !dm) return undefined;
  const [m1, d1, m2, d2, y] = md
    ? [md[1]!, md[2]!, md[3] ?? md[1]!, md[4]!, md[5]]
    : [dm![2] ?? dm![4]!, dm![1]!, dm![4]!, dm![3]!, dm![5]];
  const end = dayOf(report, MONTHS.indexOf(m2.toLowerCase()) + 1, Number(d2), y);
  const start = dayOf(
    report,
    MONTHS.indexOf(m1.toLowerCase()) + 1,
    Number(d1),
    y ?? end?.slice(0, 4),
  );
  if (!start || !end || start >= end) return undefined;
  return { date: start, dateEnd: end, precision: daysBetween(start, end) <= 31 ? 2 : 3 };
}

interface Dated {
  date: string;
  dateEnd?: string;
  precision: TimePrecision;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Days from the last `weekday` (`Friday`) up to the report's day: 0 on that day itself. */
function daysBackTo(report: string, weekday: string): number {
  const reportDay = new Date(`${report}T00:00:00Z`).getUTCDay();
  return (reportDay - WEEKDAYS.indexOf(weekday.toLowerCase()) + 7) % 7;
}

/** A day of a month in the report's year, or the year before when that day is still to come. */
function dayOf(report: string, month: number, day: number, year?: string): string | undefined {
  if (day < 1 || day > 31) return undefined;
  const y = year ? Number(year) : Number(report.slice(0, 4));
  const date = `${y}-${pad(month)}-${pad(day)}`;
  // `Date.parse` takes 31 February as 3 March: a day the month lacks is none.
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.getUTCDate() !== day) return undefined;
  if (!year && date > report) return `${y - 1}-${pad(month)}-${pad(day)}`;
  return date;
}

/**
 * The day a clause (or else its sentence) tells, relative to the report's date, or undefined.
 *
 * @example englishDate('Warplanes struck Ariha on Friday', '2021-06-27') // { date: '2021-06-25', precision: 1 }
 */
export function englishDate(
  told: string,
  report: string,
  /** The day told last before (`Two days earlier, …` counts back from it), else the report's. */
  lastDay = report,
): Dated | undefined {
  const d = dayTold(told, report, lastDay);
  return /\bday\b/i.test(told) ? daysRunning(told, report, d) : d;
}

/** An event in its nth day (`continued for a third day`, `for the second consecutive day`). */
const NTH_DAY_RUNNING =
  /\bfor\s+(?:a|the)\s+(second|third|fourth|fifth|sixth|seventh)\s+(?:(?:straight|consecutive|successive)\s+)?day\b/i;
const NTH = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'];

/**
 * The days an event in its nth day has run (NTH_DAY_RUNNING): the n days up to the one told
 * (`date`, a single day), else up to the report's, at a week's precision. A period told is kept.
 * As in Arabic (`لليوم الثالث على التوالي`, dates.ts).
 */
function daysRunning(text: string, report: string, date: Dated | undefined): Dated | undefined {
  if (date?.dateEnd) return date;
  const m = NTH_DAY_RUNNING.exec(text);
  if (!m) return date;
  const last = date?.date ?? report;
  const n = NTH.indexOf(m[1]!.toLowerCase()) + 2;
  return { date: addDays(last, -(n - 1)), dateEnd: last, precision: 2 };
}

/**
 * A day told (`on 29 April`), or the period from it to the report's day when `since` opens it
 * (`Since 29 April, at least 160 civilians have been killed`): a month's precision up to 31
 * days, else coarser.
 *
 * @example sinceOrOn('Since 29 April, 160 killed', 0, '2021-04-29', '2021-06-27') // { date: '2021-04-29', dateEnd: '2021-06-27', precision: 3 }
 */
function sinceOrOn(text: string, at: number, date: string, report: string): Dated {
  if (!SINCE_BEFORE.test(text.slice(Math.max(0, at - 90), at)) || date >= report)
    return { date, precision: 1 };
  return { date, dateEnd: report, precision: daysBetween(date, report) <= 31 ? 2 : 3 };
}
/**
 * `since` right before a day told (`Since 29 April`, `since April 29`), or since what began on
 * it (`since the beginning of the military operation on 19 December`, `Since the offensive began
 * on April 30`).
 */
const SINCE_BEFORE =
  /\bsince\s+(?:the\s+)?$|\bsince\s+the\s+(?:start|beginning|launch|outbreak)\s+of\s+[^,.;]{1,60}?\s+on\s+$|\bsince\s+(?:the|its|a|this)\s+(?:[\w-]+\s+){0,3}?(?:began|started|was launched|erupted|escalated|took effect)\s+on\s+$/i;

/** The day or period a text tells: englishDate, but for the days an event has run. */
function dayTold(told: string, report: string, lastDay: string): Dated | undefined {
  const past = told.includes(', wh') ? told.replace(ITS_PAST_TOLD, '') : told;
  // `imposed a curfew … until Saturday morning`: a day still to come, not the event's.
  // Not a span's last day told with its first (`from Tuesday until Saturday`).
  const text =
    /\buntil\b/i.test(past) && !FROM_WEEKDAY.test(past) ? past.replace(UNTIL_WEEKDAY, ' ') : past;
  // `Two days earlier, an air strike hit …`: counted back from the day told before.
  const earlier = /earlier|before/i.test(text) ? DAYS_EARLIER.exec(text) : null;
  if (earlier) {
    const n = earlier[1] ? figure(earlier[1]) : 1;
    if (n !== undefined && n <= MAX_DAYS_AGO) return { date: addDays(lastDay, -n), precision: 1 };
  }
  // `The advances came a day after troops seized …`: counted back from the day told before.
  const came = /came|comes|follow/i.test(text) ? CAME_DAYS_AFTER.exec(text) : null;
  if (came) {
    const n = came[1] ? figure(came[1]) : 1;
    if (n !== undefined && n <= MAX_DAYS_AGO) return { date: addDays(lastDay, -n), precision: 1 };
  }
  // `Later, artillery shelled …`, `Hours earlier, a strike …`: the day told before.
  if (/later|earlier|after/i.test(text) && SAME_DAY_ON.test(text))
    return { date: lastDay, precision: 1 };
  // `Another 11 people were killed in strikes elsewhere … on the same day`: likewise.
  if (/same day/i.test(text) && ON_THE_SAME_DAY.test(text)) return { date: lastDay, precision: 1 };
  // `Two days later, Russian warplanes struck …`: on from the day told before, not past the report.
  const later = /later/i.test(text) ? DAYS_LATER.exec(text) : null;
  if (later) {
    const n = later[1] ? figure(later[1]) : 1;
    const date = n === undefined ? undefined : addDays(lastDay, n);
    if (date && date <= report) return { date, precision: 1 };
  }
  // `since the end of April`: from that part of the month to the report's day.
  const part = /since/i.test(text) ? SINCE_PART.exec(text) : null;
  if (part) {
    const first = dayOf(report, MONTHS.indexOf(part[2]!.toLowerCase()) + 1, 1, part[3]);
    const w = part[1]!.toLowerCase();
    const day = /end|late/.test(w) ? 21 : /mid/.test(w) ? 11 : 1;
    if (first) return { date: `${first.slice(0, 8)}${pad(day)}`, dateEnd: report, precision: 3 };
  }
  // `Between July 1 and July 7`, `from 1 to 7 July`: the days between.
  const span = /\b(?:between|from)\b/i.test(text) ? daySpan(text, report) : undefined;
  if (span) return span;
  // `on 24/06/2021`, `on 2021-06-24`: day first unless the second figure cannot be a month.
  const num = /\d[/.-]\d/.test(text) ? NUMERIC_DAY.exec(text) : null;
  if (num) {
    const [a, b] = num[1] ? [Number(num[1]), Number(num[3])] : [Number(num[7]), Number(num[6])];
    const monthFirst = num[1] !== undefined && b > 12 && a <= 12;
    const date = dayOf(report, monthFirst ? a : b, monthFirst ? b : a, num[4] ?? num[5]);
    if (date && (monthFirst ? a : b) <= 12) return sinceOrOn(text, num.index, date, report);
  }
  const dm = DAY_MONTH.exec(text);
  if (dm) {
    const date = dayOf(report, MONTHS.indexOf(dm[2]!.toLowerCase()) + 1, Number(dm[1]), dm[3]);
    if (date) return sinceOrOn(text, dm.index, date, report);
  }
  const md = MONTH_DAY.exec(text);
  if (md) {
    const date = dayOf(report, MONTHS.indexOf(md[1]!.toLowerCase()) + 1, Number(md[2]), md[3]);
    if (date) return sinceOrOn(text, md.index, date, report);
  }
  // `On the 10th of this month`, `the 3rd of last month`: the day of the report's month or the
  // one before (as `في العاشر من الشهر الجاري`).
  const ofMonth = /month/.test(text) ? DAY_OF_MONTH.exec(text) : null;
  if (ofMonth) {
    const month = /last|previous|past/i.test(ofMonth[2]!)
      ? addDays(`${report.slice(0, 8)}01`, -1)
      : report;
    const date = dayOf(report, +month.slice(5, 7), Number(ofMonth[1]), month.slice(0, 4));
    if (date) return { date, precision: 1 };
  }
  if (YESTERDAY.test(text)) return { date: addDays(report, -1), precision: 1 };
  // `two days ago`, `3 days ago`: counted back from the report's day.
  const ago = DAYS_AGO.exec(text);
  if (ago) {
    const n = ago[1] ? figure(ago[1]) : 1;
    if (n !== undefined && n <= MAX_DAYS_AGO) return { date: addDays(report, -n), precision: 1 };
  }
  if (TODAY.test(text)) return { date: report, precision: 1 };
  const since = /since/.test(text) ? SINCE_WEEKDAY.exec(text) : null;
  if (since) {
    const back = daysBackTo(report, since[1]!);
    if (back > 0) return { date: addDays(report, -back), dateEnd: report, precision: 2 };
  }
  // `on Thursday and Friday`: the two days, from the first (precision 2, as `يومي الخميس والجمعة`).
  const two = TWO_WEEKDAYS.exec(text);
  if (two) {
    const first = addDays(report, -daysBackTo(report, two[1]!));
    const last = addDays(report, -daysBackTo(report, two[2]!));
    if (first < last) return { date: first, dateEnd: last, precision: 2 };
  }
  const wd = WEEKDAY.exec(text);
  if (wd) {
    const day = addDays(report, -daysBackTo(report, wd[1]!));
    // `killed 14 people … overnight, state media said on Monday`: the night before the day of
    // the saying (`overnight on Friday` still names the night's own day).
    const saidThen = OVERNIGHT.test(text) && SAID_BEFORE.test(text.slice(0, wd.index));
    return { date: saidThen ? addDays(day, -1) : day, precision: 1 };
  }
  // `pounded Ariha overnight`: the night before the report, as `last night` (after a weekday,
  // which says which night: `overnight on Friday`).
  if (OVERNIGHT.test(text)) return { date: addDays(report, -1), precision: 1 };
  const hours = PAST_HOURS.exec(text);
  if (hours) return { date: addDays(report, -(+hours[1]! / 24)), dateEnd: report, precision: 2 };
  if (LAST_WEEK.test(text))
    return { date: addDays(report, -7), dateEnd: addDays(report, -1), precision: 2 };
  // `in recent weeks`, `over the past few days`: no count told (as `خلال الأيام الماضية`).
  const recent = RECENT.exec(text);
  if (recent) {
    const days = /day/i.test(recent[1]!) ? RECENT_DAYS : RECENT_WEEKS_DAYS;
    return { date: addDays(report, -days), dateEnd: report, precision: 2 };
  }
  if (THIS_WEEK.test(text)) return { date: addDays(report, -6), dateEnd: report, precision: 2 };
  if (THIS_MONTH.test(text))
    return { date: `${report.slice(0, 8)}01`, dateEnd: report, precision: 3 };
  if (LAST_MONTH.test(text)) {
    const first = addDays(`${report.slice(0, 8)}01`, -1);
    return { date: `${first.slice(0, 8)}01`, dateEnd: first, precision: 3 };
  }
  const im = IN_MONTH.exec(text);
  if (im) {
    const month = MONTHS.indexOf(im[2]!.toLowerCase()) + 1;
    const first = dayOf(report, month, 1, im[3]);
    // `since March`: from then to the report's day.
    if (first && im[1]!.toLowerCase() === 'since')
      return { date: first, dateEnd: report, precision: 3 };
    if (first) {
      const next =
        month === 12
          ? `${Number(first.slice(0, 4)) + 1}-01-01`
          : `${first.slice(0, 5)}${pad(month + 1)}-01`;
      const last = addDays(next, -1);
      return { date: first, dateEnd: last < report ? last : report, precision: 3 };
    }
  }
  const year = IN_YEAR.exec(text);
  if (year && Number(year[1]) < Number(report.slice(0, 4)))
    return { date: `${year[1]}-01-01`, dateEnd: `${year[1]}-12-31`, precision: 3 };
  // `Elsewhere, shelling by government forces killed two women in …`: more of the day told
  // before, when the sentence tells no day of its own.
  if (/elsewhere/i.test(text) && ELSEWHERE_OPENS.test(text) && lastDay !== report)
    return { date: lastDay, precision: 1 };
  return undefined;
}

/**
 * Clauses of a sentence: events joined by `;`, `while`, `whereas`, `, though`, `, but`, `, meanwhile`, a threat
 * told beside the event (`…, pushing deeper into the last rebel stronghold as Turkey threatened
 * to launch an offensive`: Turkey is no side of the fight), fire told by a participle after
 * another's (`capturing the village of Jadidah and bombing the city of Maarat al-Numan`), and one told
 * as the same day's before or after another (`…, hours after Turkish jets pounded Ras al-Ain`):
 * its side is not the first event's. `meanwhile` after its subject (`Regime forces meanwhile
 * shelled …`) is an adverb of its clause, which it does not cut from its side.
 */
/** How long before or after (`hours after`, `a week before`): a clause told as another's time. */
const TIME_LEAD = String.raw`(?:hours|minutes|moments|shortly|soon|days|weeks|a\s+day|a\s+week|(?:\d{1,2}|two|three|four|five|six|seven)\s+days)\s+(?:after|before)\b`;
const CLAUSE_BREAK = new RegExp(
  String.raw`;|,?\s+(?:while|whereas)\s+|,\s+(?:though|although|but)\s+|\s+and\s+(?=(?:sent|deployed|dispatched|rushed)\s+(?:in\s+)?(?:more\s+|military\s+|fresh\s+|new\s+)?(?:reinforcements|troops)\b)|,\s+where\s+|,\s+which\s+(?=also\s+(?:hit|struck|targeted|pounded|shelled|bombed|bombarded)\b)|,\s+meanwhile\s+|,?\s+(?=(?:in\s+(?:retaliation|response|revenge)\s+(?:for|to)\b))|,?\s+(?=${TIME_LEAD})|,?\s+as\s+(?=(?:[\w'’-]+\s+){1,4}?(?:threatened|threatens|warned|warns|vowed|vows)\b)|,?\s+and\s+(?=(?:bombing|shelling|striking|pounding|bombarding|targeting)\s)|,\s+amid\s+(?=(?:an?\s+)?(?:exchanges?\s+of|(?:mutual|reciprocal)\s)|heavy\s+exchanges?\s+of)`,
  'gi',
);
/**
 * What an event answered (`shelled Nayrab in retaliation for an attack that killed five Turkish
 * soldiers at the Taftanaz air base on Monday`): an event of its own, with its own day, place
 * and toll, none of them the reply's.
 */
const REPLY_TAIL = /,?\s+in\s+(?:retaliation|response|revenge)\s+(?:for|to)\b[^;]*$/i;

/** Fire both ways (`an exchange of artillery fire`, `mutual shelling`). */
const BOTH_WAYS =
  /\b(?:exchanges?\s+of\s+(?:[\w-]+\s+){0,2}(?:fire|shelling|shells|rockets)|(?:mutual|reciprocal)\s+(?:[\w-]+\s+)?(?:shelling|fire|bombardment))\b/i;

/** A clause told as what the sentence's event came after or before (`hours after …`). */
const TIME_AFTER = new RegExp(`^${TIME_LEAD}`, 'i');
/** Figures told by a participle after a comma (`, killing at least eight civilians`). */
const TOLL_TAIL = /,\s+(?=(?:killing|wounding|injuring|leaving)\b)/gi;

/** Verbs that tell an event done (`shelled`, `struck`, `carried out`). */
const DONE = String.raw`(?:shelled|struck|hit|bombed|bombarded|pounded|targeted|attacked|fired|launched|raided|stormed|clashed|ambushed|dropped|carried out|conducted|shot|seized|captured)`;
/**
 * A comma that joins two events told each with its own subject (`Regime forces shelled
 * Kansafra, Russian jets struck Saraqib`; `…, as Russian jets struck the town of Atarib`): a side or a weapon, then within a few words a verb of
 * an event done. It breaks the sentence only when the words before it tell an event too
 * (`Syrian, Russian and Iranian forces struck …` is one subject).
 */
const SPLICE = new RegExp(
  String.raw`,\s+(?:and\s+|as\s+)?(?=(?:the\s+)?(?:regime|government|pro-government|syrian|russian|turkish|turkey|iranian|israeli|opposition|rebels?|jihadists?|militants?|insurgents?|gunmen|hts|sdf|kurdish|coalition|warplanes|jets|helicopters|drones?|artillery)\b[^,;.]{0,40}?\b${DONE}\b)`,
  'gi',
);
const TELLS_DONE = new RegExp(String.raw`\b${DONE}\b`, 'i');
/** Not after a length of time (`hours after`, `a week after`: TIME_LEAD's, what came before). */
const NOT_TIME_LED = String.raw`(?<!\b(?:hours|minutes|moments|shortly|soon|days?|weeks?|months?|years?))`;

/**
 * Fire by a side of its own told as what the event came after (`Security forces sent
 * reinforcements to the city of Jableh after gunmen ambushed a patrol near the town`): an event
 * of its own, whose side is not the first's. Not ground given up (`after rebels withdrew`), what
 * had been done before (`after the regime had shelled a Turkish post`), nor a time lead (`a week
 * after`: TIME_LEAD).
 */
const AFTER_FIRE = new RegExp(
  String.raw`${NOT_TIME_LED}\s+after\s+(?=(?:the\s+)?(?:regime|government|pro-government|syrian|russian|turkish|iranian|israeli|opposition|rebels?|jihadists?|militants?|insurgents?|gunmen|assailants|attackers|hts|sdf|kurdish|coalition|warplanes|jets|helicopters|drones?|artillery)\b(?:(?!\bhad\b)[^,;.]){0,40}?\b(?:ambushed|attacked|struck|shelled|bombed|bombarded|targeted|stormed|raided|fired)\b)`,
  'gi',
);

/**
 * Fire told by its noun as what the event came after, with a toll of its own (`Turkish artillery
 * pounded SDF positions near Tal Rifaat, after a rocket attack on Afrin killed a child`): an
 * event of its own, its toll and place not the first's. Cut only when the words before tell an
 * event done (`Five civilians were killed after an air strike hit their house` is one event).
 */
const AFTER_FIRE_TOLL = new RegExp(
  String.raw`${NOT_TIME_LED}\s+after\s+(?=(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|airstrike|raid|bombing|explosion|blast|shelling|bombardment)\b(?:(?!\bhad\b)[^,;.]){0,50}?\b(?:killed|wounded|injured)\b)`,
  'gi',
);

/**
 * An aircraft downed, told as what the event came after (`Drones attacked Maarrat al-Nasan,
 * killing a young man, after residents shot one of the drones down`): an event of its own, as
 * `بعد أن أسقط الأهالي إحدى المسيرات` is (the downing alone was read, the attack lost). Cut only
 * when the words before tell an event done.
 */
const AFTER_DOWNED = new RegExp(
  String.raw`${NOT_TIME_LED}\s+after\s+(?=(?:(?!\bhad\b)[^,;.]){0,40}?\b(?:shot down|downed|intercepted|brought down|(?:shot|brought)\s+(?:[\w'-]+\s+){0,3}?(?:drones?|aircraft|jets?|helicopters?|(?:war)?planes?)\s+down)\b)`,
  'gi',
);

/**
 * A protest told as what the event came after (`the patrol was cut short after protesters blocked
 * the road near the town of Nairab`): an event of its own, at the place it names.
 */
const AFTER_PROTEST =
  /\s+after\s+(?=(?:the\s+)?(?:protesters|demonstrators)\s+(?:had\s+)?(?:blocked|gathered|rallied|staged|protested|cut\s+off|closed|stopped|halted)\b)/gi;

interface Part {
  start: number;
  end: number;
}

function clausesOf(text: string, sentence: Part): Part[] {
  const s = text.slice(sentence.start, sentence.end);
  const breaks: { at: number; end: number; splice: boolean }[] = [];
  for (const m of s.matchAll(CLAUSE_BREAK))
    breaks.push({ at: m.index, end: m.index + m[0].length, splice: false });
  if (s.includes(','))
    for (const m of s.matchAll(SPLICE))
      breaks.push({ at: m.index, end: m.index + m[0].length, splice: true });
  if (s.includes(' after ')) {
    for (const re of [AFTER_FIRE, AFTER_PROTEST])
      for (const m of s.matchAll(re))
        breaks.push({ at: m.index, end: m.index + m[0].length, splice: false });
    for (const re of [AFTER_FIRE_TOLL, AFTER_DOWNED])
      for (const m of s.matchAll(re))
        if (TELLS_DONE.test(s.slice(0, m.index)))
          breaks.push({ at: m.index, end: m.index + m[0].length, splice: false });
  }
  // `…, hours after a Russian-brokered ceasefire was supposed to take effect, killing at least
  // eight civilians`: the figures after what the event came after are the event's own.
  for (const b of [...breaks])
    if (!b.splice && TIME_AFTER.test(s.slice(b.end))) {
      TOLL_TAIL.lastIndex = b.end;
      const tail = TOLL_TAIL.exec(s);
      if (tail) breaks.push({ at: tail.index, end: tail.index + tail[0].length, splice: false });
    }
  breaks.sort((a, b) => a.at - b.at);
  const parts: Part[] = [];
  let from = 0;
  for (const b of breaks) {
    if (b.at < from) continue;
    // `…, as Russian jets struck …` opens a clause of its own whatever came before it.
    const as = b.splice && /^,\s+as\s/.test(s.slice(b.at, b.end));
    if (b.splice && !as && !TELLS_DONE.test(s.slice(from, b.at))) continue;
    parts.push({ start: sentence.start + from, end: sentence.start + b.at });
    from = b.end;
  }
  parts.push({ start: sentence.start + from, end: sentence.end });
  return parts;
}

/** Areas of a clause tried as its towns' region (a clause of thousands must not cost their product). */
const MAX_REGIONS = 8;

/** Words before where a side fired from or is based (`from`, `stationed in`). */
const FIRED_FROM = 'from|based in|stationed in|positioned in';
/** A place named as where fire came from, not where it fell (`from positions in Jurin`). */
const ORIGIN_BEFORE = originBefore(
  String.raw`${FIRED_FROM}|(?:rebels|insurgents|militants|jihadists|fighters|factions|gunmen)\s+in`,
);
/** ORIGIN_BEFORE less a side's place (`militants in`), which in a fight is where it was fought. */
const ORIGIN_BEFORE_FIGHT = originBefore(FIRED_FROM);

/** One of `leads` before a place, up to three words before it (not `to`, `towards`, `into`). */
function originBefore(leads: string): RegExp {
  return new RegExp(
    String.raw`\b(?:${leads})\s+(?:(?!(?:to|towards?|into)\s)[\w-]+\s+){0,3}$`,
    'i',
  );
}

/**
 * A place named as what a side holds, in a clause describing the side (`Hayat Tahrir al-Sham,
 * which controls most of Idlib, said …`): none the event was at.
 */
const HELD_BEFORE =
  /,\s+(?:which|who|that)\s+(?:controls?|controlled|holds?|held|runs?|ran|dominates?|dominated)\s+(?:[\w-]+\s+){0,3}$/i;

/**
 * Where a side fell back to, in a fight (`The rebels captured the town of Maarat al-Numan, as
 * government troops withdrew towards Hama`): no place of the fight, as `انسحبت … نحو` is not.
 */
const FELL_BACK_BEFORE =
  /\b(?:withdrew|withdrawing|retreated|retreating|pulled back|pulling back|fell back|falling back|fled|fleeing)\s+(?:[\w-]+\s+){0,3}?(?:to|towards?|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i;

/** A patrol's start and end (`a joint patrol from Sarmin to Ariha`): see patrolRoute. */
const ROUTE_FROM = /\bfrom\s+(?:the\s+(?:town|village|city)\s+of\s+)?$/i;
const ROUTE_TO = /\b(?:to|towards?)\s+(?:the\s+(?:town|village|city)\s+of\s+)?$/i;

/**
 * A patrol's route among a clause's mentions (`a joint patrol from Sarmin to Ariha`), as
 * route.ts reads it in Arabic: the patrol is one, on the road named (`on the M4 highway`), else
 * at its start with its end as a further place.
 */
function patrolRoute(
  body: string,
  mentions: readonly PlaceMention[],
): { place: PlaceMention; also?: PlaceMention } | undefined {
  const before = (m: PlaceMention) => body.slice(Math.max(0, m.start - 30), m.start);
  const from = mentions.find((m) => ROUTE_FROM.test(before(m)));
  const to =
    from &&
    mentions.find((m) => m.start > from.end && m.start - from.end < 60 && ROUTE_TO.test(before(m)));
  if (!from || !to) return undefined;
  const road = mentions.find((m) => isRoadPlace(m.placeId));
  return road ? { place: road } : { place: from, also: to };
}

/**
 * What lies between a town and the outskirts that only locate it (`Kansafra near Kafr Nabl`,
 * `Kansafra, on the outskirts of Kafr Nabl`): the outskirts mention holds `near`/`outskirts of`.
 */
const LOCATES_THE_TOWN = /^\s*,?\s*(?:(?:on|in|at)\s+the\s+)?$/i;

/**
 * A governorate's seat named bare after a town of that governorate, as an address is written
 * (`Ariha, Idlib, on Saturday`, `near the village of Kansafra in Idlib`): it says where the town
 * is, no place of its own. Not in a list (`Ariha, Idlib and Saraqib`, `Ariha, Idlib, and
 * Saraqib`, `in Idlib and Saraqib`).
 */
function isAddress(body: string, before: PlaceMention | undefined, m: PlaceMention): boolean {
  if (
    before === undefined ||
    m.seatOf === undefined ||
    before.placeId === m.placeId ||
    before.admin1 !== m.admin1
  )
    return false;
  const gap = body.slice(before.end, m.start);
  const after = body.slice(m.end, m.end + 12);
  // `near the village of Kansafra in Idlib`: the town, then the governorate it is in.
  if (IN_GAP.test(gap)) return before.geoPrecision <= 2 && !IN_A_LIST.test(after);
  return /^\s*,\s*$/.test(gap) && ADDRESS_ENDS.test(after);
}
/** `in`, `in Syria's`, `in Syria's northwestern`: between a town and the seat it lies by. */
const IN_GAP =
  /^\s*,?\s+in\s+(?:Syria['’]s\s+(?:(?:north-?|south-?)?(?:western|eastern|northern|southern)\s+)?)?$/i;
/** More places after a governorate's seat (`in Idlib and Saraqib`, `in Idlib, Saraqib`). */
const IN_A_LIST = /^\s*(?:,\s*)?(?:and\b|[A-Z])/;
/**
 * What may follow an address's governorate: a stop, or a comma before words that are no more
 * names (`, on Saturday`; not `, Saraqib and Sarmin` nor `, and Saraqib`).
 */
const ADDRESS_ENDS = /^(?:\s*[.;)]|\s*,\s*(?!and\b)[a-z]|\s*$)/;

/**
 * A governorate's seat named as the owner of the place after it (`Idlib's Jabal al-Zawiya
 * region`): it locates that place, no place of its own.
 */
function ownsNext(body: string, m: PlaceMention, next: PlaceMention | undefined): boolean {
  return (
    next !== undefined &&
    m.seatOf !== undefined &&
    next.placeId !== m.placeId &&
    /^['’]s\s+(?:the\s+)?$/.test(body.slice(m.end, next.start))
  );
}

/**
 * Between the places told and a town they are told to lie near, in an apposition (`, two
 * villages near the key town of `, `, a village outside `, `, both west of `).
 */
const NEAR_WHICH =
  /[^.;]*,\s*(?:(?:a|an|the|two|three|four|five|both|several)\s+)?(?:(?:small|nearby|strategic|key)\s+)?(?:(?:villages?|towns?|hamlets?|hills?|areas?)\s+)?(?:near|close to|outside|(?:just\s+)?(?:west|east|north|south)(?:-?(?:west|east))? of|on the outskirts of)\s+(?:the\s+)?(?:(?:key|strategic|nearby|main|rebel-held|opposition-held|government-held)\s+)?(?:(?:town|city|village)\s+of\s+)?$/i;

/**
 * Whether `m` is the town the places told before it are said to lie near (NEAR_WHICH), its
 * `near the key town of` read into it as its outskirts or not.
 */
function toldNear(body: string, before: PlaceMention, m: PlaceMention): boolean {
  const lead = NEAR_LEAD.exec(m.surface)?.[0] ?? '';
  return NEAR_WHICH.test(body.slice(before.end, m.start) + lead);
}
/** `near the key town of` opening a mention read as a town's outskirts. */
const NEAR_LEAD =
  /^(?:near|around|outside)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:town|city|village)\s+of\s+/i;

/** A town or a village (known, or one the gazetteer lacks), not an area. */
function isPoint(m: PlaceMention): boolean {
  return m.geoPrecision === 1 || m.unresolved === true;
}

/** Whether outskirts `m` only locate the town named just before them (LOCATES_THE_TOWN). */
function locatesTown(body: string, before: PlaceMention | undefined, m: PlaceMention): boolean {
  return (
    before !== undefined &&
    isPoint(before) &&
    LOCATES_THE_TOWN.test(body.slice(before.end, m.start))
  );
}

/**
 * Where a clause's event happened: its named towns and a town's outskirts (a list gives one
 * incident each: `on the outskirts of Kafr Nabl and Hass` is two, as in Arabic), else its
 * areas; a launch site only when nothing else is named. The region a town is named in
 * (`Kafr Nabl in southern Idlib`, `Kansafra near Kafr Nabl`) is kept for the summaries.
 */
function eventPlaces(
  body: string,
  mentions: PlaceMention[],
  /** A fight: where a side is (`clashed with militants in the village of X`) is where it was. */
  fight = false,
): { place: PlaceMention; region?: PlaceMention }[] {
  const origin = fight ? ORIGIN_BEFORE_FIGHT : ORIGIN_BEFORE;
  const targets = mentions.filter((m) => {
    const before = body.slice(Math.max(0, m.start - 40), m.start);
    return (
      !origin.test(before) && !HELD_BEFORE.test(before) && !(fight && FELL_BACK_BEFORE.test(before))
    );
  });
  // `in Syria's Idlib`: the country's possessive only says where the place after it is.
  const own = provincesNamed(body, targets.length ? targets : mentions).filter(
    (m, k, all) => !(m.placeId === COUNTRY_ID && all[k + 1] && /^['’]s\s/.test(body.slice(m.end))),
  );
  // A village the gazetteer lacks is a place of its own (placed near another), never a region.
  const points: PlaceMention[] = [];
  const areas: PlaceMention[] = [];
  for (const [k, m] of own.entries()) {
    if (isAddress(body, own[k - 1], m) || ownsNext(body, m, own[k + 1])) continue;
    // `seized Urum al-Kubra and Kafr Naha, two villages near the key town of Atareb`: the town
    // the list is told near locates it.
    if (k > 0 && toldNear(body, own[k - 1]!, m)) continue;
    // `In Idlib, Turkish troops shelled … Nayrab and Saraqib`: where the sentence is set, before
    // its comma, is no place of the event when it names others.
    if (
      own.length > 1 &&
      body[m.end] === ',' &&
      SET_IN.test(body.slice(Math.max(0, m.start - 6), m.start))
    )
      continue;
    if (isPoint(m) || (isSpecific(m) && !locatesTown(body, own[k - 1], m))) points.push(m);
    // `the outskirts of Jisr al-Shughur and the Jabal al-Akrad mountains`: a region listed
    // after a town was struck too (not a province: `Sarmin and Idlib province` says where).
    else if (
      m.geoPrecision === 2 &&
      k > 0 &&
      points.at(-1) === own[k - 1] &&
      AND_THE.test(body.slice(own[k - 1]!.end, m.start))
    )
      points.push(m);
    else areas.push(m);
  }
  // With no town, the first area; not the country or its north-west when the clause names a
  // part of it too (`in northwest Syria, near Shir Maghar in Hama province`: Hama province).
  if (!points.length) {
    const place = areas.find((a) => !WHOLE_REGION.has(a.placeId)) ?? areas[0];
    if (!place) return [];
    // `elsewhere in Idlib and Hama`: provinces listed with `and`, each.
    const listed = [place];
    for (let k = areas.indexOf(place) + 1; k < areas.length; k++) {
      const a = areas[k]!;
      const prev = listed.at(-1)!;
      if (a.geoPrecision !== 3 || prev.geoPrecision !== 3 || a.placeId === prev.placeId) break;
      if (!AND_THE.test(body.slice(prev.end, a.start))) break;
      listed.push(a);
    }
    return listed.map((pl) => ({ place: pl }));
  }
  // A town's region is the first area named around it that holds it (`Kafr Nabl in southern
  // Idlib`; not `near Idlib` for Ariha). A few areas are tried: a clause names one or two. A
  // village the gazetteer lacks has one too: its English name says where it is, the Arabic one
  // (the name as written) does not.
  const regions = [...new Map(areas.map((a) => [a.placeId, a])).values()].slice(0, MAX_REGIONS);
  return points.map((place) => {
    const region = regions.find(
      (a) =>
        a.placeId !== place.placeId &&
        a.area !== undefined &&
        booleanPointInPolygon([place.lon, place.lat], a.area),
    );
    return region ? { place, region } : { place };
  });
}

/** `and` between two places of a list, maybe with a comma and `the`. */
const AND_THE = /^,?\s+and\s+(?:the\s+)?$/i;

/**
 * Governorates' seats named bare where the province is meant (`in strikes elsewhere in Idlib and
 * Hama`, `shot down … over Idlib`, `across Idlib`): the governorate, the rest of a list so
 * opened too. Other mentions as they are.
 */
function provincesNamed(body: string, mentions: PlaceMention[]): PlaceMention[] {
  if (!mentions.some((m) => m.seatOf)) return mentions;
  let listed = false;
  return mentions.map((m, k) => {
    const before = body.slice(Math.max(0, m.start - 24), m.start);
    const prev = mentions[k - 1];
    const next = mentions[k + 1];
    listed =
      !!m.seatOf &&
      (PROVINCE_BEFORE.test(before) ||
        bareIdlib(body, mentions, k) ||
        (listed && !!prev && AND_THE.test(body.slice(prev.end, m.start))) ||
        // `in Idlib and Hama provinces`: the plural names both.
        (!!next &&
          next.geoPrecision === 3 &&
          AND_THE.test(body.slice(m.end, next.start)) &&
          /provinces|governorates/i.test(next.surface)));
    return listed ? { ...m, ...m.seatOf!, seatOf: undefined } : m;
  });
}

/** The Idlib governorate's id in the gazetteer. */
const IDLIB_GOVERNORATE = 'area-idlib-governorate';

/**
 * `Idlib` named bare in English (`Russian airstrikes in Idlib killed five`): the province. Wire
 * copy writes `Idlib city` or `the city of Idlib` for the city (those get no seatOf) and `Idlib`
 * alone for the last rebel-held province, so the city's point would be a precision the report
 * never gave. The city still when the clause names other towns beside it (`struck Sarmin and
 * Idlib`, `three in Saraqib and two in Idlib`: a list of towns), or when it only says where a
 * town is (`Ariha, Idlib`; isAddress) or owns the place after it (`Idlib's Jabal al-Zawiya`).
 * Aleppo, Hama and Latakia named bare stay cities: there the city is what English reports
 * mostly mean.
 */
function bareIdlib(body: string, mentions: PlaceMention[], k: number): boolean {
  const m = mentions[k]!;
  return (
    m.seatOf?.placeId === IDLIB_GOVERNORATE &&
    !mentions.some((o) => o !== m && o.geoPrecision === 1 && o.seatOf === undefined) &&
    !/^['’]s\s/.test(body.slice(m.end, m.end + 3)) &&
    !isAddress(body, mentions[k - 1], m)
  );
}

/** Words before a seat that mean its province (`elsewhere in`, `over`, `across`). */
const PROVINCE_BEFORE =
  /\b(?:elsewhere in|over|across|throughout|all over|the rest of|parts of|around the province of)\s+$/i;

/** `In ` opening a sentence. */
const SET_IN = /(?:^|[.!?]\s+)In\s+$/;

/**
 * The incidents of an English report. See the module doc.
 */
export function extractEnglishIncidents(
  article: ArticleIn,
  mentions: PlaceMention[],
): IncidentFeature[] {
  const body = article.body;
  const drafts: IncidentFeature[] = [];
  const bySentence = new MentionsBySpan(mentions);
  const afterFall = writtenSinceFall(article.date);
  /** The day told last (a later sentence may count back from it: `Two days earlier`). */
  let lastDay = article.date;
  /**
   * The sentence before's last event clause (none if it told no event): the toll of a sentence
   * that tells no event is its incidents'.
   */
  let before: EventTold | undefined;
  /** Fire told at an area on a day, whose towns the sentences after it may tell (detailOf). */
  let lead: EventTold | undefined;
  /** The last event of each type told, with its incidents (a later clause may name it again). */
  const lastOfType = new Map<IncidentType, EventTold>();
  /** The last event of each type told with a side (namesASide). */
  const lastSidedOfType = new Map<IncidentType, EventTold>();
  /** The last fire of any kind told: `the attack`, `the strike` may name it again (FIRE_NAMED_AGAIN). */
  let lastFire: EventTold | undefined;
  // An incident of the event told before at a town its toll names, read over `read` (see
  // tollOfPrevious).
  const atTown: AtTown = (told, town, region, read) => {
    const p = draft(article, read, told.cue, told.actors, told.date, town, region);
    drafts.push(drawnAt(town, p));
    return p;
  };
  const sentences = sentenceSpans(body);
  for (const sentence of sentences) {
    const sText = body.slice(sentence.start, sentence.end);
    const sMentions = bySentence.within(sentence);
    const previous = before;
    before = undefined;
    if (!sMentions.length) {
      // `A car bomb exploded in … Afrin …. Turkey's Defense Ministry blamed the Kurdish YPG
      // militia for the attack.`: the side blamed for the fire told last by no one's.
      const blamed = lastFire && !namesASide(lastFire.actors) ? blamedFor(sText, afterFall) : [];
      if (lastFire && blamed.length) {
        for (const p of lastFire.drafts) {
          p.actors = blamed;
          for (const e of p.evidence)
            if (e.articleId === article.id) e.end = Math.max(e.end, sentence.end);
        }
        lastFire.actors = blamed;
        continue;
      }
      const season = campaignOfTheArea(article, sentence, mentions, sentences, afterFall);
      if (season) drafts.push(season);
      else {
        // `… warned Damascus to pull back its forces …. At least 30 regime fighters and 25 rebels
        // were killed in the fighting`: the fight told last, past sentences of no event.
        const fight = previous ? undefined : fightNamedAgain(sText, lastOfType);
        const own = fight
          ? undefined
          : eventOfItsOwn(article, sentence, mentions, sentences, afterFall, previous);
        const earlier = previous ?? fight;
        const since =
          own === undefined && earlier ? tollSinceOf(article, sentence, earlier) : undefined;
        if (since) drafts.push(since);
        else if (own === undefined && earlier) {
          tollOfPrevious(body, sentence, [], earlier, article.date, atTown);
          // It said more of that event, or told its toll (`Two protesters were killed.`): the next
          // sentence may still go on with it.
          if (previous && (classifyEnglish(sText) || tookToll(previous, sentence)))
            before = previous;
        } else if (own) drafts.push(own);
      }
      continue;
    }
    // The day a `Two days earlier` of this sentence counts back from: the one told before it.
    const anchor = lastDay;
    // The days a clause's event has run (`where clashes … continued for a third day`) are
    // that clause's alone: the sentence's day leaves them out.
    const sDate = dayTold(
      withoutPlaceDescribed(sText.replace(REPLY_TAIL, '')),
      article.date,
      anchor,
    );
    if (sDate?.precision === 1 && !sDate.dateEnd) lastDay = sDate.date;
    /** The sentence's last incident drafts: a later clause's toll goes to them. */
    let last: IncidentProperties[] = [];
    /** The last event clause told, with its incidents (`last`). */
    let lastTold: EventTold | undefined;
    /** Whether a clause of the sentence tells an event: if none does, its toll may be the last's. */
    let tellsEvent = false;
    /** Whether a clause of the sentence told fire of the lead's in detail (detailOf). */
    let detailed = false;
    /**
     * Figures told before the sentence's first event (`Four of them died in the village of Balyun,
     * where a strike hit a house`): that event's, when it tells none of its own.
     */
    let ahead: { killed: number | null; injured: number | null } | undefined;
    /** The sentence's incidents before a clause of what they came after (`hours after …`). */
    let beforeLead: IncidentProperties[] = [];
    /**
     * The event the sentence told before a clause of what it came after (`…, a day after an air
     * strike killed 33 Turkish troops near … Balyun`): its news, which the next sentence goes on
     * with (not the earlier strike).
     */
    let leadTold: EventTold | undefined;
    const byClause = new MentionsBySpan(sMentions);
    for (const clause of clausesOf(body, sentence)) {
      const text = body.slice(clause.start, clause.end);
      const tolls = clauseTolls(text);
      const { killed, injured } = tolls;
      const read = classifyEnglish(text);
      // `The monitor said government positions in Saraqeb … were among those targeted`: where the
      // fire the sentence before told struck, by its side, on its day (it was an attack by the
      // government, whose positions were the targets).
      const among =
        previous && !lastTold && FIRE.has(previous.cue.type) && AMONG_TARGETED.test(text)
          ? previous
          : undefined;
      const cMentions = byClause.within(clause);
      const cue = among ? among.cue : toldBefore(text, read, cMentions, lastTold, lastFire);
      if (cue) tellsEvent = true;
      // `…, hours after a ceasefire was supposed to take effect, killing eight civilians`: the
      // figures after the clause of what the event came after are the event's.
      const timeLed = TIME_AFTER.test(text.trimStart());
      const cameAfter = cue !== undefined && timeLed;
      if (cue) beforeLead = cameAfter ? last : [];
      if (cameAfter && !leadTold && lastTold) leadTold = lastTold;
      if (!cue) {
        // `The attack came a week after eight Turkish personnel were killed in Saraqeb`: the dead
        // of what the event came after are that earlier event's, not its own.
        if (timeLed) continue;
        // A clause of figures only: they are the toll of the sentence's event, at the place it
        // names (`struck Sarmin and Idlib, killing four civilians in Idlib`), else its first.
        const at = tollPlaceId(body, cMentions);
        const pool = beforeLead.length ? beforeLead : last;
        const target = (at && pool.find((p) => p.placeId === at)) || pool[0];
        if (target) raiseToll(target, killed, injured);
        else if (!lastTold && (killed !== null || injured !== null)) ahead = { killed, injured };
        continue;
      }
      // `… pounded the village of Balyun, where Turkish troops were deployed`: who was there, a
      // place described, is no deployment of the day.
      if (cue.type === 'deployment' && placeDescribed(body, clause.start, text)) continue;
      // `The attack is the latest in a series that have damaged … schools in northwest Syria`:
      // the event told before, named again to say it was one of many.
      if (NAMED_AGAIN.test(text) && LATEST_OF_MANY.test(text)) continue;
      // `… was "appalled" by the attack, the second on a school in northwest Syria this month`:
      // the event told before, named again to count it among others, no event of its own.
      if (FIRE_NAMED_AGAIN.test(text) && NTH_OF_MANY.test(text)) continue;
      // `The strike hit near the village of Balyun`: the event the sentence before told, named
      // again with the article, where it struck; its day and sides are that event's.
      const ofType = lastOfType.get(cue.type);
      // `… in the attack near the town of Balyun`, after an air strike: the last fire told, of
      // whatever kind, when it was told after the last of the clause's own kind.
      const fire =
        lastFire &&
        lastFire !== ofType &&
        FIRE.has(cue.type) &&
        (!ofType || lastFire.sentence.start > ofType.sentence.start) &&
        FIRE_NAMED_AGAIN.test(text)
          ? lastFire
          : undefined;
      const namedAgain = fire ?? ofType;
      const again = namedAgain
        ? toldAgain(text, cue, namedAgain, sDate !== undefined, sentence)
        : undefined;
      // `Strikes also hit Jisr al-Shugour`: more of the fire told before, on its day.
      // `A second strike hit the nearby village of Maar Shurin`: more of it, told as another.
      const more = ofType && (ALSO.test(text) || ANOTHER.test(text)) ? ofType : undefined;
      const itsDay =
        englishDate(text, article.date, anchor) ??
        // Counted back once: the sentence's day is the earlier event's already (CAME_DAYS_AFTER).
        (sDate && !CAME_DAYS_AFTER.test(sText) ? dayAfterLead(text, sDate) : undefined);
      // `… pounded towns in Idlib province on Thursday …. An air strike on a market in the city
      // of Idlib killed 15 people`: that day's fire at one of its towns.
      const detail =
        itsDay || sDate || again || more
          ? undefined
          : detailOf(lead, cue, cMentions.length ? cMentions : sMentions);
      // `Russian air strikes have resumed in north-western Syria …. Warplanes bombed the
      // outskirts of … Hish … on Tuesday evening`: a lead told with no day, whose towns the next
      // sentence tells on a day of its own, lends them its sides (not its day, nor its toll).
      const sidesOf =
        detail ??
        (lead?.date === undefined && !again && !more
          ? detailOf(lead, cue, cMentions.length ? cMentions : sMentions, true)
          : undefined);
      // `Turkish artillery retaliated by striking regime targets around Saraqib`: a reply told
      // with no day of its own is of the day of the event told before it.
      const replied =
        itsDay || sDate || again || more || detail || !REPLIED.test(text)
          ? undefined
          : (lastTold ?? previous)?.date;
      // `The shelling coincided with Russian airstrikes on …`: on the day of the event named.
      const withIt =
        itsDay || sDate || !COINCIDED.test(text) ? undefined : (lastTold ?? previous)?.date;
      // `Helicopters also dropped barrel bombs on …, while clashes raged near … Khan Tuman`: at
      // the time of the event the clause before told (it was put on the report's day).
      const meanwhile =
        itsDay ||
        sDate ||
        !lastTold ||
        !WHILE_BEFORE.test(body.slice(Math.max(0, clause.start - 9), clause.start))
          ? undefined
          : lastTold.date;
      const date =
        itsDay ??
        sDate ??
        among?.date ??
        again?.date ??
        more?.date ??
        detail?.date ??
        replied ??
        withIt ??
        meanwhile;
      if (date && daysBetween(date.dateEnd ?? date.date, article.date) > BACKGROUND_DAYS) continue;
      // `…, but the patrol was cut short`, `said the clashes … began shortly after the truce came
      // into effect`: the event told, named again in a clause of no place of its own, tells more
      // of it (the sentence's other places are not its).
      if (again && !cMentions.length) {
        toldMore(
          again,
          sentence,
          text,
          tolls,
          itsDay,
          englishActors(text, cue, tolls.spans, afterFall),
        );
        last = again.drafts;
        lastTold = again;
        continue;
      }
      const route =
        cue.event === 'patrol'
          ? patrolRoute(body, cMentions.length ? cMentions : sMentions)
          : undefined;
      const places = route
        ? [{ place: route.place }]
        : eventPlaces(body, cMentions.length ? cMentions : sMentions, cue.type === 'clash');
      if (!places.length) continue;
      const own = englishActors(text, cue, tolls.spans, afterFall);
      // `A rocket fired from rebel-held areas hit …`: by the side holding where it came from.
      const named = own.length || cue.type === 'agreement' ? own : firedFromHeld(text, afterFall);
      // `… killed since the clashes erupted on Tuesday`: an event of the type told before, named
      // with the article anywhere in the clause or told `also`, is by that event's sides when it
      // names none.
      // `Government forces said they had repelled the attack and sent reinforcements …`: a verb
      // with no subject of its own goes on with the subject of the clause before it.
      const subject =
        lastTold?.sentence === sentence && lastTold.cue.type !== cue.type && NO_SUBJECT.test(text)
          ? lastTold.actors.filter((a) => a !== 'unknown')
          : [];
      // The sides of the last event of the clause's type: `The planes also struck …`, after a
      // strike told with no side, takes those of the last of its type told with some.
      const ofTypeSides =
        ofType &&
        (namesASide(ofType.actors)
          ? ofType.actors
          : (lastSidedOfType.get(cue.type)?.actors ?? ofType.actors));
      // `Regime forces carried out 11 suicide drone attacks … on Wednesday. The largest share hit
      // Qastoun …`: fire of the same kind told next, with no day or side of its own, goes on with
      // the fire told before, and is by its sides.
      const goesOnWith =
        ofType &&
        ofType.sentence !== sentence &&
        !itsDay &&
        !sDate &&
        ofType.cue.event === cue.event &&
        FIRE.has(cue.type)
          ? ofTypeSides!.filter((a) => a !== 'unknown')
          : [];
      // `Turkish forces widened their shelling of …, while artillery fire hit Maranaz`: fire of
      // the same kind told alongside, naming no side, is by the sides of the clause before.
      const alongside =
        lastTold?.sentence === sentence &&
        lastTold.cue.type === cue.type &&
        WHILE_BEFORE.test(body.slice(Math.max(0, clause.start - 9), clause.start))
          ? lastTold.actors.filter((a) => a !== 'unknown')
          : [];
      // `… launched an attack on the rebel-held village of Jibine, but were repelled by
      // opposition fighters`: the fight of the side the clause before told, and of who met it.
      const met =
        cue.type === 'clash' && lastTold?.sentence === sentence && REPELLED_BY.test(text)
          ? lastTold.actors.filter((a) => a !== 'unknown')
          : [];
      // `Opposition fighters attacked regime positions in Dadikh, amid an exchange of artillery
      // fire`: fire both ways between the sides of the fight it came with (as `وسط قصف متبادل`).
      const bothWays =
        !namesASide(named) && lastTold?.sentence === sentence && BOTH_WAYS.test(text)
          ? lastTold.actors.filter((a) => a !== 'unknown')
          : [];
      const sides = among
        ? among.actors
        : met.length
          ? [...new Set([...met, ...named.filter((a) => a !== 'unknown')])].sort()
          : bothWays.length > 1
            ? bothWays
            : namesASide(named)
              ? named
              : again
                ? again.actors
                : ofType && (more || THE_EVENT.test(text))
                  ? ofTypeSides!
                  : subject.length === 1
                    ? subject
                    : alongside.length
                      ? alongside
                      : // `Shells landed in the towns of Sarmada and Darat Izza`, after the day's shelling
                        // by government forces and their Russian allies: the army's.
                        sidesOf && namesASide(sidesLent(sidesOf.actors, cue.type, sidesOf.cue.type))
                        ? sidesLent(sidesOf.actors, cue.type, sidesOf.cue.type)
                        : goesOnWith.length
                          ? goesOnWith
                          : named;
      // `four people were killed when a barrel bomb hit a displacement camp`: the regime's own
      // weapon, dropped by its helicopters and no one else's, until its fall.
      const barrels =
        cue.type === 'airstrike' &&
        !namesASide(sides) &&
        BARREL_BOMB.test(text) &&
        (date?.date ?? article.date) < FALL_OF_ASSAD;
      const actors: Actor[] = barrels
        ? ['regime']
        : // `rebels launched an attack on army positions near Tanjara`: the fight's other side
          // is the army named bare, Assad's until his fall.
          cue.type === 'clash' &&
            !afterFall &&
            sides.length === 1 &&
            FACTIONS.has(sides[0]!) &&
            BARE_ARMY.test(text)
          ? [...sides, 'regime' as const].sort()
          : sides;
      // Told first at a governorate's seat named bare, or at an area, it is placed where the
      // sentence says it struck (`… in Idlib on Thursday. The strike hit near … Balyun`).
      const moved = again && movedTo(again, places, text);
      const movedAt = moved ? drafts.findIndex((f) => f.properties === moved) : -1;
      if (again && moved && movedAt >= 0) {
        const { place } = places[0]!;
        const p = movedDraft(article, sentence, again.cue, actors, date, places[0]!, moved);
        // `… said 33 soldiers had died and 32 were wounded … in the attack near … Balyun`.
        raiseToll(p, killed, injured);
        drafts[movedAt] = drawnAt(place, p);
        last = [p];
        lastTold = { ...again, drafts: last, places: [place], actors, date, sentence };
        lastOfType.set(again.cue.type, lastTold);
        if (FIRE.has(again.cue.type)) lastFire = lastTold;
        continue;
      }
      // `… said the strikes also wounded more than 30 people in the city, the capital of … in
      // Syria`: the event named again at no place more exact than its own tells more of it,
      // not a second event; its figures join the event's, whose evidence runs on to here.
      if (again && !places.some((pl) => isSpecific(pl.place) && !toldAt(again, pl.place))) {
        toldMore(again, sentence, text, tolls, itsDay, named);
        last = again.drafts;
        lastTold = again;
        continue;
      }
      // `The local council of Sarmada held a meeting with residents`: no sides, no talks.
      if (cue.meeting && !namesASide(actors)) continue;
      const strikes =
        cue.type === 'airstrike'
          ? (strikesCounted(text) ?? (ONE_STRIKE.test(text) ? 1 : null))
          : null;
      // A toll told place by place: each place its own figure (`five civilians in Saraqib and
      // three in al-Bara`), or a total shared out (`killed eight, five of them in Saraqib and
      // three in Sarmin`: the shares when they add up, else the total on the first place).
      const told = (killed === null) !== (injured === null) ? (killed ?? injured) : null;
      const owns = places.map((pl, k) =>
        told === null || k === 0 ? undefined : figureBefore(body, places[k - 1]!.place, pl.place),
      );
      const firstShare =
        told === null || places.length < 2 ? undefined : shareBefore(body, places[0]!.place);
      if (firstShare !== undefined) {
        let sum = firstShare;
        for (let k = 1; k < owns.length; k++) sum += owns[k] ?? Number.NaN;
        if (sum === told) owns[0] = firstShare;
        else owns.fill(undefined);
      }
      // `killed at least 18 civilians … in northwest Syria, including 10 in the town of Maarat
      // al-Numan`: the town its share, the area it was told in the others (it was all 18 at the
      // town).
      const region = places.length === 1 ? places[0]!.region : undefined;
      const onlyShare = told !== null && region ? shareBefore(body, places[0]!.place) : undefined;
      const others =
        region && onlyShare !== undefined && onlyShare < told!
          ? { area: region, count: told! - onlyShare }
          : undefined;
      if (others) owns[0] = onlyShare;
      // The toll told at one of the places (`killing four civilians in Idlib`) is that place's.
      const at = killed === null && injured === null ? undefined : tollPlaceId(body, cMentions);
      // `… pounded towns in Idlib province …. The strikes hit … Idlib city, Jisr al-Shughur and
      // Darat Izza, … who said more than 200 people were wounded`: the event told at an area,
      // named again at towns in it with a toll told at none of them: the toll is the event's.
      const whole =
        again?.drafts.length === 1 && isCoarse(again.places[0]) ? again.drafts[0] : undefined;
      const tollOfWhole =
        whole !== undefined &&
        places.length > 1 &&
        at === undefined &&
        firstShare === undefined &&
        owns.every((o) => o === undefined);
      if (tollOfWhole) {
        raiseToll(whole, killed, injured);
        for (const e of whole.evidence) e.end = Math.max(e.end, sentence.end);
      }
      const tollAt = tollOfWhole
        ? -1
        : Math.max(0, at ? places.findIndex((pl) => pl.place.placeId === at) : 0);
      last = places.map(({ place, region }, k) => {
        const p = draft(article, sentence, cue, actors, date, place, region);
        if (route?.also) p.alsoPlaces = [alsoPlace(route.also)];
        // A toll or a count of strikes told over a list of places goes to the first.
        if (k === tollAt) {
          p.fatalities = killed;
          p.injuries = injured;
        }
        if (k === 0) {
          p.strikes = strikes;
          // An assassination kills its one target though no figure is told (not an attempt).
          if (killed === null && ASSASSINATED.test(text) && !ATTEMPTED.test(text)) p.fatalities = 1;
        }
        const own = owns[k];
        if (own !== undefined) {
          if (killed !== null) p.fatalities = own;
          else p.injuries = own;
        }
        drafts.push(drawnAt(place, p));
        return p;
      });
      if (others) {
        const p = draft(article, sentence, cue, actors, date, others.area, undefined);
        if (killed !== null) p.fatalities = others.count;
        else p.injuries = others.count;
        drafts.push(drawnAt(others.area, p));
      }
      // `Turkish drones and artillery struck Syrian government positions`: a shelling at each
      // place too, by the sides that fire from the ground; the toll stays the air strike's.
      if (cue.type === 'airstrike' && AIR_AND_GROUND.test(text)) {
        const ground = sidesLent(actors, 'shelling', 'airstrike');
        if (namesASide(ground))
          for (const { place, region } of places)
            drafts.push(
              drawnAt(
                place,
                draft(
                  article,
                  sentence,
                  { type: 'shelling', at: cue.at },
                  ground,
                  date,
                  place,
                  region,
                ),
              ),
            );
      }
      // `… a barrel bomb killed a father and his three children in the village of al-Habit`,
      // after strikes that killed 12 in the region: those 4 are among the 12, whose area keeps
      // the others (as a next sentence's tolls by town do).
      const first = last[0];
      if (ahead && first && first.fatalities === null && first.injuries === null)
        raiseToll(first, ahead.killed, ahead.injured);
      ahead = undefined;
      const town = tollAt >= 0 && at !== undefined ? last[tollAt] : undefined;
      if (whole && town) leaveTheOthers(town, whole, sentence.end);
      // The dead of the lead's fire told town by town are among its own: its area keeps the others.
      if (detail) {
        detailed = true;
        const areas = leadAreas(detail);
        for (const [k, { place }] of places.entries()) {
          const area = isSpecific(place) ? areaHolding(areas, place) : undefined;
          const of = area && detail.drafts[detail.places.indexOf(area)];
          if (of) leaveTheOthers(last[k]!, of, sentence.end);
        }
      }
      lastTold = {
        drafts: last,
        places: places.map((pl) => pl.place),
        cue,
        actors,
        date,
        sentence,
      };
      lastOfType.set(cue.type, lastTold);
      if (namesASide(actors)) lastSidedOfType.set(cue.type, lastTold);
      if (FIRE.has(cue.type)) lastFire = lastTold;
    }
    // `Turkish officials said the soldiers were killed near the town of Balyun`: the dead of the
    // event before, told at an area, named again where they fell: the event was there.
    const movedBy = !tellsEvent && previous && DEAD_NAMED_AGAIN.test(sText) ? previous : undefined;
    const places = movedBy ? eventPlaces(body, sMentions) : [];
    const moved = movedBy && movedTo(movedBy, places, sText);
    const movedAt = moved ? drafts.findIndex((f) => f.properties === moved) : -1;
    if (movedBy && moved && movedAt >= 0) {
      const { cue, actors, date } = movedBy;
      const p = movedDraft(article, sentence, cue, actors, date, places[0]!, moved);
      drafts[movedAt] = drawnAt(places[0]!.place, p);
      // Changed in place: the last event of its type and the last fire are this one too.
      movedBy.drafts = [p];
      movedBy.places = [places[0]!.place];
      before = movedBy;
    } else if (!tellsEvent) {
      // A toll the event told before does not take (another day's, elsewhere) is of its own.
      if (!previous || !tollOfPrevious(body, sentence, sMentions, previous, article.date, atTown))
        drafts.push(...tollOfItsOwn(article, sentence, sMentions, afterFall, sentences));
    } else before = leadTold ?? lastTold;
    if (tellsEvent && !detailed) lead = lastTold;
  }
  for (const d of drafts) asCampaignToll(d.properties);
  return mergeIncidents(convoyOnward(drafts, mentions), () => article.outlet);
}

/**
 * The lead whose fire a clause with no day of its own tells in detail, if any: fire told at an
 * area on one day (`Russian-backed Syrian government forces pounded towns in Idlib province on
 * Thursday, killing at least 18 civilians`), and fire at towns in that area told in the
 * sentences right after it (`An air strike on a vegetable market in the city of Idlib killed 15
 * people. Three more died in shelling on the town of Sarmin.`). Wire reports lead with the day's
 * sum and then tell its parts: those are of the lead's day, and their dead are among its own.
 *
 * @example detailOf(poundedIdlibProvinceOnThursday, airStrikeCue, [idlibCity]) // the lead
 */
function detailOf(
  lead: EventTold | undefined,
  cue: Cue,
  mentions: readonly PlaceMention[],
  /** A lead told with no day: its parts may have days of their own (for its sides only). */
  undated = false,
): EventTold | undefined {
  if (!lead || !VIOLENT_TYPES.has(lead.cue.type) || !VIOLENT_TYPES.has(cue.type)) return undefined;
  if (undated ? lead.date !== undefined : lead.date?.precision !== 1 || lead.date.dateEnd)
    return undefined;
  const towns = mentions.filter(isSpecific);
  const areas = leadAreas(lead);
  // `… intensified shelling of rebel-held towns in northwest Syria on Sunday. Shells landed in
  // the towns of Sarmada and Darat Izza`: the northwest holds its towns too (though no toll is
  // shared out of it: see areaHolding).
  const held = (m: PlaceMention) =>
    areaHolding(areas, m) !== undefined ||
    areas.some((a) => a.placeId === NORTHWEST_ID && holds(a, m));
  return towns.length && towns.every(held) ? lead : undefined;
}

/** North-west Syria as an area: it holds every town of the map. */
const NORTHWEST_ID = 'area-syria-northwest';

/** The areas a lead was told at: not a village the gazetteer lacks, placed in its area all the same. */
function leadAreas(lead: EventTold): PlaceMention[] {
  return lead.places.filter((m) => !isSpecific(m));
}

/** An event named with the article anywhere in a clause (`since the clashes erupted`). */
const THE_EVENT =
  /\b(?:the|these|those)\s+(?:clashes|fighting|battles?|advances?|air\s*strikes?|airstrikes?|strikes?|raids?|shelling|bombardment)\b/i;

/** An incident drawn at its place's point. */
function drawnAt(place: PlaceMention, p: IncidentProperties): IncidentFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    properties: p,
  };
}

/** Whether the event was told at that place. */
function toldAt(told: EventTold, place: PlaceMention): boolean {
  return told.places.some((m) => m.placeId === place.placeId);
}

/** A sentence's last clause opened by `, where`, to the sentence's end. */
const WHERE_TAIL = /,\s+where\s+[^;]*$/i;

/**
 * A sentence without its `, where` clause when that clause tells no event and no toll: it
 * describes the place (`headed towards the Taftanaz air base, where Turkey set up a new position
 * last week`), and its day is not the sentence's. One that tells a toll (`, where 33 soldiers
 * were killed on Thursday`) stays.
 */
function withoutPlaceDescribed(sentence: string): string {
  const where = sentence.includes('where') ? WHERE_TAIL.exec(sentence) : null;
  if (!where) return sentence;
  const tail = where[0];
  return classifyEnglish(tail) || hasToll(clauseTolls(tail))
    ? sentence
    : sentence.slice(0, where.index);
}

/** One of many told before (`the latest in a series of`, `a wave`, `a spate`). */
const LATEST_OF_MANY = /\blatest (?:in|of) a (?:series|string|wave|spate)\b/i;
/** An event counted among others (`the second on a school …`, `the third such attack this week`). */
const NTH_OF_MANY =
  /\bthe (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:(?:such|deadly|major)\s+)?(?:(?:attack|strike|raid|bombing|one|incident)s?\s+)?(?:on|against|in|this|since|to hit)\b/i;

/** `, where` right before a clause: what follows describes the place before it. */
const WHERE_BEFORE = /,\s+where\s+$/i;
/** Forces told as being somewhere (`were deployed`, `are stationed`, `is based`). */
const FORCES_THERE =
  /\b(?:were|are|is|was|had been|have been|has been)\s+(?:deployed|stationed|based|positioned)\b/i;

/**
 * Whether a deployment clause (`text`, from `start` in `body`) describes the place named before
 * it (`…, where Turkish troops were deployed`) rather than telling forces moved.
 */
function placeDescribed(body: string, start: number, text: string): boolean {
  return WHERE_BEFORE.test(body.slice(Math.max(0, start - 12), start)) && FORCES_THERE.test(text);
}

/** A reply told by its verb (`retaliated`, `responded`, `hit back`) (see where it is read). */
const REPLIED = /\b(?:retaliat(?:ed|es|ing)|respond(?:ed|s|ing)|(?:hit|struck|fired) back)\b/i;

/**
 * A clause opening with a verb of forces sent, or fire told by a participle, no subject before it
 * (`sent reinforcements …`, `… and bombing the city of Maarat al-Numan`).
 */
const NO_SUBJECT =
  /^\s*(?:sent|deployed|dispatched|rushed|bombing|shelling|striking|pounding|bombarding|targeting)\b/;

/** A clause telling its subject's attack was met, no subject of its own (`were repelled by`). */
const REPELLED_BY =
  /^\s*(?:were|was|had been|have been)\s+(?:repelled|repulsed|pushed back|beaten back|driven back|forced back)\b/i;

/** Raids named again with the article (`The raids targeted …`): after air strikes, theirs. */
const RAIDS_AGAIN = /^\W*(?:The|These|Those|That|This)\s+raids?\b/i;
/** Raids on a place (`died in raids on the village of …`): after air strikes, more of them. */
const RAIDS_ON = /\braids\s+(?:on|against|targeting)\b/i;

/**
 * Fire named again by a noun any fire goes by, the clause's only event word: at its start (`The
 * strike on Wednesday evening hit the Qah camp`, after a missile attack) or after a word that
 * names it told (`33 soldiers had died … in the attack near the town of Balyun`, after an air
 * strike; `blamed the attack on government forces`).
 */
const FIRE_NAMED_AGAIN =
  /^\W*(?:The|That|This)\s+(?:attack|strike|bombing)s?\b|\b(?:in|during|from|by|for|blamed|behind|after)\s+(?:the|that|this|these)\s+(?:attack|strike|bombing)s?\b/i;
/**
 * An event of the clause's own kind named again after a word that names it told (`three
 * civilians were injured in the shelling of Ariha`), anywhere in the clause.
 */
const KIND_NAMED_AGAIN =
  /\b(?:in|during|from|by)\s+(?:the|that|this|these)\s+(?:shelling|bombardment|air\s*strikes?|airstrikes?|raids?|clashes|fighting|blast|explosion)\b/i;

/** The event told before named again as what another came with (`The shelling coincided with`). */
const COINCIDED =
  /^\W*(?:The|That|This|These)\s+(?:shelling|bombardment|strikes?|air\s*strikes?|airstrikes?|raids?|attacks?|fighting|clashes)\s+(?:coincided|came|comes|was accompanied|were accompanied)\s+(?:with|amid|alongside|by)\b/i;

/**
 * Fire from the air and the ground told as one (`drones and artillery struck`, `air and artillery
 * strikes`, `Government artillery and Russian jets pounded`: a side's name may stand between).
 */
const AIR_AND_GROUND =
  /\b(?:drones?|warplanes?|jets|aircraft|air)\s+and\s+(?:[\w-]+\s+)?(?:artillery|rocket|ground)\b|\b(?:artillery|rockets?)\s+and\s+(?:[\w-]+\s+)?(?:drones?|warplanes?|jets|air)\b/i;

/** The event named again with its day (`The attack on Thursday`, `The strike late on Thursday`). */
const EVENT_ON_DAY =
  /^\W*(?:The|That|This)\s+(?:attacks?|strikes?|air\s*strikes?|airstrikes?|bombing|shelling|bombardment|blast|explosion|ambush)\s+(?:(?:late|early)\s+)?(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;

/** Places told as among those the fire struck (`… were among those targeted`, `among the areas hit`). */
const AMONG_TARGETED =
  /\bamong\s+(?:those|the\s+(?:areas|places|towns|villages|sites|positions|targets))\s+(?:targeted|hit|struck|shelled|bombed|pounded)\b/i;

/** `while`, `whereas` right before a clause (CLAUSE_BREAK cut there): at the same time. */
const WHILE_BEFORE = /\b(?:while|whereas)\s+$/i;

/**
 * A clause of more places the event told hit, cut from it by `, which` (CLAUSE_BREAK): `… were
 * wounded in the shelling, which also hit the nearby towns of al-Bara and Kansafra`. Read whole,
 * the toll went to those towns.
 */
const ALSO_HIT = /^\W*also\s+(?:hit|struck|targeted|pounded|shelled|bombed|bombarded)\b/i;

/**
 * The event a clause tells, read by itself (`read`) or by the fire told before it: more places
 * that fire hit (`…, which also hit the nearby towns of …`; `A market in Ariha was struck`, after
 * fire elsewhere), or raids after air strikes (`The raids targeted a market …`, `two others
 * died in raids on the village of Jarjanaz`), air raids named again or told of another place.
 */
function toldBefore(
  text: string,
  read: Cue | undefined,
  places: readonly PlaceMention[],
  lastTold: EventTold | undefined,
  lastFire: EventTold | undefined,
): Cue | undefined {
  if (read) {
    const airRaid =
      read.event === 'raid' &&
      lastFire?.cue.type === 'airstrike' &&
      (RAIDS_AGAIN.test(text) || RAIDS_ON.test(text));
    return airRaid ? { type: 'airstrike', at: read.at } : read;
  }
  if (lastTold && ALSO_HIT.test(text)) return lastTold.cue;
  // A place of that fire told again is the same fire, its toll shared out.
  if (!lastFire || !places.length) return undefined;
  if (places.some((m) => lastFire.places.some((p) => p.placeId === m.placeId))) return undefined;
  const struck = STRUCK_PASSIVE.exec(text);
  return struck ? { type: lastFire.cue.type, at: struck.index } : undefined;
}

/**
 * A place told as hit, with no weapon or side (`A market in Ariha was struck on Friday morning`),
 * after fire told in the report at other places: more of that kind of fire (one of its own
 * places told so is that fire again, its toll shared out).
 */
const STRUCK_PASSIVE =
  /\b(?:was|were|had been|has been|have been)\s+(?:(?:also|later|again)\s+)?(?:struck|hit)\b/i;

/** A clause opening with the event named again (`The strike hit …`, `The attack targeted …`). */
const NAMED_AGAIN =
  /^\W*(?:[^,;]{0,80}?\b(?:said|says|reported|added)\s+(?:that\s+)?)?(?:The|That|This|These|Those)\s+(?:air\s*strikes?|airstrikes?|strikes?|raids?|attacks?|shelling|bombardment|bombing|blast|explosion|convoys?|patrols?|reinforcements|clashes|fighting|battles?)\b/i;
/** Barrel bombs (`a barrel bomb`, `barrel-bombed`). */
const BARREL_BOMB = /\bbarrel[- ]bomb/i;
/** The factions, one side of a fight with the army. */
const FACTIONS: ReadonlySet<Actor> = new Set<Actor>(['opposition', 'hts']);
/** The army named bare (`army positions`, `soldiers`), not another country's nor a faction's. */
const BARE_ARMY =
  /(?<!\b(?:Turkish|Russian|Iranian|US|American|Israeli|rebel|opposition|Kurdish|National|Syrian|Free)\s)\b(?:army|soldiers|troops)\b/i;
/** A clause that only says the event named again came about (`The strikes came`, `… followed`). */
const CAME_TO_PASS =
  /^\W*(?:The|That|This|These|Those)\s+(?:[\w-]+\s+){1,2}?(?:came|come|followed|happened|occurred|took\s+place)\W*$/i;
/** An agreement named with the article anywhere (`shortly after the truce came into effect`). */
const THE_AGREEMENT =
  /\b(?:the|that|this)\s+(?:truce|ceasefire|cease-fire|agreement|deal|accord)\b/i;

/**
 * The last event of its type told (`last`), when a clause names it again with the article
 * (NAMED_AGAIN) and tells an event of that type: with no day of its own, when that event had one
 * (the clause takes it); with a day of its own (`dated`), when that event had none (`33 Turkish
 * soldiers have been killed in an air strike …. The strike late on Thursday near the village of
 * Balyun …`: the day is the event's).
 */
function toldAgain(
  text: string,
  cue: Cue,
  last: EventTold,
  dated: boolean,
  sentence: Part,
): EventTold | undefined {
  const sameKind =
    last.cue.type === cue.type &&
    (NAMED_AGAIN.test(text) ||
      KIND_NAMED_AGAIN.test(text) ||
      (cue.type === 'agreement' && THE_AGREEMENT.test(text)));
  const anyFire = FIRE.has(cue.type) && FIRE.has(last.cue.type) && FIRE_NAMED_AGAIN.test(text);
  if (!sameKind && !anyFire) return undefined;
  // `The strikes came a day after rebels launched an attack …`: the event told before, of its
  // own day, set beside another (the day told is the other's).
  if (CAME_TO_PASS.test(text)) return last;
  // `… carried out their first joint patrol … on Sunday, but the patrol was cut short`: named
  // again in the sentence that told it, on the day the sentence gives both.
  if (last.sentence === sentence) return last;
  // `… killed in an air attack …, a Turkish official said early on Friday. The attack on
  // Thursday was the deadliest …`: named again with the day it struck on.
  if (dated && EVENT_ON_DAY.test(text)) return last;
  return (last.date === undefined) === dated ? last : undefined;
}

/**
 * The one incident of an event told again (`again`) that is to move to the place the clause
 * names: told at a governorate's seat named bare or at an area, now at a town; not when the
 * clause says the event went on elsewhere too (`also`).
 */
function movedTo(
  again: EventTold,
  places: readonly { place: PlaceMention }[],
  text: string,
): IncidentProperties | undefined {
  const [told] = again.places;
  if (again.drafts.length !== 1 || places.length !== 1 || !told || /\balso\b/i.test(text))
    return undefined;
  // A town, or a town's outskirts (`in the attack near the town of Balyun`); from a governorate,
  // any place more exact (`The strike targeted a car travelling between the towns of Idlib and
  // Binnish`: the ground between them).
  const to = places[0]!.place;
  const exacter = isSpecific(to) || (told.geoPrecision === 3 && to.geoPrecision < 3);
  return isCoarse(told) && exacter && to.seatOf === undefined ? again.drafts[0] : undefined;
}

/** A governorate's seat named bare, or an area: where an event may be told before its towns. */
function isCoarse(m: PlaceMention | undefined): boolean {
  return m !== undefined && (m.seatOf !== undefined || m.geoPrecision > 1);
}

/**
 * The one incident of an event told at an area or a seat named bare (`moved`), drawn again at the
 * place a later sentence names (`at`): both sentences are its evidence, each with the place it
 * named (not those between), and it keeps its figures.
 */
function movedDraft(
  article: ArticleIn,
  sentence: Part,
  cue: Cue,
  actors: Actor[],
  date: Dated | undefined,
  at: { place: PlaceMention; region?: PlaceMention },
  moved: IncidentProperties,
): IncidentProperties {
  const p = draft(article, sentence, cue, actors, date, at.place, at.region);
  p.evidence.unshift(...moved.evidence);
  p.fatalities = moved.fatalities;
  p.injuries = moved.injuries;
  p.strikes = moved.strikes;
  return p;
}

/**
 * The dead of the event before named again as killed (`the soldiers were killed near …`); not
 * some of them (`Six of the dead were killed in the town of Saraqeb`: a share, at that town).
 */
const DEAD_NAMED_AGAIN =
  /(?<!\bof\s)\b(?:the|those)\s+(?:soldiers|troops|victims|dead|civilians|fighters|men|people)\s+(?:were|had\s+been|have\s+been)\s+killed\b/i;

/**
 * An event named again (`again`) in a clause that tells more of it, no other event: its figures
 * join the event's, whose evidence runs on to here; named with the day it struck on, after a
 * teller's day, it takes that day (`The attack on Thursday …`); told by no one's, it takes the
 * side named with it (`The White Helmets blamed the attack on government forces`).
 */
function toldMore(
  again: EventTold,
  sentence: Part,
  text: string,
  tolls: { killed: number | null; injured: number | null },
  itsDay: Dated | undefined,
  named: Actor[],
): void {
  const p = again.drafts[0];
  if (p) {
    raiseToll(p, tolls.killed, tolls.injured);
    for (const e of p.evidence) e.end = Math.max(e.end, sentence.end);
  }
  if (itsDay && again.date && EVENT_ON_DAY.test(text) && itsDay.date < again.date.date) {
    for (const d of again.drafts) redated(d, itsDay);
    again.date = itsDay;
  }
  if (!namesASide(again.actors) && namesASide(named))
    for (const d of again.drafts) d.actors = named;
}

/** An incident moved to the day a later sentence says it happened on. */
function redated(p: IncidentProperties, d: Dated): void {
  p.date = d.date;
  p.timePrecision = d.precision;
  if (d.dateEnd) p.dateEnd = d.dateEnd;
  else delete p.dateEnd;
  delete p.dateFromReport;
}

/** Raise an incident's toll to the figures told (the larger wins: reports repeat them). */
function raiseToll(p: IncidentProperties, killed: number | null, injured: number | null): void {
  if (killed) p.fatalities = Math.max(p.fatalities ?? 0, killed);
  if (injured) p.injuries = Math.max(p.injuries ?? 0, injured);
}

/** `the area`, `the region` (not `the area of …`): the area named before. */
const THE_AREA = /\b(?:the|this|that) (?:area|region)\b(?! of\b)/i;
/** A campaign (`a military campaign`, `the offensive`): its toll is one though it ran under a month. */
const CAMPAIGN = /\b(?:campaign|offensive)\b/i;

/**
 * A campaign's toll told of "the area" in a sentence naming no place (`The area has been under a
 * military campaign since late April that has killed more than 300 civilians`, `Air strikes have
 * killed more than 300 civilians in the area since late April`): a casualty toll at the last area
 * named before (campaign.ts, lastAreaBefore), its evidence from the sentence that named it. Only
 * over a month or more, or a shorter span that names a campaign, as in Arabic (areaOfCampaign).
 */
function campaignOfTheArea(
  article: ArticleIn,
  sentence: Part,
  mentions: readonly PlaceMention[],
  /** The report's sentences, in order. */
  sentences: readonly Part[],
  afterFall: boolean,
): IncidentFeature | undefined {
  const text = article.body.slice(sentence.start, sentence.end);
  if (!THE_AREA.test(text)) return undefined;
  const { killed, injured, spans } = clauseTolls(text);
  if (killed === null && injured === null) return undefined;
  const date = englishDate(text, article.date);
  if (!isCampaignSpan(date, CAMPAIGN.test(text))) return undefined;
  const area = lastAreaBefore(mentions, sentence.start);
  if (!area) return undefined;
  const read = { start: startOfSentenceAt(sentences, area.start), end: sentence.end };
  const actors = englishActors(text, TOLL_CUE, spans, afterFall);
  return drawnAt(area, casualtyToll(article, read, actors, date, area, undefined, killed, injured));
}

/**
 * A toll told with no event, none before it to be of (`Since 29 April, at least 160 civilians
 * have reportedly been killed … in northern Hama and southern Idlib governorates`): a casualty
 * toll at the places it names (the first its place, the others `alsoPlaces`), over the day or
 * period told; as an Arabic tally with no event is. Undefined when it tells no figure, names no
 * place, or is of a time long past.
 *
 * @example tollOfItsOwn(article, sentence, [northernHama, southernIdlib], false)[0]?.properties.fatalities // 160
 */
/** The report named again (`the report documented`, `the network said`). */
const THE_REPORT =
  /\b(?:the|its|this)\s+(?:(?:monthly|annual|new|latest)\s+)?(?:report|network)\b/i;

/** The last period (a span, not a day) a sentence of `sentences` before offset `at` states. */
function lastPeriodBefore(
  article: ArticleIn,
  sentences: readonly Part[],
  at: number,
): Dated | undefined {
  let found: Dated | undefined;
  for (const s of sentences) {
    if (s.start >= at) break;
    const d = englishDate(article.body.slice(s.start, s.end), article.date);
    if (d?.dateEnd) found = d;
  }
  return found;
}

function tollOfItsOwn(
  article: ArticleIn,
  sentence: Part,
  mentions: PlaceMention[],
  afterFall: boolean,
  /** The article's sentences, split once by the caller (a report named again reads back). */
  sentences: readonly Part[] = [],
): IncidentFeature[] {
  const text = article.body.slice(sentence.start, sentence.end);
  const { killed, injured, spans } = clauseTolls(text);
  if (killed === null && injured === null) return [];
  // `In Idlib governorate, the report documented 23 civilian deaths`: the report named again
  // tells of the period it covers, stated before.
  const date =
    englishDate(text, article.date) ??
    (THE_REPORT.test(text) ? lastPeriodBefore(article, sentences, sentence.start) : undefined);
  if (date && daysBetween(date.dateEnd ?? date.date, article.date) > BACKGROUND_DAYS) return [];
  const places = eventPlaces(article.body, mentions);
  const [first, ...towns] = places;
  if (!first) return [];
  // `eight civilians were killed across Idlib on Thursday: five in Ariha and three in Sarmin`,
  // `… in Idlib province on Thursday: five in Ariha and three in Sarmin`: each town its share,
  // when the shares add up to the total of the one kind told.
  const total = killed === null ? injured : injured === null ? killed : null;
  const split = total === null ? undefined : sharedOut(article.body, mentions, places, total);
  if (split) {
    const { shares } = split;
    const tollActors = englishActors(text, TOLL_CUE, spans, afterFall);
    return split.towns.map(({ place, region }, k) =>
      drawnAt(
        place,
        casualtyToll(
          article,
          sentence,
          tollActors,
          date,
          place,
          region,
          killed === null ? null : shares[k]!,
          killed === null ? shares[k]! : null,
        ),
      ),
    );
  }
  // Told at areas only (`in northern Hama and southern Idlib governorates`): each of them.
  const rest = isSpecific(first.place)
    ? towns
    : [...new Map(mentions.map((m) => [m.placeId, m])).values()]
        .filter((m) => m.placeId !== first.place.placeId && !WHOLE_REGION.has(m.placeId))
        .map((place) => ({ place }));
  const actors = englishActors(text, TOLL_CUE, spans, afterFall);
  const p = casualtyToll(
    article,
    sentence,
    actors,
    date,
    first.place,
    first.region,
    killed,
    injured,
  );
  if (rest.length) p.alsoPlaces = rest.map(({ place }) => alsoPlace(place));
  return [drawnAt(first.place, p)];
}

type EventPlace = ReturnType<typeof eventPlaces>[number];

/**
 * The towns a toll told at a place is shared out to, each with its share (townShares): the
 * event's places after the mention before them (`… in Idlib province on Thursday: five in Ariha
 * and three in Sarmin`), or those after its first place (`… across Idlib …: five in Ariha …`).
 */
function sharedOut(
  body: string,
  mentions: readonly PlaceMention[],
  places: readonly EventPlace[],
  total: number,
): { towns: readonly EventPlace[]; shares: number[] } | undefined {
  const first = places[0]!.place;
  const before = mentions.filter((m) => m.end <= first.start).at(-1);
  for (const [anchor, towns] of [
    [before, places],
    [first, places.slice(1)],
  ] as const) {
    const shares = anchor && townShares(body, anchor, towns, total);
    if (shares) return { towns, shares };
  }
  return undefined;
}

/** The figure opening a toll's shares after the place it was told at (`…: five in Ariha`). */
const SHARES_OPEN = new RegExp(
  String.raw`[:;,–—]\s*${NUMBER}(?:\s+${PEOPLE})?\s+(?:in|at)\s+(?:the\s+(?:village|town|city)\s+of\s+)?$`,
  'i',
);

/**
 * Each town's share of a toll told at the place `first` before them (`…: five in Ariha and three
 * in Sarmin`), when every town has a figure and they add up to `total`; else undefined.
 */
function townShares(
  body: string,
  first: PlaceMention,
  towns: readonly { place: PlaceMention }[],
  total: number,
): number[] | undefined {
  if (towns.length < 2) return undefined;
  const open = SHARES_OPEN.exec(body.slice(first.end, towns[0]!.place.start));
  const shares = [
    open ? figure(open[1]!) : undefined,
    ...towns.slice(1).map((t, k) => figureBefore(body, towns[k]!.place, t.place)),
  ];
  let sum = 0;
  for (const n of shares) {
    if (n === undefined) return undefined;
    sum += n;
  }
  return sum === total ? (shares as number[]) : undefined;
}

/**
 * What happens as a rule, or goes on, not an event of a day (`repeated fighting … in recent
 * years`, `since 2016`, `Airstrikes went on across the region`).
 */
const AS_A_RULE =
  /\b(?:in recent (?:years|months|weeks)|for (?:years|months)|over the (?:years|past years)|repeated(?:ly)?|frequent(?:ly)?|regularly|often|since \d{4}|went on|goes on|go on|continued|continues|continuing|persisted|kept up|across the (?:region|province|area|north-?west)|throughout)\b/i;

/** What a teller adds after the news (`, adding that …`, `, noting that …`). */
const ADDING = /,?\s+(?:adding|added|noting|saying) that\b/i;

/** `also` (`Turkish artillery also shelled …`): another event than the one told before. */
const ALSO = /\balso\b/i;
/** Fire told as one more of the fire told before (`A second strike`, `Another air strike`). */
const ANOTHER =
  /\b(?:a second|a third|another)\s+(?:air\s*strikes?|airstrikes?|strikes?|raids?|shells?|barrel bombs?|bombs?)\b/i;

/**
 * A sentence naming no known place that tells an event other than the one before it (`The SDF
 * said Turkish artillery also shelled several villages in the Shahba region overnight, wounding a
 * child`, after a drone strike): an event of its own at the last area named before it, at that
 * area's precision, its evidence running from the sentence that named the area; null when no area
 * was named (its figures are still not the event's before). Undefined when the sentence tells no
 * event, or goes on with the one before (same type, not `also`, or named again): its figures are
 * that event's.
 */
function eventOfItsOwn(
  article: ArticleIn,
  sentence: Part,
  mentions: readonly PlaceMention[],
  sentences: readonly Part[],
  afterFall: boolean,
  previous: EventTold | undefined,
): IncidentFeature | null | undefined {
  const text = article.body.slice(sentence.start, sentence.end);
  const cue = classifyEnglish(text);
  if (!cue || NAMED_AGAIN.test(text)) return undefined;
  // `… and the patrol route had been shortened`: a patrol, a convoy named with the article
  // anywhere is the one told before, no deployment of its own at the last area named.
  if (cue.type === 'deployment' && /\bthe\s+$/i.test(text.slice(Math.max(0, cue.at - 5), cue.at)))
    return undefined;
  const counter = COUNTER.test(text);
  // `Turkey responded by hitting Syrian government targets with drones`: fire of the other side
  // in reply, an event of its own though of the type told before. (Its sides are read here only
  // for a reply; an event of its own reads them below.)
  const tolls = previous && REPLIED.test(text) ? clauseTolls(text) : undefined;
  const replier = tolls && englishActors(text, cue, tolls.spans, afterFall);
  const reply =
    replier !== undefined &&
    namesASide(replier) &&
    !replier.some((a) => previous!.actors.includes(a));
  if (previous && previous.cue.type === cue.type && !ALSO.test(text) && !counter && !reply)
    return undefined;
  // `The Syrian army said it was confronting a "large-scale attack" by "terrorist
  // organisations"`: the fight told before, from the side that met it.
  if (previous?.cue.type === 'clash' && cue.type === 'attack' && MET_ATTACK.test(text))
    return undefined;
  // `Turkish armoured vehicles were also damaged in the blast`: more of the event before, though
  // `also` is told.
  if (previous && IN_THE_EVENT.test(text)) return undefined;
  // `The region has seen repeated fighting … in recent years`, `Airstrikes went on across the
  // region`: a state of things, no event.
  if (AS_A_RULE.test(text)) return null;
  // `… retook parts of the village`: the town the event before was told at.
  // `… opened fire on the protesters`: where the protest told before was.
  const town = THE_TOWN.test(text)
    ? previous?.places.find(isSpecific)
    : previous?.cue.event === 'protest' && THE_PROTEST.test(text)
      ? previous.places[0]
      : undefined;
  // `Five Turkish soldiers were killed at the base on Monday`: the air base named last.
  const base = THE_BASE.test(text) ? lastNamedBefore(mentions, sentence.start, isBase) : undefined;
  // `Russian and Turkish officials met in Moscow …`, after `Syria's Idlib`: talks are on the
  // governorate a seat named bare stands for (draft.ts), as `اتفقت … على … إدلب` is.
  const area =
    town ??
    base ??
    lastAreaBefore(mentions, sentence.start) ??
    (cue.type === 'agreement' ? lastNamedBefore(mentions, sentence.start, isSeat) : undefined);
  if (!area) return null;
  // At the place of the event told before, undated: on that event's day.
  const date =
    englishDate(text, article.date, previous?.date?.date) ??
    (town || reply ? previous?.date : undefined);
  if (date && daysBetween(date.dateEnd ?? date.date, article.date) > BACKGROUND_DAYS) return null;
  const read = { start: startOfSentenceAt(sentences, area.start), end: sentence.end };
  const { killed, injured, spans } = tolls ?? clauseTolls(text);
  const named = replier ?? englishActors(text, cue, spans, afterFall);
  // A counter-attack is fought by both sides of the fight it answers.
  const actors =
    counter && previous?.cue.type === cue.type
      ? [...new Set([...named, ...previous.actors])].sort()
      : named;
  const p = draft(article, read, cue, actors, date, area, undefined);
  p.fatalities = killed;
  p.injuries = injured;
  return drawnAt(area, p);
}

/** The protest told before, named again (`on the protesters`, `the demonstration`). */
const THE_PROTEST = /\bthe\s+(?:protesters|demonstrators|protests?|demonstrations?|crowds?)\b/i;

/** An attack or offensive met by the side attacked (`confronting a "large-scale attack"`). */
const MET_ATTACK =
  /\b(?:confront(?:s|ed|ing)?|repell?(?:s|ed|ing)?|repuls(?:e|es|ed|ing)|fend(?:s|ed|ing)? off|fought off|thwart(?:s|ed|ing)?|foil(?:s|ed|ing)?|resist(?:s|ed|ing)?|counter(?:s|ed|ing)?)\b[^.;]{0,40}?\b(?:attacks?|offensive|assault)\b/i;

/** The fighting or fire told before, named with the article after `in` or `during`. */
const IN_THE_FIGHT =
  /\b(?:in|during)\s+the\s+(?:clashes|fighting|battles?|offensive|air\s*strikes|airstrikes|strikes|shelling|bombardment|attacks)\b/i;

/**
 * The last event of the type a sentence names with the article (IN_THE_FIGHT, IN_THE_EVENT:
 * `The Observatory said nine people were killed in the raid`, sentences after the raid), if told;
 * of the `other` type, the same event (not an arrest for a raid).
 */
function fightNamedAgain(
  text: string,
  lastOfType: ReadonlyMap<IncidentType, EventTold>,
): EventTold | undefined {
  if (!IN_THE_FIGHT.test(text) && !IN_THE_EVENT.test(text)) return undefined;
  const cue = classifyEnglish(text);
  const last = cue && lastOfType.get(cue.type);
  return last && (cue.type !== 'other' || last.cue.event === cue.event) ? last : undefined;
}

/**
 * The toll of the fight told before over days it ran (`rebels … recaptured the town after heavy
 * fighting. The monitor said 44 fighters from both sides had been killed in the clashes since
 * Sunday`): a casualty toll at the fight's first place, by its sides, over the days told, which
 * hold the fight's own day. Not the fight's toll: its day saw only some of those dead. Undefined
 * when the sentence names no such fight, tells no figure or no such span.
 */
function tollSinceOf(
  article: ArticleIn,
  sentence: Part,
  previous: EventTold,
): IncidentFeature | undefined {
  const text = article.body.slice(sentence.start, sentence.end);
  const place = previous.places[0];
  if (!place || !IN_THE_FIGHT.test(text) || !VIOLENT_TYPES.has(previous.cue.type)) return undefined;
  const day = previous.date?.date ?? article.date;
  const when = englishDate(text, article.date, day);
  if (!when?.dateEnd || when.date > day || when.dateEnd < day || ofTheEventDay(when, day))
    return undefined;
  const { killed, injured } = clauseTolls(text);
  if (killed === null && injured === null) return undefined;
  const read = { start: previous.sentence.start, end: sentence.end };
  return drawnAt(
    place,
    casualtyToll(article, read, previous.actors, when, place, undefined, killed, injured),
  );
}

/** The event told before, named with the article after a preposition (`in the blast`). */
const IN_THE_EVENT =
  /\b(?:in|during|by)\s+the\s+(?:blast|explosion|attack|air\s*strikes?|airstrikes?|strikes?|raids?|shelling|bombardment|bombing|ambush)\b/i;

/**
 * A counter-attack, or ground taken back (`Rebels launched a counter-attack overnight and retook
 * parts of the village`): another event than the fight before it, though of its type.
 */
const COUNTER = /\b(?:counter-?attacks?|counter-?offensive|retook|recaptured|regained)\b/i;
/** An air base named again by its kind (`at the base`, `the airport`; not `the base of …`). */
const THE_BASE = /\bthe (?:air ?base|airbase|base|airport)\b(?! of\b)/i;
/** What the gazetteer names an air base by, in English. */
const BASE_NAME = /\b(?:air ?base|airbase|airport)\b/i;

/**
 * The last place named before offset `before` that `is` holds of: an air base (`isBase`), a
 * governorate's seat named bare (`isSeat`).
 */
function lastNamedBefore(
  mentions: readonly PlaceMention[],
  before: number,
  is: (m: PlaceMention) => boolean,
): PlaceMention | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.end <= before && is(m)) return m;
  }
  return undefined;
}
const isBase = (m: PlaceMention) => BASE_NAME.test(m.nameEn);
const isSeat = (m: PlaceMention) => m.seatOf !== undefined;

/** The town told before, named again by its kind (`the village`, `the town`; not `the town of …`). */
const THE_TOWN = /\bthe (?:village|town|city)\b(?! of\b)/i;

/**
 * Whether a toll's date is the event's day, or a day's span ending on it (`killed in the fighting
 * over the past 24 hours`, after the town's capture), as in Arabic (`خلال الـ24 ساعة الماضية`).
 */
function ofTheEventDay(when: Dated, day: string): boolean {
  if (!when.dateEnd) return when.date === day;
  return when.dateEnd >= day && when.date <= day && daysBetween(when.date, when.dateEnd) <= 1;
}

/** Whether figures of dead or hurt were read. */
function hasToll(t: { killed: number | null; injured: number | null }): boolean {
  return t.killed !== null || t.injured !== null;
}

/** A toll over a period (`since April`, `so far this year`), not the toll of one event. */
const TALLIED = /\b(?:since|so far|this year|this month|in total|overall|altogether)\b/i;

/** An event clause told, with what its incidents were drafted from. */
interface EventTold {
  /** Its incidents, one per place. */
  drafts: IncidentProperties[];
  /** The place of each of its incidents. */
  places: PlaceMention[];
  cue: Cue;
  actors: Actor[];
  date: Dated | undefined;
  /** The sentence that told it. */
  sentence: Part;
}

/** Make an incident of the event told at a town in its area, its evidence read over `read`. */
type AtTown = (
  told: EventTold,
  town: PlaceMention,
  region: PlaceMention,
  read: Part,
) => IncidentProperties;

/**
 * A sentence that tells no event but the dead or hurt (`Five civilians died, rescuers said`, `Five
 * died in Kafr Nabl and three in Ariha`) tells the toll of the event told before: each figure goes
 * to the incident at the place told with it (when that is one of them), else to the first, and
 * raises its toll (reports repeat figures). Not a tally over a period, nor one told on another day.
 * Towns named with the toll that lie in an area the event was told at (`struck several towns in
 * southern Idlib. Five died in Kafr Nabl and three in Ariha`) are where it fell: each gets an
 * incident of that event (`atTown`) with its figure; the area's incident stays, for the towns
 * not named. Returns false when the toll is not that event's (another day's, or at a town in
 * none of its areas): the caller reads it as a toll of its own.
 */
function tollOfPrevious(
  body: string,
  sentence: Part,
  mentions: readonly PlaceMention[],
  told: EventTold,
  reportDate: string,
  atTown: AtTown,
): boolean {
  const previous = told.drafts;
  const whole = body.slice(sentence.start, sentence.end);
  if (TALLIED.test(whole)) return true;
  // `Two HTS fighters … were killed, it said, adding that HTS later set up checkpoints around
  // … Jisr al-Shughur`: what the teller added after the toll is not where the dead fell.
  const added = ADDING.exec(whole);
  if (added) mentions = mentions.filter((m) => m.start < sentence.start + added.index);
  // The toll the teller adds with no place (`, adding that at least 27 fighters … were killed`)
  // is still the event's.
  const before = added ? whole.slice(0, added.index) : whole;
  const toldBefore = clauseTolls(before);
  const ofWhole = added !== null && !hasToll(toldBefore) && !mentions.length;
  const text = ofWhole ? whole : before;
  const { killed, injured } = ofWhole ? clauseTolls(whole) : toldBefore;
  if (killed === null && injured === null) return true;
  const when = englishDate(text, reportDate, previous[0]!.date);
  // Another day's dead (`At least 20 civilians were killed in Idlib province on Friday`, after
  // Saturday's strike): a toll of their own.
  if (when && !ofTheEventDay(when, previous[0]!.date)) return false;
  // `Twenty-one fighters on the other side were also killed`: the fight's other side's dead,
  // which add up (as `بالمقابل، قتل 7 من مقاتلي الفصائل` does in Arabic); else a toll retold.
  const otherSide = told.cue.type === 'clash' && OTHER_SIDE.test(text);
  const hit = (p: IncidentProperties, dead: number | null, hurt: number | null, add = false) => {
    if (add) {
      if (dead) p.fatalities = (p.fatalities ?? 0) + dead;
      if (hurt) p.injuries = (p.injuries ?? 0) + hurt;
    } else raiseToll(p, dead, hurt);
    // The evidence spans both sentences, so that the figure is seen where it was read.
    for (const e of p.evidence) e.end = sentence.end;
  };
  let at = (m: PlaceMention) => previous.find((p) => p.placeId === m.placeId);
  /** The incident of the area each town's incident made here lies in. */
  const areaOf = new Map<IncidentProperties, IncidentProperties>();
  let named = mentions.filter((m) => at(m));
  const specific = mentions.filter((m) => isSpecific(m));
  if (!named.length && specific.length) {
    const regions = specific.map((m) => areaHolding(told.places, m));
    // A place told that is in none of its areas: the figures are not the event's.
    if (!regions.every((r) => r !== undefined)) return false;
    const made = new Map<string, IncidentProperties>();
    for (const [k, m] of specific.entries()) {
      if (made.has(m.placeId)) continue;
      const p = atTown(told, m, regions[k]!, { start: told.sentence.start, end: sentence.end });
      made.set(m.placeId, p);
      areaOf.set(p, previous[told.places.indexOf(regions[k]!)]!);
    }
    at = (m) => made.get(m.placeId);
    named = [...new Map(specific.map((m) => [m.placeId, m])).values()];
  }
  // Only one kind of toll told: then a figure by each place is that place's share.
  if ((killed === null) !== (injured === null) && named.length > 1) {
    const shares = sharesByPlace(body, sentence, named);
    if (shares) {
      const kind = killed !== null ? 'fatalities' : 'injuries';
      const byDraft = new Map<IncidentProperties, number>();
      for (const [k, n] of shares.entries()) byDraft.set(at(named[k]!)!, n);
      let total = 0;
      for (const n of byDraft.values()) total += n;
      // The sentence before gave its total to its first place (`18 killed in strikes on Idlib and
      // Maarat al-Numan`); shared out here (11 in Idlib, seven in Maarat al-Numan), each place
      // takes its share, so that the 18 are not counted again.
      for (const p of previous) if (p[kind] === total) p[kind] = null;
      for (const [p, n] of byDraft)
        hit(p, kind === 'fatalities' ? n : null, kind === 'injuries' ? n : null);
      for (const [town, area] of areaOf) leaveTheOthers(town, area, sentence.end);
      return true;
    }
  }
  hit(named.length ? at(named[0]!)! : previous[0]!, killed, injured, otherSide);
  for (const [town, area] of areaOf) leaveTheOthers(town, area, sentence.end);
  return true;
}

/** Whether the event told took a toll from the sentence (its evidence now reaches its end). */
function tookToll(told: EventTold, sentence: Part): boolean {
  return told.drafts.some((p) => p.evidence.some((e) => e.end === sentence.end));
}

/** The other side of a fight (`on the other side`, `from the opposing side`). */
const OTHER_SIDE = /\b(?:on|from)\s+the\s+(?:other|opposing|rival)\s+side\b/i;

/**
 * Each place's figure in a sentence of tolls told place by place, in the order of `named`, or
 * undefined unless every place has one: `Five died in Kafr Nabl and three in Ariha` (the first
 * figure opens the sentence, each next one stands between two places), or one clause per place
 * (`A market in Idlib city was hit, killing 11 people, while seven died in Maarat al-Numan`).
 */
function sharesByPlace(
  body: string,
  sentence: Part,
  named: readonly PlaceMention[],
): number[] | undefined {
  const first = figure(FIGURE_BEFORE.exec(body.slice(sentence.start, named[0]!.start))?.[1] ?? '');
  const listed = named.map((m, k) => (k === 0 ? first : figureBefore(body, named[k - 1]!, m)));
  if (listed.every((n) => n !== undefined)) return listed as number[];
  const byClause = named.map(() => undefined as number | undefined);
  for (const clause of clausesOf(body, sentence)) {
    const inside = named.flatMap((m, k) =>
      m.start >= clause.start && m.end <= clause.end ? [k] : [],
    );
    if (inside.length !== 1) continue;
    const t = clauseTolls(body.slice(clause.start, clause.end));
    byClause[inside[0]!] = t.killed ?? t.injured ?? undefined;
  }
  return byClause.every((n) => n !== undefined) ? (byClause as number[]) : undefined;
}
/** The figure of people hit opening a sentence, before its first place (`Five civilians died in`). */
const FIGURE_BEFORE = new RegExp(
  String.raw`^\s*${NUMBER}(?:\s+${PEOPLE})?\s+(?:(?:were|have been|had been)\s+)?(?:killed|died|dead|wounded|injured|hurt)\b`,
  'i',
);

/**
 * The place a toll is told at (`killing four civilians in Idlib`, `wounding two in the town of
 * Sarmin`): the id of the first mention right after a figure of people hit, if any.
 */
function tollPlaceId(body: string, mentions: readonly PlaceMention[]): string | undefined {
  for (const m of mentions)
    if (TOLL_IN.test(body.slice(Math.max(0, m.start - 90), m.start))) return m.placeId;
  return undefined;
}
const TOLL_IN = new RegExp(
  // Also a family (`killed a father and his three children in the village of al-Habit`).
  String.raw`\b(?:killing|killed|wounding|wounded|injuring|injured)\s+(?:${PARENT_AND_CHILDREN}|${PARENT_AND_ONE}|${NUMBER}(?:\s+${PEOPLE})?)\s+(?:in|at)\s+(?:the\s+(?:village|town|city)\s+of\s+)?$`,
  'i',
);

/** `assassinated`, `the assassination of`: someone killed, though no figure is told. */
const ASSASSINATED = /\bassassinat(?:ed|ion of)\b/i;
const ATTEMPTED = /\b(?:attempt|attempted|tried|survived|failed)\b/i;

/**
 * The figure told between two places of a toll told place by place (`… in Saraqib and three in
 * al-Bara`, `, two in the village of Hass`): undefined when none is.
 */
function figureBefore(body: string, a: PlaceMention, b: PlaceMention): number | undefined {
  if (b.start <= a.end || b.start - a.end > 80) return undefined;
  const m = PLACE_FIGURE.exec(body.slice(a.end, b.start));
  return m ? figure(m[1]!) : undefined;
}
/**
 * The share of a total told right before the first place it is shared out to (`killed eight
 * civilians, five of them in Saraqib`, `…, including 10 in the town of Maarat al-Numan`):
 * undefined when none is.
 */
function shareBefore(body: string, first: PlaceMention): number | undefined {
  const m = SHARE_FIRST.exec(body.slice(Math.max(0, first.start - 60), first.start));
  return m ? figure((m[1] ?? m[2])!) : undefined;
}
const SHARE_FIRST = new RegExp(
  String.raw`,\s*(?:${NUMBER}\s+of\s+them|including\s+${NUMBER}(?:\s+${PEOPLE})?)\s+(?:in|at)\s+(?:the\s+(?:village|town|city)\s+of\s+)?$`,
  'i',
);

const PLACE_FIGURE = new RegExp(
  String.raw`^\s*(?:,\s*)?(?:and\s+)?${NUMBER}(?:\s+${PEOPLE})?\s+(?:in|at)\s+(?:the\s+(?:village|town|city)\s+of\s+)?$`,
  'i',
);

/** A casualty toll's cue: no event of its own (TOLL_TYPE). */
const TOLL_CUE: Cue = { type: TOLL_TYPE, at: 0 };

/** A casualty toll of the figures told, at `place`, over `date`, read over `read`. */
function casualtyToll(
  article: ArticleIn,
  read: Part,
  actors: Actor[],
  date: Dated | undefined,
  place: PlaceMention,
  region: PlaceMention | undefined,
  killed: number | null,
  injured: number | null,
): IncidentProperties {
  const p = draft(article, read, TOLL_CUE, actors, date, place, region);
  p.fatalities = killed;
  p.injuries = injured;
  asToll(p);
  return p;
}

function draft(
  article: ArticleIn,
  sentence: Part,
  cue: Cue,
  actors: Actor[],
  date: Dated | undefined,
  place: PlaceMention,
  region: PlaceMention | undefined,
): IncidentProperties {
  return incidentDraft({
    articleId: article.id,
    reportDate: article.date,
    sentence,
    type: cue.type,
    event: cue.event,
    actors,
    date,
    place,
    region,
    confidence: ENGLISH_CONFIDENCE,
  });
}
