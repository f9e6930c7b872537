import { AR_NOUNS, countedNoun } from '../../i18n/countedNouns';
import type { Actor, IncidentEvent, IncidentProperties, IncidentType } from '../../model';
import { isOffsetPlace } from '../geocode/areas';
import { placedByAnother } from '../geocode/locate';
import { writtenSinceFall } from './era';

type Fields = Pick<
  IncidentProperties,
  | 'type'
  | 'event'
  | 'actors'
  | 'placeAr'
  | 'placeEn'
  | 'strikes'
  | 'fatalities'
  | 'injuries'
  | 'regionAr'
  | 'regionEn'
  | 'alsoPlaces'
> &
  Partial<Pick<IncidentProperties, 'placeId' | 'date'>>;

/** A road's place (the M4, `area-road-…` between two towns): events are on it, not in it. */
const ROAD_PLACE = /^(?:nwsy-m\d+-highway|area-road-)/;

/** A road as a place: the gazetteer's motorways, a road named by its ends. */
export function isRoadPlace(placeId: string): boolean {
  return ROAD_PLACE.test(placeId);
}

const EN_TYPE: Record<IncidentType, [string, string]> = {
  airstrike: ['airstrike', 'airstrikes'],
  shelling: ['shelling', 'shelling'],
  clash: ['clashes', 'clashes'],
  attack: ['attack', 'attacks'],
  explosion: ['explosion', 'explosions'],
  deployment: ['reinforcements', 'reinforcements'],
  agreement: ['talks', 'talks'],
  other: ['casualties', 'casualties'],
};
/**
 * The events told by a noun of their own in place of the type's (ground taken: takenEn; an
 * aircraft downed: downedEn).
 */
type NounEvent = Exclude<IncidentEvent, 'taken-unfought' | 'aircraft-downed'>;
/** The noun of an event the type's own would tell wrong, as EN_TYPE's. */
const EN_EVENT: Record<NounEvent, [string, string]> = {
  withdrawal: ['withdrawal', 'withdrawal'],
  redeployment: ['redeployment', 'redeployment'],
  patrol: ['patrol', 'patrols'],
  deal: ['agreement', 'agreement'],
  arrest: ['arrests', 'arrests'],
  protest: ['protest', 'protests'],
  'drone-strike': ['drone strike', 'drone strikes'],
  abduction: ['abduction', 'abductions'],
  raid: ['raid', 'raids'],
  'suicide-bombing': ['suicide bombing', 'suicide bombings'],
  'post-set-up': ['post set up', 'posts set up'],
};
/**
 * The noun an actor's adjective (EN_ACTOR) needs to be a subject (`Assad government forces took …`);
 * the groups named by their own name (HTS, ISIS) need none.
 */
const EN_FORCES_NOUN: Partial<Record<Actor, string>> = {
  russia: 'forces',
  regime: 'forces',
  government: 'forces',
  turkey: 'forces',
  opposition: 'factions',
  iran: 'militias',
  coalition: 'forces',
  israel: 'forces',
};

/** An actor as the subject of a verb: `Assad government forces`, `HTS`. */
function forces(a: Actor, f: Fields): string {
  const noun = EN_FORCES_NOUN[a];
  return noun ? `${actorEn(a, f)} ${noun}` : actorEn(a, f);
}

/**
 * Whether an incident is of the days since the fall of Assad's government (era.ts), when his
 * side is what was left of it: `Assad loyalist`, `فلول النظام`.
 */
function afterFall(a: Actor, f: Fields): boolean {
  return a === 'regime' && f.date !== undefined && writtenSinceFall(f.date);
}

/** An actor as an adjective (`Russian`, `Assad government`). */
function actorEn(a: Actor, f: Fields): string {
  return afterFall(a, f) ? 'Assad loyalist' : EN_ACTOR[a];
}

