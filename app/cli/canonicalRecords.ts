/**
 * `canonicalJson` for the two records the ingest writes by the hundred thousand, incidents and
 * articles, without the generic deep key sort: a copy that lists the keys in sorted order, then
 * one native `JSON.stringify` (about half the time on the 10k corpus). A record with a key not
 * listed here goes the generic way, so the bytes are always `canonicalJson`'s.
 */
import type {
  Article,
  ArticleMention,
  Evidence,
  IncidentFeature,
  IncidentProperties,
} from '../model';
import { canonicalJson } from './ingestFiles';

type Also = NonNullable<IncidentProperties['alsoPlaces']>[number];

/** Keys in sorted order; `satisfies` and the `Every` checks below keep them complete. */
const PROPERTY_KEYS = [
  'actors',
  'admin1',
  'alsoPlaces',
  'areaId',
  'confidence',
  'date',
  'dateEnd',
  'evidence',
  'fatalities',
  'geoPrecision',
  'id',
  'injuries',
  'placeAr',
  'placeEn',
  'placeId',
  'regionAr',
  'regionEn',
  'sources',
  'strikes',
  'summaryAr',
  'summaryEn',
  'timePrecision',
  'type',
] as const satisfies readonly (keyof IncidentProperties)[];
const EVIDENCE_KEYS = [
  'articleId',
  'end',
  'placeEnd',
  'placeStart',
  'start',
] as const satisfies readonly (keyof Evidence)[];
const ALSO_KEYS = ['placeAr', 'placeEn', 'placeId'] as const satisfies readonly (keyof Also)[];
const ARTICLE_KEYS = [
  'body',
  'date',
  'file',
  'id',
  'incidentIds',
  'mentions',
  'outlet',
  'synthetic',
  'title',
  'url',
] as const satisfies readonly (keyof Article)[];
const MENTION_KEYS = [
  'end',
  'geoPrecision',
  'lat',
  'lon',
  'placeId',
  'start',
] as const satisfies readonly (keyof ArticleMention)[];

/** `true` only when `Keys` lists every key of `T` (a compile error otherwise). */
type Every<T, Keys extends readonly PropertyKey[]> = [Exclude<keyof T, Keys[number]>] extends [
  never,
]
  ? true
  : false;
const complete: [
  Every<IncidentProperties, typeof PROPERTY_KEYS>,
  Every<Evidence, typeof EVIDENCE_KEYS>,
  Every<Also, typeof ALSO_KEYS>,
  Every<Article, typeof ARTICLE_KEYS>,
  Every<ArticleMention, typeof MENTION_KEYS>,
] = [true, true, true, true, true];
void complete;

/** Thrown inside a copy when a record holds a key not listed: the caller goes the generic way. */
const UNLISTED = Symbol('unlisted key');

/** Throws UNLISTED when `obj` has a key not in `listed`. */
function onlyListed(obj: object, listed: ReadonlySet<string>): void {
  for (const k in obj) if (!listed.has(k)) throw UNLISTED;
}

const sets = {
  property: new Set<string>(PROPERTY_KEYS),
  evidence: new Set<string>(EVIDENCE_KEYS),
  also: new Set<string>(ALSO_KEYS),
  article: new Set<string>(ARTICLE_KEYS),
  mention: new Set<string>(MENTION_KEYS),
  feature: new Set(['geometry', 'properties', 'type']),
  point: new Set(['coordinates', 'type']),
};

// The copies are object literals with the keys written in sorted order (the lists above say
// which): V8 builds a literal far faster than an object filled key by key in a loop. Typed
// `Every_`, so a field added to the model and not here is a compile error, not a lost value.

/** Every key of T, optional ones too (a literal of this type must name them all). */
type Every_<T> = { [K in keyof Required<T>]: T[K] };

function sortedEvidence(e: Evidence): Every_<Evidence> {
  onlyListed(e, sets.evidence);
  return {
    articleId: e.articleId,
    end: e.end,
    placeEnd: e.placeEnd,
    placeStart: e.placeStart,
    start: e.start,
  };
}

function sortedAlso(a: Also): Every_<Also> {
  onlyListed(a, sets.also);
  return { placeAr: a.placeAr, placeEn: a.placeEn, placeId: a.placeId };
}

function sortedFeature(f: IncidentFeature): object {
  onlyListed(f, sets.feature);
  onlyListed(f.geometry, sets.point);
  const p = f.properties;
  onlyListed(p, sets.property);
  const properties: Every_<IncidentProperties> = {
    actors: p.actors,
    admin1: p.admin1,
    alsoPlaces: p.alsoPlaces?.map(sortedAlso),
    areaId: p.areaId,
    confidence: p.confidence,
    date: p.date,
    dateEnd: p.dateEnd,
    evidence: p.evidence.map(sortedEvidence),
    fatalities: p.fatalities,
    geoPrecision: p.geoPrecision,
    id: p.id,
    injuries: p.injuries,
    placeAr: p.placeAr,
    placeEn: p.placeEn,
    placeId: p.placeId,
    regionAr: p.regionAr,
    regionEn: p.regionEn,
    sources: p.sources,
    strikes: p.strikes,
    summaryAr: p.summaryAr,
    summaryEn: p.summaryEn,
    timePrecision: p.timePrecision,
    type: p.type,
  };
  return {
    geometry: { coordinates: f.geometry.coordinates, type: f.geometry.type },
    properties,
    type: f.type,
  };
}

function sortedMention(m: ArticleMention): Every_<ArticleMention> {
  onlyListed(m, sets.mention);
  return {
    end: m.end,
    geoPrecision: m.geoPrecision,
    lat: m.lat,
    lon: m.lon,
    placeId: m.placeId,
    start: m.start,
  };
}

function sortedArticle(a: Article): Every_<Article> {
  onlyListed(a, sets.article);
  return {
    body: a.body,
    date: a.date,
    file: a.file,
    id: a.id,
    incidentIds: a.incidentIds,
    mentions: a.mentions.map(sortedMention),
    outlet: a.outlet,
    synthetic: a.synthetic,
    title: a.title,
    url: a.url,
  };
}

/** Plain data only: arrays are walked by the copies, anything with toJSON goes the generic way. */
function withFallback<T>(value: T, sorted: (v: T) => object): string {
  try {
    return JSON.stringify(sorted(value));
  } catch (e) {
    if (e === UNLISTED) return canonicalJson(value);
    throw e;
  }
}

/**
 * `canonicalJson(f)` for an incident feature, faster.
 *
 * @example incidentJson(feature) === canonicalJson(feature) // true
 */
export function incidentJson(f: IncidentFeature): string {
  return withFallback(f, sortedFeature);
}

/**
 * `canonicalJson(a)` for an article, faster.
 *
 * @example articleJson(article) === canonicalJson(article) // true
 */
export function articleJson(a: Article): string {
  return withFallback(a, sortedArticle);
}
