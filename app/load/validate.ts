/**
 * Structural checks of the data files the app loads. Pure and total: any JSON value in, never a
 * throw out. Each validator keeps the entries that are usable and says how many it skipped and
 * why, so a partly broken file still shows what is valid; `fatal` is set when the file as a
 * whole is unusable (not the expected shape, or nothing in it is valid).
 */
import {
  ACTORS,
  type Article,
  type ArticleMention,
  INCIDENT_TYPES,
  type IncidentFeature,
} from '../model';
import { safeUrl } from '../panel/safeUrl';

export interface Validated<T> {
  items: T[];
  /** Entries left out. */
  skipped: number;
  /** What was wrong, first entries first (at most MAX_PROBLEMS of them). */
  problems: string[];
  /** Set when the file cannot be used at all. */
  fatal?: string;
}

/** What `loadData` records about a file whose bad entries were skipped. */
export interface LoadIssue {
  file: string;
  /**
   * What the skipped entries are, when the file's name does not say: a details chunk
   * (`details/00012.json`) holds incidents and reports both.
   */
  entries?: 'incidents' | 'reports';
  kept: number;
  skipped: number;
  problems: string[];
}

const MAX_PROBLEMS = 20;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INCIDENT_TYPE_SET = new Set<string>(INCIDENT_TYPES);
const ACTOR_SET = new Set<string>(ACTORS);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Obj, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isPrecision = (v: unknown) => v === 1 || v === 2 || v === 3;
const short = (v: unknown) => {
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = typeof v;
  }
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};

