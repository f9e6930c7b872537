/**
 * What a reader should know of the dataset as a whole before trusting a count drawn from it: how
 * many incidents, over which dates, from how many outlets, and how precisely they are placed.
 * Read from the filter index, so it works the same before the details load and at a million.
 */
import type { FilterIndex } from '../derive/filters';
import { SYNTHETIC_OUTLET } from '../model/synthetic';
import { isoOf } from '../timeline/time';

export interface DataFacts {
  incidents: number;
  outlets: number;
  /** First and last day an incident covers (`YYYY-MM-DD`), null when none is dated. */
  first: string | null;
  last: string | null;
  /** Incidents placed at a town (1), near a town or in part of an area (2), in a region (3). */
  byPrecision: { 1: number; 2: number; 3: number };
  /** Some of the data is generated test data (`npm run synth`): its outlet says so. */
  synthetic: boolean;
}

/** Day numbers below this mark an undated incident in the index. */
const UNDATED = -1e9;

/**
 * @example dataFacts(index).byPrecision[1] // incidents placed at a named town or village
 */
export function dataFacts(
  index: Pick<FilterIndex, 'n' | 'start' | 'end' | 'precision' | 'outletNames'>,
): DataFacts {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  const byPrecision = { 1: 0, 2: 0, 3: 0 };
  for (let i = 0; i < index.n; i++) {
    const s = index.start[i]!;
    if (s > UNDATED) {
      if (s < lo) lo = s;
      const e = Math.max(s, index.end[i]!);
      if (e > hi) hi = e;
    }
    const p = index.precision[i]!;
    if (p === 1 || p === 2 || p === 3) byPrecision[p]++;
  }
  return {
    incidents: index.n,
    outlets: index.outletNames.length,
    first: Number.isFinite(lo) ? isoOf(lo) : null,
    last: Number.isFinite(hi) ? isoOf(hi) : null,
    byPrecision,
    synthetic: index.outletNames.includes(SYNTHETIC_OUTLET),
  };
}
