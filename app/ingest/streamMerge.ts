/**
 * The cross-report merge of `mergeResults`, for corpora too large to hold in memory. Each file's
 * articles and incidents are written out (spooled) as canonical JSON as soon as they are made;
 * what stays in memory is a slim record per article and a row of columns per incident (what
 * merging, ordering, the articles' incident lists and the compact columns need: about a hundred
 * bytes). Only incidents that share a merge key with another are read back whole. The plan this
 * returns, written out, is byte for byte what `mergeResults` gives (tests check that).
 *
 * Pure: where records live is the caller's business, behind `SpoolRef` and `load`.
 */
import type {
  Article,
  IncidentEvent,
  IncidentFeature,
  IncidentProperties,
  IncidentType,
  TimePrecision,
} from '../model';
import type { GeoPrecision } from '../model/place';
import { CompactBuilder, type CompactIncident } from './compact';
import { detailChunkSize } from './detailChunks';
import { incidentKey, mergeIncidents } from './extract/merge';
import { foldRecaps } from './extract/recap';
import {
  articleOrder,
  clashRenames,
  type FileResult,
  type IngestOutput,
  idsByArticle,
  keepArticles,
  reportAndAreas,
} from './pipeline';

/** Where one record's bytes are: spool number, byte offset and byte length. */
export interface SpoolRef {
  spool: number;
  offset: number;
  length: number;
}

/**
 * One incident as a thread hands it over: primitives only, so a batch crosses between threads
 * cheaply. Actors are joined by `+`; null stands for a field the incident does not have.
 */
export type IncidentRow = [
  id: string,
  type: string,
  placeId: string,
  placeAr: string,
  placeEn: string,
  date: string,
  dateEnd: string | null,
  areaId: string | null,
  actors: string,
  lon: number,
  lat: number,
  geoPrecision: number,
  timePrecision: number,
  fatalities: number | null,
  injuries: number | null,
  sources: number,
  ref: SpoolRef,
  event: string | null,
];

/** An article as spooled: identity, outlet, where its JSON is, and its incidents' rows. */
export interface SpooledArticle {
  article: Pick<Article, 'id' | 'file' | 'outlet'>;
  /** The article's canonical JSON with an empty place where its `incidentIds` array goes. */
  ref: SpoolRef;
  /** Bytes from the record's start to where the `incidentIds` array goes. */
  idsAt: number;
  incidents: IncidentRow[];
}

/** A file's result with its articles and incidents spooled. */
export type SpooledResult = Omit<FileResult, 'articles'> & { articles: SpooledArticle[] };

/** An article once its incidents are rows `first .. first + count` of an `IncidentIndex`. */
export interface IndexedArticle extends Omit<SpooledArticle, 'incidents'> {
  first: number;
  count: number;
}

export type IndexedResult = Omit<FileResult, 'articles'> & { articles: IndexedArticle[] };

/**
 * The row of an incident feature spooled at `ref`.
 *
 * @example incidentRow(feature, { spool: 0, offset: 0, length: 812 })[0] // feature's id
 */
export function incidentRow(f: IncidentFeature, ref: SpoolRef): IncidentRow {
  const p = f.properties;
  const [lon, lat] = f.geometry.coordinates as [number, number];
  return [
    p.id,
    p.type,
    p.placeId,
    p.placeAr,
    p.placeEn,
    p.date,
    p.dateEnd ?? null,
    p.areaId ?? null,
    p.actors.join('+'),
    lon,
    lat,
    p.geoPrecision,
    p.timePrecision,
    p.fatalities,
    p.injuries,
    p.sources,
    ref,
    p.event ?? null,
  ];
}

/** Growable typed columns, one entry per incident row. */
function columns(size: number) {
  return {
    text: new Uint32Array(size * SLOTS),
    lon: new Float64Array(size),
    lat: new Float64Array(size),
    numbers: new Float64Array(size * 3),
    precision: new Uint8Array(size * 2),
    spool: new Uint16Array(size),
    offset: new Float64Array(size),
    length: new Uint32Array(size),
    article: new Uint32Array(size),
  };
}
type Columns = ReturnType<typeof columns>;

