import type { CircleLayerSpecification, ExpressionSpecification } from 'maplibre-gl';
import type { IncidentType } from '../model';

export const INCIDENT_SOURCE = 'incidents';

/** Okabe–Ito palette: distinguishable with the common colour-vision deficiencies. */
export const TYPE_COLOURS: Record<IncidentType, string> = {
  airstrike: '#D55E00',
  shelling: '#E69F00',
  clash: '#CC79A7',
  attack: '#0072B2',
  explosion: '#000000',
  deployment: '#009E73',
  agreement: '#56B4E9',
  other: '#7f7f7f',
};

const typeColour: ExpressionSpecification = [
  'match',
  ['get', 'type'],
  ...Object.entries(TYPE_COLOURS).flat(),
  '#7f7f7f',
] as unknown as ExpressionSpecification;

/** The incident layers, declared as data; the map component adds them once. */
export const incidentLayers: CircleLayerSpecification[] = [
  {
    id: 'incidents',
    type: 'circle',
    source: INCIDENT_SOURCE,
    paint: {
      'circle-color': typeColour,
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 5, 12, 9],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
      'circle-opacity': 0.9,
    },
  },
  {
    id: 'incident-selected',
    type: 'circle',
    source: INCIDENT_SOURCE,
    filter: ['==', ['get', 'id'], ''],
    paint: {
      'circle-color': 'rgba(0,0,0,0)',
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 10, 12, 15],
      'circle-stroke-color': '#1a1a1a',
      'circle-stroke-width': 3,
    },
  },
];
