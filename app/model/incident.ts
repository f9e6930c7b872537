import type { GeoPrecision } from './place';

export const INCIDENT_TYPES = [
  'airstrike',
  'shelling',
  'clash',
  'attack',
  'explosion',
  'deployment',
  'agreement',
  'other',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

/**
 * The types of violence, whose events kill and wound: not a deployment, a deal or a toll. A
 * clause of one may own the victims it opens with, and a report's lead of one may be told in
 * detail after it (ingest/extract).
 */
export const VIOLENT_TYPES: ReadonlySet<IncidentType> = new Set([
  'airstrike',
  'shelling',
  'clash',
  'attack',
  'explosion',
]);

/**
 * The type a casualty toll has: casualties a report totals with no event of their own, often
 * over a period (`حصيلة ضحايا … منذ بداية الشهر`). The type holds the few events of no other
 * type too, which give no figures.
 */
export const TOLL_TYPE: IncidentType = 'other';

/**
 * True for a casualty toll: of TOLL_TYPE with no event of its own (an arrest, an aircraft
 * downed), with a figure of killed or injured. A toll may count people the incidents listed on
 * their own count too (see Summary.killedInTolls).
 *
 * @example isCasualtyToll({ type: 'other', fatalities: 34, injuries: 74 }) // true
 * @example isCasualtyToll({ type: 'other', event: 'aircraft-downed', fatalities: 2 }) // false
 */
export function isCasualtyToll(p: {
  type: string;
  event?: string | undefined;
  fatalities?: number | null;
  injuries?: number | null;
}): boolean {
  return p.type === TOLL_TYPE && !p.event && (p.fatalities != null || p.injuries != null);
}

export const ACTORS = [
  'russia',
  'regime',
  'turkey',
  'opposition',
  'hts',
  'sdf',
  'iran',
  'isis',
  'coalition',
  'unknown',
  // Added after `unknown`: the columns keep an actor as the bit of its position here.
  'israel',
  // The Syrian state's forces since the fall of Assad's government on 8 December 2024
  // (app/ingest/extract/era.ts); `regime` is Assad's side, before and after it.
  'government',
] as const;
export type Actor = (typeof ACTORS)[number];

/**
 * What happened, where the type alone would tell it wrong. A deployment is reinforcements unless
 * it was a withdrawal (`انسحبت القوات التركية من نقطة مورك`), a redeployment (`إعادة توزيع
 * النقاط`) or a patrol (`سيرت دورية مشتركة`). Ground taken without a fight (`سيطرت الهيئة على
 * المعبر دون مواجهات`: ACLED's non-violent transfer of territory) is of type `other`, yet no
 * casualty toll. An agreement is talks unless a deal was reached (`اتفق الرئيسان على وقف إطلاق
 * النار`, `وقّعت … مذكرة`). An aircraft downed or intercepted (`أسقطت الفصائل طائرة مسيرة
 * روسية`: ACLED's disrupted weapons use) is of type `other`, no casualty toll either; its actors
 * are both sides, the one that brought it down and the one that flew it. People arrested
 * (`اعتقلت هيئة تحرير الشام ناشطاً`: ACLED's arrests) are of type `other` too, by the side that
 * arrested them, and so are protests (`تظاهر المئات في مدينة إدلب`), with no actor. An air strike
 * by a drone and no other aircraft (`استهدفت طائرة مسيّرة تركية سيارة`) is a drone strike: lists
 * and summaries name it so, not "airstrikes"; an attack that abducted people and did them no
 * other harm told (`اختطف مسلحون طفلاً في سرمدا`: ACLED's abduction) is an abduction. A raid
 * that arrested no one told (`شنت الهيئة حملة مداهمات في أريحا`) is of type `other`, by the side
 * that raided. A blast set off by a bomber who dies in it (`فجّر انتحاري نفسه بحزام ناسف`: ACLED's
 * suicide bomb) is a suicide bombing. A military post set up (`أنشأت القوات التركية نقطة
 * مراقبة جديدة في النيرب`) is told apart from reinforcements. New events go last: the compact columns store their
 * position.
 */
export const INCIDENT_EVENTS = [
  'withdrawal',
  'redeployment',
  'patrol',
  'taken-unfought',
  'deal',
  'aircraft-downed',
  'arrest',
  'protest',
  'drone-strike',
  'abduction',
  'raid',
  'suicide-bombing',
  'post-set-up',
] as const;
export type IncidentEvent = (typeof INCIDENT_EVENTS)[number];

/** ACLED-style time precision: 1 the day, 2 within a week or a stated range, 3 the month. */
export type TimePrecision = 1 | 2 | 3;

/** Where an incident was read: character offsets into an article's `body`, end exclusive. */
export interface Evidence {
  articleId: string;
  /** The sentence. */
  start: number;
  end: number;
  /** The place mention inside it. */
  placeStart: number;
  placeEnd: number;
}

/** Properties of each feature in `incidents.geojson` (the data contract of issue 4). */
export interface IncidentProperties {
  id: string;
  type: IncidentType;
  /** What happened, where the type alone would mislead (see INCIDENT_EVENTS); mostly absent. */
  event?: IncidentEvent;
  actors: Actor[];
  /** `YYYY-MM-DD` */
  date: string;
  dateEnd?: string;
  /**
   * Present (true) when no report of the incident states its date: `date` is then the report's
   * own date, which the event may precede by a day or more. Absent when a report states it.
   */
  dateFromReport?: true;
  timePrecision: TimePrecision;
  placeId: string;
  placeAr: string;
  placeEn: string;
  geoPrecision: GeoPrecision;
  admin1: string;
  /** For imprecise places: id of a polygon in `areas.geojson`. */
  areaId?: string;
  strikes: number | null;
  fatalities: number | null;
  injuries: number | null;
  /** Number of distinct outlets that report it. */
  sources: number;
  confidence: number;
  summaryEn: string;
  summaryAr: string;
  evidence: Evidence[];
  /** The broader area the report names the place in (`ريف إدلب الغربي` for `عين شيب`), for summaries. */
  regionAr?: string;
  regionEn?: string;
  /** Further places of the same event (a casualty tally over several areas, a patrol route's end), after `placeId`. */
  alsoPlaces?: { placeId: string; placeAr: string; placeEn: string }[];
}

export type IncidentFeature = GeoJSON.Feature<GeoJSON.Point, IncidentProperties>;
export type IncidentCollection = GeoJSON.FeatureCollection<GeoJSON.Point, IncidentProperties>;
