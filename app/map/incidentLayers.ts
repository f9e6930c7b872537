import type {
  ExpressionSpecification,
  LayerSpecification,
  Map as MaplibreMap,
  SourceSpecification,
} from 'maplibre-gl';
import { type Lang, locale } from '../i18n/messages';
import { INCIDENT_TYPES, type IncidentType } from '../model';
import { drawMarker, TYPE_SHAPES } from './shapes';

export const INCIDENT_SOURCE = 'incidents';
export const AREA_SOURCE = 'incident-areas';
export const FOCUS_SOURCE = 'incident-focus';
export const MENTION_SOURCE = 'mention';

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

/** Zoom above which clusters always split into their incidents. */
export const CLUSTER_MAX_ZOOM = 12;

/** Name of the generated marker image of a type, filled (precise) or hollow (approximate). */
export function iconName(type: IncidentType, hollow: boolean): string {
  return `incident-${type}-${hollow ? 'area' : 'exact'}`;
}

const ICON_PX = 48;
const ICON_RATIO = 2;

/** Draw the markers of every type into the map's sprite at runtime: no network, no sprite file. */
export function addIncidentIcons(map: MaplibreMap): void {
  const canvas = document.createElement('canvas');
  canvas.width = ICON_PX;
  canvas.height = ICON_PX;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  for (const type of INCIDENT_TYPES) {
    for (const hollow of [false, true]) {
      const name = iconName(type, hollow);
      if (map.hasImage(name)) continue;
      drawMarker(ctx, TYPE_SHAPES[type], TYPE_COLOURS[type], ICON_PX, hollow);
      map.addImage(name, ctx.getImageData(0, 0, ICON_PX, ICON_PX), { pixelRatio: ICON_RATIO });
    }
  }
}

const casualties: ExpressionSpecification = [
  '+',
  ['coalesce', ['get', 'fatalities'], 0],
  ['coalesce', ['get', 'injuries'], 0],
];

/** Marker scale by people killed or injured (the legend shows the same steps). */
export const SIZE_STEPS: [number, number][] = [
  [0, 0.9],
  [5, 1.1],
  [25, 1.45],
  [100, 1.9],
];

const iconSize: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  casualties,
  ...SIZE_STEPS.flat(),
] as unknown as ExpressionSpecification;

const iconImage: ExpressionSpecification = [
  'concat',
  'incident-',
  ['get', 'type'],
  ['case', ['>', ['coalesce', ['get', 'geoPrecision'], 1], 1], '-area', '-exact'],
];

/** Text of the cluster counts, with the digits of the interface language. */
export function clusterCountText(lang: Lang): ExpressionSpecification {
  return ['number-format', ['get', 'point_count'], { locale: locale(lang) }];
}

export function incidentSources(): Record<string, SourceSpecification> {
  const empty = { type: 'FeatureCollection' as const, features: [] };
  return {
    [AREA_SOURCE]: { type: 'geojson', data: empty },
    [INCIDENT_SOURCE]: {
      type: 'geojson',
      data: empty,
      cluster: true,
      clusterRadius: 42,
      clusterMaxZoom: CLUSTER_MAX_ZOOM,
      promoteId: 'id',
    },
    [FOCUS_SOURCE]: { type: 'geojson', data: empty },
    [MENTION_SOURCE]: { type: 'geojson', data: empty },
  };
}

/** The incident layers, declared as data; the map component adds them once, in this order. */
export function incidentLayers(lang: Lang): LayerSpecification[] {
  return [
    {
      id: 'incident-area-fill',
      type: 'fill',
      source: AREA_SOURCE,
      paint: { 'fill-color': '#5b4a6b', 'fill-opacity': 0.12 },
    },
    {
      id: 'incident-area-line',
      type: 'line',
      source: AREA_SOURCE,
      paint: { 'line-color': '#5b4a6b', 'line-width': 2, 'line-dasharray': [2, 1.5] },
    },
    {
      id: 'incident-clusters',
      type: 'circle',
      source: INCIDENT_SOURCE,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': '#3d3a44',
        'circle-opacity': 0.85,
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['get', 'point_count'],
          2,
          13,
          50,
          20,
          1000,
          30,
        ],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'incident-cluster-count',
      type: 'symbol',
      source: INCIDENT_SOURCE,
      filter: ['has', 'point_count'],
      layout: {
        'text-field': clusterCountText(lang),
        'text-size': 12,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: 'incidents',
      type: 'symbol',
      source: INCIDENT_SOURCE,
      filter: ['!', ['has', 'point_count']],
      layout: {
        'icon-image': iconImage,
        'icon-size': iconSize,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        // Small markers on top of large ones, so none hides another completely.
        'symbol-sort-key': ['-', 0, casualties],
      },
    },
    {
      id: 'incident-focus-ring',
      type: 'circle',
      source: FOCUS_SOURCE,
      paint: {
        'circle-color': 'rgba(0,0,0,0)',
        'circle-radius': ['match', ['get', 'role'], 'selected', 17, 14],
        'circle-stroke-color': ['match', ['get', 'role'], 'selected', '#1a1a1a', '#5b4a6b'],
        'circle-stroke-width': ['match', ['get', 'role'], 'selected', 3, 2],
      },
    },
    {
      id: 'incident-focus-icon',
      type: 'symbol',
      source: FOCUS_SOURCE,
      layout: {
        'icon-image': iconImage,
        'icon-size': iconSize,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
    {
      id: 'mention-halo',
      type: 'circle',
      source: MENTION_SOURCE,
      paint: {
        'circle-color': 'rgba(255, 200, 87, 0.35)',
        'circle-radius': 22,
        'circle-stroke-color': '#b07800',
        'circle-stroke-width': 2.5,
      },
    },
  ];
}
