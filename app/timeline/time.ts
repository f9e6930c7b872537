/**
 * Time maths for the timeline, as small pure functions in the style of d3-time / d3-scale.
 * Time is counted in whole UTC days since 1970-01-01 ("day numbers"): incidents are dated to
 * the day, and integers make binning with typed arrays exact and fast.
 */

export const DAY_MS = 86_400_000;
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

/** An axis tick: its day, and the interval and number of intervals between ticks. */
export interface Tick {
  day: number;
  interval: Interval;
  step: number;
}

/** Tick positions for an axis over `[start, end]`: about `count` calendar-aligned days. */
export function ticks(start: number, end: number, count = 8): Tick[] {
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
  const out: Tick[] = [];
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
    if (d >= start) out.push({ day: d, interval: iv, step: n });
    d = iv.offset(d, n);
  }
  return out;
}

/** The UTC calendar year of a day number. */
export function yearOf(day: number): number {
  return new Date(Math.floor(day) * DAY_MS).getUTCFullYear();
}

/**
 * What a tick's label says, as d3's multi-scale time format does: ticks a year apart say the
 * year; month ticks the month, with the year on the first tick and where the year changes
 * (January); day and week ticks the day and month, with the year on the first tick and on the
 * first tick of each new year. Without the year, "18 Dec, 1 Jan" hides that a year has turned.
 */
export type TickLabel = 'year' | 'month-year' | 'month' | 'day-year' | 'day';

/** The label of `tick`, given the tick before it on the axis (none for the first). */
export function tickLabel(tick: Tick, previous?: Tick): TickLabel {
  if (tick.interval.name === 'month' && tick.step >= 12) return 'year';
  const newYear = !previous || yearOf(previous.day) !== yearOf(tick.day);
  if (tick.interval.name === 'month') return newYear ? 'month-year' : 'month';
  return newYear ? 'day-year' : 'day';
}

/** The labels of an axis's ticks, in order: the first carries the year. */
export function tickLabels(axis: readonly Tick[]): TickLabel[] {
  return axis.map((tick, i) => tickLabel(tick, axis[i - 1]));
}

/** A tick with its label, placed on an axis. */
export interface LabelledTick {
  tick: Tick;
  label: TickLabel;
}

/**
 * As many ticks as can be labelled without overlap: starting from about `count` ticks over
 * `[start, end]`, fewer until every label (from its tick, `labelWidth` pixels, then `gap`) ends
 * before the next tick, and a label that would run past `width` is dropped. Labels with a year
 * are longer, and Arabic month names (كانون الثاني) longer than English ones: the spacing
 * follows what is written rather than a fixed guess.
 */
export function fitTicks(
  start: number,
  end: number,
  count: number,
  x: (day: number) => number,
  width: number,
  labelWidth: (tick: Tick, label: TickLabel) => number,
  gap = 8,
): LabelledTick[] {
  const attempt = (n: number) => {
    const axis = ticks(start, end, n);
    const labels = tickLabels(axis);
    const widths = axis.map((t, i) => labelWidth(t, labels[i]!));
    const fits = axis.every(
      (t, i) => i + 1 >= axis.length || x(t.day) + widths[i]! + gap <= x(axis[i + 1]!.day),
    );
    const shown = axis
      .map((tick, i) => ({ tick, label: labels[i]!, end: x(tick.day) + widths[i]! }))
      .filter((k) => k.end <= width)
      .map(({ tick, label }) => ({ tick, label }));
    return { fits, shown };
  };
  const first = Math.max(2, Math.floor(count));
  let found: LabelledTick[] = [];
  for (let n = first; ; n--) {
    const a = attempt(n);
    if (a.fits || n <= 2) {
      found = a.shown;
      break;
    }
  }
  // A narrow axis (a phone) may be left one label for years of bars (the coarsest step leaves
  // one tick in the view, or pushes one past the edge): more ticks are tried while they fit.
  for (let n = first + 1; found.length < 2 && n <= first * 4 + 4; n++) {
    const a = attempt(n);
    if (!a.fits) break;
    if (a.shown.length > found.length) found = a.shown;
  }
  return found;
}

/**
 * A view of the time axis, or a range on it: `[first day, last day]`, both shown. Its length,
 * `last - first`, is what zooming scales.
 */
export type Span = [number, number];

/** Middle day of a span. */
export function midOf([a, b]: Span): number {
  return (a + b) / 2;
}

/** Where `range` lies relative to `view`: wholly before it, wholly after it, or (partly) in it. */
export function sideOf(range: Span, view: Span): 'before' | 'after' | 'in' {
  if (range[1] < view[0]) return 'before';
  if (range[0] > view[1]) return 'after';
  return 'in';
}