const NONE = 0xffffffff;
/** Shared by every result that has none: frozen, so no caller can fill it for all. */
const NOTHING: readonly never[] = Object.freeze([]);
const NO_NAMES: Record<string, number> = Object.freeze({}) as Record<string, number>;
/** Slots of `text`: indexes into the string table. */
const T = {
  type: 0,
  placeId: 1,
  placeAr: 2,
  placeEn: 3,
  date: 4,
  dateEnd: 5,
  areaId: 6,
  event: 7,
} as const;
/** Text slots per row. */
const SLOTS = Object.keys(T).length;

/**
 * Every incident of a run as rows of typed columns, strings interned (a few hundred place
 * names, dates and types repeat over hundreds of thousands of incidents). Rows are added
 * article by article, in the order results arrive.
 */
export class IncidentIndex {
  n = 0;
  private c: Columns = columns(1024);
  private readonly ids: string[] = [];
  private readonly strings: string[] = [];
  private readonly stringIndex = new Map<string, number>();
  private readonly actorLists: string[][] = [];
  private readonly actorIndex = new Map<string, number>();
  private readonly actorsOf: number[] = [];
  /** Article ids of the rows a merge made (their evidence spans several articles). */
  private readonly evidenceOf = new Map<number, string[]>();
  /** Articles in arrival order (`article` column). */
  readonly articles: IndexedArticle[] = [];
  /** By article: `articleIds` and `evidence` of its rows, made on first use. */
  private readonly ownIds: (readonly string[])[] = [];
  private readonly ownEvidence: (readonly { articleId: string }[])[] = [];

