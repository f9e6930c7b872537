import { booleanPointInPolygon } from '@turf/turf';
import type * as maplibregl from 'maplibre-gl';
import { memo, useEffect, useRef } from 'react';
import { type BBox, selectionPolygon } from '../derive/filters';
import { useFilterContext } from '../derive/useVisibleIncidents';
import { framePadding } from '../map/covers';
import { useMap } from '../map/mapContext';
import { useAtlas } from '../store/store';
import type { Region } from '../store/viewSlice';

const AREA_SOURCE = 'research-area';
const SKETCH_SOURCE = 'research-sketch';
const r5 = (x: number) => Math.round(x * 1e5) / 1e5;

const empty = (): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: [] });

/** Load the governorate polygons once (the basemap's `admin1`), as named regions for the filter. */
function useRegions() {
  useEffect(() => {
    if (useAtlas.getState().regions.size > 0) return;
    const url = new URL('basemap/admin1.geojson', document.baseURI).href;
    fetch(url)
      .then((r) => (r.ok ? r.json() : null))
      .then((fc: GeoJSON.FeatureCollection | null) => {
        const regions = new Map<string, Region>();
        for (const f of fc?.features ?? []) {
          const id = (f.properties as { id?: unknown } | null)?.id;
          if (typeof id === 'string' && f.geometry?.type.endsWith('Polygon'))
            regions.set(id, f as Region);
        }
        useAtlas.getState().setRegions(regions);
      })
      .catch(() => {
        // Without governorate polygons, picking a governorate is unavailable; nothing else breaks.
      });
  }, []);
}

function boundsOf(map: maplibregl.Map): BBox {
  const b = map.getBounds();
  return [r5(b.getWest()), r5(b.getSouth()), r5(b.getEast()), r5(b.getNorth())];
}

/** Closest zoom a fit to new data goes to. */
const FIT_MAX_ZOOM = 10;

/**
 * Map-bound parts of the research tools, as a child of <MapView>: keeps the map position in the
 * store (and moves the map when a link asks), draws the area selection, and runs the small
 * drawing interaction (polygon, rectangle, click a governorate).
 */
