import { booleanIntersects, booleanPointInPolygon } from '@turf/turf';
import { COORD_SCALE, type CompactColumns, EVENT_CODE } from '../ingest/compact';
import {
  ACTORS,
  type Actor,
  type Article,
  type GeoPrecision,
  INCIDENT_EVENTS,
  INCIDENT_TYPES,
  type IncidentEvent,
  type IncidentFeature,
  type IncidentType,
  TOLL_TYPE,
} from '../model';
import { dayOf } from '../timeline/time';
import { foldSearchText, queryTerms } from './searchText';

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/**
 * An area on the map: a drawn polygon (one ring of [lon, lat], not closed), a drawn rectangle,
 * a governorate or named region (by id, resolved to its polygon through `FilterContext.regions`),
 * or the map's current view (its bounds, kept up to date by the map).
 */
export type AreaSelection =
  | { kind: 'polygon'; ring: [number, number][] }
  | { kind: 'bbox'; bbox: BBox }
  | { kind: 'region'; id: string }
  | { kind: 'view'; bbox: BBox | null };

/** What the reader has chosen to see. Every field narrows; an empty filter keeps everything. */
export interface Filters {
  /** Inclusive `YYYY-MM-DD` bounds; null for open. An incident passes if its span overlaps. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Event types to keep; empty keeps all. */
  types: IncidentType[];
  /** Keep incidents with at least one of these actors; empty keeps all. */
  actors: Actor[];
  /**
   * Keep incidents whose event (what happened, where the type alone would tell it wrong: a
   * drone strike, arrests, a withdrawal…) is one of these; empty keeps all.
   */
  events: IncidentEvent[];
  /** Keep only incidents with someone killed or injured. */
  hasCasualties: boolean;
  /** Keep only incidents with at least this many killed; null for no minimum. */
  minKilled: number | null;
  /**
   * Leave casualty tolls out (isCasualtyToll: casualties a report totals, which may count again
   * those of incidents listed on their own), keeping every event, of type Other too.
   */
  noTolls: boolean;
  /** Keep incidents reported by at least one of these outlets; empty keeps all. */
  outlets: string[];
  /** Geographic precisions to keep (1 town, 2 near/part of, 3 region); empty keeps all. */
  precisions: GeoPrecision[];
  /** Keep incidents inside this area. */
  area: AreaSelection | null;
  /**
   * For imprecise incidents (geoPrecision 2/3 with an area polygon): true keeps those whose AREA
   * overlaps the selection even if their point is outside it; false decides by the point only.
   */
  includeOverlapping: boolean;
  /** Words that must all occur in the incident's place names, summary, or report title/body. */
  text: string;
}

export const NO_FILTERS: Filters = {
  dateFrom: null,
  dateTo: null,
  types: [],
  actors: [],
  events: [],
  hasCasualties: false,
  minKilled: null,
  noTolls: false,
  outlets: [],
  precisions: [],
  area: null,
  includeOverlapping: true,
  text: '',
};

/** What filtering needs beside the incidents: reports (outlets, text) and polygons. */
export interface FilterContext {
  articles?: ReadonlyMap<string, Article>;
  /** `areas.geojson`: polygons of imprecise places, by feature id or `properties.id`. */
  areas?: GeoJSON.FeatureCollection;
  /** Named regions a selection can refer to (governorates), by id. */
  regions?: ReadonlyMap<string, GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>>;
}

type Poly = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

/**
 * Everything about a dataset that filtering reads, precomputed once per dataset in typed arrays:
 * day numbers, type index, actor bitmask, casualties, outlet ids, precision, coordinates, area
 * index, and folded search text (per article, so long bodies are folded once).
 */
