import { type AreaSelection, type BBox, type Filters, NO_FILTERS } from '../derive/filters';
import type { Lang } from '../i18n/messages';
import { LIST_ORDERS, type ListOrder } from '../list/listOrder';
import {
  ACTORS,
  type Actor,
  type GeoPrecision,
  INCIDENT_EVENTS,
  INCIDENT_TYPES,
  type IncidentEvent,
  type IncidentType,
} from '../model';
import { isIsoDate } from '../timeline/time';

/**
 * A part of a link that names a known key but a value this version cannot read (a typo, a
 * link from a newer version): left out, and shown to the reader so the view they get is not
 * silently wider than the one they were sent. Unknown keys are not listed (trackers add them).
 */
export interface UnreadPart {
  key: string;
  /**
   * The value as written, when it is safe to show back (see `shown`); for `key` '' (the whole
   * link), its length.
   */
  value?: string;
}

/** Where the map looks. */
export interface MapPosition {
  lon: number;
  lat: number;
  zoom: number;
}

/** Everything a shared link reproduces. */
export interface ViewState {
  filters: Filters;
  selectedId: string | null;
  map: MapPosition | null;
  lang: Lang;
  /** The list's order; newest first when absent. */
  order: ListOrder;
}

/**
 * URL format: ordinary query parameters, readable and hand-editable, defaults left out.
 *
 * | key | value |
 * |---|---|
 * | `from`, `to` | `YYYY-MM-DD` |
 * | `type`, `actor`, `prec` | comma lists |
 * | `cas` | `1`: only incidents with casualties |
 * | `kmin` | minimum killed |
 * | `outlet` | repeated, one outlet each |
 * | `area` | `poly:lon,lat;lon,lat;…` · `bbox:w,s,e,n` · `region:<id>` · `view` |
 * | `overlap` | `0`: imprecise incidents count by their point only |
 * | `q` | text search |
 * | `sel` | selected incident id |
 * | `map` | `zoom/lat/lon` |
 * | `lang` | `ar` or `en` |
 * | `order` | the list's order: `oldest` or `killed` (newest first when absent) |
 */
export const LIMITS = {
  url: 8000,
  text: 200,
  outlets: 50,
  outlet: 200,
  vertices: 500,
  id: 200,
};

const round = (x: number, d: number) => {
  const k = 10 ** d;
  return String(Math.round(x * k) / k);
};

export function encodeView(state: Partial<ViewState>): string {
  const p = new URLSearchParams();
  const f = { ...NO_FILTERS, ...state.filters };
  if (f.dateFrom) p.set('from', f.dateFrom);
  if (f.dateTo) p.set('to', f.dateTo);
  if (f.types.length) p.set('type', f.types.join(','));
  if (f.actors.length) p.set('actor', f.actors.join(','));
  if (f.events.length) p.set('event', f.events.join(','));
  if (f.precisions.length) p.set('prec', [...f.precisions].sort().join(','));
  if (f.hasCasualties) p.set('cas', '1');
  if (f.minKilled != null && f.minKilled > 0) p.set('kmin', String(f.minKilled));
  if (f.noTolls) p.set('tolls', 'out');
  for (const o of f.outlets) p.append('outlet', o);
  if (f.area) p.set('area', encodeArea(f.area));
  if (!f.includeOverlapping) p.set('overlap', '0');
  if (f.text) p.set('q', f.text);
  if (state.selectedId) p.set('sel', state.selectedId);
  if (state.map) {
    const { zoom, lat, lon } = state.map;
    p.set('map', `${round(zoom, 2)}/${round(lat, 5)}/${round(lon, 5)}`);
  }
  if (state.lang) p.set('lang', state.lang);
  if (state.order && state.order !== 'newest') p.set('order', state.order);
  return readableQuery(p);
}

/** A query string with commas, slashes, colons and semicolons left readable (they are safe there). */
export function readableQuery(p: URLSearchParams): string {
  return p
    .toString()
    .replace(/%2C/g, ',')
    .replace(/%2F/g, '/')
    .replace(/%3A/g, ':')
    .replace(/%3B/g, ';');
}