  private str(s: string | null): number {
    if (s === null) return NONE;
    let i = this.stringIndex.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.stringIndex.set(s, i);
    }
    return i;
  }

  private text(row: number, slot: number): string {
    return this.strings[this.c.text[row * SLOTS + slot]!]!;
  }

  private optionalText(row: number, slot: number): string | undefined {
    const i = this.c.text[row * SLOTS + slot]!;
    return i === NONE ? undefined : this.strings[i];
  }

  private grow(): void {
    const old = this.c;
    this.c = columns(old.lon.length * 2);
    for (const k of Object.keys(old) as (keyof Columns)[]) this.c[k].set(old[k] as never);
  }

  /**
   * Add one incident; returns its row. `article`: the index of the article it was read from,
   * or, for an incident a merge made, the ids of the articles its evidence cites.
   */
  addRow(r: IncidentRow, article: number | string[]): number {
    if (this.n === this.c.lon.length) this.grow();
    const i = this.n++;
    const c = this.c;
    const t = i * SLOTS;
    c.text[t + T.type] = this.str(r[1]);
    c.text[t + T.placeId] = this.str(r[2]);
    c.text[t + T.placeAr] = this.str(r[3]);
    c.text[t + T.placeEn] = this.str(r[4]);
    c.text[t + T.date] = this.str(r[5]);
    c.text[t + T.dateEnd] = this.str(r[6]);
    c.text[t + T.areaId] = this.str(r[7]);
    c.text[t + T.event] = this.str(r[17]);
    let a = this.actorIndex.get(r[8]);
    if (a === undefined) {
      a = this.actorLists.length;
      this.actorLists.push(r[8] === '' ? [] : r[8].split('+'));
      this.actorIndex.set(r[8], a);
    }
    this.actorsOf.push(a);
    this.ids.push(r[0]);
    c.lon[i] = r[9];
    c.lat[i] = r[10];
    c.precision[i * 2] = r[11];
    c.precision[i * 2 + 1] = r[12];
    // null as NaN: no count is NaN.
    c.numbers[i * 3] = r[13] ?? Number.NaN;
    c.numbers[i * 3 + 1] = r[14] ?? Number.NaN;
    c.numbers[i * 3 + 2] = r[15];
    c.spool[i] = r[16].spool;
    c.offset[i] = r[16].offset;
    c.length[i] = r[16].length;
    if (typeof article === 'number') c.article[i] = article;
    else {
      c.article[i] = NONE;
      this.evidenceOf.set(i, article);
    }
    return i;
  }

  /**
   * Index a file's result: its articles' rows go into the columns, the rows themselves go.
   * What stays is made small: the outlet interned, the file name shared, empty lists shared
   * (a hundred thousand files held a few hundred bytes each).
   */
  addResult(result: SpooledResult): IndexedResult {
    const articles = result.articles.map(({ incidents, article, ref, idsAt }) => {
      const entry: IndexedArticle = {
        article: {
          id: article.id,
          file: article.file === result.file ? result.file : article.file,
          outlet: this.strings[this.str(article.outlet)]!,
        },
        ref,
        idsAt,
        first: this.n,
        count: incidents.length,
      };
      const index = this.articles.length;
      this.articles.push(entry);
      for (const r of incidents) this.addRow(r, index);
      return entry;
    });
    const none = <T>(list: T[]): T[] => (list.length ? list : (NOTHING as unknown as T[]));
    return {
      file: result.file,
      articles,
      errors: none(result.errors),
      warnings: none(result.warnings),
      unresolved: Object.keys(result.unresolved).length ? result.unresolved : NO_NAMES,
      areas: none(result.areas),
    };
  }

  id(row: number): string {
    return this.ids[row]!;
  }

  /**
   * The ids of the articles the row's evidence cites, each once. Shared by the rows of one
   * article (read only): a new list per row was a tenth of the merge's time at 100k reports.
   */
  articleIds(row: number): readonly string[] {
    const merged = this.evidenceOf.get(row);
    if (merged) return merged;
    const a = this.c.article[row]!;
    let ids = this.ownIds[a];
    if (!ids) {
      ids = [this.articles[a]!.article.id];
      this.ownIds[a] = ids;
    }
    return ids;
  }

  /** The row's evidence as the compact columns read it: the cited articles' ids. */
  private evidence(row: number): readonly { articleId: string }[] {
    if (this.evidenceOf.has(row)) return this.articleIds(row).map((articleId) => ({ articleId }));
    const a = this.c.article[row]!;
    let list = this.ownEvidence[a];
    if (!list) {
      list = [{ articleId: this.articles[a]!.article.id }];
      this.ownEvidence[a] = list;
    }
    return list;
  }

  /**
   * The rows among `rows` that share a merge key with another, as lists in `rows` order. Rows
   * are compared by their interned strings of `mergeKey`'s fields (type, place, date, end
   * date): equal indexes are equal strings, and `mergeKey` tells apart exactly what differs,
   * so the groups are `mergeKey`'s. A sort of row numbers, not a map of a key string per
   * incident (a hundred megabytes at 100k reports).
   */
  sharedKeys(rows: readonly number[]): number[][] {
    const t = this.c.text;
    const n = this.strings.length + 1;
    // The four indexes packed in one number, exact while n⁴ < 2⁵³ (n: strings interned, a few
    // thousand here); past that, compared one by one.
    const packed = n ** 4 < 2 ** 53;
    const key = new Float64Array(packed ? rows.length : 0);
    for (let i = 0; i < key.length; i++) {
      const r = rows[i]! * SLOTS;
      const end = t[r + T.dateEnd]!;
      key[i] =
        ((t[r + T.type]! * n + t[r + T.placeId]!) * n + t[r + T.date]!) * n +
        (end === NONE ? n - 1 : end);
    }
    const slots = [T.type, T.placeId, T.date, T.dateEnd];
    const differ = packed
      ? (a: number, b: number) => key[a]! - key[b]!
      : (a: number, b: number) => {
          for (const s of slots) {
            const d = t[rows[a]! * SLOTS + s]! - t[rows[b]! * SLOTS + s]!;
            if (d !== 0) return d;
          }
          return 0;
        };
    const order = new Uint32Array(rows.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    order.sort((a, b) => differ(a, b) || a - b);
    const groups: number[][] = [];
    for (let i = 0; i < order.length; ) {
      let j = i + 1;
      while (j < order.length && differ(order[i]!, order[j]!) === 0) j++;
      if (j - i > 1) groups.push(Array.from(order.subarray(i, j), (k) => rows[k]!));
      i = j;
    }
    return groups;
  }

  /**
   * The rows `recapDays` may need among `rows`: those told over a span at a named town, and
   * those told on a day of the same type at the same town within one of those spans. Most runs
   * have no span at all, and then nothing is read back.
   */
  recapCandidates(rows: readonly number[]): number[] {
    const t = this.c.text;
    const p = this.c.precision;
    const n = this.strings.length;
    /** By type and place: the spans told there. */
    const spans = new Map<number, [start: string, end: string][]>();
    const spanRows: number[] = [];
    for (const row of rows) {
      const r = row * SLOTS;
      if (t[r + T.dateEnd] === NONE || p[row * 2] !== 1) continue;
      spanRows.push(row);
      const key = t[r + T.type]! * n + t[r + T.placeId]!;
      const span: [string, string] = [
        this.strings[t[r + T.date]!]!,
        this.strings[t[r + T.dateEnd]!]!,
      ];
      const list = spans.get(key);
      if (list) list.push(span);
      else spans.set(key, [span]);
    }
    if (!spanRows.length) return spanRows;
    const days: number[] = [];
    for (const row of rows) {
      const r = row * SLOTS;
      if (t[r + T.dateEnd] !== NONE || p[row * 2] !== 1) continue;
      const list = spans.get(t[r + T.type]! * n + t[r + T.placeId]!);
      if (!list) continue;
      const date = this.strings[t[r + T.date]!]!;
      if (list.some(([start, end]) => date >= start && date <= end)) days.push(row);
    }
    return [...spanRows, ...days];
  }

  /** Give the row another date, a day (a recap moved onto it): it then shares that day's key. */
  moveToDay(row: number, date: string): void {
    this.c.text[row * SLOTS + T.date] = this.str(date);
    this.c.text[row * SLOTS + T.dateEnd] = NONE;
  }

  /**
   * `rows` sorted as `sortIncidents` sorts incidents (by the string `incidentKey` makes), each
   * row's id given by `idOf`. The key is `date|place|type|` then the id. With no `|` inside those
   * fields, comparing two keys is comparing their fields in turn, each as `field|` (one such is
   * never a proper prefix of another). So each field's few thousand distinct strings are ranked
   * once, a row's prefix is a number made of its three ranks, and rows are sorted by that number
   * and then by id: no string per row (at 100k reports nearly every row's prefix is its own, and
   * building and sorting those strings took over a second).
   */
  outputOrder(rows: number[], idOf: (row: number) => string): number[] {
    const t = this.c.text;
    const dates = this.fieldRanks(rows, T.date);
    const places = this.fieldRanks(rows, T.placeId);
    const types = this.fieldRanks(rows, T.type);
    const n = rows.length;
    const prefixes = dates.size * places.size * types.size;
    if (!(dates.plain && places.plain && types.plain) || prefixes * n >= 2 ** 53) {
      // A `|` inside a field (or more rows than a number can pack): compare whole keys, as
      // sortIncidents does (stably).
      const keys = rows.map((row) => incidentKey({ ...this.orderFields(row), id: idOf(row) }));
      return rows
        .map((_, i) => i)
        .sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b))
        .map((i) => rows[i]!);
    }
    // Prefix number times n plus position, sorted as plain numbers (exact below 2⁵³): rows in
    // prefix order, ties in input order; then each run of one prefix is sorted by id.
    const prefix = new Float64Array(n);
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const r = rows[i]! * SLOTS;
      prefix[i] =
        (dates.rank[t[r + T.date]!]! * places.size + places.rank[t[r + T.placeId]!]!) * types.size +
        types.rank[t[r + T.type]!]!;
      packed[i] = prefix[i]! * n + i;
    }
    packed.sort();
    const order = Array.from(packed, (x) => x % n);
    for (let i = 0; i < n; ) {
      let j = i + 1;
      while (j < n && prefix[order[j]!] === prefix[order[i]!]) j++;
      if (j - i > 1) {
        const run = order.slice(i, j).sort((a, b) => {
          const ia = idOf(rows[a]!);
          const ib = idOf(rows[b]!);
          return ia < ib ? -1 : ia > ib ? 1 : a - b;
        });
        for (let k = 0; k < run.length; k++) order[i + k] = run[k]!;
      }
      i = j;
    }
    return order.map((i) => rows[i]!);
  }

  /**
   * The strings one text slot takes in `rows`, ranked as `incidentKey` orders them (each followed
   * by `|`): `rank[s]` for interned string `s`; `plain` when none holds a `|`.
   */
  private fieldRanks(rows: readonly number[], slot: number) {
    const t = this.c.text;
    const used = new Uint8Array(this.strings.length);
    for (const row of rows) used[t[row * SLOTS + slot]!] = 1;
    const keyed: { s: number; text: string }[] = [];
    for (let s = 0; s < used.length; s++)
      if (used[s]) keyed.push({ s, text: `${this.strings[s]!}|` });
    keyed.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    const rank = new Uint32Array(this.strings.length);
    keyed.forEach(({ s }, r) => {
      rank[s] = r;
    });
    const plain = keyed.every(({ text }) => text.indexOf('|') === text.length - 1);
    return { rank, size: keyed.length, plain };
  }

  /** What the output order of the row is decided by (see `incidentKey`). */
  orderFields(row: number): Pick<IncidentProperties, 'date' | 'placeId' | 'type' | 'id'> {
    return {
      date: this.text(row, T.date),
      placeId: this.text(row, T.placeId),
      type: this.text(row, T.type) as IncidentType,
      id: this.ids[row]!,
    };
  }

  ref(row: number): SpoolRef {
    return { spool: this.c.spool[row]!, offset: this.c.offset[row]!, length: this.c.length[row]! };
  }

  private eventOf(row: number): { event?: IncidentEvent } {
    const event = this.optionalText(row, T.event);
    return event === undefined ? {} : { event: event as IncidentEvent };
  }

  /** The row as the compact columns read it. */
  view(row: number): CompactIncident {
    const c = this.c;
    const count = (x: number) => (Number.isNaN(x) ? null : x);
    return {
      geometry: { coordinates: [c.lon[row]!, c.lat[row]!] },
      properties: {
        id: this.ids[row]!,
        type: this.text(row, T.type) as IncidentType,
        placeId: this.text(row, T.placeId),
        placeAr: this.text(row, T.placeAr),
        placeEn: this.text(row, T.placeEn),
        date: this.text(row, T.date),
        dateEnd: this.optionalText(row, T.dateEnd),
        areaId: this.optionalText(row, T.areaId),
        actors: this.actorLists[this.actorsOf[row]!]! as CompactIncident['properties']['actors'],
        geoPrecision: c.precision[row * 2]! as GeoPrecision,
        timePrecision: c.precision[row * 2 + 1]! as TimePrecision,
        fatalities: count(c.numbers[row * 3]!),
        injuries: count(c.numbers[row * 3 + 1]!),
        sources: c.numbers[row * 3 + 2]!,
        evidence: this.evidence(row) as { articleId: string }[],
        ...this.eventOf(row),
      },
    };
  }
}