export interface FilterIndex {
  n: number;
  start: Int32Array;
  end: Int32Array;
  type: Uint8Array;
  /**
   * The incident's event as the compact `event` column codes it (0 none, else 1 + its index in
   * INCIDENT_EVENTS), from the columns or the features: an Other with one is no casualty toll.
   * Absent for indexes made without it (columns written before events).
   */
  event?: Uint8Array;
  actorMask: Uint16Array;
  killed: Int32Array;
  injured: Int32Array;
  precision: Uint8Array;
  lon: Float64Array;
  lat: Float64Array;
  /** Index into `areaFeatures`, or -1. */
  area: Int32Array;
  areaFeatures: Poly[];
  outletNames: string[];
  /** Outlet ids of each incident: `outletIds[outletStart[i] .. outletStart[i+1])`. */
  outletStart: Uint32Array;
  outletIds: Uint16Array;
  /**
   * Search text, built on the first text search (folding every report is the costly part of an
   * index, and most sessions never search): null until then, or while the details
   * (`incidents.geojson`, `articles.json`) of a dataset loaded from its columns are missing.
   */
  text: TextIndex | null;
  /** Builds `text`; null when the details are not loaded (a text filter then waits). */
  textSource: (() => TextIndex) | null;
  /**
   * Folded place names by place, and each incident's place (from the columns): what a text
   * search reads while the details are not loaded, so it can still find places.
   */
  placeText?: { place: Uint32Array; folded: string[] };
  /** Cache of per-selection results, so a selection is tested once, not per filter change. */
  areaCache: WeakMap<object, Uint8Array>;
  searchCache: Map<string, Uint8Array>;
}

/** What text search reads: folded text per incident and per article. */
export interface TextIndex {
  /** Folded place names and summaries of each incident. */
  ownText: string[];
  /** Folded title + body of each article, and the articles of each incident. */
  articleText: string[];
  articleStart: Uint32Array;
  articleIds: Uint32Array;
}

const TYPE_INDEX = new Map<string, number>(INCIDENT_TYPES.map((t, i) => [t, i]));
const TOLL_TYPE_INDEX = INCIDENT_TYPES.indexOf(TOLL_TYPE);
const ACTOR_BIT = new Map<string, number>(ACTORS.map((a, i) => [a, 1 << i]));

/** Parse `YYYY-MM-DD` to a day number, remembering each distinct date (datasets repeat them). */
function dayParser(): (iso: string | undefined) => number {
  const seen = new Map<string, number>();
  return (iso) => {
    if (!iso) return Number.NaN;
    let d = seen.get(iso);
    if (d === undefined) {
      d = dayOf(iso);
      seen.set(iso, d);
    }
    return d;
  };
}

const indexCache = new WeakMap<IncidentFeature[], WeakMap<object, FilterIndex>>();
const NO_CONTEXT = {};

/** The index of a dataset, built on first use and remembered for that array and context. */
export function filterIndex(incidents: IncidentFeature[], ctx: FilterContext = {}): FilterIndex {
  let byCtx = indexCache.get(incidents);
  if (!byCtx) {
    byCtx = new WeakMap();
    indexCache.set(incidents, byCtx);
  }
  const key = (ctx.articles as object | undefined) ?? NO_CONTEXT;
  const areasKey = (ctx.areas as object | undefined) ?? NO_CONTEXT;
  let index = byCtx.get(key);
  if (!index || (index as FilterIndex & { areasKey?: object }).areasKey !== areasKey) {
    index = buildIndex(incidents, ctx);
    (index as FilterIndex & { areasKey?: object }).areasKey = areasKey;
    byCtx.set(key, index);
  }
  return index;
}