/** An actor as a noun after `من` (`قوات النظام`). */
function actorAr(a: Actor, f: Fields): string {
  return afterFall(a, f) ? 'فلول النظام' : AR_BY[a];
}
const EN_ACTOR: Record<Actor, string> = {
  russia: 'Russian',
  regime: 'Assad government',
  government: 'Syrian government',
  turkey: 'Turkish',
  opposition: 'Opposition',
  hts: 'HTS',
  sdf: 'SDF/YPG',
  iran: 'Iran-backed',
  isis: 'ISIS',
  coalition: 'Coalition',
  unknown: 'Unattributed',
  israel: 'Israeli',
};
const EN_PREP: Record<IncidentType, string> = {
  airstrike: 'on',
  shelling: 'on',
  attack: 'on',
  clash: 'in',
  explosion: 'in',
  deployment: 'in',
  agreement: 'about',
  other: 'in',
};
/** Arabic noun and whether adjectives take the feminine. */
const AR_TYPE: Record<IncidentType, [string, string, boolean]> = {
  airstrike: ['غارة', 'غارات', true],
  shelling: ['قصف', 'قصف', false],
  clash: ['اشتباكات', 'اشتباكات', true],
  attack: ['هجوم', 'هجمات', false],
  explosion: ['انفجار', 'انفجارات', false],
  deployment: ['تعزيزات', 'تعزيزات', true],
  agreement: ['مباحثات', 'مباحثات', true],
  other: ['حصيلة ضحايا', 'حصيلة ضحايا', true],
};
/** As AR_TYPE, for an event the type's own noun would tell wrong. */
const AR_EVENT: Record<NounEvent, [string, string, boolean]> = {
  withdrawal: ['انسحاب', 'انسحاب', false],
  redeployment: ['إعادة انتشار', 'إعادة انتشار', true],
  patrol: ['دورية', 'دوريات', true],
  deal: ['اتفاق', 'اتفاق', false],
  arrest: ['اعتقالات', 'اعتقالات', true],
  protest: ['مظاهرة', 'مظاهرات', true],
  'drone-strike': ['غارة بطائرة مسيّرة', 'غارات بطائرات مسيّرة', true],
  abduction: ['اختطاف', 'عمليات اختطاف', false],
  raid: ['مداهمة', 'مداهمات', true],
  'suicide-bombing': ['تفجير انتحاري', 'تفجيرات انتحارية', false],
  'post-set-up': ['إنشاء نقطة', 'إنشاء نقاط', true],
};
const AR_PREP: Record<IncidentType, string> = {
  airstrike: 'على',
  shelling: 'على',
  attack: 'على',
  clash: 'في',
  explosion: 'في',
  deployment: 'في',
  agreement: 'حول',
  other: 'في',
};
/** The link between an event's noun and an actor named by `AR_BY`, where not ` من`. */
const AR_BY_PREP: Partial<Record<IncidentEvent, string>> = {
  withdrawal: '',
  arrest: ' على يد',
  abduction: ' على يد',
  raid: ' على يد',
  // `إنشاء نقطة تابعة لقوات النظام`: a post is its side's.
  'post-set-up': ' تابعة ل',
};
/** Nationalities read as adjectives (`غارات روسية`); other actors as `من ...`. */
const AR_ADJ: Partial<Record<Actor, [string, string]>> = {
  russia: ['روسي', 'روسية'],
  turkey: ['تركي', 'تركية'],
  iran: ['إيراني', 'إيرانية'],
  israel: ['إسرائيلي', 'إسرائيلية'],
};
const AR_BY: Record<Actor, string> = {
  russia: 'روسيا',
  regime: 'قوات النظام',
  government: 'القوات الحكومية',
  turkey: 'تركيا',
  opposition: 'الفصائل',
  hts: 'هيئة تحرير الشام',
  sdf: 'قسد/ي ب ك',
  iran: 'الميليشيات الإيرانية',
  isis: 'تنظيم الدولة',
  coalition: 'التحالف الدولي',
  unknown: 'جهة مجهولة',
  israel: 'إسرائيل',
};