/** What to write: articles and incidents in output order, and the other files whole. */
export interface StreamPlan {
  articles: { entry: IndexedArticle; incidentIds: string[] }[];
  incidentCount: number;
  /** The i-th incident in output order: where its bytes are spooled, or the feature itself when renamed. */
  incident(i: number): { ref: SpoolRef } | { full: IncidentFeature };
  /** Ids of the reports the i-th incident cites. */
  incidentArticles(i: number): readonly string[];
  /** Incidents per details chunk, 0 for none (app/ingest/detailChunks.ts). */
  detailChunk: number;
  compact: Uint8Array;
  areas: IngestOutput['areas'];
  report: IngestOutput['report'];
}

/** Where the merge puts the incidents it makes, so that they too are rows, not objects. */
export interface Spill {
  put(f: IncidentFeature): SpoolRef;
  /** Called before anything put is read back through `load`. */
  flush(): void;
}

/**
 * Merge indexed results as `mergeResults` merges full ones. `load` reads a spooled incident
 * back; it is called only for incidents that share a merge key with another, or whose id
 * clashes. What a merge makes goes to `spill` and becomes a row, so the plan of 400k incidents
 * is a few megabytes.
 *
 * `forcedChunk`: incidents per details chunk whatever the size (tests, demos; see detailChunks.ts).
 *
 * @example mergeIndexed(parts, index, (ref) => JSON.parse(readRecord(ref)), spill).incidentCount
 */