export function buildIndex(incidents: IncidentFeature[], ctx: FilterContext = {}): FilterIndex {
  const n = incidents.length;
  const parseDay = dayParser();
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const type = new Uint8Array(n);
  const event = new Uint8Array(n);
  const actorMask = new Uint16Array(n);
  const killed = new Int32Array(n);
  const injured = new Int32Array(n);
  const precision = new Uint8Array(n);
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  const area = new Int32Array(n).fill(-1);
  const areaFeatures: Poly[] = [];
  const areaById = new Map<string, number>();
  for (const f of ctx.areas?.features ?? []) {
    const id = f.id ?? (f.properties as { id?: unknown } | null)?.id;
    const g = f.geometry;
    if (id == null || !g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    areaById.set(String(id), areaFeatures.length);
    areaFeatures.push(f as Poly);
  }
  const outletNames: string[] = [];
  const outletById = new Map<string, number>();
  const articleOutlet = new Map<string, number>();
  for (const a of ctx.articles?.values() ?? []) {
    let o = outletById.get(a.outlet);
    if (o === undefined) {
      o = outletNames.length;
      outletById.set(a.outlet, o);
      outletNames.push(a.outlet);
    }
    articleOutlet.set(a.id, o);
  }
  const outletStart = new Uint32Array(n + 1);
  const outletList: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = incidents[i]!.properties;
    const s = parseDay(p.date);
    const e = p.dateEnd ? parseDay(p.dateEnd) : s;
    start[i] = Number.isNaN(s) ? -2147483648 : s;
    end[i] = Number.isNaN(e) || e < s ? start[i]! : e;
    type[i] = TYPE_INDEX.get(p.type) ?? TYPE_INDEX.get('other')!;
    event[i] = p.event ? (EVENT_CODE.get(p.event) ?? 0) : 0;
    let mask = 0;
    for (const a of p.actors ?? []) mask |= ACTOR_BIT.get(a) ?? 0;
    actorMask[i] = mask;
    killed[i] = p.fatalities ?? -1;
    injured[i] = p.injuries ?? -1;
    precision[i] = p.geoPrecision;
    const c = incidents[i]!.geometry?.coordinates;
    lon[i] = c?.[0] ?? Number.NaN;
    lat[i] = c?.[1] ?? Number.NaN;
    if (p.areaId) area[i] = areaById.get(p.areaId) ?? -1;
    outletStart[i] = outletList.length;
    for (const ev of p.evidence ?? []) {
      const o = articleOutlet.get(ev.articleId);
      if (o !== undefined && !hasFrom(outletList, outletStart[i]!, o)) outletList.push(o);
    }
  }
  outletStart[n] = outletList.length;
  return {
    n,
    start,
    end,
    type,
    event,
    actorMask,
    killed,
    injured,
    precision,
    lon,
    lat,
    area,
    areaFeatures,
    outletNames,
    outletStart,
    outletIds: Uint16Array.from(outletList),
    text: null,
    textSource: () => buildText(incidents, ctx.articles),
    areaCache: new WeakMap(),
    searchCache: new Map(),
  };
}

/** The search text of a dataset: folded place names, summaries and reports. */
export function buildText(
  incidents: readonly IncidentFeature[],
  articles?: ReadonlyMap<string, Article>,
): TextIndex {
  const n = incidents.length;
  const articleText: string[] = [];
  const articleIndex = new Map<string, number>();
  for (const a of articles?.values() ?? []) {
    articleIndex.set(a.id, articleText.length);
    articleText.push(foldSearchText(`${a.title}\n${a.body}`));
  }
  const articleStart = new Uint32Array(n + 1);
  const articleList: number[] = [];
  const ownText: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const p = incidents[i]!.properties;
    articleStart[i] = articleList.length;
    for (const ev of p.evidence ?? []) {
      const ai = articleIndex.get(ev.articleId);
      if (ai !== undefined && !hasFrom(articleList, articleStart[i]!, ai)) articleList.push(ai);
    }
    ownText[i] = foldSearchText(`${p.placeAr} ${p.placeEn} ${p.summaryAr} ${p.summaryEn}`);
  }
  articleStart[n] = articleList.length;
  return { ownText, articleText, articleStart, articleIds: Uint32Array.from(articleList) };
}

/** The index's search text, built now if it can be; null while the details are missing. */
export function textOf(index: FilterIndex): TextIndex | null {
  if (!index.text && index.textSource) {
    index.text = index.textSource();
    index.textSource = null;
  }
  return index.text;
}

/**
 * The index of a dataset loaded from its compact columns (`incidents.columns.bin`): the typed
 * arrays are used as they are, with no per-incident object. `areas` resolves area ids to
 * polygons. Text search needs `attachDetails` once the features and reports arrive.
 */
