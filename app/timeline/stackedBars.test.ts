import { describe, expect, it } from 'vitest';
import { barScale, LAYERS, tallestStack } from './stackedBars';

/** Counts of `bins` bins with `totals[b]` incidents of the first type in bin b. */
function bars(totals: number[]): Float64Array {
  const c = new Float64Array(totals.length * LAYERS);
  totals.forEach((n, b) => {
    c[b * LAYERS] = n;
  });
  return c;
}

describe('the scale of the timeline bars', () => {
  const all = bars([100, 400, 50, 10]);
  it('is all incidents’, so the filtered bars stand inside the faded whole', () => {
    expect(barScale(all, bars([60, 200, 20, 5]), 4)).toEqual({ max: 400, own: false });
  });
  it('is the filtered bars’ own when they would be under a quarter of the tallest', () => {
    expect(barScale(all, bars([3, 9, 1, 0]), 4)).toEqual({ max: 9, own: true });
  });
  it('is judged against the tallest bar inside the date range only', () => {
    // Bins 2–3 are the range: 20 of at most 50 there is no narrow filter.
    expect(barScale(all, bars([0, 0, 20, 3]), 4, 2, 4).own).toBe(false);
    expect(barScale(all, bars([0, 0, 2, 3]), 4, 2, 4)).toEqual({ max: 3, own: true });
  });
  it('keeps the scale of all when nothing is shown', () => {
    expect(barScale(all, bars([0, 0, 0, 0]), 4)).toEqual({ max: 400, own: false });
  });
  it('reads the tallest stack in a range of bins', () => {
    expect(tallestStack(all, 4, 2, 4)).toBe(50);
  });
});
