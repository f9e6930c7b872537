/**
 * The GPU prototype's bench page (bench/gpu/index.html): the same incidents as the app, drawn by
 * GpuPointLayer over a blank style. Sets `window.__gpuMap` and `window.__gpuLayer` once the first
 * frame with the points is drawn, and `window.__gpuTimings` with how long the set-up took.
 *
 * Query: ?data=<incidents.geojson url>&bounds=<[w,s,e,n] JSON>
 */
import * as maplibregl from 'maplibre-gl';
import type { IncidentCollection } from '../../model';
import { toColumns } from './columns';
import { GpuPointLayer } from './pointLayer';

declare global {
  interface Window {
    __gpuMap?: maplibregl.Map;
    __gpuLayer?: GpuPointLayer;
    __gpuTimings?: { fetchParseMs: number; columnsMs: number; firstFrameMs: number };
  }
}

const params = new URLSearchParams(location.search);
const map = new maplibregl.Map({
  container: 'map',
  bounds: JSON.parse(params.get('bounds') ?? '[35.75,35.2,37.35,36.85]'),
  style: {
    version: 8,
    sources: {},
    layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#f2efe9' } }],
  },
});

map.on('load', async () => {
  const t0 = performance.now();
  const data = (await (await fetch(params.get('data')!)).json()) as IncidentCollection;
  const t1 = performance.now();
  const columns = toColumns(data.features);
  const t2 = performance.now();
  const layer = new GpuPointLayer('incidents', columns);
  map.addLayer(layer);
  map.once('idle', () => {
    window.__gpuTimings = {
      fetchParseMs: t1 - t0,
      columnsMs: t2 - t1,
      firstFrameMs: performance.now() - t2,
    };
    window.__gpuLayer = layer;
    window.__gpuMap = map;
  });
});