export function indexFromColumns(
  c: CompactColumns,
  areas?: GeoJSON.FeatureCollection,
): FilterIndex {
  const n = c.count;
  const end = new Int32Array(n);
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  const killed = c.fatalities;
  for (let i = 0; i < n; i++) {
    end[i] = c.start[i]! === -2147483648 ? c.start[i]! : c.start[i]! + c.duration[i]!;
    lon[i] = c.lon[i]! / COORD_SCALE;
    lat[i] = c.lat[i]! / COORD_SCALE;
  }
  const areaFeatures: Poly[] = [];
  const areaById = new Map<string, number>();
  for (const f of areas?.features ?? []) {
    const id = f.id ?? (f.properties as { id?: unknown } | null)?.id;
    const g = f.geometry;
    if (id == null || !g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    areaById.set(String(id), areaFeatures.length);
    areaFeatures.push(f as Poly);
  }
  const areaMap = new Int32Array(c.areaIds.length).map((_, k) => areaById.get(c.areaIds[k]!) ?? -1);
  const area = new Int32Array(n);
  for (let i = 0; i < n; i++) area[i] = c.area[i]! >= 0 ? areaMap[c.area[i]!]! : -1;
  return {
    n,
    start: c.start,
    end,
    type: c.type,
    event: c.event,
    actorMask: c.actors,
    killed,
    injured: c.injuries,
    precision: c.geoPrecision,
    lon,
    lat,
    area,
    areaFeatures,
    outletNames: c.outlets,
    outletStart: c.outletStart,
    outletIds: c.outletIds,
    text: null,
    textSource: null,
    placeText: {
      place: c.place,
      folded: c.places.map((p) => foldSearchText(`${p.ar} ${p.en}`)),
    },
    areaCache: new WeakMap(),
    searchCache: new Map(),
  };
}

/** Give a columnar index its search text source, once the features and reports are loaded. */
export function attachDetails(
  index: FilterIndex,
  incidents: readonly IncidentFeature[],
  articles: ReadonlyMap<string, Article>,
): void {
  if (index.text) return;
  index.textSource = () => buildText(incidents, articles);
  index.searchCache.clear();
}

function hasFrom(list: number[], from: number, x: number): boolean {
  for (let k = from; k < list.length; k++) if (list[k] === x) return true;
  return false;
}

/** The selection as a polygon feature, or null if it cannot be resolved (yet). */
export function selectionPolygon(
  area: AreaSelection,
  ctx: FilterContext = {},
): GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon> | null {
  const bboxPoly = ([w, s, e, n]: BBox): GeoJSON.Feature<GeoJSON.Polygon> => ({
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
          [w, s],
        ],
      ],
    },
  });
  switch (area.kind) {
    case 'bbox':
      return bboxPoly(area.bbox);
    case 'view':
      return area.bbox ? bboxPoly(area.bbox) : null;
    case 'region':
      return ctx.regions?.get(area.id) ?? null;
    case 'polygon': {
      if (area.ring.length < 3) return null;
      const ring = [...area.ring, area.ring[0]!];
      return {
        type: 'Feature',
        properties: {},
        geometry: { type: 'Polygon', coordinates: [ring] },
      };
    }
  }
}

/**
 * Which incidents are in the selection: 1 in, 0 out, computed once per selection object (and
 * once per area polygon, not per incident, for the tests of imprecise incidents). An incident at
 * a named place is in when its point is. One placed only near a town or in an area is in when its
 * area overlaps the selection (`includeOverlapping`), else only when all its area lies inside:
 * a governorate-wide agreement is not "in" a rectangle drawn round one town because the point
 * that stands for the governorate falls there.
 */
export function areaMask(
  index: FilterIndex,
  area: AreaSelection,
  includeOverlapping: boolean,
  ctx: FilterContext = {},
): Uint8Array | null {
  const poly = selectionPolygon(area, ctx);
  if (!poly) return null;
  const key = area as object;
  const cacheKeyed = index.areaCache.get(key);
  const flag = includeOverlapping ? 1 : 0;
  if (cacheKeyed && cacheKeyed[index.n] === flag) return cacheKeyed;
  const mask = new Uint8Array(index.n + 1);
  mask[index.n] = flag;
  const [w, s, e, n] = bboxOf(poly.geometry);
  const overlaps = new Int8Array(index.areaFeatures.length).fill(-1);
  for (let i = 0; i < index.n; i++) {
    const x = index.lon[i]!;
    const y = index.lat[i]!;
    const a = index.area[i]!;
    let inside: boolean;
    if (a >= 0 && index.precision[i]! >= 2) {
      if (overlaps[a] === -1) {
        const area = index.areaFeatures[a]!;
        overlaps[a] = (
          includeOverlapping
            ? booleanIntersects(area, poly)
            : liesWithin(area.geometry, poly.geometry)
        )
          ? 1
          : 0;
      }
      inside = overlaps[a] === 1;
    } else
      inside = x >= w && x <= e && y >= s && y <= n && booleanPointInPolygon([x, y], poly.geometry);
    mask[i] = inside ? 1 : 0;
  }
  index.areaCache.set(key, mask);
  return mask;
}

