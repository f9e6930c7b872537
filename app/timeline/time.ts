/**
 * Time maths for the timeline, as small pure functions in the style of d3-time / d3-scale.
 * Time is counted in whole UTC days since 1970-01-01 ("day numbers"): incidents are dated to
 * the day, and integers make binning with typed arrays exact and fast.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` → day number, or NaN for anything that is not a real calendar date. */
export function dayOf(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) return Number.NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return Number.NaN;
  return Math.floor(t / DAY_MS);
}

/** Day number → `YYYY-MM-DD`. */
export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** True for a valid `YYYY-MM-DD` calendar date. */
export function isIsoDate(s: unknown): s is string {
  return typeof s === 'string' && !Number.isNaN(dayOf(s));
}

export type IntervalName = 'day' | 'week' | 'month';

/** A calendar interval: `floor` a day to the start of its bin, `offset` by whole bins. */
export interface Interval {
  name: IntervalName;
  floor(day: number): number;
  offset(day: number, n: number): number;
}

export const day: Interval = {
  name: 'day',
  floor: (d) => Math.floor(d),
  offset: (d, n) => d + n,
};

/** Weeks start on Monday (ISO 8601). Day 0 (1970-01-01) was a Thursday. */
export const week: Interval = {
  name: 'week',
  floor: (d) => {
    const f = Math.floor(d);
    return f - ((((f + 3) % 7) + 7) % 7);
  },
  offset: (d, n) => d + 7 * n,
};

export const month: Interval = {
  name: 'month',
  floor: (d) => {
    const t = new Date(Math.floor(d) * DAY_MS);
    return Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), 1) / DAY_MS;
  },
  offset: (d, n) => {
    const t = new Date(d * DAY_MS);
    return Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + n, t.getUTCDate()) / DAY_MS;
  },
};

export const INTERVALS: Record<IntervalName, Interval> = { day, week, month };

/**
 * The finest interval that gives at most `maxBins` bins over `[start, end]` (day numbers,
 * inclusive): days for a few months, weeks for a couple of years, months beyond.
 */
export function chooseInterval(start: number, end: number, maxBins = 150): Interval {
  const span = Math.max(1, end - start + 1);
  if (span <= maxBins) return day;
  if (span / 7 <= maxBins) return week;
  return month;
}

/** The bin starts covering `[start, end]`: floor(start), …, up to the bin containing end. */
export function binEdges(interval: Interval, start: number, end: number): number[] {
  const edges: number[] = [];
  let d = interval.floor(start);
  while (d <= end) {
    edges.push(d);
    d = interval.offset(d, 1);
  }
  edges.push(d);
  return edges;
}

/** A linear scale from day numbers to pixels (like d3.scaleTime), with its inverse. */
export interface TimeScale {
  (day: number): number;
  invert(px: number): number;
  domain: [number, number];
  range: [number, number];
}

export function scaleTime(domain: [number, number], range: [number, number]): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((d: number) => r0 + (d - d0) * k) as TimeScale;
  scale.invert = (px: number) => (k === 0 ? d0 : d0 + (px - r0) / k);
  scale.domain = [d0, d1];
  scale.range = [r0, r1];
  return scale;
}

/** Tick positions for an axis over `[start, end]`: about `count` calendar-aligned days. */
export function ticks(
  start: number,
  end: number,
  count = 8,
): { day: number; interval: Interval }[] {
  const span = Math.max(1, end - start);
  const steps: [Interval, number][] = [
    [day, 1],
    [day, 2],
    [week, 1],
    [week, 2],
    [month, 1],
    [month, 2],
    [month, 3],
    [month, 6],
    [month, 12],
    [month, 24],
    [month, 60],
  ];
  const approx = (iv: Interval, n: number) => (iv === day ? n : iv === week ? 7 * n : 30.4 * n);
  let chosen = steps[steps.length - 1]!;
  for (const s of steps) {
    if (span / approx(s[0], s[1]) <= count) {
      chosen = s;
      break;
    }
  }
  const [iv, n] = chosen;
  const out: { day: number; interval: Interval }[] = [];
  let d = iv.floor(start);
  if (iv === month && n >= 12) {
    // Align multi-month steps to the year.
    const t = new Date(d * DAY_MS);
    d = Date.UTC(t.getUTCFullYear(), 0, 1) / DAY_MS;
  } else if (iv === month && n > 1) {
    const t = new Date(d * DAY_MS);
    d = Date.UTC(t.getUTCFullYear(), t.getUTCMonth() - (t.getUTCMonth() % n), 1) / DAY_MS;
  }
  for (let guard = 0; d <= end && guard < 1000; guard++) {
    if (d >= start) out.push({ day: d, interval: iv });
    d = iv.offset(d, n);
  }
  return out;
}

const dayTables = new WeakMap<number[], Int32Array>();

/**
 * Bin of every day from `edges[0]` to the last edge (exclusive), for bins of unequal widths;
 * kept per edges array, which the timeline keeps while only the filter changes.
 */
function dayToBin(edges: number[]): Int32Array {
  let table = dayTables.get(edges);
  if (table) return table;
  const first = edges[0]!;
  table = new Int32Array(edges[edges.length - 1]! - first);
  for (let b = 0; b + 1 < edges.length; b++)
    table.fill(b, edges[b]! - first, edges[b + 1]! - first);
  dayTables.set(edges, table);
  return table;
}

/**
 * Stacked histogram counts: `counts[bin * layers + layer]`. Each item spans days
 * `[starts[i], ends[i]]` (inclusive) and is SPREAD over the bins it overlaps in proportion to
 * the days it covers there, so a month-precise incident adds 1/30 to each day rather than a
 * false 1 on the 1st. Items whose `include[i]` is 0 are skipped (when `include` is given).
 */
export function binStacked(
  edges: number[],
  starts: Int32Array,
  ends: Int32Array,
  layer: Uint8Array,
  layers: number,
  include?: Uint8Array,
): Float64Array {
  const bins = edges.length - 1;
  const counts = new Float64Array(Math.max(0, bins) * layers);
  if (bins <= 0) return counts;
  const first = edges[0]!;
  const last = edges[bins]!;
  // Uniform bins (days, weeks) are found by arithmetic; months through a day → bin table, built
  // once per call (a few thousand days): this runs for every incident on every play frame.
  const width = edges[1]! - first;
  const uniform = bins < 2 || edges[bins]! - first === width * bins;
  const table = uniform ? null : dayToBin(edges);
  const binOf = (d: number): number =>
    table ? table[d - first]! : Math.floor((d - first) / width);
  const n = starts.length;
  for (let i = 0; i < n; i++) {
    if (include && include[i] === 0) continue;
    const s = starts[i]!;
    const e = ends[i]!;
    if (e < first || s >= last) continue;
    const l = layer[i]!;
    if (s === e) {
      counts[binOf(s) * layers + l]! += 1;
      continue;
    }
    const total = e - s + 1;
    const from = Math.max(s, first);
    const to = Math.min(e, last - 1);
    let b = binOf(from);
    let d = from;
    while (d <= to && b < bins) {
      const binEnd = Math.min(to, edges[b + 1]! - 1);
      counts[b * layers + l]! += (binEnd - d + 1) / total;
      d = binEnd + 1;
      b++;
    }
  }
  return counts;
}
