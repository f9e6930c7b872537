/**
 * The others of a toll: `At least 14 civilians were killed in air strikes on the Idlib region.
 * Five died in Kafr Nabl and three in Maarat al-Numan, while the others were killed in villages in
 * southern Idlib`. The towns a toll names inside the area an event was told at are where it fell;
 * their dead are among the area's, which keeps the others, so that none is counted twice.
 */
import type { IncidentProperties, PlaceMention } from '../../model';
import { holds } from './places';

/** All of Syria: a toll of the whole country is no incident of the northwest. */
export const COUNTRY_ID = 'area-syria';

/** Areas that hold all the others (all Syria, its northwest): no town is told to lie in them. */
export const WHOLE_REGION: ReadonlySet<string> = new Set([COUNTRY_ID, 'area-syria-northwest']);

/**
 * The area among `places` that holds a town's point: a countryside, a region, a governorate; not
 * the town itself, nor all Syria or its northwest.
 *
 * @example areaHolding([southernIdlibCountryside, kafrNabl], kafrNabl) // southernIdlibCountryside
 */
export function areaHolding(
  places: readonly PlaceMention[],
  town: PlaceMention,
): PlaceMention | undefined {
  return places.find(
    (a) =>
      a.placeId !== town.placeId &&
      a.geoPrecision > 1 &&
      !WHOLE_REGION.has(a.placeId) &&
      holds(a, town),
  );
}

/**
 * Take a town's figures out of the area's incident it lies in, in place (each kind whose area
 * figure is at least the town's; a figure left at 0 is none). The area's figure is then read up
 * to `end` too, and its evidence spans that far.
 *
 * @example leaveTheOthers(kafrNabl, idlibRegion, end) // Kafr Nabl 5 killed, the region 14: the region 9
 */
export function leaveTheOthers(
  town: IncidentProperties,
  area: IncidentProperties,
  end: number,
): void {
  for (const kind of ['fatalities', 'injuries'] as const) {
    const n = town[kind];
    const all = area[kind];
    if (n === null || all === null || all < n) continue;
    area[kind] = all - n || null;
    for (const e of area.evidence) e.end = Math.max(e.end, end);
  }
}
