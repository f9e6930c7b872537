import { type CompactColumns, eventOfCode, NO_DAY } from '../ingest/compact';
import { ACTORS, INCIDENT_TYPES, type IncidentFeature, type IncidentProperties } from '../model';
import {
  byNewestDay,
  columnOrder,
  type ListOrder,
  orderedPositions,
  throughMask,
} from './listOrder';

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
> &
  /**
   * Who acted: the place picker tells apart incidents of one type, day and place by them. What
   * happened, where the type would mislead (a withdrawal): named instead of the type.
   */
  Partial<Pick<IncidentProperties, 'actors' | 'event'>>;

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
  // Positions, not an array of the features: a filter change at 100k incidents would build one
  // of tens of thousands for the few rows in view.
  const { from, at } = orderedPositions(visible, order, all, mask, limit);
  return {
    length: at.length,
    at: (k) => from[at[k]!]!.properties,
    indexOf: (id) => {
      for (let k = 0; k < at.length; k++) if (from[at[k]!]!.properties.id === id) return k;
      return -1;
    },
  };
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
    // The columns keep actors as a bit per actor, in ACTORS' order (app/ingest/compact.ts).
    actors: ACTORS.filter((_, b) => (c.actors[i]! >> b) & 1),
    ...(c.event[i] ? { event: eventOfCode(c.event[i]!) } : {}),
  };
}

/**
 * Rows from the compact columns: the incidents a filter kept (all when there is no filter),
 * in `order`, the first `limit` of them: the dataset's order walked through the filter's mask.
 */
export function columnRows(
  c: CompactColumns,
  kept?: { mask: Uint8Array; positions: Uint32Array },
  limit = LIST_MAX,
  order: ListOrder = 'newest',
): ListRows {
  const everything = !kept || kept.positions.length === c.count;
  // Newest first through a narrow filter: sorting just its positions beats walking a million.
  const rows =
    order === 'newest' && !everything && kept.positions.length * 4 < c.count
      ? byNewestDay(c, kept.positions, limit)
      : throughMask(
          columnOrder(c, order),
          everything ? undefined : kept.mask,
          everything ? c.count : kept.positions.length,
          limit,
        );
  return {
    length: rows.length,
    at: (k) => rowFromColumns(c, rows[k]!),
    indexOf: (id) => {
      const i = c.positionOf(id);
      return i < 0 ? -1 : rows.indexOf(i);
    },
  };
}
