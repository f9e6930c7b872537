import type { FilterIndex } from './filters';

/** Day numbers below this mark an undated incident in the filter index. */
const UNDATED = -1e9;

/**
 * The first and last day the dataset's incidents cover (a span's end included), or null when
 * none is dated: the timeline's whole period, and the dates "About the data" gives. With a
 * `mask`, only the incidents it keeps (1): the days a filtered view shows.
 *
 * @example dayExtent(index) // [17897, 20088]
 */
export function dayExtent(
  index: Pick<FilterIndex, 'n' | 'start' | 'end'>,
  mask?: Uint8Array,
): [number, number] | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < index.n; i++) {
    if (mask && mask[i] !== 1) continue;
    const s = index.start[i]!;
    if (s < UNDATED) continue;
    if (s < lo) lo = s;
    const e = Math.max(s, index.end[i]!);
    if (e > hi) hi = e;
  }
  return lo <= hi ? [lo, hi] : null;
}