/**
 * Zoom: the view's length times `factor`, kept within `[minLength, maxLength]`, with `anchor`
 * (a day) staying where it is on screen, as d3-zoom scales around the pointer. Whole days.
 */
export function zoomAround(
  view: Span,
  factor: number,
  anchor: number,
  minLength: number,
  maxLength: number,
): Span {
  const length = view[1] - view[0];
  const next = Math.round(Math.min(maxLength, Math.max(minLength, length * factor)));
  const k = length > 0 ? (anchor - view[0]) / length : 0.5;
  const first = Math.round(anchor - next * k);
  return [first, first + next];
}

/** The view of the same length centred on `day`. */
export function centreOn(view: Span, day: number): Span {
  const length = view[1] - view[0];
  const first = Math.round(day - length / 2);
  return [first, first + length];
}

/**
 * Shift `view` as little as possible so `range` lies inside it with `pad` days to spare either
 * side; a range too wide for that is centred instead.
 */
export function reveal(view: Span, range: Span, pad = 0): Span {
  const length = view[1] - view[0];
  if (range[1] - range[0] + 2 * pad > length) return centreOn(view, midOf(range));
  const shift =
    range[0] - pad < view[0]
      ? range[0] - pad - view[0]
      : range[1] + pad > view[1]
        ? range[1] + pad - view[1]
        : 0;
  return [view[0] + shift, view[1] + shift];
}

/** Pan: the view moved by `fraction` of its length (negative: earlier), at least one day. */
export function panBy(view: Span, fraction: number): Span {
  const shift = Math.round((view[1] - view[0]) * fraction) || Math.sign(fraction);
  return [view[0] + shift, view[1] + shift];
}

/**
 * How far past the data the view may go: a tenth of the view's length, and at least 3 days (the
 * margin of the whole-period view), so an edge of the data is seen with a little room beside it.
 */
export function panMargin(view: Span): number {
  return Math.max(3, Math.round((view[1] - view[0]) / 10));
}

/**
 * Keep `view` near `data` (the days there is something to see): its edges go at most `margin`
 * days beyond the data's. A view shorter than that is moved inside; a longer one is moved to
 * cover it all. The length never changes, so panning stops at the data's edge instead of
 * running on into empty years.
 *
 * @example clampView([100, 130], [0, 50], 3) // [23, 53]
 */
export function clampView(view: Span, data: Span, margin = panMargin(view)): Span {
  const length = view[1] - view[0];
  const lo = data[0] - margin;
  const hi = data[1] + margin - length;
  const first = Math.min(Math.max(view[0], Math.min(lo, hi)), Math.max(lo, hi));
  return [first, first + length];
}

/**
 * A zoom button's view. With a selected range: zoom around its middle (where it is on screen,
 * or, when the range is out of view, brought to the middle), then move the view as little as
 * needed to show the whole range with a twentieth of the view to spare, or centre a range too
 * wide to show. Without one: around the view's middle.
 */
export function zoomView(
  view: Span,
  factor: number,
  range: Span | null,
  minLength: number,
  maxLength: number,
): Span {
  if (!range) return zoomAround(view, factor, midOf(view), minLength, maxLength);
  const mid = midOf(range);
  const zoomed =
    sideOf(range, view) === 'in'
      ? zoomAround(view, factor, Math.min(view[1], Math.max(view[0], mid)), minLength, maxLength)
      : centreOn(zoomAround(view, factor, midOf(view), minLength, maxLength), mid);
  return revealWithRoom(zoomed, range);
}

/** `reveal` with a twentieth of the view to spare either side, so the range never meets an edge. */
export function revealWithRoom(view: Span, range: Span): Span {
  return reveal(view, range, Math.round((view[1] - view[0]) / 20));
}

/**
 * A date range with open bounds (null) closed at the data's edges, or at the other bound when
 * that lies beyond the data.
 *
 * @example closeRange(null, 50, [0, 100]) // [0, 50]
 */
export function closeRange(from: number | null, to: number | null, data: Span): Span {
  const first = from ?? Math.min(data[0], to ?? data[0]);
  return [first, to ?? Math.max(data[1], first)];
}

/** The smallest span holding both. */
export function unionOf(a: Span, b: Span): Span {
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
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
 * The bin of `edges` that holds `day` (bin k spans `[edges[k], edges[k + 1])`), or -1 outside.
 *
 * @example binAt([0, 7, 14], 9) // 1
 */
export function binAt(edges: readonly number[], day: number): number {
  const n = edges.length - 1;
  if (n < 1 || day < edges[0]! || day >= edges[n]!) return -1;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (edges[mid]! <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo;
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
