import { type CompactColumns, NO_DAY } from '../ingest/compact';
import { INCIDENT_TYPES, type IncidentFeature, type IncidentProperties } from '../model';
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

/** The list's rows, newest first, read one at a time (only the rows in view are ever built). */
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
): ListRows {
  let rows = newestFirst(visible, all, mask);
  if (rows.length > limit) rows = rows.slice(0, limit);
  return {
    length: rows.length,
    at: (k) => rows[k]!.properties,
    indexOf: (id) => rows.findIndex((f) => f.properties.id === id),
  };
}

const dayOrders = new WeakMap<CompactColumns, Uint32Array>();

/**
 * Positions of the columns, newest start day first, ties in position order: a counting sort over
 * days (one pass each way, once per dataset), since a comparison sort of 1M positions takes a
 * second. Incidents without a date go last.
 */
function newestFirstPositions(c: CompactColumns): Uint32Array {
  let order = dayOrders.get(c);
  if (order) return order;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < c.count; i++) {
    const d = c.start[i]!;
    if (d === NO_DAY) continue;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const span = max >= min ? max - min + 1 : 0;
  // Bucket 0 is the newest day; the last bucket holds the undated.
  const counts = new Uint32Array(span + 2);
  const bucket = (d: number) => (d === NO_DAY ? span : max - d);
  for (let i = 0; i < c.count; i++) counts[bucket(c.start[i]!) + 1]!++;
  for (let b = 1; b < counts.length; b++) counts[b]! += counts[b - 1]!;
  order = new Uint32Array(c.count);
  for (let i = 0; i < c.count; i++) order[counts[bucket(c.start[i]!)]!++] = i;
  dayOrders.set(c, order);
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
    id: c.ids()[i]!,
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
 * Rows from the compact columns: the positions the mask keeps (all when there is no mask),
 * newest first, the first `limit` of them (the walk down the date order stops there).
 */
export function columnRows(c: CompactColumns, mask?: Uint8Array, limit = LIST_MAX): ListRows {
  const order = newestFirstPositions(c);
  let rows: Uint32Array;
  if (!mask) rows = order.subarray(0, limit);
  else {
    rows = new Uint32Array(Math.min(c.count, limit));
    let k = 0;
    for (let j = 0; j < order.length && k < rows.length; j++) {
      const i = order[j]!;
      if (mask[i] === 1) rows[k++] = i;
    }
    rows = rows.subarray(0, k);
  }
  return {
    length: rows.length,
    at: (k) => rowFromColumns(c, rows[k]!),
    // A scan of the listed rows (100k at most): no id → position map for a million ids.
    indexOf: (id) => {
      const ids = c.ids();
      for (let k = 0; k < rows.length; k++) if (ids[rows[k]!] === id) return k;
      return -1;
    },
  };
}
