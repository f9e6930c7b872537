/**
 * The name of an export file: what is in it, so that successive exports of different selections
 * do not overwrite each other (or pile up as `incidents (1).csv`), and a file found later in a
 * downloads folder still says which days and how many incidents it holds.
 */
import type { IncidentFeature } from '../model';

/** The first and last day the incidents cover (a period counts to its `dateEnd`); null if none. */
export function daySpan(incidents: readonly IncidentFeature[]): [string, string] | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const { properties: p } of incidents) {
    const end = p.dateEnd ?? p.date;
    // `YYYY-MM-DD` strings sort as the days do.
    if (first === null || p.date < first) first = p.date;
    if (last === null || end > last) last = end;
  }
  return first !== null && last !== null ? [first, last] : null;
}

/**
 * `incidents_<first day>_<last day>_<count>.<ext>`. Each day is the date filter's bound when it
 * is set (the period the researcher asked for), else the incidents' own first or last day. An
 * export of nothing without a date filter has no days to name: `incidents_0.<ext>`. The name
 * does not depend on the interface language: both languages export the same file.
 *
 * @example exportFileName([...142 incidents from 2021-03-01 to 2021-06-26], { dateFrom: null, dateTo: null }, 'csv') // 'incidents_2021-03-01_2021-06-26_142.csv'
 */
export function exportFileName(
  incidents: readonly IncidentFeature[],
  dates: { dateFrom: string | null; dateTo: string | null },
  ext: string,
): string {
  const span = daySpan(incidents);
  const from = dates.dateFrom ?? span?.[0];
  const to = dates.dateTo ?? span?.[1];
  const days = from && to ? `_${from}_${to}` : '';
  return `incidents${days}_${incidents.length}.${ext}`;
}
