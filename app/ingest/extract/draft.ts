/**
 * An incident's properties as a reading of one sentence gives them, before merging: the one
 * shape both readings (Arabic, extractIncidents; English, english.ts) build, so that their
 * incidents merge, get ids and summaries alike.
 *
 * @example
 * incidentDraft({ articleId: 'a-1', reportDate: '2021-06-27', sentence: { start: 0, end: 40 },
 *   type: 'shelling', actors: ['regime'], date: undefined, place: ariha, confidence: 0.8 })
 * // { type: 'shelling', date: '2021-06-27', dateFromReport: true, placeEn: 'Ariha', … }
 */
import type {
  Actor,
  IncidentEvent,
  IncidentProperties,
  IncidentType,
  PlaceMention,
  TimePrecision,
} from '../../model';

/** A further place of an incident (`alsoPlaces`), as a mention names it. */
export type AlsoPlace = NonNullable<IncidentProperties['alsoPlaces']>[number];

/**
 * A mention as a further place of an incident (a tally over several areas, a patrol's end).
 *
 * @example alsoPlace(sarmin) // { placeId: 'gn-…', placeAr: 'سرمين', placeEn: 'Sarmin' }
 */
export function alsoPlace(m: Pick<PlaceMention, 'placeId' | 'nameAr' | 'nameEn'>): AlsoPlace {
  return { placeId: m.placeId, placeAr: m.nameAr, placeEn: m.nameEn };
}

/** What a sentence told of one incident at one place. */
export interface DraftFacts {
  articleId: string;
  /** The report's date: the incident's when the text states none. */
  reportDate: string;
  sentence: { start: number; end: number };
  type: IncidentType;
  event?: IncidentEvent | undefined;
  actors: Actor[];
  /** The date the text states, or undefined. */
  date: { date: string; dateEnd?: string; precision: TimePrecision } | undefined;
  place: PlaceMention;
  /** The broader area the place is named in (`Kafr Nabl in southern Idlib`). */
  region?: PlaceMention | undefined;
  /** How sure the reading is of the event, times the geocoder's sureness of the place. */
  confidence: number;
}

/**
 * Whether a reading names a side of its event (not only `unknown`): talks told by a meeting or a
 * call need one, in both readings (`عقد المجلس المحلي اجتماعاً مع الأهالي` is no talks).
 *
 * @example namesASide(['unknown']) // false
 */
export function namesASide(actors: readonly Actor[]): boolean {
  return actors.some((a) => a !== 'unknown');
}

/** Sides that fire from the air only, in this region: no shelling of theirs. */
const AIR_ONLY: ReadonlySet<Actor> = new Set(['russia', 'israel', 'coalition']);

/**
 * The sides an event of `type` borrows from another of type `from` told with them: fire from the
 * ground not the air forces'; and none of a fight's, whose sides are both camps, for anything
 * but fighting.
 *
 * @example sidesLent(['regime', 'russia'], 'shelling', 'airstrike') // ['regime']
 * @example sidesLent(['opposition', 'regime'], 'airstrike', 'clash') // []
 */
export function sidesLent(
  actors: readonly Actor[],
  type: IncidentType,
  from: IncidentType,
): Actor[] {
  if (from === 'clash' && type !== 'clash') return [];
  return type === 'shelling' ? actors.filter((a) => !AIR_ONLY.has(a)) : [...actors];
}

/** Types whose events on a governorate's seat named bare are the governorate's (see incidentDraft). */
const BY_GOVERNORATE: ReadonlySet<IncidentType> = new Set(['agreement', 'deployment']);

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The draft of one incident; see the module doc. */
export function incidentDraft(f: DraftFacts): IncidentProperties {
  const { place, date } = f;
  // `اتفقت روسيا وتركيا على وقف إطلاق النار في إدلب`, `Russia and Turkey agreed on a ceasefire
  // in Idlib`: an agreement on a governorate's seat named bare is on the governorate; so are
  // troops sent, moved or withdrawn (`دفع الجيش التركي بتعزيزات إلى إدلب`, `Turkey sent a convoy
  // into Idlib`), which go to the front and the posts across it, not to the city. The evidence
  // still marks the name as written.
  const where = BY_GOVERNORATE.has(f.type) && place.seatOf ? place.seatOf : place;
  // Optional fields are set after the literal, not spread into it: V8 builds a literal with
  // spreads in it far more slowly (see readClauses).
  const p: IncidentProperties = {
    id: '',
    type: f.type,
    actors: f.actors.length ? f.actors : ['unknown'],
    date: date ? date.date : f.reportDate,
    timePrecision: date ? date.precision : 1,
    placeId: where.placeId,
    placeAr: where.nameAr,
    placeEn: where.nameEn,
    geoPrecision: where.geoPrecision,
    admin1: where.admin1,
    strikes: null,
    fatalities: null,
    injuries: null,
    sources: 1,
    confidence: round2(place.confidence * f.confidence),
    summaryEn: '',
    summaryAr: '',
    evidence: [
      {
        articleId: f.articleId,
        start: f.sentence.start,
        end: f.sentence.end,
        placeStart: place.start,
        placeEnd: place.end,
      },
    ],
  };
  if (date?.dateEnd) p.dateEnd = date.dateEnd;
  if (f.event) p.event = f.event;
  // No date phrase: the report's date stands in, and the incident says so.
  if (!date) p.dateFromReport = true;
  if (where.area || where.placeId.startsWith('area-')) p.areaId = where.placeId;
  if (f.region && f.region.placeId !== where.placeId) {
    p.regionAr = f.region.nameAr;
    p.regionEn = f.region.nameEn;
  }
  return p;
}
