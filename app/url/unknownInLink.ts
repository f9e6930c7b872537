import type { Filters } from '../derive/filters';

/** Filter values a link carries that the data shown do not hold. */
export interface UnknownInLink {
  outlets: string[];
  /** The governorate id of an area filter that names none known. */
  region: string | null;
}

/**
 * What in `filters` names nothing in the data: outlets no report has (the filter then keeps
 * nothing) and a governorate no outline has (the filter then keeps everything). Both are
 * taken as written from a link, so the reader must be told rather than shown a silent 0 or
 * a chip that filters nothing. `regions` empty means not known yet: no region is judged.
 *
 * @example unknownInLink({ ...NO_FILTERS, outlets: ['X'] }, ['Y'], new Set()) // { outlets: ['X'], region: null }
 */
export function unknownInLink(
  filters: Pick<Filters, 'outlets' | 'area'>,
  outletNames: readonly string[],
  regions: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): UnknownInLink | null {
  const known = new Set(outletNames);
  const outlets = filters.outlets.filter((o) => !known.has(o));
  const area = filters.area;
  const region =
    area?.kind === 'region' && regions.size > 0 && !regions.has(area.id) ? area.id : null;
  return outlets.length || region ? { outlets, region } : null;
}
