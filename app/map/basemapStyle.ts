import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/messages';

/** Colours of the offline basemap: muted, warm paper tones, so that incidents carry the colour. */
export const BASEMAP_COLOURS = {
  sea: '#d3e0e6',
  coast: '#a9bfca',
  land: '#e9e5dd',
  syria: '#f8f6f1',
  border: '#6f6476',
  borderCasing: '#ffffff',
  governorate: '#b3a9b8',
  governorateName: '#9389a0',
  country: '#8c8579',
  water: '#6f8fa0',
  town: '#4a4640',
  road: '#d8c3a0',
  region: '#8a7f70',
  townDot: '#7a736a',
  label: '#33302b',
  labelHalo: '#fbfaf7',
} as const;

/** The label text in the interface language, falling back to the other one. */
export function nameExpression(lang: Lang): ExpressionSpecification {
  return lang === 'ar'
    ? ['coalesce', ['get', 'nameAr'], ['get', 'nameEn']]
    : ['coalesce', ['get', 'nameEn'], ['get', 'nameAr']];
}

/** Label layers of the offline basemap whose text follows the interface language. */
export const LABEL_LAYERS = [
  'water-names',
  'region-names',
  'country-names',
  'governorate-names',
  'town-labels',
] as const;

/** Where the offline basemap comes from (its sources carry none: maplibre shows this instead). */
export const OFFLINE_ATTRIBUTION = 'Natural Earth · GeoNames';

/**
 * An online basemap style to use instead of the offline one, set at build time with
 * `VITE_BASEMAP_STYLE_URL` (see README). Only http(s) URLs are accepted; anything else is ignored.
 */