/** The outer rings of a polygon or of each part of a multipolygon. */
function outerRings(g: GeoJSON.Polygon | GeoJSON.MultiPolygon): GeoJSON.Position[][] {
  return g.type === 'Polygon' ? g.coordinates.slice(0, 1) : g.coordinates.map((p) => p[0]!);
}

/**
 * Whether `area` lies wholly inside `within`: each of its corners is inside (or on the edge), and
 * no corner of `within` lies strictly inside it (a selection cutting into the area between its
 * corners); "on the edge" with a metre's slack either way. turf's booleanWithin says the same, for 6 kB more of the page's first script.
 *
 * @example liesWithin(disc around Ariha, rectangle round Ariha and its countryside) // true
 */
function liesWithin(
  area: GeoJSON.Polygon | GeoJSON.MultiPolygon,
  within: GeoJSON.Polygon | GeoJSON.MultiPolygon,
): boolean {
  // A corner on the selection's edge is in: an area clipped from a governorate (its southern
  // countryside) shares that border, a hair off either way after clipping and rounding.
  for (const ring of outerRings(area))
    for (const p of ring)
      if (!booleanPointInPolygon(p, within) && !nearEdge(p, within, EDGE_SLACK)) return false;
  for (const ring of outerRings(within))
    for (const p of ring)
      if (
        booleanPointInPolygon(p, area, { ignoreBoundary: true }) &&
        !nearEdge(p, area, EDGE_SLACK)
      )
        return false;
  return true;
}

/** How far off a selection's edge a corner may lie and still be on it, in degrees (about 1 m). */
const EDGE_SLACK = 1e-5;

/** Whether `p` lies within `slack` degrees of an edge of `g` (planar: the distances are tiny). */
function nearEdge(
  p: GeoJSON.Position,
  g: GeoJSON.Polygon | GeoJSON.MultiPolygon,
  slack: number,
): boolean {
  const [x, y] = p as [number, number];
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  for (const ring of rings)
    for (let k = 1; k < ring.length; k++) {
      const [ax, ay] = ring[k - 1] as [number, number];
      const [bx, by] = ring[k] as [number, number];
      const dx = bx - ax;
      const dy = by - ay;
      const len = dx * dx + dy * dy;
      const t = len > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len)) : 0;
      if (Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= slack) return true;
    }
  return false;
}

function bboxOf(g: GeoJSON.Polygon | GeoJSON.MultiPolygon): BBox {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  for (const ring of rings)
    for (const [x, y] of ring) {
      if (x! < w) w = x!;
      if (x! > e) e = x!;
      if (y! < s) s = y!;
      if (y! > n) n = y!;
    }
  return [w, s, e, n];
}

/** Which incidents contain every word of the query: 1 yes, 0 no (cached per query). */
export function searchMask(index: FilterIndex, query: string): Uint8Array | null {
  const terms = queryTerms(query);
  if (terms.length === 0) return null;
  const key = terms.join(' ');
  const cached = index.searchCache.get(key);
  if (cached) return cached;
  // An incident matches when every term is in its own text (places, summaries) or in the text
  // of one of its reports. Each term's mask is cached, so typing a second word reuses the first.
  const text = textOf(index);
  if (!text) return index.placeText ? placeSearchMask(index, index.placeText, terms) : null;
  const mask = new Uint8Array(index.n).fill(1);
  for (const term of terms) {
    const m = termMask(index, text, term);
    for (let i = 0; i < index.n; i++) mask[i]! &= m[i]!;
  }
  index.searchCache.set(key, mask);
  return mask;
}

/**
 * Which incidents' place names contain every term: the search a dataset whose details are not
 * loaded can still do (cached apart from full searches, which replace it once details load).
 */
function placeSearchMask(
  index: FilterIndex,
  places: NonNullable<FilterIndex['placeText']>,
  terms: string[],
): Uint8Array {
  const key = `\u0001${terms.join(' ')}`;
  const cached = index.searchCache.get(key);
  if (cached) return cached;
  const hit = new Uint8Array(places.folded.length);
  for (let k = 0; k < hit.length; k++)
    hit[k] = terms.every((t) => places.folded[k]!.includes(t)) ? 1 : 0;
  const mask = new Uint8Array(index.n);
  for (let i = 0; i < index.n; i++) mask[i] = hit[places.place[i]!]!;
  if (index.searchCache.size > 100) index.searchCache.clear();
  index.searchCache.set(key, mask);
  return mask;
}

