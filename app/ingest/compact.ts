/**
 * The compact columnar form of `incidents.geojson`: what the map, the timeline and the filters
 * need, in one small binary file (`incidents.columns.bin`) that the app reads with zero-copy
 * typed-array views. Pure and isomorphic: the ingest CLI and the synthetic generator write it,
 * the app reads it (and builds it in memory when the file is missing).
 *
 * Layout (all little-endian):
 *
 *   bytes 0..3   magic `IAC1`
 *   bytes 4..7   uint32: byte length H of the JSON header
 *   bytes 8..    the header (UTF-8 JSON, padded with spaces so the first column starts at a
 *                multiple of 8), then each column of `header.columns` in order, each padded to 8
 *
 * The header holds the counts, the string tables (incident ids joined by `\n`, outlets, area ids,
 * places) and the column list `{ name, type, length }`. See docs/DATA.md.
 */
import {
  ACTORS,
  type Article,
  type Evidence,
  INCIDENT_EVENTS,
  INCIDENT_TYPES,
  type IncidentEvent,
  type IncidentProperties,
} from '../model';

/** What the columns are made of: an incident feature, or any record with these fields. */
export interface CompactIncident {
  geometry: Pick<GeoJSON.Point, 'coordinates'> | null;
  properties: Pick<
    IncidentProperties,
    | 'id'
    | 'type'
    | 'actors'
    | 'date'
    | 'dateEnd'
    | 'geoPrecision'
    | 'timePrecision'
    | 'fatalities'
    | 'injuries'
    | 'sources'
    | 'areaId'
    | 'placeId'
    | 'placeAr'
    | 'placeEn'
  > &
    Partial<Pick<IncidentProperties, 'event'>> & { evidence: Pick<Evidence, 'articleId'>[] };
}

export const COMPACT_FILE = 'incidents.columns.bin';
const MAGIC = 0x31434149; // 'IAC1' read as a little-endian uint32
/** Coordinates are stored as integer micro-degrees (about 0.1 m). */
export const COORD_SCALE = 1e6;
/** Start day of an incident without a valid date. */
export const NO_DAY = -2147483648;

type ColumnType = 'i32' | 'u32' | 'u16' | 'u8';
const ARRAYS = {
  i32: Int32Array,
  u32: Uint32Array,
  u16: Uint16Array,
  u8: Uint8Array,
} as const;

/** The columns, decoded: one entry per incident, in the order of `incidents.geojson`. */
export interface CompactColumns {
  count: number;
  /** Micro-degrees: `lon[i] / COORD_SCALE`. */
  lon: Int32Array;
  lat: Int32Array;
  /** Day number (days since 1970-01-01) of `date`, or NO_DAY. */
  start: Int32Array;
  /** `dateEnd - date` in days (0 for a single day or an invalid end; capped at 65535). */
  duration: Uint16Array;
  /** Index into INCIDENT_TYPES (unknown types are `other`). */
  type: Uint8Array;
  /**
   * 0 for none, else 1 + the index into INCIDENT_EVENTS: what lists name instead of the type (a
   * withdrawal). All 0 in files written before the column existed.
   */
  event: Uint8Array;
  /** Bit `1 << k` for ACTORS[k]. */
  actors: Uint16Array;
  geoPrecision: Uint8Array;
  timePrecision: Uint8Array;
  /** -1 when not stated. */
  fatalities: Int32Array;
  injuries: Int32Array;
  /** `sources`, capped at 255. */
  sources: Uint8Array;
  /** Index into `areaIds`, or -1. */
  area: Int32Array;
  /** Index into `places`. */
  place: Uint32Array;
  /** Outlets of each incident: `outletIds[outletStart[i] .. outletStart[i + 1])` (n + 1 entries). */
  outletStart: Uint32Array;
  outletIds: Uint16Array;
  outlets: string[];
  areaIds: string[];
  places: { id: string; ar: string; en: string }[];
  /** Incident ids, split on first use (1M ids are 20 MB of strings). */
  ids(): string[];
  /** Id of incident `i`, without splitting every id (what a list of 20 rows needs). */
  idAt(i: number): string;
  /** Position of incident `id`, or -1; found in the joined ids without splitting them. */
  positionOf(id: string): number;
  /** Incidents per details chunk (app/ingest/detailChunks.ts), or 0 when there are no chunks. */
  detailChunk: number;
}

