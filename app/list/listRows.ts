import { type CompactColumns, NO_DAY } from '../ingest/compact';
import { INCIDENT_TYPES, type IncidentFeature, type IncidentProperties } from '../model';
import { columnOrder, featureOrder, type ListOrder, throughMask } from './listOrder';
import { newestFirst } from './newestFirst';

/** What a list row shows: the fields the features and the compact columns both have. */
export type ListRow = Pick<
  IncidentProperties,
  | 'id'
  | 'type'
  | 'geoPrecision'
  | 'placeAr'
  | 'placeEn'
  | 'date'
  | 'dateEnd'
  | 'timePrecision'
  | 'fatalities'
  | 'injuries'
>;

/**
 * Most rows the list holds: a list of a million rows cannot be read by scrolling, and the
 * virtualiser's bookkeeping grows with the row count on every filter change. Beyond this the
 * newest are listed, and the list says how many more the filters match.
 */
export const LIST_MAX = 100_000;

/** The list's rows in the chosen order, read one at a time (only the rows in view are ever built). */
export interface ListRows {
  /** Rows listed: at most `limit`. */
  length: number;
  at(k: number): ListRow;
  /** Row of incident `id`, or -1. */
  indexOf(id: string): number;
}

/** Rows from loaded features (`visible`, ordered against `all` and the filter mask). */
export function featureRows(
  visible: readonly IncidentFeature[],
  all?: readonly IncidentFeature[],
  mask?: Uint8Array,
  limit = LIST_MAX,
  order: ListOrder = 'newest',
): ListRows {
  let rows: IncidentFeature[];
  if (order === 'newest') rows = newestFirst(visible, all, mask);
  else if (all && (visible === all || mask?.length === all.length)) {
    const at = throughMask(
      featureOrder(all, order),
      visible === all ? undefined : mask,
      visible.length,
      limit,
    );
    rows = Array.from(at, (i) => all[i]!);
  } else rows = Array.from(featureOrder(visible, order), (i) => visible[i]!);
  if (rows.length > limit) rows = rows.slice(0, limit);
  return {
    length: rows.length,
    at: (k) => rows[k]!.properties,
    indexOf: (id) => rows.findIndex((f) => f.properties.id === id),
  };
}

/** Days of a dataset: bucket 0 is its newest day, `span` holds the undated. */
interface DayBuckets {
  max: number;
  span: number;
}

const dayBuckets = new WeakMap<CompactColumns, DayBuckets>();
const dayOrders = new WeakMap<CompactColumns, Uint32Array>();

function bucketsOf(c: CompactColumns): DayBuckets {
  let b = dayBuckets.get(c);
  if (b) return b;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < c.count; i++) {
    const d = c.start[i]!;
    if (d === NO_DAY) continue;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  b = { max, span: max >= min ? max - min + 1 : 0 };
  dayBuckets.set(c, b);
  return b;
}

/**
 * `positions` (ascending; every position when absent) newest start day first, ties in position
 * order, the first `limit`: a counting sort over days, since a comparison sort of 1M positions
 * takes a second.
 */
function byNewestDay(c: CompactColumns, positions: Uint32Array | null, limit: number): Uint32Array {
  const { max, span } = bucketsOf(c);
  const bucket = (d: number) => (d === NO_DAY ? span : max - d);
  const n = positions ? positions.length : c.count;
  const counts = new Uint32Array(span + 2);
  for (let j = 0; j < n; j++) counts[bucket(c.start[positions ? positions[j]! : j]!) + 1]!++;
  for (let b = 1; b < counts.length; b++) counts[b]! += counts[b - 1]!;
  const out = new Uint32Array(Math.min(n, limit));
  for (let j = 0; j < n; j++) {
    const i = positions ? positions[j]! : j;
    const at = counts[bucket(c.start[i]!)]!++;
    if (at < out.length) out[at] = i;
  }
  return out;
}

/** Every position newest first (once per dataset). */
function newestFirstPositions(c: CompactColumns): Uint32Array {
  let order = dayOrders.get(c);
  if (!order) {
    order = byNewestDay(c, null, c.count);
    dayOrders.set(c, order);
  }
  return order;
}

const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/**
 * Row `i` of the columns, as a list row: everything a row shows is in the columns, so a dataset
 * whose details are not loaded (1M incidents) still lists its incidents.
 *
 * @example rowFromColumns(columns, 0).placeEn // 'Saraqib'
 */
export function rowFromColumns(c: CompactColumns, i: number): ListRow {
  const place = c.places[c.place[i]!];
  const start = c.start[i]!;
  const date = start === NO_DAY ? '' : isoDay(start);
  const duration = c.duration[i]!;
  const fatalities = c.fatalities[i]!;
  const injuries = c.injuries[i]!;
  return {
    id: c.idAt(i),
    type: INCIDENT_TYPES[c.type[i]!] ?? 'other',
    geoPrecision: c.geoPrecision[i] as ListRow['geoPrecision'],
    placeAr: place?.ar ?? '',
    placeEn: place?.en ?? '',
    date,
    ...(duration > 0 && start !== NO_DAY ? { dateEnd: isoDay(start + duration) } : {}),
    timePrecision: c.timePrecision[i] as ListRow['timePrecision'],
    fatalities: fatalities < 0 ? null : fatalities,
    injuries: injuries < 0 ? null : injuries,
  };
}

/**
 * Rows from the compact columns: the incidents a filter kept (all when there is no filter),
 * newest first, the first `limit` of them. A narrow filter sorts just its positions; a wide
 * one walks the dataset's date order and stops at `limit`.
 */
export function columnRows(
  c: CompactColumns,
  kept?: { mask: Uint8Array; positions: Uint32Array },
  limit = LIST_MAX,
  order: ListOrder = 'newest',
): ListRows {
  let rows: Uint32Array;
  const everything = !kept || kept.positions.length === c.count;
  if (order !== 'newest')
    rows = throughMask(
      columnOrder(c, order),
      everything ? undefined : kept.mask,
      everything ? c.count : kept.positions.length,
      limit,
    );
  else if (everything) rows = newestFirstPositions(c).subarray(0, limit);
  else if (kept.positions.length * 4 < c.count) rows = byNewestDay(c, kept.positions, limit);
  else {
    const { mask } = kept;
    const order = newestFirstPositions(c);
    rows = new Uint32Array(Math.min(kept.positions.length, limit));
    let k = 0;
    for (let j = 0; j < order.length && k < rows.length; j++) {
      const i = order[j]!;
      if (mask[i] === 1) rows[k++] = i;
    }
  }
  return {
    length: rows.length,
    at: (k) => rowFromColumns(c, rows[k]!),
    indexOf: (id) => {
      const i = c.positionOf(id);
      return i < 0 ? -1 : rows.indexOf(i);
    },
  };
}
