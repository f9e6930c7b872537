/**
 * Stacked bars of a histogram on a 2D canvas: one bar per bin, a segment per layer (incident
 * type) from the bottom up. Drawn the same way by the timeline and by the map image.
 */

import { TYPE_COLOURS } from '../map/incidentLayers';
import { INCIDENT_TYPES } from '../model';

/** Layers of the stacked counts: the incident types, in their fixed order. */
export const LAYERS = INCIDENT_TYPES.length;
const COLOURS = INCIDENT_TYPES.map((t) => TYPE_COLOURS[t]);

/** The largest stack of `counts` (`counts[bin * LAYERS + layer]`, `bins` bins). */
export function tallestStack(counts: Float64Array, bins: number, from = 0, to = bins): number {
  let max = 0;
  for (let b = Math.max(0, from); b < Math.min(bins, to); b++) {
    let sum = 0;
    for (let l = 0; l < LAYERS; l++) sum += counts[b * LAYERS + l]!;
    if (sum > max) max = sum;
  }
  return max;
}

/**
 * Draw `counts` over the bins `edges` (day numbers) as bars standing on `bottom`, `x` mapping a
 * day to a horizontal position and `height` the pixels of a stack of `max`.
 *
 * @example drawStackedBars(g, { edges, counts, x, bottom: 76, height: 72, max: tallestStack(counts, edges.length - 1) })
 */
export function drawStackedBars(
  g: CanvasRenderingContext2D,
  bars: {
    edges: readonly number[];
    counts: Float64Array;
    x: (day: number) => number;
    bottom: number;
    height: number;
    max: number;
  },
): void {
  const { edges, counts, x, bottom, height, max } = bars;
  const y = (n: number) => (max > 0 ? (n / max) * height : 0);
  for (let b = 0; b + 1 < edges.length; b++) {
    const xa = x(edges[b]!);
    const xb = x(edges[b + 1]!);
    // A pixel between bars once they are wide enough to spare it.
    const w = Math.max(1, xb - xa - (xb - xa > 3 ? 1 : 0));
    let base = bottom;
    for (let l = 0; l < LAYERS; l++) {
      const n = counts[b * LAYERS + l]!;
      if (n <= 0) continue;
      const bh = y(n);
      g.fillStyle = COLOURS[l]!;
      g.fillRect(xa, base - bh, w, bh);
      base -= bh;
    }
  }
}

/** Below this share of the tallest bar of all incidents, the filtered bars get a scale of their own. */
export const OWN_SCALE_BELOW = 0.25;

/**
 * The count a full-height bar stands for, and whether it is the filtered bars' own. The filtered
 * bars stand inside the faded bars of all incidents, on their scale, so the two compare; but when
 * the filters keep so few that the tallest filtered bar would be under a quarter of the tallest
 * bar of all incidents in the bins `[from, to)` (the date range), it would be a few pixels tall:
 * then the scale is the filtered bars' own (the faded ones run off the top) and `own` says so.
 *
 * @example barScale(all, shown, 120).max // the tallest stack of `all`, or of `shown` when few
 */
export function barScale(
  all: Float64Array,
  shown: Float64Array,
  bins: number,
  from = 0,
  to = bins,
): { max: number; own: boolean } {
  const allMax = tallestStack(all, bins, from, to);
  const shownMax = tallestStack(shown, bins);
  if (shownMax > 0 && shownMax < allMax * OWN_SCALE_BELOW) return { max: shownMax, own: true };
  return { max: tallestStack(all, bins), own: false };
}