function termMask(index: FilterIndex, text: TextIndex, term: string): Uint8Array {
  const key = `\u0000${term}`;
  const cached = index.searchCache.get(key);
  if (cached) return cached;
  // One pass over the reports, one over the incidents; the answer for each distinct own text
  // is remembered (many incidents share a place name).
  const inArticle = new Uint8Array(text.articleText.length);
  for (let a = 0; a < inArticle.length; a++)
    inArticle[a] = text.articleText[a]!.includes(term) ? 1 : 0;
  const ownSeen = new Map<string, boolean>();
  const mask = new Uint8Array(index.n);
  for (let i = 0; i < index.n; i++) {
    const own = text.ownText[i]!;
    let hit = ownSeen.get(own);
    if (hit === undefined) {
      hit = own.includes(term);
      ownSeen.set(own, hit);
    }
    for (let k = text.articleStart[i]!; !hit && k < text.articleStart[i + 1]!; k++)
      hit = inArticle[text.articleIds[k]!] === 1;
    mask[i] = hit ? 1 : 0;
  }
  if (index.searchCache.size > 100) index.searchCache.clear();
  index.searchCache.set(key, mask);
  return mask;
}

/**
 * The positions (into `incidents`) of the incidents that pass every filter, in order. One tight
 * loop over typed arrays; the expensive parts (area, text) are masks cached per selection.
 */
export function filterPositions(
  incidents: IncidentFeature[],
  f: Filters,
  ctx: FilterContext = {},
): Uint32Array {
  return filterIndexed(filterIndex(incidents, ctx), f, ctx).positions;
}

/** What one filter pass gives: positions in order, a 0/1 mask over the dataset, and the count. */
export interface FilterResult {
  positions: Uint32Array;
  mask: Uint8Array;
  count: number;
  /** True when a text filter is set but the search text is not loaded yet (it is ignored). */
  textPending: boolean;
  /** True when a text filter was applied to place names only (the reports are not loaded). */
  textPlacesOnly: boolean;
}

/**
 * The filter itself, over an index (built from features or from columns): the code that
 * `filterIncidents` and the app's columnar path share, so "filtered" has one definition.
 */
export function filterIndexed(ix: FilterIndex, f: Filters, ctx: FilterContext = {}): FilterResult {
  const from = f.dateFrom ? dayOf(f.dateFrom) : Number.NaN;
  const to = f.dateTo ? dayOf(f.dateTo) : Number.NaN;
  const lo = Number.isNaN(from) ? -2147483648 : from;
  const hi = Number.isNaN(to) ? 2147483647 : to;
  let typeMask = 0;
  for (const t of f.types) typeMask |= 1 << (TYPE_INDEX.get(t) ?? 31);
  if (f.types.length === 0) typeMask = -1;
  let actorMask = 0;
  for (const a of f.actors) actorMask |= ACTOR_BIT.get(a) ?? 0;
  const anyActor = f.actors.length === 0;
  let precMask = 0;
  for (const p of f.precisions) precMask |= 1 << p;
  if (f.precisions.length === 0) precMask = -1;
  const minKilled = f.minKilled != null && f.minKilled > 0 ? f.minKilled : 0;
  const casualties = f.hasCasualties;
  // isCasualtyToll over the columns: an Other with no event and a figure (-1 is none). An index
  // without events (columns written before them) sees every Other with a figure as a toll.
  const tollType = f.noTolls ? TOLL_TYPE_INDEX : -1;
  const event = ix.event;
  // The events chosen, by code; none chosen keeps every incident, with an event or without.
  let eventSel: Uint8Array | null = null;
  if (f.events.length > 0) {
    eventSel = new Uint8Array(INCIDENT_EVENTS.length + 1);
    for (const e of f.events) eventSel[EVENT_CODE.get(e) ?? 0] = 1;
    // An unknown name (a link from a later version) chose code 0: it keeps no incident.
    eventSel[0] = 0;
  }
  let outletSel: Uint8Array | null = null;
  if (f.outlets.length > 0) {
    outletSel = new Uint8Array(ix.outletNames.length);
    for (const o of f.outlets) {
      const k = ix.outletNames.indexOf(o);
      if (k >= 0) outletSel[k] = 1;
    }
  }
  const area = f.area ? areaMask(ix, f.area, f.includeOverlapping, ctx) : null;
  const text = f.text ? searchMask(ix, f.text) : null;
  const textPending = !text && queryTerms(f.text).length > 0;
  // Searched, but only the place names: the reports are not loaded.
  const textPlacesOnly = !!text && !ix.text;

  const out = new Uint32Array(ix.n);
  const keep = new Uint8Array(ix.n);
  let count = 0;
  const { start, end, type, killed, injured, precision, outletStart, outletIds } = ix;
  const actors = ix.actorMask;
  for (let i = 0; i < ix.n; i++) {
    if (end[i]! < lo || start[i]! > hi) continue;
    if (((1 << type[i]!) & typeMask) === 0) continue;
    if (!anyActor && (actors[i]! & actorMask) === 0) continue;
    if (((1 << precision[i]!) & precMask) === 0) continue;
    if (casualties && killed[i]! <= 0 && injured[i]! <= 0) continue;
    if (minKilled > 0 && killed[i]! < minKilled) continue;
    if (type[i] === tollType && !event?.[i] && (killed[i]! >= 0 || injured[i]! >= 0)) continue;
    if (eventSel && eventSel[event?.[i] ?? 0] !== 1) continue;
    if (outletSel) {
      let ok = false;
      for (let k = outletStart[i]!; k < outletStart[i + 1]!; k++)
        if (outletSel[outletIds[k]!] === 1) {
          ok = true;
          break;
        }
      if (!ok) continue;
    }
    if (area && area[i] === 0) continue;
    if (text && text[i] === 0) continue;
    keep[i] = 1;
    out[count++] = i;
  }
  return { positions: out.subarray(0, count), mask: keep, count, textPending, textPlacesOnly };
}

