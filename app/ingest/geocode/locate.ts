import { booleanPointInPolygon, buffer, lineString } from '@turf/turf';
import type { GeoPrecision, Place, ResolvedPlace } from '../../model';
import {
  type AreaGeometry,
  clipToDirection,
  DEFAULT_TOWN_RADIUS_KM,
  DISTRICT_KM,
  type Direction,
  disc,
  isOffsetPlace,
  OUTSKIRTS_MARGIN_KM,
  offsetArea,
  offsetReach,
  representativePoint,
  slugify,
  TOWN_COUNTRYSIDE_KM,
  TOWN_DIRECTION_KM,
} from './areas';
import type { Governorate, Governorates } from './governorates';
import { DIRECTION_AR, DIRECTION_NOUN_AR } from './qualifiers';

/**
 * A part of Syria by its direction, as Arabic names it before the country: `شمالي سوريا`, and
 * for two directions the noun, then the adjective (`شمال غربي سوريا`, not `شمالي الغربي`).
 */
const COUNTRY_PART_AR: Record<Direction, string> = {
  north: 'شمالي',
  south: 'جنوبي',
  east: 'شرقي',
  west: 'غربي',
  northeast: 'شمال شرقي',
  northwest: 'شمال غربي',
  southeast: 'جنوب شرقي',
  southwest: 'جنوب غربي',
};
/**
 * Where a (possibly qualified) place mention is: a gazetteer point at precision 1, or an area
 * with a stable id (`area-idlib-countryside-south`), its polygon and a point inside it.
 *
 * | written | id | precision |
 * |---|---|---|
 * | `أريحا` | the town's id | 1 |
 * | `جبل الزاوية` (a region with radiusKm) | the region's id, disc area | 2 |
 * | `ريف إدلب الجنوبي` | `area-idlib-countryside-south` | 2 |
 * | `جنوب إدلب`, `جنوبي إدلب` | `area-idlib-south` | 2 |
 * | `أطراف مدينة إدلب الغربية` | `area-idlib-outskirts-west` | 2 |
 * | `منطقة عفرين` (a district's seat) | `area-afrin-district` | 2 |
 * | `منطقة بليون` (a village) | the village's id | 1 |
 * | `35 كم جنوب مدينة إدلب`, `35 km south of Idlib` | `area-idlib-35km-south` | 2 |
 * | `محافظة إدلب` | `area-idlib-governorate` | 3 |
 * | `شمال غربي سوريا` | `area-syria-northwest` | 3 |
 *
 * @example
 * locate({ place: ariha }, { kind: 'outskirts' }, govs, new Map()).placeId // 'area-ariha-outskirts'
 */
/**
 * Whether a place is its district's seat (its name is the district's), or its district is not
 * known: only then is `منطقة X` a district.
 */
function seatsADistrict(place: Place): boolean {
  return !place.district || place.district === place.nameEn;
}

export type QualifierKind =
  | 'none'
  | 'countryside'
  | 'outskirts'
  | 'governorate'
  | 'district'
  | 'direction'
  | 'offset';

export interface Qualifier {
  kind: QualifierKind;
  dir?: Direction;
  /**
   * An offset's distance from the place, km (`35 كم جنوب إدلب`), with `dir` when the direction
   * is told (`على بعد 5 كم من سراقب` tells none).
   */
  km?: number;
}

/** What `locate` gives: a mention's place (the model's ResolvedPlace). */
export type Located = ResolvedPlace;

/** Fallback radius of a governorate when no polygon is loaded, km. */
const GOVERNORATE_FALLBACK_KM = 40;
const POINT_KINDS = new Set([
  'city',
  'town',
  'village',
  'locality',
  'neighbourhood',
  'airbase',
  'crossing',
]);

const DIR_EN: Record<Direction, string> = {
  north: 'north',
  south: 'south',
  east: 'east',
  west: 'west',
  northeast: 'north-east',
  northwest: 'north-west',
  southeast: 'south-east',
  southwest: 'south-west',
};

export type AreaCache = Map<string, { area: AreaGeometry; at: [number, number]; admin1?: string }>;

function pointOf(p: Place): [number, number] {
  return [p.lon, p.lat];
}

/** The point a governorate's directions are seen from: its seat (the town of its name), else its own point. */
export function governorateCenter(g: Governorate): [number, number] {
  return pointOf(g.seat ?? g.place);
}

/** The governorate a place stands for in `ريف X` / `جنوب X` / `محافظة X`, if it is one or its seat. */
export function governorateOf(place: Place, govs: Governorates): Governorate | undefined {
  return govs.byPlace.get(place.id) ?? govs.bySeat.get(place.id);
}

function admin1At(at: [number, number], fallback: string, govs: Governorates): string {
  for (const g of govs.all) {
    if (g.geometry && booleanPointInPolygon(at, g.geometry)) return g.nameEn;
  }
  return fallback;
}

