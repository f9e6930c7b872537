/**
 * The days the selected incident covers, for its mark on the timeline: from the compact columns
 * when the dataset has them (a million incidents, details not loaded), else from its feature.
 */
import { type CompactColumns, NO_DAY } from '../ingest/compact';
import type { IncidentFeature } from '../model';
import { dayOf } from './time';

/**
 * `[first day, last day]` of incident `id`, or null when it is unknown or undated.
 *
 * @example selectedSpan('i-1', columns, []) // [18800, 18806] for a week-precise incident
 */
export function selectedSpan(
  id: string | null,
  columns: CompactColumns | undefined,
  all: readonly IncidentFeature[],
): [number, number] | null {
  if (!id) return null;
  if (columns && columns.count > 0) {
    const i = columns.positionOf(id);
    if (i < 0 || columns.start[i] === NO_DAY) return null;
    const start = columns.start[i]!;
    return [start, start + columns.duration[i]!];
  }
  const f = all.find((x) => x.properties.id === id);
  if (!f) return null;
  const start = dayOf(f.properties.date);
  const end = f.properties.dateEnd ? dayOf(f.properties.dateEnd) : start;
  return Number.isNaN(start) ? null : [start, Number.isNaN(end) ? start : Math.max(start, end)];
}