function MapToolsView() {
  const map = useMap();
  const area = useAtlas((s) => s.filters.area);
  const drawMode = useAtlas((s) => s.drawMode);
  const mapTarget = useAtlas((s) => s.mapTarget);
  const fitTarget = useAtlas((s) => s.fitTarget);
  const ctx = useFilterContext();
  useRegions();

  // Layers for the selection and the sketch.
  useEffect(() => {
    if (!map) return;
    map.addSource(AREA_SOURCE, { type: 'geojson', data: empty() });
    map.addSource(SKETCH_SOURCE, { type: 'geojson', data: empty() });
    const before = map.getLayer('incidents') ? 'incidents' : undefined;
    map.addLayer(
      {
        id: 'research-area-fill',
        type: 'fill',
        source: AREA_SOURCE,
        paint: { 'fill-color': '#8c2f39', 'fill-opacity': 0.08 },
      },
      before,
    );
    map.addLayer(
      {
        id: 'research-area-line',
        type: 'line',
        source: AREA_SOURCE,
        paint: { 'line-color': '#8c2f39', 'line-width': 2 },
      },
      before,
    );
    map.addLayer({
      id: 'research-sketch-line',
      type: 'line',
      source: SKETCH_SOURCE,
      paint: { 'line-color': '#8c2f39', 'line-width': 2, 'line-dasharray': [2, 1] },
    });
    map.addLayer({
      id: 'research-sketch-points',
      type: 'circle',
      source: SKETCH_SOURCE,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': 4,
        'circle-color': '#fff',
        'circle-stroke-color': '#8c2f39',
        'circle-stroke-width': 2,
      },
    });
    return () => {
      for (const id of [
        'research-sketch-points',
        'research-sketch-line',
        'research-area-line',
        'research-area-fill',
      ])
        if (map.getLayer(id)) map.removeLayer(id);
      for (const id of [SKETCH_SOURCE, AREA_SOURCE]) if (map.getSource(id)) map.removeSource(id);
    };
  }, [map]);

  // Show the selection (not the view: the view is the whole map).
  useEffect(() => {
    if (!map) return;
    const poly = area && area.kind !== 'view' ? selectionPolygon(area, ctx) : null;
    map
      .getSource<maplibregl.GeoJSONSource>(AREA_SOURCE)
      ?.setData(poly ? { type: 'FeatureCollection', features: [poly] } : empty());
  }, [map, area, ctx]);

  // Map position ⇄ store, and "only what is in view".
  useEffect(() => {
    if (!map) return;
    const report = () => {
      const c = map.getCenter();
      const s = useAtlas.getState();
      s.setMapView({ lon: r5(c.lng), lat: r5(c.lat), zoom: Math.round(map.getZoom() * 100) / 100 });
      const a = s.filters.area;
      if (a?.kind === 'view') {
        const bbox = boundsOf(map);
        if (!a.bbox || a.bbox.some((v, i) => v !== bbox[i]))
          s.setFilters({ area: { kind: 'view', bbox } });
      }
    };
    map.on('moveend', report);
    // A link's view waiting to be applied (the effect below) would make this first report the
    // opening view, written to the address bar until the jump's own report replaces it.
    if (!useAtlas.getState().mapTarget) report();
    return () => {
      map.off('moveend', report);
    };
  }, [map]);

  useEffect(() => {
    if (!map || area?.kind !== 'view' || area.bbox) return;
    useAtlas.getState().setFilters({ area: { kind: 'view', bbox: boundsOf(map) } });
  }, [map, area]);

  useEffect(() => {
    if (!map || !mapTarget) return;
    map.jumpTo({ center: [mapTarget.lon, mapTarget.lat], zoom: mapTarget.zoom });
    useAtlas.getState().flyMap(null);
  }, [map, mapTarget]);

  // New data (a reader's own reports): frame them, not closer than a district (one village
  // alone would otherwise fill the screen).
  useEffect(() => {
    if (!map || !fitTarget) return;
    const [w, s, e, n] = fitTarget;
    // Framed in the part the legend and the panel leave visible: nothing read hides under them.
    map.fitBounds([w, s, e, n], { padding: framePadding(map), maxZoom: FIT_MAX_ZOOM, duration: 0 });
    useAtlas.getState().fitMap(null);
  }, [map, fitTarget]);

  // Drawing.
  const sketch = useRef<[number, number][]>([]);
  useEffect(() => {
    if (!map || drawMode === 'none') return;
    const canvas = map.getCanvas();
    canvas.style.cursor = 'crosshair';
    // A click while drawing is for drawing: undo the incident selection the map makes on it.
    const selectedBefore = useAtlas.getState().selectedId;
    const keepSelection = () => {
      if (useAtlas.getState().selectedId !== selectedBefore)
        useAtlas.getState().select(selectedBefore);
    };
    sketch.current = [];
    const show = (pts: [number, number][], cursor?: [number, number]) => {
      const line = cursor ? [...pts, cursor] : pts;
      const features: GeoJSON.Feature[] = pts.map((p) => ({
        type: 'Feature',
        properties: {},
        geometry: { type: 'Point', coordinates: p },
      }));
      if (line.length >= 2)
        features.push({
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'LineString',
            coordinates: drawMode === 'polygon' && line.length > 2 ? [...line, line[0]!] : line,
          },
        });
      map
        .getSource<maplibregl.GeoJSONSource>(SKETCH_SOURCE)
        ?.setData({ type: 'FeatureCollection', features });
    };
    const done = () => {
      show([]);
      useAtlas.getState().setDrawMode('none');
    };
    const lngLat = (e: maplibregl.MapMouseEvent): [number, number] => [
      r5(e.lngLat.lng),
      r5(e.lngLat.lat),
    ];
    const finishPolygon = () => {
      const ring = sketch.current;
      if (ring.length >= 3) useAtlas.getState().setFilters({ area: { kind: 'polygon', ring } });
      done();
    };

    const handlers: [string, (e: maplibregl.MapMouseEvent) => void][] = [];
    const on = (type: string, fn: (e: maplibregl.MapMouseEvent) => void) => {
      handlers.push([type, fn]);
      map.on(type as 'click', fn);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') done();
      if (e.key === 'Enter' && drawMode === 'polygon') finishPolygon();
    };
    window.addEventListener('keydown', onKey);
    const finishFromOutside = () => finishPolygon();
    window.addEventListener('research:finish-drawing', finishFromOutside);

    if (drawMode === 'polygon') {
      map.doubleClickZoom.disable();
      on('click', (e) => {
        keepSelection();
        const pts = sketch.current;
        const first = pts[0];
        if (first && pts.length >= 3) {
          const p = map.project(first);
          if (Math.hypot(p.x - e.point.x, p.y - e.point.y) < 10) {
            finishPolygon();
            return;
          }
        }
        const last = pts[pts.length - 1];
        const here = lngLat(e);
        if (!last || last[0] !== here[0] || last[1] !== here[1]) pts.push(here);
        show(pts);
      });
      on('dblclick', (e) => {
        e.preventDefault();
        finishPolygon();
      });
      on('mousemove', (e) => {
        if (sketch.current.length > 0) show(sketch.current, lngLat(e));
      });
    } else if (drawMode === 'rectangle') {
      map.dragPan.disable();
      // A finger draws as a mouse does: maplibre gives touches their own events, and a lifted
      // finger no position (the last one moved to is the corner).
      map.touchZoomRotate.disable();
      let start: [number, number] | null = null;
      let corner: [number, number] | null = null;
      const begin = (e: maplibregl.MapMouseEvent) => {
        start = lngLat(e);
        corner = start;
      };
      const move = (e: maplibregl.MapMouseEvent) => {
        if (!start) return;
        corner = lngLat(e);
        const [x, y] = corner;
        show([start, [x, start[1]], [x, y], [start[0], y], start]);
      };
      const end = (e?: maplibregl.MapMouseEvent) => {
        if (!start) return;
        setTimeout(keepSelection, 0);
        const [x, y] = e ? lngLat(e) : corner!;
        const bbox: BBox = [
          Math.min(start[0], x),
          Math.min(start[1], y),
          Math.max(start[0], x),
          Math.max(start[1], y),
        ];
        start = null;
        if (bbox[0] < bbox[2] && bbox[1] < bbox[3])
          useAtlas.getState().setFilters({ area: { kind: 'bbox', bbox } });
        done();
      };
      on('mousedown', begin);
      on('mousemove', move);
      on('mouseup', end);
      on('touchstart', begin);
      on('touchmove', move);
      on('touchend', () => end());
    } else if (drawMode === 'region') {
      on('click', (e) => {
        keepSelection();
        const pt: [number, number] = [e.lngLat.lng, e.lngLat.lat];
        for (const [id, f] of useAtlas.getState().regions) {
          if (booleanPointInPolygon(pt, f.geometry)) {
            useAtlas.getState().setFilters({ area: { kind: 'region', id } });
            break;
          }
        }
        done();
      });
    }
    return () => {
      for (const [type, fn] of handlers) map.off(type as 'click', fn);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('research:finish-drawing', finishFromOutside);
      map.doubleClickZoom.enable();
      map.dragPan.enable();
      map.touchZoomRotate.enable();
      canvas.style.cursor = '';
      show([]);
    };
  }, [map, drawMode]);

  return null;
}

/** Memoised: it reads the store itself, so the page's re-render on every filter change skips it. */
export const MapTools = memo(MapToolsView);
