import type { FilterIndex } from './filters';

/** Day numbers below this mark an undated incident in the filter index. */
const UNDATED = -1e9;

/**
 * The first and last day the dataset's incidents cover (a span's end included), or null when
 * none is dated: the timeline's whole period, and the dates "About the data" gives.
 *
 * @example dayExtent(index) // [17897, 20088]
 */
export function dayExtent(
  index: Pick<FilterIndex, 'n' | 'start' | 'end'>,
): [number, number] | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < index.n; i++) {
    const s = index.start[i]!;
    if (s < UNDATED) continue;
    if (s < lo) lo = s;
    const e = Math.max(s, index.end[i]!);
    if (e > hi) hi = e;
  }
  return lo <= hi ? [lo, hi] : null;
}