export function locate(
  place: Place,
  q: Qualifier,
  govs: Governorates,
  cache: AreaCache,
  /** Slugs of English names that several gazetteer places share (two villages called Suran). */
  sharedSlugs: ReadonlySet<string> = new Set(),
): Located {
  const gov = governorateOf(place, govs);
  const isCountry = place.kind === 'country' || govs.country?.place.id === place.id;
  // Outskirts and distances are measured from the town, even a governorate's seat.
  const byGovernorate = !!gov && q.kind !== 'outskirts' && q.kind !== 'offset';
  const nameSlug = slugify(byGovernorate ? gov.nameEn : place.nameEn);
  // Area ids key the area cache and the areas file: same-named places must not share one, or
  // whichever is seen first would decide the other's area (and worker order would change output).
  const slug = isCountry
    ? 'syria'
    : !byGovernorate && sharedSlugs.has(nameSlug)
      ? `${nameSlug}-${place.id}`
      : nameSlug;
  const dirPart = q.dir ? `-${q.dir}` : '';
  const dirAr = q.dir ? ` ${DIRECTION_AR[q.dir]}` : '';
  const dirEn = q.dir ? ` (${DIR_EN[q.dir]})` : '';
  const area = (
    id: string,
    precision: GeoPrecision,
    nameAr: string,
    nameEn: string,
    make: () => {
      base: AreaGeometry;
      center: [number, number];
      preferred?: [number, number];
      /** The base is the area itself: no direction to clip it to. */
      exact?: boolean;
    },
  ): Located => {
    let hit = cache.get(id);
    if (!hit) {
      const { base, center, preferred, exact } = make();
      const shape = q.dir && !exact ? clipToDirection(base, center, q.dir) : base;
      hit = { area: shape, at: representativePoint(shape, preferred) };
      cache.set(id, hit);
    }
    // Point-in-polygon over every governorate is the slow part: once per area id.
    hit.admin1 ??= admin1At(hit.at, place.admin1, govs);
    return {
      placeId: id,
      nameAr,
      nameEn,
      lon: hit.at[0],
      lat: hit.at[1],
      geoPrecision: precision,
      admin1: hit.admin1,
      area: hit.area,
    };
  };
  const govShape = (g: Governorate) => ({
    base: g.geometry ?? disc(governorateCenter(g), GOVERNORATE_FALLBACK_KM),
    center: governorateCenter(g),
  });
  /** `محافظة X`: the governorate's outline. */
  const governorateArea = (g: Governorate) =>
    area(`area-${slug}-governorate`, 3, `محافظة ${g.nameAr}`, `${g.nameEn} governorate`, () =>
      govShape(g),
    );
  const townRadius = place.radiusKm ?? DEFAULT_TOWN_RADIUS_KM;

  if (isCountry && govs.country) {
    const shape = govs.country.geometry;
    return area(
      `area-syria${dirPart}`,
      3,
      `${q.dir ? `${COUNTRY_PART_AR[q.dir]} ` : ''}سوريا`,
      `Syria${dirEn}`,
      () => ({
        base: shape,
        center: representativePoint(shape),
      }),
    );
  }
  if (govs.coast && place.id === govs.coast.place.id) {
    const shape = govs.coast.geometry;
    return area(
      `${place.id}${dirPart}`,
      3,
      `${place.nameAr}${dirAr}`,
      `${place.nameEn}${dirEn}`,
      () => ({
        base: shape,
        center: representativePoint(shape),
      }),
    );
  }
  switch (q.kind) {
    case 'countryside':
      if (gov) {
        return area(
          `area-${slug}-countryside${dirPart}`,
          2,
          `ريف ${gov.nameAr}${dirAr}`,
          `${gov.nameEn} countryside${dirEn}`,
          () => govShape(gov),
        );
      }
      return area(
        `area-${slug}-countryside${dirPart}`,
        2,
        `ريف ${place.nameAr}${dirAr}`,
        `${place.nameEn} countryside${dirEn}`,
        () => ({
          base: disc(pointOf(place), Math.max(TOWN_COUNTRYSIDE_KM, townRadius * 2)),
          center: pointOf(place),
        }),
      );
    case 'direction':
      if (gov) {
        return area(
          `area-${slug}${dirPart}`,
          2,
          `${gov.nameAr}${dirAr}`,
          `${gov.nameEn}${dirEn}`,
          () => govShape(gov),
        );
      }
      return area(
        `area-${slug}${dirPart}`,
        2,
        `${place.nameAr}${dirAr}`,
        `${place.nameEn}${dirEn}`,
        () => ({
          base: disc(pointOf(place), Math.max(TOWN_DIRECTION_KM, townRadius * 1.5)),
          center: pointOf(place),
        }),
      );
    case 'offset':
      if (q.dir && q.km) {
        const { km, dir } = q;
        return area(
          offsetId(slug, km, dir),
          2,
          `${km} كم ${DIRECTION_NOUN_AR[dir]} ${place.nameAr}`,
          `${km} km ${DIR_EN[dir]} of ${place.nameEn}`,
          () => {
            const { area: shape, at } = offsetArea(pointOf(place), km, dir);
            return { base: shape, center: at, preferred: at, exact: true };
          },
        );
      }
      if (q.km) {
        // No direction: anywhere that far from the town, drawn as the disc out to the far edge
        // of the distance's band (the point stays the town's, the only one the text gives).
        const { km } = q;
        return area(
          offsetId(slug, km),
          2,
          `${km} كم من ${place.nameAr}`,
          `${km} km from ${place.nameEn}`,
          () => ({
            base: disc(pointOf(place), offsetReach(km)),
            center: pointOf(place),
            preferred: pointOf(place),
          }),
        );
      }
      break;
    case 'outskirts':
      return area(
        `area-${slug}-outskirts${dirPart}`,
        2,
        `أطراف ${place.nameAr}${dirAr}`,
        `${place.nameEn} outskirts${dirEn}`,
        () => ({
          base: disc(pointOf(place), townRadius + OUTSKIRTS_MARGIN_KM),
          center: pointOf(place),
          preferred: q.dir ? undefined : pointOf(place),
        }),
      );
    case 'governorate':
      if (gov) return governorateArea(gov);
      break;
    case 'district':
      // `منطقة عفرين`: the district its seat names. A village's (`منطقة بليون`, no district of
      // its own) is the village, as it is named bare.
      if (POINT_KINDS.has(place.kind) && seatsADistrict(place)) {
        return area(
          `area-${slug}-district`,
          2,
          `منطقة ${place.nameAr}`,
          `${place.nameEn} district`,
          () => ({
            base: disc(pointOf(place), Math.max(DISTRICT_KM, townRadius)),
            center: pointOf(place),
            preferred: pointOf(place),
          }),
        );
      }
      break;
  }
  // Unqualified: what the gazetteer row is.
  if (gov && govs.byPlace.has(place.id)) return governorateArea(gov);
  if ((place.kind === 'road' || place.kind === 'river') && place.via && place.via.length >= 2) {
    return { ...pointLocated(place, 2), area: undefined };
  }
  if (!POINT_KINDS.has(place.kind) && place.radiusKm) {
    return area(place.id, 2, place.nameAr, place.nameEn, () => ({
      base: disc(pointOf(place), place.radiusKm!),
      center: pointOf(place),
      preferred: pointOf(place),
    }));
  }
  return pointLocated(place, POINT_KINDS.has(place.kind) ? 1 : 2);
}