export function mergeIndexed(
  parts: IndexedResult[],
  index: IncidentIndex,
  load: (ref: SpoolRef) => IncidentFeature,
  spill: Spill,
  forcedChunk?: number,
): StreamPlan {
  const keep = keepArticles(parts);
  const entries = articleOrder(keep.kept);
  const outlets = new Map(entries.map((e) => [e.article.id, e.article.outlet]));
  // Rows in mergeResults' input order (kept articles as first seen, each one's incidents in
  // order): mergeIncidents sorts stably, so each group then merges as it would there.
  const rows: number[] = [];
  for (const e of keep.kept.values())
    for (let row = e.first; row < e.first + e.count; row++) rows.push(row);
  const outletOf = (id: string) => outlets.get(id) ?? '';
  // Recaps moved onto their day first, as mergeResults does (`foldRecaps`): each then shares
  // that day's merge key, and is never kept as spooled (its bytes tell the span).
  const folds = new Map<number, IncidentFeature>();
  const candidates = index.recapCandidates(rows);
  if (candidates.length) {
    const whole = candidates.map((row) => load(index.ref(row)));
    foldRecaps(whole, outletOf).forEach((f, k) => {
      if (f === whole[k]) return;
      folds.set(candidates[k]!, f);
      index.moveToDay(candidates[k]!, f.properties.date);
    });
  }
  const shared = index.sharedKeys(rows);
  const gone = new Set<number>();
  const made: number[] = [];
  for (const list of shared) {
    const whole = list.map((row) => folds.get(row) ?? load(index.ref(row)));
    const merged = mergeIncidents(whole, outletOf, true);
    // An incident no other joined comes back as the very object given: its bytes stay spooled,
    // unless it is a recap moved onto its day.
    const stays = new Set(merged.map((f) => whole.indexOf(f)));
    list.forEach((row, k) => {
      if (!stays.has(k) || folds.has(row)) gone.add(row);
    });
    for (const f of merged) {
      const k = whole.indexOf(f);
      if (k >= 0 && !folds.has(list[k]!)) continue;
      const articleIds = [...new Set(f.properties.evidence.map((e) => e.articleId))];
      made.push(index.addRow(incidentRow(f, spill.put(f)), articleIds));
    }
  }
  shared.length = 0;
  spill.flush();
  const out = rows.filter((row) => !gone.has(row));
  for (const row of made) out.push(row);
  /** Rows renamed for a clashing id, held whole (a hash collision: next to never). */
  const renamed = new Map<number, IncidentFeature>();
  const idOf = (row: number) =>
    renamed.size === 0 ? index.id(row) : (renamed.get(row)?.properties.id ?? index.id(row));
  const sortOut = () => {
    const sorted = index.outputOrder(out, idOf);
    for (let i = 0; i < out.length; i++) out[i] = sorted[i]!;
  };
  sortOut();
  for (const [i, id] of clashRenames(out.map((row) => index.id(row)))) {
    const f = load(index.ref(out[i]!));
    renamed.set(out[i]!, { ...f, properties: { ...f.properties, id } });
  }
  if (renamed.size) sortOut();
  const idsOf = idsByArticle(out.map((row) => [idOf(row), index.articleIds(row)] as const));
  const compact = new CompactBuilder();
  for (const e of entries) compact.addArticle(e.article);
  for (const row of out) compact.addIncident(renamed.get(row) ?? index.view(row));
  const { report, areas } = reportAndAreas(keep, {
    articles: entries.length,
    incidents: out.length,
  });
  const detailChunk = detailChunkSize(out.length, forcedChunk);
  return {
    articles: entries.map((entry) => ({
      entry,
      incidentIds: idsOf.get(entry.article.id) ?? [],
    })),
    incidentCount: out.length,
    incident: (i) => {
      const row = out[i]!;
      const f = renamed.get(row);
      return f ? { full: f } : { ref: index.ref(row) };
    },
    incidentArticles: (i) => index.articleIds(out[i]!),
    detailChunk,
    compact: compact.encode(detailChunk),
    areas,
    report,
  };
}
