import type { PlaceMention } from '../../model';

/** The start of the warning `unplacedWarning` writes; the Arabic interface matches it. */
export const UNPLACED =
  'villages not placed (unknown to the gazetteer, and the report names no place near them), so what it tells there is not on the map';

/**
 * The villages of a report the geocoder tallied as unknown (`unresolved`) and could place
 * nowhere: the report names no place, no governorate and no title place to put them near, so
 * no mention stands for them and no incident can be told there.
 *
 * @example unplacedVillages(new Map([['الفطيرة', 1]]), []) // ['الفطيرة']
 */
export function unplacedVillages(
  unresolved: ReadonlyMap<string, number>,
  mentions: readonly PlaceMention[],
): string[] {
  if (!unresolved.size) return [];
  const placed = new Set(mentions.filter((m) => m.unresolved).map((m) => m.surface));
  // A road one of whose ends is such a village (`الطريق الواصل بين منبج وحلب`) is placed, and
  // the village with it: the road's mention spans both ends.
  const roads = mentions.filter(
    (m) => m.placeId.startsWith('area-road-') && m.placeId.includes('unknown-'),
  );
  return [...unresolved.keys()].filter(
    (name) => !placed.has(name) && !roads.some((m) => m.surface.includes(name)),
  );
}

/**
 * The warning for a report's unplaced villages, naming them, so that a reader who finds an event
 * missing from the map learns why.
 *
 * @example unplacedWarning(['الفطيرة', 'جورين']) // `${UNPLACED}: الفطيرة, جورين`
 */
export function unplacedWarning(names: readonly string[]): string {
  return `${UNPLACED}: ${names.join(', ')}`;
}
