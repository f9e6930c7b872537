import type { MapMouseEvent } from 'maplibre-gl';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useFiltered } from '../../derive/useVisibleIncidents';
import { formatNumber } from '../../i18n/messages';
import { rowFromColumns } from '../../list/listRows';
import { incidentsPainted } from '../../load/painted';
import { useAtlas } from '../../store/store';
import { useMap } from '../mapContext';
import { IncidentMarkers } from './incidentMarkers';
import { useMapOverlays } from './overlays';
import { pickerRows } from './pickerRows';

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
 * redraws the markers, not the map. Hover and click pick on the CPU over the visible stacks and
 * behave as the map's own incident layer: hovering shows the map's tooltip (the incident on top,
 * and how many more are at that place), clicking a place of several incidents opens the map's
 * place picker with all of them, a single incident opens directly. Tooltip and picker read the
 * compact columns, so they never wait for the details. The selected incident gets a ring, and
 * so does the one hovered (in the list, or on the map).
 */
export function IncidentMarkersLayer() {
  const map = useMap();
  const overlays = useMapOverlays();
  const filtered = useFiltered();
  const lang = useAtlas((s) => s.lang);
  const selectedId = useAtlas((s) => s.selectedId);
  const hoveredId = useAtlas((s) => s.hoveredId);
  const data = useAtlas((s) => s.data);
  const columns = data.status === 'ready' ? data.data.columns?.columns : undefined;
  const index = filtered?.index;
  const layerRef = useRef<IncidentMarkers | null>(null);
  /** Whether the place picker open over the map is this layer's (closed when the filter changes). */
  const pickerOpen = useRef(false);
  /** The incident last hovered on the canvas, whose position is known without a search. */
  const hovered = useRef<{ id: string; position: number } | null>(null);
  const maskRef = useRef<Uint8Array | null>(null);
  maskRef.current = filtered?.result.mask ?? null;
  /** Shows again what is under the pointer after a filter change (set while the layer is up). */
  const refreshRef = useRef<(() => void) | null>(null);

  // A place's count in the interface's digits (١٢ in Arabic).
  useEffect(() => {
    layerRef.current?.setCountFormat((n) => formatNumber(n, lang));
  }, [lang]);

  useEffect(() => {
    if (!map || !index || !columns || index.n !== columns.count) return;
    const layer = new IncidentMarkers(
      MARKERS_LAYER_ID,
      index,
      maskRef.current ?? new Uint8Array(index.n).fill(1),
    );
    layer.onFirstDraw = incidentsPainted;
    layer.setCountFormat((n) => formatNumber(n, useAtlas.getState().lang));
    layer.attach(map, map.getLayer('incidents') ? 'incidents' : undefined);
    layerRef.current = layer;
    hovered.current = null;
    const sel = useAtlas.getState().selectedId;
    if (sel) layer.setSelected(columns.positionOf(sel));
    const hov = useAtlas.getState().hoveredId;
    if (hov) layer.setHovered(columns.positionOf(hov));
    const idAt = (x: number, y: number) => {
      const i = layer.pick(x, y);
      return i >= 0 ? columns.idAt(i) || null : null;
    };
    window.__atlasMarkers = { layer, pick: idAt };

    // What the pointer is over: the cursor, the tooltip and the hovered incident, as the map's
    // incident layer does. The store's hover is set back to none only if set here, so that a
    // list row hovered meanwhile keeps its ring.
    let hoverFrame = 0;
    let pointer: { x: number; y: number } | null = null;
    let tipShown = false;
    let hoverSet: string | null = null;
    const showHover = () => {
      const hit = pointer ? layer.hitAt(pointer.x, pointer.y) : null;
      map.getCanvas().style.cursor = hit ? 'pointer' : '';
      const store = useAtlas.getState();
      if (!hit || !pointer) {
        if (tipShown) overlays?.showTip(null);
        tipShown = false;
        if (hoverSet !== null && store.hoveredId === hoverSet) store.hover(null);
        hoverSet = null;
        return;
      }
      const row = rowFromColumns(columns, hit.top);
      overlays?.showTip({ row, x: pointer.x, y: pointer.y, others: hit.count - 1 });
      tipShown = true;
      if (store.hoveredId !== row.id) {
        hovered.current = { id: row.id, position: hit.top };
        hoverSet = row.id;
        store.hover(row.id);
      }
    };
    const onMove = (e: MapMouseEvent) => {
      pointer = { x: e.point.x, y: e.point.y };
      if (hoverFrame) return;
      hoverFrame = requestAnimationFrame(() => {
        hoverFrame = 0;
        showHover();
      });
    };
    const onOut = () => {
      cancelAnimationFrame(hoverFrame);
      hoverFrame = 0;
      pointer = null;
      showHover();
    };
    // The map hides its tooltip when it starts to move; the pointer's next move shows it again.
    const onMoveStart = () => {
      tipShown = false;
    };
    refreshRef.current = () => {
      if (pointer && tipShown) showHover();
    };
    const onClick = (e: MapMouseEvent) => {
      const at = layer.incidentsAt(e.point.x, e.point.y);
      if (at.length > 1) {
        overlays?.openPicker({ x: e.point.x, y: e.point.y, rows: pickerRows(columns, at) });
        pickerOpen.current = true;
      } else if (at[0] !== undefined) {
        if (pickerOpen.current) overlays?.openPicker(null);
        pickerOpen.current = false;
        const id = columns.idAt(at[0]);
        if (id) useAtlas.getState().select(id);
      }
    };
    map.on('mousemove', onMove);
    map.on('mouseout', onOut);
    map.on('movestart', onMoveStart);
    map.on('click', onClick);
    return () => {
      cancelAnimationFrame(hoverFrame);
      map.off('mousemove', onMove);
      map.off('mouseout', onOut);
      map.off('movestart', onMoveStart);
      map.off('click', onClick);
      refreshRef.current = null;
      if (tipShown) overlays?.showTip(null);
      if (pickerOpen.current) overlays?.openPicker(null);
      pickerOpen.current = false;
      layer.detach();
      layerRef.current = null;
      if (window.__atlasMarkers?.layer === layer) window.__atlasMarkers = undefined;
    };
  }, [map, index, columns, overlays]);

  // A filter change: send the new mask in the layout phase, so the points are redrawn in the same
  // frame as the list, counts and timeline (a passive effect would run after that frame's paint).
  // The picker lists the incidents of the filter it was opened with: closed, as the map's own
  // picker is when its data change; the tooltip follows the pointer's place under the new filter.
  useLayoutEffect(() => {
    if (!filtered) return;
    layerRef.current?.setMask(filtered.result.mask);
    if (pickerOpen.current) overlays?.openPicker(null);
    pickerOpen.current = false;
    refreshRef.current?.();
  }, [filtered, overlays]);

  // Selection ring: find the selected id's position (in the joined ids, nothing split).
  useEffect(() => {
    const layer = layerRef.current;
    if (!layer || !columns) return;
    layer.setSelected(selectedId ? columns.positionOf(selectedId) : -1);
  }, [selectedId, columns]);

  // Hover ring: the incident pointed at in the list, or on the canvas (its position known).
  useEffect(() => {
    const layer = layerRef.current;
    if (!layer || !columns) return;
    const known = hovered.current;
    layer.setHovered(
      !hoveredId ? -1 : known?.id === hoveredId ? known.position : columns.positionOf(hoveredId),
    );
  }, [hoveredId, columns]);

  return null;
}