function joinEn(parts: string[]): string {
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** The incident's places, its own first (`Sarmin and Afs`). */
function placesEn(f: Fields): string {
  return joinEn([f.placeEn, ...(f.alsoPlaces ?? []).map((p) => p.placeEn)]);
}

/**
 * `, Idlib countryside (south)`: the region, unless the place's name holds it already, or
 * places the place itself (a village the gazetteer lacks, `عين شيب, near Idlib outskirts
 * (west)`, or a distance from a town, `5 km west of Saraqib`: the region after it would say where
 * it is twice).
 */
function regionEn(f: Fields): string {
  return f.regionEn &&
    !f.placeEn.includes(f.regionEn) &&
    !placedByAnother(f.placeEn) &&
    !isOffsetPlace(f.placeId ?? '')
    ? `, ${f.regionEn}`
    : '';
}

function placesAr(f: Fields): string {
  return [f.placeAr, ...(f.alsoPlaces ?? []).map((p) => p.placeAr)].join(' و');
}

function regionAr(f: Fields): string {
  return f.regionAr && !f.placeAr.includes(f.regionAr) && !isOffsetPlace(f.placeId ?? '')
    ? `، ${f.regionAr}`
    : '';
}

function casualtiesEn(f: Fields): string {
  const bits = [];
  if (f.fatalities != null) bits.push(`${f.fatalities} killed`);
  if (f.injuries != null) bits.push(`${f.injuries} injured`);
  return bits.length ? `: ${bits.join(', ')}` : '';
}

function casualtiesAr(f: Fields): string {
  const bits = [];
  if (f.fatalities != null)
    bits.push(countedNoun(f.fatalities, AR_NOUNS.killed, 'ar', String(f.fatalities)));
  if (f.injuries != null)
    bits.push(countedNoun(f.injuries, AR_NOUNS.injured, 'ar', String(f.injuries)));
  return bits.length ? `: ${bits.join(' و')}` : '';
}

/**
 * English one-line summary built from an incident's fields.
 *
 * @example summaryEn({ type: 'airstrike', actors: ['russia'], strikes: 3, placeEn: 'Ain Shib', regionEn: 'western Idlib countryside', ... })
 * // 'Russian airstrikes (3) on Ain Shib, western Idlib countryside'
 */
export function summaryEn(f: Fields): string {
  if (f.event === 'taken-unfought') return takenEn(f);
  if (f.event === 'aircraft-downed') return downedEn(f);
  if (f.type === 'other' && !f.event) return tallyEn(f);
  const [one, many] = f.event ? EN_EVENT[f.event] : EN_TYPE[f.type];
  const noun = f.strikes === 1 || (f.type !== 'airstrike' && f.strikes == null) ? one : many;
  const who = f.actors.filter((a) => a !== 'unknown').map((a) => actorEn(a, f));
  const head = who.length ? `${joinEn(who)} ${noun}` : `${noun[0]!.toUpperCase()}${noun.slice(1)}`;
  const count = f.type === 'airstrike' && f.strikes != null ? ` (${f.strikes})` : '';
  const places = placesEn(f);
  const region = regionEn(f);
  return `${head}${count} ${withPrep(placePrep(f, 'en'), places)}${region}${casualtiesEn(f)}`;
}

/**
 * Arabic one-line summary built from an incident's fields.
 *
 * @example summaryAr({ type: 'airstrike', actors: ['russia'], strikes: 3, placeAr: 'عين شيب', regionAr: 'ريف إدلب الغربي', ... })
 * // 'غارات روسية (3) على عين شيب، ريف إدلب الغربي'
 */
export function summaryAr(f: Fields): string {
  if (f.event === 'taken-unfought') return takenAr(f);
  if (f.event === 'aircraft-downed') return downedAr(f);
  if (f.type === 'other' && !f.event) return tallyAr(f);
  const [one, many, feminine] = f.event ? AR_EVENT[f.event] : AR_TYPE[f.type];
  const noun = f.strikes === 1 || f.type !== 'airstrike' ? one : many;
  const known = f.actors.filter((a) => a !== 'unknown');
  const adjectives = known
    .filter((a) => AR_ADJ[a])
    .map((a) => AR_ADJ[a]![feminine || noun !== one ? 1 : 0]);
  const by = known.filter((a) => !AR_ADJ[a]).map((a) => actorAr(a, f));
  let head = noun;
  if (adjectives.length) head += ` ${adjectives.join(' و')}`;
  // `انسحاب قوات النظام`: a withdrawal is its actor's own (the noun's complement), not `من`;
  // arrests are made `على يد` their actor.
  if (by.length) {
    const prep = (f.event && AR_BY_PREP[f.event]) ?? ' من';
    // `ل` is written joined to the name it takes (`تابعة لقوات النظام`).
    head += `${prep}${prep.endsWith('ل') ? '' : ' '}${by.join(' و')}`;
  }
  const count = f.type === 'airstrike' && f.strikes != null ? ` (${f.strikes})` : '';
  const places = placesAr(f);
  const region = regionAr(f);
  return `${head}${count} ${withPrep(placePrep(f, 'ar'), places)}${region}${casualtiesAr(f)}`;
}

/** Each language's prepositions: the type's own, a withdrawal's, a road's and a deal's. */
const PREPS = {
  en: { own: EN_PREP, from: 'from', in: 'in', on: 'on', deal: 'on', offset: '' },
  ar: { own: AR_PREP, from: 'من', in: 'في', on: 'على', deal: 'بشأن', offset: 'على بعد' },
};

/**
 * The preposition before an incident's places: a withdrawal is `from` them, a place told by its
 * distance from a town takes none (`shelling 5 km west of Saraqib`, `على بعد 5 كم غرب سراقب`), an
 * event on a road `on` it (not `in`), a deal `on` them (`بشأن`; talks are `about` them), an abduction `in` them
 * (an attack is `on` them), else the type's own.
 *
 * @example placePrep({ type: 'clash', placeId: 'nwsy-m4-highway', … }, 'en') // 'on'
 */
function placePrep(f: Fields, lang: 'en' | 'ar'): string {
  const p = PREPS[lang];
  if (f.event === 'withdrawal') return p.from;
  if (isOffsetPlace(f.placeId ?? '')) return p.offset;
  if (f.event === 'deal') return p.deal;
  const own = f.event === 'abduction' ? p.in : p.own[f.type];
  return own === p.in && ROAD_PLACE.test(f.placeId ?? '') ? p.on : own;
}

/** `on Sarmin`, or the places alone when they take no preposition. */
function withPrep(prep: string, places: string): string {
  return prep ? `${prep} ${places}` : places;
}

/** Ground taken without a fight names who took it, and no casualties unless told. */
function takenEn(f: Fields): string {
  const who = f.actors.filter((a) => a !== 'unknown').map((a) => forces(a, f));
  const places = placesEn(f);
  const region = regionEn(f);
  const head = who.length ? `${joinEn(who)} took ${places}` : `${places} taken`;
  return `${head}${region}${region ? ',' : ''} without a fight${casualtiesEn(f)}`;
}

function takenAr(f: Fields): string {
  const by = f.actors.filter((a) => a !== 'unknown').map((a) => actorAr(a, f));
  const places = placesAr(f);
  const region = regionAr(f);
  const head = by.length ? `سيطرة ${by.join(' و')} على ${places}` : `السيطرة على ${places}`;
  return `${head}${region}${region ? '،' : ''} دون قتال${casualtiesAr(f)}`;
}

/**
 * An aircraft downed names both sides, the one that brought it down and the one that flew it,
 * without saying which is which: the actors carry no roles.
 *
 * @example downedEn({ event: 'aircraft-downed', actors: ['opposition', 'russia'], placeEn: 'Kafr Nabl', … })
 * // 'Aircraft downed over Kafr Nabl; sides: Opposition factions and Russian forces'
 */
function downedEn(f: Fields): string {
  const who = f.actors.filter((a) => a !== 'unknown').map((a) => forces(a, f));
  const places = placesEn(f);
  const region = regionEn(f);
  const sides = who.length ? `; ${who.length === 1 ? 'side' : 'sides'}: ${joinEn(who)}` : '';
  return `Aircraft downed over ${places}${region}${sides}${casualtiesEn(f)}`;
}

/** `الطرف`, `الطرفان`, `الأطراف`: one side, two, more. */
const AR_SIDES = ['الطرف', 'الطرفان', 'الأطراف'];

function downedAr(f: Fields): string {
  const by = f.actors.filter((a) => a !== 'unknown').map((a) => actorAr(a, f));
  const places = placesAr(f);
  const region = regionAr(f);
  const sides = by.length ? `؛ ${AR_SIDES[Math.min(by.length, 3) - 1]}: ${by.join(' و')}` : '';
  return `إسقاط طائرة في أجواء ${places}${region}${sides}${casualtiesAr(f)}`;
}

/** A casualty toll names who caused it, not whose casualties they were. */
function tallyEn(f: Fields): string {
  const who = f.actors.filter((a) => a !== 'unknown').map((a) => actorEn(a, f));
  const places = placesEn(f);
  const by = who.length ? ` of ${joinEn(who)} attacks` : '';
  return `Casualties${by} in ${places}${casualtiesEn(f)}`;
}

function tallyAr(f: Fields): string {
  const by = f.actors.filter((a) => a !== 'unknown').map((a) => actorAr(a, f));
  const places = placesAr(f);
  return `حصيلة ضحايا${by.length ? ` هجمات ${by.join(' و')}` : ''} في ${places}${casualtiesAr(f)}`;
}