/** An area as the `area` parameter writes it. */
export function encodeArea(a: AreaSelection): string {
  switch (a.kind) {
    case 'polygon':
      return `poly:${a.ring.map(([x, y]) => `${round(x, 5)},${round(y, 5)}`).join(';')}`;
    case 'bbox':
      return `bbox:${a.bbox.map((v) => round(v, 5)).join(',')}`;
    case 'region':
      return `region:${a.id}`;
    case 'view':
      return 'view';
  }
}

/** True when the text has a control character (never legitimate in a filter value). */
export function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

/**
 * Read a view from a query string (with or without `?`). Never throws: every field is checked
 * and a field that is malformed, out of range or too long is left out (so it takes its default);
 * unknown keys are ignored; a URL longer than `LIMITS.url` is ignored altogether.
 */
export function decodeView(search: string): Partial<ViewState> {
  return readView(search).view;
}

/**
 * `decodeView`, and the parts of known keys it left out. A comma list keeps the values it knows
 * (`type=airstrike,bogus` filters by airstrikes) and lists the others.
 *
 * @example readView('type=airstrike,bogus').unread // [{ key: 'type', value: 'bogus' }]
 */
export function readView(search: string): { view: Partial<ViewState>; unread: UnreadPart[] } {
  const out: Partial<ViewState> = {};
  const unread: UnreadPart[] = [];
  const skip = (key: string, value: string | null) => {
    // An empty value asks for nothing: left out without a word, as an absent key.
    if (!value) return;
    const v = shown(value);
    unread.push(v === undefined ? { key } : { key, value: v });
  };
  try {
    if (typeof search !== 'string') return { view: out, unread };
    if (search.length > LIMITS.url) {
      unread.push({ key: '', value: String(search.length) });
      return { view: out, unread };
    }
    const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
    const filters: Partial<Filters> = {};
    const from = p.get('from');
    if (isIsoDate(from)) filters.dateFrom = from;
    else skip('from', from);
    const to = p.get('to');
    if (isIsoDate(to)) filters.dateTo = to;
    else skip('to', to);
    if (filters.dateFrom && filters.dateTo && filters.dateFrom > filters.dateTo) {
      skip('from', filters.dateFrom);
      skip('to', filters.dateTo);
      delete filters.dateFrom;
      delete filters.dateTo;
    }
    const types = list(p.get('type'), INCIDENT_TYPES, (v) => skip('type', v));
    if (types) filters.types = types as IncidentType[];
    const actors = list(p.get('actor'), ACTORS, (v) => skip('actor', v));
    if (actors) filters.actors = actors as Actor[];
    const events = list(p.get('event'), INCIDENT_EVENTS, (v) => skip('event', v));
    if (events) filters.events = events as IncidentEvent[];
    const prec = list(p.get('prec'), ['1', '2', '3'] as const, (v) => skip('prec', v));
    if (prec) filters.precisions = prec.map(Number) as GeoPrecision[];
    const cas = p.get('cas');
    if (cas === '1') filters.hasCasualties = true;
    else skip('cas', cas);
    const kmin = p.get('kmin');
    if (kmin && /^\d{1,6}$/.test(kmin) && Number(kmin) > 0) filters.minKilled = Number(kmin);
    else skip('kmin', kmin);
    const tolls = p.get('tolls');
    if (tolls === 'out') filters.noTolls = true;
    else skip('tolls', tolls);
    const written = p.getAll('outlet');
    const outlets = written.filter(
      (o) => o.trim().length > 0 && o.length <= LIMITS.outlet && !hasControl(o),
    );
    for (const o of written) if (!outlets.includes(o)) skip('outlet', o);
    if (outlets.length > 0 && outlets.length <= LIMITS.outlets)
      filters.outlets = [...new Set(outlets)];
    else if (outlets.length > LIMITS.outlets) skip('outlet', String(outlets.length));
    const areaText = p.get('area');
    const area = decodeArea(areaText);
    if (area) filters.area = area;
    else skip('area', areaText);
    const overlap = p.get('overlap');
    if (overlap === '0') filters.includeOverlapping = false;
    else skip('overlap', overlap);
    const q = p.get('q');
    if (q && q.length <= LIMITS.text && !hasControl(q)) filters.text = q;
    else if (q) skip('q', q);
    if (Object.keys(filters).length > 0) out.filters = { ...NO_FILTERS, ...filters };
    const sel = p.get('sel');
    if (sel && sel.length <= LIMITS.id && /^[\w.:-]+$/.test(sel)) out.selectedId = sel;
    else skip('sel', sel);
    const mapText = p.get('map');
    const map = decodeMap(mapText);
    if (map) out.map = map;
    else skip('map', mapText);
    const lang = p.get('lang');
    if (lang === 'ar' || lang === 'en') out.lang = lang;
    else skip('lang', lang);
    const order = p.get('order');
    if ((LIST_ORDERS as readonly (string | null)[]).includes(order)) out.order = order as ListOrder;
    else skip('order', order);
  } catch {
    return { view: {}, unread: [] };
  }
  return { view: out, unread };
}

