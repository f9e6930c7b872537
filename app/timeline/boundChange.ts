/**
 * The date range's bounds as the two date fields change them. A day typed into one field and
 * refused for lying beyond the other bound (a start after the end) waits in its field; when the
 * other bound then moves so that the day is in order, both are applied together.
 */

/** The date filter's bounds (`YYYY-MM-DD`, or null for open). */
export interface Bounds {
  dateFrom: string | null;
  dateTo: string | null;
}

/** The days waiting in the From and To fields, refused for the other bound (null: none). */
export interface WaitingDays {
  from: string | null;
  to: string | null;
}

/**
 * The filter change for one bound, joined by the day waiting in the other field when the new
 * bound lets it in.
 *
 * @example boundChange({ dateTo: '2021-06-30' }, { from: '2021-04-01', to: null })
 * // { dateTo: '2021-06-30', dateFrom: '2021-04-01' }
 */
export function boundChange(change: Partial<Bounds>, waiting: WaitingDays): Partial<Bounds> {
  if (change.dateTo !== undefined && change.dateFrom === undefined && waiting.from !== null) {
    if (change.dateTo === null || waiting.from <= change.dateTo)
      return { ...change, dateFrom: waiting.from };
  }
  if (change.dateFrom !== undefined && change.dateTo === undefined && waiting.to !== null) {
    if (change.dateFrom === null || waiting.to >= change.dateFrom)
      return { ...change, dateTo: waiting.to };
  }
  return change;
}
