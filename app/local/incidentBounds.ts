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
  const [w, s, e, n] = bbox({ type: 'FeatureCollection', features: [...incidents] });
  return [w, s, e, n];
}
