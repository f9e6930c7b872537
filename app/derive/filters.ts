import type { IncidentFeature } from '../model';

/** What the reader has chosen to see. Every field narrows; an empty filter keeps everything. */
export interface Filters {
  /** Inclusive `YYYY-MM-DD` bounds; null for open. */
  dateFrom: string | null;
  dateTo: string | null;
}

export const NO_FILTERS: Filters = { dateFrom: null, dateTo: null };

/**
 * The incidents that pass every filter, in their original order. Pure: the store, the URL and
 * the export all use this one definition of "what is filtered".
 */
export function filterIncidents(incidents: IncidentFeature[], f: Filters): IncidentFeature[] {
  if (!f.dateFrom && !f.dateTo) return incidents;
  return incidents.filter((i) => {
    const start = i.properties.date;
    const end = i.properties.dateEnd ?? start;
    return (!f.dateFrom || end >= f.dateFrom) && (!f.dateTo || start <= f.dateTo);
  });
}
