import type { IncidentFeature } from '../model';

interface Props {
  incidents: IncidentFeature[];
}

/** The list of visible incidents: the accessible alternative to the map. (Placeholder.) */
export function IncidentList(_: Props) {
  return null;
}
