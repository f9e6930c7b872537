/**
 * What a reader should know of the dataset as a whole before trusting a count drawn from it: how
 * many incidents, over which dates, from how many outlets, and how precisely they are placed.
 * Read from the filter index, so it works the same before the details load and at a million.
 */
import { dayExtent } from '../derive/dayExtent';
import type { FilterIndex } from '../derive/filters';
import { hasSyntheticOutlet } from '../model/synthetic';
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

/**
 * @example dataFacts(index).byPrecision[1] // incidents placed at a named town or village
 */
export function dataFacts(
  index: Pick<FilterIndex, 'n' | 'start' | 'end' | 'precision' | 'outletNames'>,
): DataFacts {
  const byPrecision = { 1: 0, 2: 0, 3: 0 };
  for (let i = 0; i < index.n; i++) {
    const p = index.precision[i]!;
    if (p === 1 || p === 2 || p === 3) byPrecision[p]++;
  }
  const days = dayExtent(index);
  return {
    incidents: index.n,
    outlets: index.outletNames.length,
    first: days ? isoOf(days[0]) : null,
    last: days ? isoOf(days[1]) : null,
    byPrecision,
    synthetic: hasSyntheticOutlet(index.outletNames),
  };
}
