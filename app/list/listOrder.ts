/**
 * The orders the list can show: newest first (the default), oldest first, and most killed first
 * (the question "which were the deadliest incidents in this period and area?"). Each is a
 * permutation of a dataset's positions, made once per dataset and order, for the features and
 * for the compact columns alike; a filter change then walks it through the filter's mask.
 */
import { type CompactColumns, NO_DAY } from '../ingest/compact';
import type { IncidentFeature } from '../model';

export const LIST_ORDERS = ['newest', 'oldest', 'killed'] as const;
export type ListOrder = (typeof LIST_ORDERS)[number];

/**
 * Sort keys of one dataset, by position: the day (NaN when undated) and the death toll (-1 when
 * not reported). Ties always fall back to newest first, then position, in every order.
 */
interface Keys {
  n: number;
  day: (i: number) => number;
  killed: (i: number) => number;
}

/** Most killed first, unreported last; ties newest first, then by position. */
function byKilled(k: Keys): (a: number, b: number) => number {
  const newest = byDay(k, -1);
  return (a, b) => k.killed(b) - k.killed(a) || newest(a, b);
}

/** By day, oldest first (`dir` 1) or newest first (-1), undated last; ties by position. */
function byDay(k: Keys, dir: 1 | -1): (a: number, b: number) => number {
  return (a, b) => {
    const da = k.day(a);
    const db = k.day(b);
    if (da === db || (Number.isNaN(da) && Number.isNaN(db))) return a - b;
    if (Number.isNaN(da)) return 1;
    if (Number.isNaN(db)) return -1;
    return dir * (da - db);
  };
}

function sortedPositions(k: Keys, order: ListOrder): Uint32Array {
  const cmp = order === 'killed' ? byKilled(k) : byDay(k, order === 'oldest' ? 1 : -1);
  return Uint32Array.from({ length: k.n }, (_, i) => i).sort(cmp);
}

const featureOrders = new WeakMap<readonly IncidentFeature[], Map<ListOrder, Uint32Array>>();
const columnOrders = new WeakMap<CompactColumns, Map<ListOrder, Uint32Array>>();

function cached<K extends object>(
  store: WeakMap<K, Map<ListOrder, Uint32Array>>,
  key: K,
  order: ListOrder,
  make: () => Uint32Array,
): Uint32Array {
  let byOrder = store.get(key);
  if (!byOrder) {
    byOrder = new Map();
    store.set(key, byOrder);
  }
  let positions = byOrder.get(order);
  if (!positions) {
    positions = make();
    byOrder.set(order, positions);
  }
  return positions;
}

/**
 * Positions of `features` in `order` (made once per array and order).
 *
 * @example featureOrder(all, 'killed')[0] // position of the deadliest incident
 */
export function featureOrder(features: readonly IncidentFeature[], order: ListOrder): Uint32Array {
  return cached(featureOrders, features, order, () => {
    // Day numbers from the ISO dates (they sort as strings, but numbers compare faster).
    const days = features.map((f) => Date.parse(f.properties.date) / 86_400_000);
    const killed = order === 'killed' ? features.map((f) => f.properties.fatalities ?? -1) : [];
    return sortedPositions(
      { n: features.length, day: (i) => days[i]!, killed: (i) => killed[i]! },
      order,
    );
  });
}

/**
 * Positions of the columns in `order` (made once per dataset and order). Newest first is a
 * counting sort over days; at a million incidents the other sorts take 0.15 s (oldest) to 0.45 s
 * (most killed) in Node here, once, when a reader first picks the order; each filter change
 * after that walks it in about 10 ms.
 */
export function columnOrder(c: CompactColumns, order: ListOrder): Uint32Array {
  return cached(columnOrders, c, order, () =>
    order === 'newest'
      ? byNewestDay(c, null, c.count)
      : sortedPositions(
          {
            n: c.count,
            day: (i) => (c.start[i] === NO_DAY ? Number.NaN : c.start[i]!),
            killed: (i) => c.fatalities[i]!,
          },
          order,
        ),
  );
}

/**
 * The first `limit` positions of `order` that the mask keeps (all when there is no mask).
 *
 * @example throughMask(featureOrder(all, 'oldest'), result.mask, 100)
 */
export function throughMask(
  order: Uint32Array,
  mask: Uint8Array | undefined,
  count: number,
  limit: number,
): Uint32Array {
  if (!mask) return order.subarray(0, limit);
  const out = new Uint32Array(Math.min(count, limit));
  let k = 0;
  for (let j = 0; j < order.length && k < out.length; j++) {
    const i = order[j]!;
    if (mask[i] === 1) out[k++] = i;
  }
  return k === out.length ? out : out.subarray(0, k);
}

/**
 * Where the visible incidents are, in `order`, the first `limit`: positions `at` into the array
 * `from` (the dataset's when the filter's mask goes with it, else `visible` itself). With the
 * dataset and the mask, one walk down the dataset's order (sorted once): sorting the visible
 * incidents again on every timeline play frame cost a few milliseconds of each.
 *
 * @example const { from, at } = orderedPositions(visible, 'newest', all, result.mask); from[at[0]] // the newest
 */
export function orderedPositions(
  visible: readonly IncidentFeature[],
  order: ListOrder,
  all?: readonly IncidentFeature[],
  mask?: Uint8Array,
  limit = Number.POSITIVE_INFINITY,
): { from: readonly IncidentFeature[]; at: Uint32Array } {
  if (all && (visible === all || mask?.length === all.length)) {
    const at = throughMask(
      featureOrder(all, order),
      visible === all ? undefined : mask,
      visible.length,
      limit,
    );
    // A mask that is not the visible incidents' (it keeps fewer): sort them on their own.
    if (at.length === Math.min(visible.length, limit)) return { from: all, at };
  }
  return { from: visible, at: featureOrder(visible, order).subarray(0, limit) };
}

/**
 * The visible incidents in `order`, the first `limit` (see orderedPositions).
 *
 * @example orderedFeatures(visible, 'newest', all, result.mask) // what an export writes
 */
export function orderedFeatures(...args: Parameters<typeof orderedPositions>): IncidentFeature[] {
  const { from, at } = orderedPositions(...args);
  // A plain loop: Array.from(typedArray, fn) goes through the iterator, several times slower.
  const out = new Array<IncidentFeature>(at.length);
  for (let k = 0; k < at.length; k++) out[k] = from[at[k]!]!;
  return out;
}

/** Days of a dataset: bucket 0 is its newest day, `span` holds the undated. */
interface DayBuckets {
  max: number;
  span: number;
}

const dayBuckets = new WeakMap<CompactColumns, DayBuckets>();

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
export function byNewestDay(
  c: CompactColumns,
  positions: Uint32Array | null,
  limit: number,
): Uint32Array {
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
