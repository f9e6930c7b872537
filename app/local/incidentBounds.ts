import { bbox } from '@turf/turf';
import type { IncidentFeature } from '../model';

/**
 * The bounds `[w, s, e, n]` of the incidents' points, or null when there are none.
 *
 * @example incidentBounds(features) // [36.35, 35.6, 36.9, 36.2]
 */
export function incidentBounds(
  incidents: readonly IncidentFeature[],
): [number, number, number, number] | null {
  if (incidents.length === 0) return null;
  // turf only reads the features: no copy of up to 150k of them to satisfy its mutable type.
  const features = incidents as IncidentFeature[];
  const [w, s, e, n] = bbox({ type: 'FeatureCollection', features });
  return [w, s, e, n];
}
