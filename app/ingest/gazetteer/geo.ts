/** Small geodesy helpers (pure). */

export interface BBox {
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
}

/**
 * The area the gazetteer covers: Idlib, western Aleppo and Afrin (incl. Azaz, al-Bab,
 * Kuweires), northern Hama and al-Ghab, northern Latakia. The southern edge (34.90) keeps
 * Hama city and its northern countryside; the eastern edge (37.60) keeps Aleppo's eastern
 * airbase (Kuweires) while leaving out the Euphrates valley.
 */
export const NW_SYRIA_BBOX: BBox = { minLat: 34.9, maxLat: 36.9, minLon: 35.7, maxLon: 37.6 };

export function inBBox(lat: number, lon: number, box: BBox = NW_SYRIA_BBOX): boolean {
  return lat >= box.minLat && lat <= box.maxLat && lon >= box.minLon && lon <= box.maxLon;
}

/** Great-circle distance in km (haversine, mean Earth radius). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = 6371.0088;
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * r * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Round to 5 decimals (~1 m) so output is stable and diffs stay readable. */
export function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