/**
 * A value as the reader may be shown it: short and of the characters links and filter values
 * are made of, with no space. Anything else (markup, a sentence) is not shown back, only its
 * key: a link must not be able to put words of its own on the page.
 */
function shown(value: string): string | undefined {
  return SHOWABLE.test(value) ? value : undefined;
}
const SHOWABLE = /^[A-Za-z0-9_.:,;/+-]{1,40}$/;

/**
 * The allowed items of a comma list, de-duplicated in the allowed order (null when none is);
 * each other item is handed to `unknown`.
 */
function list<T extends string>(
  raw: string | null,
  allowed: readonly T[],
  unknown: (item: string) => void,
): T[] | null {
  if (!raw) return null;
  if (raw.length > 500) {
    unknown(raw);
    return null;
  }
  const items = new Set(raw.split(','));
  for (const i of items) if (!(allowed as readonly string[]).includes(i)) unknown(i);
  const known = allowed.filter((a) => items.has(a));
  return known.length > 0 ? known : null;
}

const NUM = /^-?\d{1,3}(\.\d{1,10})?$/;

function num(s: string | undefined, min: number, max: number): number | null {
  if (s === undefined || !NUM.test(s)) return null;
  const x = Number(s);
  return Number.isFinite(x) && x >= min && x <= max ? x : null;
}

function decodeArea(raw: string | null): AreaSelection | null {
  if (!raw) return null;
  if (raw === 'view') return { kind: 'view', bbox: null };
  const colon = raw.indexOf(':');
  if (colon < 0) return null;
  const kind = raw.slice(0, colon);
  const rest = raw.slice(colon + 1);
  if (kind === 'region') {
    return rest.length > 0 && rest.length <= LIMITS.id && /^[\w.-]+$/.test(rest)
      ? { kind: 'region', id: rest }
      : null;
  }
  if (kind === 'bbox') {
    const parts = rest.split(',');
    if (parts.length !== 4) return null;
    const w = num(parts[0], -180, 180);
    const s = num(parts[1], -90, 90);
    const e = num(parts[2], -180, 180);
    const n = num(parts[3], -90, 90);
    if (w === null || s === null || e === null || n === null || w >= e || s >= n) return null;
    return { kind: 'bbox', bbox: [w, s, e, n] as BBox };
  }
  if (kind === 'poly') {
    const pts = rest.split(';');
    if (pts.length < 3 || pts.length > LIMITS.vertices) return null;
    const ring: [number, number][] = [];
    for (const pt of pts) {
      const [xs, ys, extra] = pt.split(',');
      if (extra !== undefined) return null;
      const x = num(xs, -180, 180);
      const y = num(ys, -90, 90);
      if (x === null || y === null) return null;
      ring.push([x, y]);
    }
    return { kind: 'polygon', ring };
  }
  return null;
}

function decodeMap(raw: string | null): MapPosition | null {
  if (!raw || raw.length > 60) return null;
  const [zs, las, los, extra] = raw.split('/');
  if (extra !== undefined) return null;
  const zoom = num(zs, 0, 24);
  const lat = num(las, -85, 85);
  const lon = num(los, -180, 180);
  if (zoom === null || lat === null || lon === null) return null;
  return { zoom, lat, lon };
}