export function onlineStyleUrl(): string | null {
  const url = import.meta.env.VITE_BASEMAP_STYLE_URL as string | undefined;
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Town labels appear by rank as one zooms in: capitals always, then cities, towns, villages. */
const townRankFilter: ExpressionSpecification = [
  '<=',
  ['get', 'rank'],
  ['step', ['zoom'], 0, 7.5, 1, 8.8, 2, 10, 3],
];

/**
 * The offline basemap, as a style: every source is a GeoJSON file shipped in `public/basemap/`.
 * No `glyphs`: maplibre then draws labels with the browser's fonts, which shapes Arabic properly.
 */
export function basemapStyle(lang: Lang, base = 'basemap'): StyleSpecification {
  const url = (name: string) => new URL(`${base}/${name}.geojson`, document.baseURI).href;
  const ar = lang === 'ar';
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: url('countries') },
      borders: { type: 'geojson', data: url('borders') },
      admin1: { type: 'geojson', data: url('admin1') },
      labels: { type: 'geojson', data: url('labels') },
      water: { type: 'geojson', data: url('water-labels') },
      admin1Labels: { type: 'geojson', data: url('admin1-labels') },
      countryLabels: { type: 'geojson', data: url('country-labels') },
      roads: { type: 'geojson', data: url('roads') },
      regions: { type: 'geojson', data: url('regions') },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': BASEMAP_COLOURS.sea } },
      {
        id: 'land',
        type: 'fill',
        source: 'countries',
        paint: {
          'fill-color': [
            'case',
            ['==', ['get', 'id'], '760'],
            BASEMAP_COLOURS.syria,
            BASEMAP_COLOURS.land,
          ],
        },
      },
      {
        id: 'coast',
        type: 'line',
        source: 'countries',
        paint: {
          'line-color': BASEMAP_COLOURS.coast,
          'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.8, 11, 2],
        },
      },
      {
        id: 'governorate-lines',
        type: 'line',
        source: 'admin1',
        paint: {
          'line-color': BASEMAP_COLOURS.governorate,
          'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.8, 11, 1.6],
          'line-dasharray': [4, 2],
        },
      },
      {
        id: 'road-casing',
        type: 'line',
        source: 'roads',
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': '#ffffff',
          'line-width': ['interpolate', ['linear'], ['zoom'], 7, 2.5, 12, 6],
        },
      },
      {
        id: 'roads',
        type: 'line',
        source: 'roads',
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': BASEMAP_COLOURS.road,
          'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1, 12, 3],
        },
      },
      {
        id: 'country-border-casing',
        type: 'line',
        source: 'borders',
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': BASEMAP_COLOURS.borderCasing,
          'line-width': ['interpolate', ['linear'], ['zoom'], 6, 3, 11, 6],
          'line-opacity': 0.9,
        },
      },
      {
        id: 'country-borders',
        type: 'line',
        source: 'borders',
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': BASEMAP_COLOURS.border,
          'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.2, 11, 2.2],
        },
      },
      {
        id: 'water-names',
        type: 'symbol',
        source: 'water',
        layout: {
          'text-field': nameExpression(lang),
          'text-size': 13,
          'text-letter-spacing': ar ? 0 : 0.15,
        },
        paint: {
          'text-color': BASEMAP_COLOURS.water,
          'text-halo-color': BASEMAP_COLOURS.sea,
          'text-halo-width': 1,
        },
      },
      {
        id: 'governorate-names',
        type: 'symbol',
        source: 'admin1Labels',
        maxzoom: 9.5,
        layout: {
          'text-field': nameExpression(lang),
          'text-size': ['interpolate', ['linear'], ['zoom'], 6, 11, 9, 14],
          'text-letter-spacing': ar ? 0 : 0.12,
          'text-transform': ar ? 'none' : 'uppercase',
          'text-padding': 20,
        },
        paint: {
          'text-color': BASEMAP_COLOURS.governorateName,
          'text-halo-color': BASEMAP_COLOURS.labelHalo,
          'text-halo-width': 1.2,
        },
      },
      {
        id: 'country-names',
        type: 'symbol',
        source: 'countryLabels',
        filter: ['!=', ['get', 'id'], '760'],
        layout: {
          'text-field': nameExpression(lang),
          'text-size': 15,
          'text-letter-spacing': ar ? 0 : 0.2,
          'text-transform': ar ? 'none' : 'uppercase',
        },
        paint: {
          'text-color': BASEMAP_COLOURS.country,
          'text-halo-color': BASEMAP_COLOURS.land,
          'text-halo-width': 1,
        },
      },
      {
        id: 'road-refs',
        type: 'symbol',
        source: 'roads',
        minzoom: 8,
        layout: {
          'symbol-placement': 'line',
          'symbol-spacing': 250,
          'text-field': ['get', 'ref'],
          'text-size': 10,
          'text-keep-upright': true,
        },
        paint: {
          'text-color': '#8a6d3b',
          'text-halo-color': BASEMAP_COLOURS.labelHalo,
          'text-halo-width': 2,
        },
      },
      {
        id: 'region-names',
        type: 'symbol',
        source: 'regions',
        minzoom: 8.5,
        layout: {
          'text-field': nameExpression(lang),
          'text-size': 12,
          'text-letter-spacing': ar ? 0 : 0.08,
          'text-max-width': 7,
        },
        paint: {
          'text-color': BASEMAP_COLOURS.region,
          'text-halo-color': BASEMAP_COLOURS.labelHalo,
          'text-halo-width': 1.2,
        },
      },
      {
        id: 'town-dots',
        type: 'circle',
        source: 'labels',
        filter: townRankFilter,
        paint: {
          'circle-radius': ['match', ['get', 'rank'], 0, 3.5, 1, 2.5, 2],
          'circle-color': BASEMAP_COLOURS.townDot,
          'circle-stroke-color': BASEMAP_COLOURS.labelHalo,
          'circle-stroke-width': 1,
        },
      },
      {
        id: 'town-labels',
        type: 'symbol',
        source: 'labels',
        filter: townRankFilter,
        layout: {
          'text-field': nameExpression(lang),
          'text-size': ['match', ['get', 'rank'], 0, 15, 1, 13, 2, 12, 11],
          'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
          'text-radial-offset': 0.7,
          'text-padding': 4,
          'symbol-sort-key': ['get', 'rank'],
        },
        paint: {
          'text-color': ['match', ['get', 'rank'], 0, BASEMAP_COLOURS.label, BASEMAP_COLOURS.town],
          'text-halo-color': BASEMAP_COLOURS.labelHalo,
          'text-halo-width': 1.6,
        },
      },
    ],
  };
}
