import {
  booleanPointInPolygon,
  centroid,
  circle,
  destination,
  feature,
  featureCollection,
  intersect,
  pointOnFeature,
  sector,
  union,
} from '@turf/turf';

/**
 * Area geometry for qualified places (`ريف إدلب الجنوبي`, `أطراف مدينة إدلب الغربية`): a base
 * shape (a governorate polygon, or a disc around a town) clipped to the sector of a compass
 * direction seen from the town or capital. Every coordinate comes from the gazetteer or the
 * governorate polygons; the only constants here are radii and angles, which are modelling
 * choices, not places.
 *
 * @example
 * const south = clipToDirection(disc([36.6, 35.8], 15), [36.6, 35.8], 'south');
 * representativePoint(south) // a [lon, lat] inside the southern half-disc
 */
export type AreaGeometry = GeoJSON.Polygon | GeoJSON.MultiPolygon;
export type Direction =
  | 'north'
  | 'south'
  | 'east'
  | 'west'
  | 'northeast'
  | 'northwest'
  | 'southeast'
  | 'southwest';

/** Every direction, in a fixed order. */
export const DIRECTIONS: readonly Direction[] = [
  'north',
  'northeast',
  'east',
  'southeast',
  'south',
  'southwest',
  'west',
  'northwest',
];

const BEARING: Record<Direction, number> = {
  north: 0,
  northeast: 45,
  east: 90,
  southeast: 135,
  south: 180,
  southwest: -135,
  west: -90,
  northwest: -45,
};

/**
 * Half-width of a direction's sector, degrees. A cardinal word covers more than a quarter:
 * `جنوب إدلب` includes the south-east and south-west; an intercardinal word is narrower.
 */
function halfWidth(dir: Direction): number {
  return dir.length > 5 ? 50 : 70;
}

/** Far enough to leave any governorate of Syria inside the sector, km. */
const SECTOR_REACH_KM = 600;

/** Radius of a town's countryside when no governorate polygon applies, km. */
export const TOWN_COUNTRYSIDE_KM = 15;
/** Radius of what `جنوب أريحا` (a direction from a town) covers, km. */
export const TOWN_DIRECTION_KM = 10;
/** Radius of a district named `منطقة X` around its town, km. */
export const DISTRICT_KM = 15;
/** Outskirts (`أطراف`, `محيط`): the town's own radius plus this much, km. */
export const OUTSKIRTS_MARGIN_KM = 2;
/** A town's own radius when the gazetteer gives none, km. */
export const DEFAULT_TOWN_RADIUS_KM = 1.5;

/** A disc of `radiusKm` around `[lon, lat]`, coarse enough to keep areas.geojson small. */
export function disc(center: [number, number], radiusKm: number): GeoJSON.Polygon {
  return circle(center, radiusKm, { units: 'kilometers', steps: 32 }).geometry;
}

/**
 * The part of `base` that lies in `dir` as seen from `center`. Falls back to `base` when the
 * clip is empty (the centre lies at the edge and the direction points outside): a too-large
 * area is better than none.
 */
export function clipToDirection(
  base: AreaGeometry,
  center: [number, number],
  dir: Direction,
): AreaGeometry {
  // `ريف إدلب الجنوبي` and `جنوب إدلب` clip the same governorate polygon from the same seat:
  // one turf intersection (several ms on a governorate) serves both area ids.
  const byBase = clipsOf(base);
  const key = `${center[0]},${center[1]},${dir}`;
  let clipped = byBase.get(key);
  if (!clipped) {
    clipped = clip(base, center, dir);
    byBase.set(key, clipped);
  }
  return clipped;
}

/** Clips already made, by base polygon (object identity) and then centre and direction. */
const CLIPS = new WeakMap<AreaGeometry, Map<string, AreaGeometry>>();

function clipsOf(base: AreaGeometry): Map<string, AreaGeometry> {
  let byBase = CLIPS.get(base);
  if (!byBase) {
    byBase = new Map();
    CLIPS.set(base, byBase);
  }
  return byBase;
}

/** Have `clipToDirection(base, center, dir)` give `shape`, made before (derivedShapes.ts). */
export function rememberClip(
  base: AreaGeometry,
  center: [number, number],
  dir: Direction,
  shape: AreaGeometry,
): void {
  clipsOf(base).set(`${center[0]},${center[1]},${dir}`, shape);
}

function clip(base: AreaGeometry, center: [number, number], dir: Direction): AreaGeometry {
  const b = BEARING[dir];
  const wedge = sector(center, SECTOR_REACH_KM, b - halfWidth(dir), b + halfWidth(dir), {
    units: 'kilometers',
    steps: 16,
  });
  const clipped = intersect(featureCollection([feature(base), wedge]));
  return clipped ? clipped.geometry : base;
}

