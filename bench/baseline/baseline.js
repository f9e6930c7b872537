// The benchmark's baseline page: the same incident points as the app, drawn by a plain maplibre
// GeoJSON circle layer and filtered by date with setFilter — no React, no store, no list. It is
// served by the bench's own static server, never bundled with the app.
//
// Query: ?data=<incidents.geojson url>&bounds=<[w,s,e,n] JSON>
import * as maplibregl from '/maplibre/maplibre-gl.mjs';

const params = new URLSearchParams(location.search);
const bounds = JSON.parse(params.get('bounds') ?? '[35.75,35.2,37.35,36.85]');

const map = new maplibregl.Map({
  container: 'map',
  bounds,
  style: {
    version: 8,
    sources: {},
    layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#f2efe9' } }],
  },
});

map.on('load', () => {
  map.addSource('incidents', { type: 'geojson', data: params.get('data') });
  map.addLayer({
    id: 'incidents',
    type: 'circle',
    source: 'incidents',
    paint: {
      'circle-color': [
        'match',
        ['get', 'type'],
        'airstrike', '#D55E00',
        'shelling', '#E69F00',
        'clash', '#CC79A7',
        'attack', '#0072B2',
        'explosion', '#000000',
        'deployment', '#009E73',
        'agreement', '#56B4E9',
        '#7f7f7f',
      ],
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 5, 12, 9],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
      'circle-opacity': 0.9,
    },
  });
  const ready = () => {
    if (!map.isSourceLoaded('incidents')) return;
    map.off('idle', ready);
    window.__baselineMap = map;
  };
  map.on('idle', ready);
});