/** `area-ariha-2-5km-south`, `area-saraqib-5km` (no direction told): see isOffsetPlace. */
function offsetId(slug: string, km: number, dir?: Direction): string {
  return `area-${slug}-${String(km).replace('.', '-')}km${dir ? `-${dir}` : ''}`;
}

/**
 * How a village the gazetteer lacks is placed by the mention it is read with: `near Idlib
 * countryside (south)`, in a governorate it is only known to lie in, `in Idlib governorate`
 * ("near" one said more than is known), or the distance itself, `about 35 km south of Idlib` (a
 * word before the figure also keeps it from joining the village's Arabic name when the text is
 * laid out: in `الغدفة, 35 km` the digits would be drawn on the Arabic side of the comma).
 *
 * @example nearPhrase({ placeId: 'area-idlib-35km-south', nameEn: '35 km south of Idlib' }) // 'about 35 km south of Idlib'
 */
export function nearPhrase(base: {
  placeId: string;
  nameEn: string;
  geoPrecision?: GeoPrecision;
}): string {
  const word = isOffsetPlace(base.placeId) ? 'about' : base.geoPrecision === 3 ? 'in' : 'near';
  return `${word} ${base.nameEn}`;
}

/**
 * True when an English place name is a village's placed by another place (`عين شيب, near Idlib
 * outskirts`, `الغدفة, about 35 km south of Idlib`, `كفرلوسين, in Idlib governorate`; see
 * nearPhrase): it says where it is itself.
 */
export function placedByAnother(nameEn: string): boolean {
  return PLACED_BY_ANOTHER.test(nameEn);
}
const PLACED_BY_ANOTHER = /, (?:near|about|in) /;

function pointLocated(place: Place, precision: GeoPrecision): Located {
  return {
    placeId: place.id,
    nameAr: place.nameAr,
    nameEn: place.nameEn,
    lat: place.lat,
    lon: place.lon,
    geoPrecision: precision,
    admin1: place.admin1,
  };
}

/** A corridor along a road or river through the given points, km either side. */
export function corridor(
  points: [number, number][],
  halfWidthKm: number,
): AreaGeometry | undefined {
  if (points.length < 2) return undefined;
  return buffer(lineString(points), halfWidthKm, { units: 'kilometers' })?.geometry;
}