/**
 * How far off a distance a report gives (`35 كم جنوب مدينة إدلب`, `30 km south of Idlib`) may be:
 * this share of it either way, and at least `OFFSET_MIN_SPREAD_KM`. Reports round distances to
 * fives and tens and measure them by road as often as in a straight line.
 */
const OFFSET_SPREAD = 0.25;
const OFFSET_MIN_SPREAD_KM = 2;

/**
 * The farthest a place told only by its distance from a town may be from it, km: the distance
 * and its spread (`على بعد 5 كم من سراقب`: within 7 km of Saraqib).
 *
 * @example offsetReach(5) // 7
 * @example offsetReach(20) // 25
 */
export function offsetReach(km: number): number {
  return km + Math.max(OFFSET_MIN_SPREAD_KM, km * OFFSET_SPREAD);
}

/**
 * Half-width of the bearing a compass word stands for in a distance, degrees: a little more than
 * its own eighth of the compass (22.5°), since `جنوب` is also written for south-south-east.
 */
const OFFSET_HALF_ANGLE = 30;

/**
 * Where a report puts a place by its distance and direction from a known town: the point that
 * far along the direction's bearing, and around it the band of distances and bearings the words
 * allow (a ring sector; a wedge from the town when the distance is short). Only the town's
 * coordinates come from the gazetteer; the rest is the report's own statement.
 *
 * @example
 * const { at, area } = offsetArea([36.63, 35.93], 35, 'south');
 * at // about [36.63, 35.62]: 35 km due south of Idlib city
 */
export function offsetArea(
  center: [number, number],
  km: number,
  dir: Direction,
): { area: GeoJSON.Polygon; at: [number, number] } {
  const spread = Math.max(OFFSET_MIN_SPREAD_KM, km * OFFSET_SPREAD);
  const inner = Math.max(0, km - spread);
  const outer = km + spread;
  const b = BEARING[dir];
  const steps = 8;
  const arc = (r: number) => {
    const out: [number, number][] = [];
    for (let k = 0; k <= steps; k++) {
      const bearing = b - OFFSET_HALF_ANGLE + (2 * OFFSET_HALF_ANGLE * k) / steps;
      out.push(at(center, r, bearing));
    }
    return out;
  };
  // Bearings grow clockwise: the outer arc, then the inner one back, reversed to run
  // counter-clockwise as GeoJSON's outer rings do.
  const ring = [...arc(outer), ...(inner > 0 ? arc(inner).reverse() : [center])].reverse();
  ring.push(ring[0]!);
  return { area: { type: 'Polygon', coordinates: [ring] }, at: at(center, km, b) };
}

/**
 * The id of an offset's area (`area-idlib-35km-south`, `area-ariha-2-5km-south`;
 * `area-saraqib-5km` when no direction is told).
 */
const OFFSET_ID =
  /^area-.+-\d+(?:-\d)?km(?:-(?:north|south|east|west|northeast|northwest|southeast|southwest))?$/;

/**
 * True when a place id is an offset's area: a place named by its distance from a town, which
 * takes no preposition (`shelling 5 km west of Saraqib`) and is no town to be near.
 *
 * @example isOffsetPlace('area-idlib-35km-south') // true
 * @example isOffsetPlace('area-saraqib-5km') // true
 */
export function isOffsetPlace(placeId: string): boolean {
  return OFFSET_ID.test(placeId);
}

/** The point `km` from `center` along `bearing`, rounded as the gazetteer's points are. */
function at(center: [number, number], km: number, bearing: number): [number, number] {
  const [lon, lat] = destination(center, km, bearing, { units: 'kilometers' }).geometry
    .coordinates as [number, number];
  return [round5(lon), round5(lat)];
}

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

/** Union of several polygons (a country from its governorates). */
export function unionAll(parts: AreaGeometry[]): AreaGeometry | undefined {
  if (parts.length === 0) return undefined;
  if (parts.length === 1) return parts[0];
  const u = union(featureCollection(parts.map((p) => feature(p))));
  return u?.geometry;
}

/**
 * A point that lies inside the area: the preferred point if inside, else the centroid if inside
 * (it is not for crescents and clipped wedges), else turf's point-on-surface.
 */
export function representativePoint(
  area: AreaGeometry,
  preferred?: [number, number],
): [number, number] {
  if (preferred && booleanPointInPolygon(preferred, area)) return preferred;
  const c = centroid(area).geometry.coordinates as [number, number];
  if (booleanPointInPolygon(c, area)) return c;
  return pointOnFeature(area).geometry.coordinates as [number, number];
}

/** `Maarrat al-Nu'man` → `maarrat-al-nu-man`: ids must be stable and readable. */
export function slugify(nameEn: string): string {
  const s = nameEn
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'place';
}
