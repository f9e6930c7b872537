import type { IncidentFeature } from '../model';

interface Props {
  all: IncidentFeature[];
  visible: IncidentFeature[];
}

/** Histogram of incidents over time with a brushable range. (Placeholder.) */
export function Timeline(_: Props) {
  return null;
}
