import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/messages';

/** Colours of the offline basemap: muted, so that incidents carry the colour. */
export const BASEMAP_COLOURS = {
  sea: '#c9d9e3',
  land: '#f2efe9',
  syria: '#fbfaf7',
  border: '#7d6e83',
  governorate: '#b9aebf',
  label: '#3b3b3b',
  labelHalo: '#ffffff',
} as const;

/** The label text in the interface language, falling back to the other one. */
export function nameExpression(lang: Lang): ExpressionSpecification {
  return lang === 'ar'
    ? ['coalesce', ['get', 'nameAr'], ['get', 'nameEn']]
    : ['coalesce', ['get', 'nameEn'], ['get', 'nameAr']];
}

/**
 * The offline basemap, as a style: every source is a GeoJSON file shipped in `public/basemap/`.
 * No `glyphs`: maplibre then draws labels with the browser's fonts, which shapes Arabic properly.
 */
export function basemapStyle(lang: Lang, base = 'basemap'): StyleSpecification {
  const url = (name: string) => new URL(`${base}/${name}.geojson`, document.baseURI).href;
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: url('countries') },
      borders: { type: 'geojson', data: url('borders') },
      admin1: { type: 'geojson', data: url('admin1') },
      labels: { type: 'geojson', data: url('labels') },
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
        id: 'governorate-lines',
        type: 'line',
        source: 'admin1',
        paint: {
          'line-color': BASEMAP_COLOURS.governorate,
          'line-width': 1,
          'line-dasharray': [3, 2],
        },
      },
      {
        id: 'country-borders',
        type: 'line',
        source: 'borders',
        paint: { 'line-color': BASEMAP_COLOURS.border, 'line-width': 1.6 },
      },
      {
        id: 'governorate-names',
        type: 'symbol',
        source: 'admin1',
        maxzoom: 9,
        layout: {
          'text-field': nameExpression(lang),
          'text-size': 13,
          'text-letter-spacing': lang === 'ar' ? 0 : 0.1,
          'text-transform': lang === 'ar' ? 'none' : 'uppercase',
        },
        paint: { 'text-color': '#9a8fa0', 'text-halo-color': '#fff', 'text-halo-width': 1 },
      },
      {
        id: 'country-names',
        type: 'symbol',
        source: 'countries',
        filter: ['!=', ['get', 'id'], '760'],
        layout: { 'text-field': nameExpression(lang), 'text-size': 15 },
        paint: { 'text-color': '#8a8a8a', 'text-halo-color': '#fff', 'text-halo-width': 1 },
      },
      {
        id: 'town-labels',
        type: 'symbol',
        source: 'labels',
        filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 0, 8, 1, 9.5, 2]],
        layout: {
          'text-field': nameExpression(lang),
          'text-size': ['match', ['get', 'rank'], 0, 14, 1, 12, 11],
          'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
          'text-radial-offset': 0.6,
        },
        paint: {
          'text-color': BASEMAP_COLOURS.label,
          'text-halo-color': BASEMAP_COLOURS.labelHalo,
          'text-halo-width': 1.5,
        },
      },
    ],
  };
}