interface Header {
  version: 1;
  count: number;
  ids: string;
  outlets: string[];
  areaIds: string[];
  places: [string, string, string][];
  columns: { name: string; type: ColumnType; length: number }[];
  /** Absent in files without details chunks (and in files written before they existed). */
  detailChunk?: number;
}

const TYPE_INDEX = new Map<string, number>(INCIDENT_TYPES.map((t, i) => [t, i]));
const OTHER = TYPE_INDEX.get('other')!;
const ACTOR_BIT = new Map<string, number>(ACTORS.map((a, i) => [a, 1 << i]));
/** An event's code in the `event` column: 1 + its index in INCIDENT_EVENTS (0 is none). */
export const EVENT_CODE: ReadonlyMap<string, number> = new Map(
  INCIDENT_EVENTS.map((e, i) => [e, i + 1]),
);

/**
 * The event an `event` column's code stands for (see CompactColumns.event).
 *
 * @example eventOfCode(1) // 'withdrawal'
 * @example eventOfCode(0) // undefined
 */
export function eventOfCode(code: number): IncidentEvent | undefined {
  return code > 0 ? INCIDENT_EVENTS[code - 1] : undefined;
}

/** Day number of `YYYY-MM-DD` (UTC), NaN when it is not a date. */
export function dayNumber(iso: string | undefined): number {
  if (!iso || iso.length < 10) return Number.NaN;
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (!(y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return Number.NaN;
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Grows typed columns as incidents are added, so the synthetic writer can stream 1M. */
class Grow<T extends Int32Array | Uint32Array | Uint16Array | Uint8Array> {
  n = 0;
  constructor(public a: T) {}
  push(x: number): void {
    if (this.n === this.a.length) {
      const b = new (this.a.constructor as new (n: number) => T)(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = x;
  }
  done(): T {
    return this.a.subarray(0, this.n) as T;
  }
}

/**
 * Builds the columns one article and one incident at a time. Add an incident's articles before
 * the incident (their outlets are looked up by evidence article id).
 *
 * @example
 * const b = new CompactBuilder();
 * for (const a of articles) b.addArticle(a);
 * for (const f of features) b.addIncident(f);
 * const bytes = b.encode();
 */
export class CompactBuilder {
  private readonly outletIndex = new Map<string, number>();
  private readonly outlets: string[] = [];
  private readonly articleOutlet = new Map<string, number>();
  private readonly areaIndex = new Map<string, number>();
  private readonly areaIds: string[] = [];
  private readonly placeIndex = new Map<string, number>();
  private readonly places: [string, string, string][] = [];
  private readonly days = new Map<string, number>();
  private ids: string[] = [];
  private readonly c = {
    lon: new Grow(new Int32Array(1024)),
    lat: new Grow(new Int32Array(1024)),
    start: new Grow(new Int32Array(1024)),
    duration: new Grow(new Uint16Array(1024)),
    type: new Grow(new Uint8Array(1024)),
    event: new Grow(new Uint8Array(1024)),
    actors: new Grow(new Uint16Array(1024)),
    geoPrecision: new Grow(new Uint8Array(1024)),
    timePrecision: new Grow(new Uint8Array(1024)),
    fatalities: new Grow(new Int32Array(1024)),
    injuries: new Grow(new Int32Array(1024)),
    sources: new Grow(new Uint8Array(1024)),
    area: new Grow(new Int32Array(1024)),
    place: new Grow(new Uint32Array(1024)),
    outletCount: new Grow(new Uint8Array(1024)),
    outletIds: new Grow(new Uint16Array(1024)),
  };

  addArticle(a: Pick<Article, 'id' | 'outlet'>): void {
    let o = this.outletIndex.get(a.outlet);
    if (o === undefined) {
      o = this.outlets.length;
      this.outletIndex.set(a.outlet, o);
      this.outlets.push(a.outlet);
    }
    this.articleOutlet.set(a.id, o);
  }

  private day(iso: string | undefined): number {
    if (!iso) return Number.NaN;
    let d = this.days.get(iso);
    if (d === undefined) {
      d = dayNumber(iso);
      this.days.set(iso, d);
    }
    return d;
  }

  addIncident(f: CompactIncident): void {
    const p = f.properties;
    const c = this.c;
    const xy = f.geometry?.coordinates;
    c.lon.push(Math.round((xy?.[0] ?? 0) * COORD_SCALE));
    c.lat.push(Math.round((xy?.[1] ?? 0) * COORD_SCALE));
    const s = this.day(p.date);
    const e = p.dateEnd ? this.day(p.dateEnd) : s;
    c.start.push(Number.isNaN(s) ? NO_DAY : s);
    c.duration.push(Number.isNaN(s) || Number.isNaN(e) || e < s ? 0 : Math.min(65535, e - s));
    c.type.push(TYPE_INDEX.get(p.type) ?? OTHER);
    c.event.push(p.event ? (EVENT_CODE.get(p.event) ?? 0) : 0);
    let mask = 0;
    for (const a of p.actors ?? []) mask |= ACTOR_BIT.get(a) ?? 0;
    c.actors.push(mask);
    c.geoPrecision.push(p.geoPrecision);
    c.timePrecision.push(p.timePrecision ?? 1);
    c.fatalities.push(p.fatalities ?? -1);
    c.injuries.push(p.injuries ?? -1);
    c.sources.push(Math.min(255, Math.max(0, p.sources ?? 0)));
    let area = -1;
    if (p.areaId) {
      area = this.areaIndex.get(p.areaId) ?? -1;
      if (area < 0) {
        area = this.areaIds.length;
        this.areaIndex.set(p.areaId, area);
        this.areaIds.push(p.areaId);
      }
    }
    c.area.push(area);
    let place = this.placeIndex.get(p.placeId);
    if (place === undefined) {
      place = this.places.length;
      this.placeIndex.set(p.placeId, place);
      this.places.push([p.placeId, p.placeAr, p.placeEn]);
    }
    c.place.push(place);
    const first = c.outletIds.n;
    for (const ev of p.evidence ?? []) {
      const o = this.articleOutlet.get(ev.articleId);
      if (o === undefined) continue;
      let seen = false;
      for (let k = first; k < c.outletIds.n; k++) if (c.outletIds.a[k] === o) seen = true;
      if (!seen && c.outletIds.n - first < 255) c.outletIds.push(o);
    }
    c.outletCount.push(c.outletIds.n - first);
    this.ids.push(p.id);
  }

  /** The file's bytes; `detailChunk`: incidents per details chunk, when chunks are written. */
  encode(detailChunk = 0): Uint8Array {
    const cols = Object.entries(this.c).map(([name, g]) => ({ name, data: g.done() }));
    const header: Header = {
      version: 1,
      count: this.ids.length,
      ids: this.ids.join('\n'),
      outlets: this.outlets,
      areaIds: this.areaIds,
      places: this.places,
      columns: cols.map(({ name, data }) => ({
        name,
        type: typeOf(data),
        length: data.length,
      })),
      ...(detailChunk > 0 ? { detailChunk } : {}),
    };
    let json = new TextEncoder().encode(JSON.stringify(header));
    const pad = (8 - ((8 + json.length) % 8)) % 8;
    if (pad > 0) {
      const padded = new Uint8Array(json.length + pad).fill(0x20);
      padded.set(json);
      json = padded;
    }
    let size = 8 + json.length;
    for (const { data } of cols) size += align8(data.byteLength);
    const out = new Uint8Array(size);
    const view = new DataView(out.buffer);
    view.setUint32(0, MAGIC, true);
    view.setUint32(4, json.length, true);
    out.set(json, 8);
    let at = 8 + json.length;
    for (const { data } of cols) {
      out.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), at);
      at += align8(data.byteLength);
    }
    return out;
  }
}

function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}

function typeOf(a: ArrayBufferView): ColumnType {
  if (a instanceof Int32Array) return 'i32';
  if (a instanceof Uint32Array) return 'u32';
  if (a instanceof Uint16Array) return 'u16';
  return 'u8';
}

/** The compact file of a dataset, in one call. */
export function buildCompact(
  features: readonly CompactIncident[],
  articles: Iterable<Pick<Article, 'id' | 'outlet'>>,
): Uint8Array {
  const b = new CompactBuilder();
  for (const a of articles) b.addArticle(a);
  for (const f of features) b.addIncident(f);
  return b.encode();
}

/**
 * Read the file: typed arrays are views into `buffer` (no copy). Throws on a file that is not
 * one (wrong magic, truncated).
 */
export function decodeCompact(buffer: ArrayBuffer): CompactColumns {
  if (buffer.byteLength < 8) throw new Error('compact columns: file too short');
  const view = new DataView(buffer);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('compact columns: not an IAC1 file');
  const h = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 8, h))) as Header;
  const cols: Record<string, ArrayBufferView> = {};
  let at = 8 + h;
  for (const c of header.columns) {
    const Ctor = ARRAYS[c.type];
    const bytes = c.length * Ctor.BYTES_PER_ELEMENT;
    if (at + bytes > buffer.byteLength) throw new Error(`compact columns: ${c.name} truncated`);
    cols[c.name] = new Ctor(buffer, at, c.length);
    at += align8(bytes);
  }
  const n = header.count;
  const count = cols.outletCount as Uint8Array;
  const outletStart = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) outletStart[i + 1] = outletStart[i]! + count[i]!;
  let ids: string[] | null = null;
  // Where each id starts in the joined ids (and n + 1: one past the end), found on first need.
  let starts: Uint32Array | null = null;
  const joined = header.ids;
  const startsOf = () => {
    if (!starts) {
      starts = new Uint32Array(n + 1);
      let at = 0;
      for (let k = 0; k < n; k++) {
        starts[k] = at;
        const nl = joined.indexOf('\n', at);
        at = nl < 0 ? joined.length + 1 : nl + 1;
      }
      starts[n] = joined.length + 1;
    }
    return starts;
  };
  return {
    count: n,
    lon: cols.lon as Int32Array,
    lat: cols.lat as Int32Array,
    start: cols.start as Int32Array,
    duration: cols.duration as Uint16Array,
    type: cols.type as Uint8Array,
    event: (cols.event as Uint8Array | undefined) ?? new Uint8Array(n),
    actors: cols.actors as Uint16Array,
    geoPrecision: cols.geoPrecision as Uint8Array,
    timePrecision: cols.timePrecision as Uint8Array,
    fatalities: cols.fatalities as Int32Array,
    injuries: cols.injuries as Int32Array,
    sources: cols.sources as Uint8Array,
    area: cols.area as Int32Array,
    place: cols.place as Uint32Array,
    outletStart,
    outletIds: cols.outletIds as Uint16Array,
    outlets: header.outlets,
    areaIds: header.areaIds,
    places: header.places.map(([id, ar, en]) => ({ id, ar, en })),
    ids: () => {
      ids ??= n === 0 ? [] : header.ids.split('\n');
      return ids;
    },
    idAt: (i) => {
      if (ids) return ids[i] ?? '';
      if (i < 0 || i >= n) return '';
      const s = startsOf();
      return joined.slice(s[i]!, s[i + 1]! - 1);
    },
    positionOf: (id) => {
      if (!id || id.includes('\n')) return -1;
      // A whole line of the joined ids: bounded by its start or a newline on each side.
      for (let at = joined.indexOf(id); at >= 0; at = joined.indexOf(id, at + 1)) {
        const end = at + id.length;
        if (
          (at === 0 || joined.charCodeAt(at - 1) === 10) &&
          (end === joined.length || joined.charCodeAt(end) === 10)
        ) {
          const s = startsOf();
          let lo = 0;
          let hi = n - 1;
          while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (s[mid]! <= at) lo = mid;
            else hi = mid - 1;
          }
          return lo;
        }
      }
      return -1;
    },
    detailChunk:
      Number.isInteger(header.detailChunk) && header.detailChunk! > 0 ? header.detailChunk! : 0,
  };
}