/** True when no filter narrows anything. */
export function isEmptyFilter(f: Filters): boolean {
  return activeFilterCount(f) === 0;
}

/**
 * How many kinds of filter narrow the view (the date range counts once, casualties once).
 *
 * @example activeFilterCount({ ...NO_FILTERS, types: ['airstrike'], dateFrom: '2021-06-01' }) // 2
 */
export function activeFilterCount(f: Filters): number {
  return [
    !!f.dateFrom || !!f.dateTo,
    f.types.length > 0,
    f.actors.length > 0,
    f.events.length > 0,
    f.hasCasualties || (!!f.minKilled && f.minKilled > 0) || f.noTolls,
    f.outlets.length > 0,
    f.precisions.length > 0,
    !!f.area,
    queryTerms(f.text).length > 0,
  ].filter(Boolean).length;
}

/**
 * The incidents that pass every filter, in their original order. Pure: the store, the map, the
 * list, the counts, the timeline, the URL and the export all use this one definition of
 * "what is filtered". `ctx` supplies the reports (for outlet and text filters) and polygons (for
 * imprecise incidents and named regions); without it those filters see no reports or areas.
 */
export function filterIncidents(
  incidents: IncidentFeature[],
  f: Filters,
  ctx: FilterContext = {},
): IncidentFeature[] {
  const filters = { ...NO_FILTERS, ...f };
  if (isEmptyFilter(filters)) return incidents;
  const pos = filterPositions(incidents, filters, ctx);
  if (pos.length === incidents.length) return incidents;
  const out: IncidentFeature[] = new Array(pos.length);
  for (let k = 0; k < pos.length; k++) out[k] = incidents[pos[k]!]!;
  positionCache.set(out, pos);
  return out;
}

const positionCache = new WeakMap<IncidentFeature[], Uint32Array>();

/**
 * A 0/1 mask over `all` of the incidents in `subset` (a result of `filterIncidents(all, …)`),
 * without searching: the positions are remembered when the subset is made.
 */
export function maskOf(all: IncidentFeature[], subset: IncidentFeature[]): Uint8Array {
  const mask = new Uint8Array(all.length);
  if (subset === all) return mask.fill(1);
  const pos = positionCache.get(subset);
  if (pos) {
    for (let k = 0; k < pos.length; k++) mask[pos[k]!] = 1;
    return mask;
  }
  const wanted = new Set(subset);
  for (let i = 0; i < all.length; i++) if (wanted.has(all[i]!)) mask[i] = 1;
  return mask;
}
