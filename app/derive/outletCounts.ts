import type { FilterIndex } from './filters';

/**
 * The outlets of the incidents a mask keeps, with how many of them each reported (an incident
 * told by two outlets counts for both), most first, then by name.
 *
 * @example outletCounts(index, mask) // [{ name: 'المدن', count: 9 }, { name: 'عنب بلدي', count: 3 }]
 */
export function outletCounts(
  index: Pick<FilterIndex, 'n' | 'outletNames' | 'outletStart' | 'outletIds'>,
  mask: Uint8Array,
): { name: string; count: number }[] {
  const counts = new Uint32Array(index.outletNames.length);
  for (let i = 0; i < index.n; i++) {
    if (mask[i] !== 1) continue;
    for (let k = index.outletStart[i]!; k < index.outletStart[i + 1]!; k++)
      counts[index.outletIds[k]!]!++;
  }
  return index.outletNames
    .map((name, o) => ({ name, count: counts[o]! }))
    .filter((o) => o.count > 0)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