/** A real calendar day `YYYY-MM-DD`. */
function isDate(v: unknown): v is string {
  if (!isStr(v) || !DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

function describeType(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v;
}

/** Run `check` over `list`, collecting kept items and problems. */
function each<T>(
  list: unknown[],
  label: (v: unknown, i: number) => string,
  check: (v: unknown) => { ok: T } | { why: string },
): Validated<T> {
  const items: T[] = [];
  const problems: string[] = [];
  let skipped = 0;
  list.forEach((v, i) => {
    const r = check(v);
    if ('ok' in r) items.push(r.ok);
    else {
      skipped++;
      if (problems.length < MAX_PROBLEMS) problems.push(`${label(v, i)}: ${r.why}`);
    }
  });
  return { items, skipped, problems };
}

function noneValid<T>(name: string, unit: string, r: Validated<T>): Validated<T> {
  if (r.items.length === 0 && r.skipped > 0)
    r.fatal = `${name}: none of the ${r.skipped} ${unit} is valid (${r.problems[0]})`;
  return r;
}

function featureLabel(v: unknown, i: number): string {
  const id = isObj(v) && isObj(v.properties) ? own(v.properties, 'id') : undefined;
  return `feature ${i + 1}${isStr(id) ? ` (${short(id)})` : ''}`;
}

function checkEvidence(e: unknown, articles?: Map<string, Article>): string | undefined {
  if (!isObj(e)) return 'evidence entry is not an object';
  const { articleId, start, end, placeStart, placeEnd } = e;
  if (!isStr(articleId) || !articleId) return 'evidence without articleId';
  if (![start, end, placeStart, placeEnd].every(isInt))
    return 'evidence offsets are not whole numbers ≥ 0';
  const [s, en, ps, pe] = [start, end, placeStart, placeEnd] as number[];
  if (!(s! <= ps! && ps! <= pe! && pe! <= en!))
    return `evidence offsets out of order (${s}, ${ps}, ${pe}, ${en})`;
  const body = articles?.get(articleId)?.body;
  if (body !== undefined && en! > body.length)
    return `evidence ends at ${en}, after the end of article ${short(articleId)} (${body.length} characters)`;
  return undefined;
}

function checkIncident(
  v: unknown,
  articles: Map<string, Article> | undefined,
  seen: Set<string>,
): { ok: IncidentFeature } | { why: string } {
  if (!isObj(v)) return { why: `not an object but ${describeType(v)}` };
  if (v.type !== 'Feature') return { why: `type is ${short(v.type)}, not "Feature"` };
  const g = v.geometry;
  if (!isObj(g) || g.type !== 'Point') return { why: 'geometry is not a Point' };
  const c = g.coordinates;
  if (!Array.isArray(c) || c.length < 2 || !c.every((x) => Number.isFinite(x)))
    return { why: `coordinates ${short(c)} are not two finite numbers` };
  const [lon, lat] = c as number[];
  if (Math.abs(lon!) > 180 || Math.abs(lat!) > 90)
    return { why: `coordinates ${short(c)} are outside the globe` };
  const p = v.properties;
  if (!isObj(p)) return { why: 'no properties' };
  if (!isStr(p.id) || !p.id) return { why: 'no id' };
  if (seen.has(p.id)) return { why: 'id repeats an earlier feature' };
  if (!isStr(p.type) || !INCIDENT_TYPE_SET.has(p.type))
    return { why: `unknown type ${short(p.type)}` };
  // The schema wants at least one actor; the app copes with none, so only unknown names are fatal.
  if (!Array.isArray(p.actors) || !p.actors.every((a) => ACTOR_SET.has(a)))
    return { why: `actors ${short(p.actors)} are not known actors` };
  if (!isDate(p.date)) return { why: `date ${short(p.date)} is not a YYYY-MM-DD day` };
  if (p.dateEnd !== undefined && !(isDate(p.dateEnd) && p.dateEnd >= p.date))
    return { why: `dateEnd ${short(p.dateEnd)} is not a day on or after the date` };
  if (!isPrecision(p.timePrecision)) return { why: 'timePrecision is not 1, 2 or 3' };
  if (p.dateFromReport !== undefined && p.dateFromReport !== true)
    return { why: 'dateFromReport is not true' };
  if (!isPrecision(p.geoPrecision)) return { why: 'geoPrecision is not 1, 2 or 3' };
  for (const k of ['placeId', 'placeAr', 'placeEn', 'admin1', 'summaryEn', 'summaryAr'])
    if (!isStr(p[k])) return { why: `${k} is not text` };
  for (const k of ['areaId', 'regionAr', 'regionEn'])
    if (p[k] !== undefined && !isStr(p[k])) return { why: `${k} is not text` };
  for (const k of ['strikes', 'fatalities', 'injuries'])
    if (p[k] !== null && !isInt(p[k])) return { why: `${k} is not a whole number or null` };
  if (!isInt(p.sources)) return { why: 'sources is not a whole number' };
  if (typeof p.confidence !== 'number' || !(p.confidence >= 0 && p.confidence <= 1))
    return { why: 'confidence is not a number from 0 to 1' };
  if (
    p.alsoPlaces !== undefined &&
    !(Array.isArray(p.alsoPlaces) && p.alsoPlaces.every((a) => isObj(a) && isStr(a.placeId)))
  )
    return { why: 'alsoPlaces is not a list of places' };
  if (!Array.isArray(p.evidence) || !p.evidence.length) return { why: 'no evidence' };
  for (const e of p.evidence) {
    const why = checkEvidence(e, articles);
    if (why) return { why };
  }
  seen.add(p.id);
  return { ok: v as unknown as IncidentFeature };
}

/**
 * Check `incidents.geojson`. With `articles`, evidence must also fall inside its article's body.
 *
 * @example validateIncidents({ type: 'FeatureCollection', features: [] }).items // []
 */
export function validateIncidents(
  json: unknown,
  articles?: Map<string, Article>,
): Validated<IncidentFeature> {
  const name = 'incidents.geojson';
  if (!isObj(json) || json.type !== 'FeatureCollection')
    return {
      items: [],
      skipped: 0,
      problems: [],
      fatal: `${name}: not a GeoJSON FeatureCollection`,
    };
  if (!Array.isArray(json.features))
    return {
      items: [],
      skipped: 0,
      problems: [],
      fatal: `${name}: "features" is ${describeType(json.features)}, not a list`,
    };
  const seen = new Set<string>();
  return noneValid(
    name,
    'features',
    each(json.features, featureLabel, (v) => checkIncident(v, articles, seen)),
  );
}

function checkMention(m: unknown, bodyLength: number): m is ArticleMention {
  return (
    isObj(m) &&
    isInt(m.start) &&
    isInt(m.end) &&
    m.start <= m.end &&
    m.end <= bodyLength &&
    isStr(m.placeId) &&
    Number.isFinite(m.lat) &&
    Number.isFinite(m.lon) &&
    isPrecision(m.geoPrecision)
  );
}

function checkArticle(v: unknown, seen: Set<string>): { ok: Article } | { why: string } {
  if (!isObj(v)) return { why: `not an object but ${describeType(v)}` };
  if (!isStr(v.id) || !v.id) return { why: 'no id' };
  if (seen.has(v.id)) return { why: 'id repeats an earlier report' };
  for (const k of ['file', 'title', 'outlet']) if (!isStr(v[k])) return { why: `${k} is not text` };
  if (!isDate(v.date)) return { why: `date ${short(v.date)} is not a YYYY-MM-DD day` };
  if (!isStr(v.body) || !v.body) return { why: 'no body text' };
  if (!Array.isArray(v.incidentIds) || !v.incidentIds.every(isStr))
    return { why: 'incidentIds is not a list of ids' };
  if (!Array.isArray(v.mentions)) return { why: 'mentions is not a list' };
  const body = v.body;
  const bad = v.mentions.findIndex((m) => !checkMention(m, body.length));
  if (bad >= 0) return { why: `mention ${bad + 1} is not a place inside the body` };
  seen.add(v.id);
  return { ok: withLinkOnlyIfSafe(v as unknown as Article) };
}

/**
 * The report with its `url` only when it is an http(s) link, by the same rule that decides
 * whether the article panel shows the link (app/panel/safeUrl.ts): a `javascript:` or broken
 * link is dropped here, when the data are loaded, so that the panel, "Copy citation" and the
 * exports never see it. The rest of the report is kept: its text is the evidence, whatever its
 * link. A good url is kept as the outlet published it (not normalised), and the report is
 * returned as is: no copy per report of a large dataset.
 *
 * @example withLinkOnlyIfSafe({ ...report, url: 'javascript:alert(1)' }).url // undefined
 */
export function withLinkOnlyIfSafe(report: Article): Article {
  const url: unknown = report.url;
  if (url === undefined || (isStr(url) && safeUrl(url) !== null)) return report;
  const { url: _dropped, ...rest } = report;
  return rest;
}

/**
 * Check `articles.json`: a list of reports.
 *
 * @example validateArticles('x').fatal // 'articles.json: not a list of reports but string'
 */
export function validateArticles(json: unknown): Validated<Article> {
  const name = 'articles.json';
  if (!Array.isArray(json))
    return {
      items: [],
      skipped: 0,
      problems: [],
      fatal: `${name}: not a list of reports but ${describeType(json)}`,
    };
  const seen = new Set<string>();
  return noneValid(
    name,
    'reports',
    each(
      json,
      (v, i) => `report ${i + 1}${isObj(v) && isStr(v.id) ? ` (${short(v.id)})` : ''}`,
      (v) => checkArticle(v, seen),
    ),
  );
}

const isPosition = (p: unknown) =>
  Array.isArray(p) && p.length >= 2 && p.every((x) => Number.isFinite(x));
const isRing = (r: unknown) => Array.isArray(r) && r.length >= 4 && r.every(isPosition);
const isPolygon = (c: unknown) => Array.isArray(c) && c.length > 0 && c.every(isRing);

/**
 * Check `areas.geojson`: Polygon/MultiPolygon features with an `id`.
 *
 * @example validateAreas({ type: 'FeatureCollection', features: [{}] }).skipped // 1
 */
type AreaFeature = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

export function validateAreas(json: unknown): Validated<AreaFeature> {
  const name = 'areas.geojson';
  if (!isObj(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features))
    return {
      items: [],
      skipped: 0,
      problems: [],
      fatal: `${name}: not a GeoJSON FeatureCollection with a list of features`,
    };
  return noneValid(
    name,
    'areas',
    each<AreaFeature>(json.features, featureLabel, (v) => {
      if (!isObj(v) || v.type !== 'Feature') return { why: 'not a Feature' };
      const g = v.geometry;
      if (!isObj(g)) return { why: 'no geometry' };
      const ok =
        g.type === 'Polygon'
          ? isPolygon(g.coordinates)
          : g.type === 'MultiPolygon' &&
            Array.isArray(g.coordinates) &&
            g.coordinates.length > 0 &&
            g.coordinates.every(isPolygon);
      if (!ok) return { why: 'geometry is not a valid Polygon or MultiPolygon' };
      if (!isObj(v.properties) || !isStr(v.properties.id) || !v.properties.id)
        return { why: 'no id' };
      return { ok: v as unknown as AreaFeature };
    }),
  );
}
