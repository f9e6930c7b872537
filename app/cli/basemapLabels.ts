import type { Place } from '../model';

const LABELLED_KINDS = new Set(['city', 'town', 'governorate']);

/**
 * The town labels of the basemap: gazetteer places worth naming at regional zooms, with a rank
 * (0 = most important) that the style uses to choose which labels appear at which zoom.
 */
export function basemapLabels(places: Place[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const features = places
    .filter((p) => LABELLED_KINDS.has(p.kind) || (p.population ?? 0) >= 10000)
    .map((p) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] },
      properties: {
        id: p.id,
        nameEn: p.nameEn,
        nameAr: p.nameAr,
        rank: rankOf(p),
      },
    }));
  return { type: 'FeatureCollection', features };
}

function rankOf(p: Place): number {
  const pop = p.population ?? 0;
  if (p.kind === 'city' || pop >= 100000) return 0;
  if (pop >= 20000) return 1;
  return 2;
}
