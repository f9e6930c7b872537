import type { MapMouseEvent } from 'maplibre-gl';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useFiltered } from '../../derive/useVisibleIncidents';
import { incidentsPainted } from '../../load/painted';
import { useAtlas } from '../../store/store';
import { useMap } from '../mapContext';
import { IncidentMarkers } from './incidentMarkers';

export { MARKERS_THRESHOLD } from './threshold';

/** What the end-to-end tests and the benchmark read (like window.__atlasMap). */
declare global {
  interface Window {
    __atlasMarkers?: {
      layer: IncidentMarkers;
      /** The id of the visible incident under a point (CSS px in the map), or null. */
      pick(x: number, y: number): string | null;
    };
  }
}

export const MARKERS_LAYER_ID = 'incidents-markers';

/**
 * The incidents of a large dataset, drawn on a canvas of markers over the map (a child of
 * <MapView>; see IncidentMarkers): built once from the filter index's columns; a filter change
 * redraws the markers, not the map. Hover and click pick on the CPU over the visible incidents;
 * the selected incident gets a ring.
 */
export function IncidentMarkersLayer() {
  const map = useMap();
  const filtered = useFiltered();
  const selectedId = useAtlas((s) => s.selectedId);
  const data = useAtlas((s) => s.data);
  const columns = data.status === 'ready' ? data.data.columns?.columns : undefined;
  const index = filtered?.index;
  const layerRef = useRef<IncidentMarkers | null>(null);
  const maskRef = useRef<Uint8Array | null>(null);
  maskRef.current = filtered?.result.mask ?? null;

  useEffect(() => {
    if (!map || !index || !columns || index.n !== columns.count) return;
    const layer = new IncidentMarkers(
      MARKERS_LAYER_ID,
      index,
      maskRef.current ?? new Uint8Array(index.n).fill(1),
    );
    layer.onFirstDraw = incidentsPainted;
    layer.attach(map, map.getLayer('incidents') ? 'incidents' : undefined);
    layerRef.current = layer;
    const sel = useAtlas.getState().selectedId;
    if (sel) layer.setSelected(columns.positionOf(sel));
    const idAt = (x: number, y: number) => {
      const i = layer.pick(x, y);
      return i >= 0 ? columns.idAt(i) || null : null;
    };
    window.__atlasMarkers = { layer, pick: idAt };
    let hoverFrame = 0;
    const onMove = (e: MapMouseEvent) => {
      if (hoverFrame) return;
      const { x, y } = e.point;
      hoverFrame = requestAnimationFrame(() => {
        hoverFrame = 0;
        map.getCanvas().style.cursor = layer.pick(x, y) >= 0 ? 'pointer' : '';
      });
    };
    const onClick = (e: MapMouseEvent) => {
      const id = idAt(e.point.x, e.point.y);
      if (id) useAtlas.getState().select(id);
    };
    map.on('mousemove', onMove);
    map.on('click', onClick);
    return () => {
      cancelAnimationFrame(hoverFrame);
      map.off('mousemove', onMove);
      map.off('click', onClick);
      layer.detach();
      layerRef.current = null;
      if (window.__atlasMarkers?.layer === layer) window.__atlasMarkers = undefined;
    };
  }, [map, index, columns]);

  // A filter change: send the new mask in the layout phase, so the points are redrawn in the same
  // frame as the list, counts and timeline (a passive effect would run after that frame's paint).
  useLayoutEffect(() => {
    if (filtered) layerRef.current?.setMask(filtered.result.mask);
  }, [filtered]);

  // Selection ring: find the selected id's position (in the joined ids, nothing split).
  useEffect(() => {
    const layer = layerRef.current;
    if (!layer || !columns) return;
    layer.setSelected(selectedId ? columns.positionOf(selectedId) : -1);
  }, [selectedId, columns]);

  return null;
}
