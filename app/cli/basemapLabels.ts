import { plainEnglish } from '../ingest/gazetteer/englishName';
import type { Place } from '../model';

/** Places named on the basemap: settlements (governorates have their own polygon labels). */
const LABELLED_KINDS = new Set(['city', 'town']);

/** The governorate capitals of the region: named at every zoom. */
const CAPITALS = new Set(['Aleppo', 'Idlib', 'Hama', 'Latakia', 'Homs', 'Tartus']);

/**
 * The town labels of the basemap: gazetteer places worth naming at regional zooms, with a rank
 * (0 = most important) that the style uses to choose which labels appear at which zoom:
 * 0 capitals, 1 cities and large towns, 2 towns, 3 smaller places.
 */
export function basemapLabels(places: Place[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const features = places
    .filter(
      (p) =>
        p.kind !== 'governorate' && (LABELLED_KINDS.has(p.kind) || (p.population ?? 0) >= 10000),
    )
    .map((p) => {
      const nameEn = plainEnglish(p.nameEn);
      return {
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] },
        properties: { id: p.id, nameEn, nameAr: p.nameAr, rank: rankOf(p, nameEn) },
      };
    })
    .sort((a, b) => a.properties.rank - b.properties.rank);
  return { type: 'FeatureCollection', features };
}

function rankOf(p: Place, nameEn: string): number {
  const pop = p.population ?? 0;
  if (CAPITALS.has(nameEn)) return 0;
  if (p.kind === 'city' || pop >= 40000) return 1;
  if (pop >= 15000) return 2;
  return 3;
}
