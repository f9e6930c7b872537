/** Lookups in one id table before its id → position map is built. */
const SCANS_BEFORE_MAP = 8;

const tables = new WeakMap<readonly string[], { scans: number; map?: Map<string, number> }>();

/**
 * Position of incident `id` in the columns' id table, or -1. The first few lookups in a table
 * scan it (at most ~40 ms at 1M ids); after that a map is built once (~0.5 s at 1M: hashing a
 * million fresh strings), so opening one incident of a huge dataset does not pay for the map.
 *
 * @example positionOf(columns.ids(), 'i-3f2a…') // 41
 */
export function positionOf(ids: readonly string[], id: string): number {
  let t = tables.get(ids);
  if (!t) {
    t = { scans: 0 };
    tables.set(ids, t);
  }
  if (t.map) return t.map.get(id) ?? -1;
  if (++t.scans <= SCANS_BEFORE_MAP) return ids.indexOf(id);
  const map = new Map<string, number>();
  for (let i = ids.length - 1; i >= 0; i--) map.set(ids[i]!, i);
  t.map = map;
  return map.get(id) ?? -1;
}
