import type { IncidentFeature, IncidentType } from '../../model';
import { INCIDENT_TYPES } from '../../model';

/**
 * Incidents as columns of typed arrays, ready to upload to the GPU once: positions already in
 * Web Mercator (0..1 across the world, as maplibre's custom layers expect), dates as day numbers
 * so that a date filter is a comparison in the vertex shader rather than a re-tiling.
 */
export interface IncidentColumns {
  count: number;
  /** x0, y0, x1, y1, ... in Web Mercator units (0..1). */
  mercator: Float32Array;
  /** start0, end0, start1, end1, ... as days since 1970-01-01 (exact in float32 until year 47,000). */
  days: Float32Array;
  /** Index into INCIDENT_TYPES. */
  types: Uint8Array;
}

/** Web Mercator x, y in 0..1 for a longitude and latitude in degrees. */
export function toMercator(lon: number, lat: number): [number, number] {
  const x = (lon + 180) / 360;
  const s = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
  return [x, y];
}

/**
 * Day number of a `YYYY-MM-DD` date (UTC), parsed by hand: it runs 100k times per load.
 *
 * @example dayNumber('1970-01-02') // 1
 */
export function dayNumber(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

const TYPE_INDEX = new Map<IncidentType, number>(INCIDENT_TYPES.map((t, i) => [t, i]));

/**
 * Build the columns from GeoJSON features.
 *
 * @example
 * const c = toColumns(features);
 * c.days[0] // day number of features[0].properties.date
 */
export function toColumns(features: readonly IncidentFeature[]): IncidentColumns {
  const count = features.length;
  const mercator = new Float32Array(count * 2);
  const days = new Float32Array(count * 2);
  const types = new Uint8Array(count);
  const other = TYPE_INDEX.get('other')!;
  features.forEach((f, i) => {
    const [lon, lat] = f.geometry.coordinates as [number, number];
    const [x, y] = toMercator(lon, lat);
    mercator[2 * i] = x;
    mercator[2 * i + 1] = y;
    const start = dayNumber(f.properties.date);
    days[2 * i] = start;
    days[2 * i + 1] = f.properties.dateEnd ? dayNumber(f.properties.dateEnd) : start;
    types[i] = TYPE_INDEX.get(f.properties.type) ?? other;
  });
  return { count, mercator, days, types };
}
