import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import './maplibreWorker';
import { memo, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { MESSAGES } from '../i18n/messages';
import { useT } from '../i18n/useT';
import { COORD_SCALE, type CompactColumns } from '../ingest/compact';
import type { IncidentFeature } from '../model';
import { useAtlas } from '../store/store';
import {
  basemapStyle,
  LABEL_LAYERS,
  nameExpression,
  OFFLINE_ATTRIBUTION,
  onlineStyleUrl,
} from './basemapStyle';
import { coversOf } from './covers';
import {
  AREA_SOURCE,
  addIncidentIcons,
  CLUSTER_MAX_ZOOM,
  clusterCountText,
  FOCUS_SOURCE,
  INCIDENT_SOURCE,
  incidentLayers,
  incidentSources,
  MENTION_SOURCE,
} from './incidentLayers';
import { Legend } from './Legend';
import { MapContext } from './mapContext';
import { type MapOverlays, MapOverlaysContext, type MapTip } from './markers/overlays';
import { type PickerState, PlacePicker } from './PlacePicker';
import { BASEMAP_BBOX, INITIAL_BOUNDS } from './region';
import { coveredInsets, revealOffset } from './reveal';
import { ScaleBar } from './scaleBar';
import { Tooltip } from './Tooltip';
import { ZoomButtons } from './zoomButtons';

interface Props {
  incidents: IncidentFeature[];
  /** Features that add their own layers or handlers; they get the map through useMap(). */
  children?: ReactNode;
  /** scale: hide the GeoJSON incident layers (a child such as IncidentMarkersLayer draws them). */
  hideIncidents?: boolean;
}

/** Exposed for the end-to-end tests and the benchmark, which need the map's own answers. */
declare global {
  interface Window {
    __atlasMap?: maplibregl.Map;
  }
}

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

function reducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * The map. It owns the maplibre instance; React passes data and selection in and hears clicks
 * back, and never re-creates the map for a change of data.
 */
function MapViewView({ incidents, children, hideIncidents = false }: Props) {
  const container = useRef<HTMLElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const scaleRef = useRef<ScaleBar | null>(null);
  const zoomRef = useRef<ZoomButtons | null>(null);
  const [ready, setReady] = useState(false);
  const [tip, setTip] = useState<MapTip | null>(null);
  const [picker, setPicker] = useState<PickerState | null>(null);
  const lang = useAtlas((s) => s.lang);
  const selectedId = useAtlas((s) => s.selectedId);
  const hoveredId = useAtlas((s) => s.hoveredId);
  const hoveredMention = useAtlas((s) => s.hoveredMention);
  const data = useAtlas((s) => s.data);
  const t = useT();

  const byId = useMemo(() => new Map(incidents.map((f) => [f.properties.id, f])), [incidents]);
  const byIdRef = useRef(byId);
  byIdRef.current = byId;
  /** The incidents' fields that the tooltip and the picker show, for the features of `ids`. */
  const rowsOf = (ids: string[]) =>
    ids.map((id) => byIdRef.current.get(id)?.properties).filter((p) => p !== undefined);
  // A child that draws the incidents itself (the markers canvas) shows the same overlays.
  const overlays = useMemo<MapOverlays>(() => ({ showTip: setTip, openPicker: setPicker }), []);

  // Create the map once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is created once; language changes restyle it below.
  useEffect(() => {
    const online = onlineStyleUrl();
    const map = new maplibregl.Map({
      container: container.current!,
      style: online ?? basemapStyle(lang),
      bounds: INITIAL_BOUNDS,
      // The offline basemap ends at its box: no panning out to where it stops.
      ...(online ? {} : { maxBounds: BASEMAP_BBOX }),
      maxZoom: 15,
      attributionControl: false,
    });
    zoomRef.current = new ZoomButtons(lang, () => openIncidentInView(map, byIdRef.current));
    map.addControl(zoomRef.current, 'top-left');
    // Beside the attribution (app.css), away from the report panel. Added first: maplibre puts
    // a later bottom control before the earlier ones, and the attribution must come first.
    scaleRef.current = new ScaleBar(lang);
    map.addControl(scaleRef.current, 'bottom-left');
    map.addControl(
      new maplibregl.AttributionControl({
        compact: true,
        ...(online ? {} : { customAttribution: OFFLINE_ATTRIBUTION }),
      }),
      'bottom-left',
    );
    // The incident layers go in as soon as the style is read, not at 'load', which waits for
    // every basemap tile: the incidents (and the markers canvas of large data) then draw while
    // the basemap is still filling in. On a software-rendered map the tiles take a second.
    map.once('style.load', () => {
      addIncidentIcons(map);
      for (const [id, source] of Object.entries(incidentSources())) map.addSource(id, source);
      for (const layer of incidentLayers(useAtlas.getState().lang)) map.addLayer(layer);
      mapRef.current = map;
      setReady(true);
    });
    // An online style may drop our images when it reloads its sprite: draw them again.
    map.on('styleimagemissing', (e: { id: string }) => {
      if (e.id.startsWith('incident-')) addIncidentIcons(map);
    });

    const distinctIncidentsAt = (point: maplibregl.PointLike): string[] => {
      const ids = map
        .queryRenderedFeatures(point, { layers: ['incidents'] })
        .map((f) => String(f.properties.id));
      return [...new Set(ids)];
    };

    map.on('click', 'incidents', (e: maplibregl.MapLayerMouseEvent) => {
      const ids = distinctIncidentsAt(e.point);
      if (ids.length > 1) setPicker({ x: e.point.x, y: e.point.y, rows: rowsOf(ids) });
      else if (ids[0]) {
        setPicker(null);
        useAtlas.getState().select(ids[0]);
      }
    });
    map.on('click', 'incident-clusters', async (e: maplibregl.MapLayerMouseEvent) => {
      const feature = e.features?.[0];
      if (!feature) return;
      const clusterId = Number(feature.properties.cluster_id);
      const count = Number(feature.properties.point_count);
      const source = map.getSource<maplibregl.GeoJSONSource>(INCIDENT_SOURCE)!;
      const center = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
      const zoom = await source.getClusterExpansionZoom(clusterId);
      const leaves = await source.getClusterLeaves(clusterId, Math.min(count, 200), 0);
      const samePlace = leaves.every((l) => {
        const c = (l.geometry as GeoJSON.Point).coordinates;
        const c0 = (leaves[0]!.geometry as GeoJSON.Point).coordinates;
        return Math.abs(c[0]! - c0[0]!) < 1e-6 && Math.abs(c[1]! - c0[1]!) < 1e-6;
      });
      if (samePlace || zoom > CLUSTER_MAX_ZOOM) {
        // Incidents at one place never split: list them instead.
        const ids = leaves.map((l) => String(l.properties?.id));
        setPicker({ x: e.point.x, y: e.point.y, rows: rowsOf(ids) });
      } else {
        setPicker(null);
        map.easeTo({ center, zoom, duration: reducedMotion() ? 0 : 500 });
      }
    });
    map.on('mousemove', 'incidents', (e: maplibregl.MapLayerMouseEvent) => {
      const id = e.features?.[0]?.properties?.id;
      if (typeof id !== 'string') return;
      map.getCanvas().style.cursor = 'pointer';
      const under = new Set(e.features?.map((f) => f.properties?.id));
      const row = byIdRef.current.get(id)?.properties;
      setTip(row ? { row, x: e.point.x, y: e.point.y, others: under.size - 1 } : null);
      if (useAtlas.getState().hoveredId !== id) useAtlas.getState().hover(id);
    });
    map.on('mouseleave', 'incidents', () => {
      map.getCanvas().style.cursor = '';
      setTip(null);
      useAtlas.getState().hover(null);
    });
    map.on('mouseenter', 'incident-clusters', () => {
      map.getCanvas().style.cursor = 'zoom-in';
    });
    map.on('mouseleave', 'incident-clusters', () => {
      map.getCanvas().style.cursor = '';
    });
    map.on('movestart', () => setTip(null));
    window.__atlasMap = map;
    return () => {
      mapRef.current = null;
      setReady(false);
      map.remove();
    };
  }, []);

  // Push data into the source whenever the incidents change.
  useEffect(() => {
    if (!ready) return;
    const source = mapRef.current?.getSource<maplibregl.GeoJSONSource>(INCIDENT_SOURCE);
    source?.setData({ type: 'FeatureCollection', features: incidents });
    setPicker(null);
  }, [ready, incidents]);

  // The selected and hovered incidents are drawn again on top, so they show even inside a cluster.
  // Not while a child draws the incidents (and rings them itself): these layers are hidden then,
  // and each change of their data would repaint the whole map for nothing.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || hideIncidents) return;
    const focus: GeoJSON.Feature[] = [];
    const hovered = hoveredId ? byId.get(hoveredId) : undefined;
    const selected = selectedId ? byId.get(selectedId) : undefined;
    if (hovered && hovered !== selected)
      focus.push({ ...hovered, properties: { ...hovered.properties, role: 'hovered' } });
    if (selected)
      focus.push({ ...selected, properties: { ...selected.properties, role: 'selected' } });
    map.getSource<maplibregl.GeoJSONSource>(FOCUS_SOURCE)?.setData({
      type: 'FeatureCollection',
      features: focus,
    });

    // The area an imprecise incident (or a pointed-at place mention) covers.
    const areaIds = new Set<string>();
    for (const f of [hovered, selected])
      if (f && f.properties.geoPrecision > 1 && f.properties.areaId)
        areaIds.add(f.properties.areaId);
    if (hoveredMention) areaIds.add(hoveredMention.placeId);
    const areas = data.status === 'ready' ? data.data.areas.features : [];
    map.getSource<maplibregl.GeoJSONSource>(AREA_SOURCE)?.setData({
      type: 'FeatureCollection',
      features: areas.filter((a) => areaIds.has(String(a.properties?.id))),
    });
  }, [ready, byId, hoveredId, selectedId, hoveredMention, data, hideIncidents]);

  // The place mention pointed at in the report.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    const m = hoveredMention;
    map.getSource<maplibregl.GeoJSONSource>(MENTION_SOURCE)?.setData(
      m
        ? {
            type: 'FeatureCollection',
            features: [
              {
                type: 'Feature',
                geometry: { type: 'Point', coordinates: [m.lon, m.lat] },
                properties: { placeId: m.placeId },
              },
            ],
          }
        : EMPTY,
    );
    if (m) revealPoint(map, [m.lon, m.lat]);
  }, [ready, hoveredMention]);

  // A selection made elsewhere (list, panel): bring the incident into view if it is off-screen.
  // Not for the selection a shared link opens with when it also names the map position: the
  // link must reproduce the view exactly.
  // Again when the language changes direction: the report panel (and the legend) move to the
  // other side of the map and would otherwise land on the selection.
  const keepLinkedView = useRef(new URLSearchParams(window.location.search).has('map'));
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  // biome-ignore lint/correctness/useExhaustiveDependencies: `dir` is not read, it moves the panel: the selection is framed again.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !selectedId) return;
    if (keepLinkedView.current) {
      keepLinkedView.current = false;
      return;
    }
    const now = useAtlas.getState().data;
    const columns = now.status === 'ready' ? now.data.columns?.columns : undefined;
    const at = incidentPoint(selectedId, byIdRef.current, columns);
    if (!at) return;
    return revealOncePanelIsPainted(map, at);
  }, [ready, selectedId, dir]);

  // The markers canvas replaces the GeoJSON incident layers for large datasets.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    for (const { id } of incidentLayers(lang))
      map.setLayoutProperty(id, 'visibility', hideIncidents ? 'none' : 'visible');
  }, [ready, hideIncidents, lang]);

  // Labels follow the interface language without rebuilding the style.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    for (const id of LABEL_LAYERS)
      if (map.getLayer(id)) map.setLayoutProperty(id, 'text-field', nameExpression(lang));
    map.setLayoutProperty('incident-cluster-count', 'text-field', clusterCountText(lang));
    scaleRef.current?.setLang(lang);
    zoomRef.current?.setLang(lang);
    // maplibre names the attribution's button in the map's locale, fixed when it was made.
    const attribution = map.getContainer().querySelector('.maplibregl-ctrl-attrib-button');
    attribution?.setAttribute('title', MESSAGES[lang].attributionToggle);
    attribution?.setAttribute('aria-label', MESSAGES[lang].attributionToggle);
    setTip(null);
  }, [ready, lang]);

  // The tooltip of the incident layer names a feature still shown; the markers canvas keeps its
  // own up to date with the filter.
  const tipIncident = tip && (hideIncidents || byId.has(tip.row.id)) ? tip.row : undefined;
  // The map and what floats over it share one frame, so that the overlays (the legend above all)
  // are placed and sized by the map's box: on a phone the report sheet shares the stage with it.
  return (
    <>
      <div className="map-frame">
        <section ref={container} className="map" aria-label={t.map} data-testid="map" />
        {tip && tipIncident ? (
          <Tooltip incident={tipIncident} x={tip.x} y={tip.y} others={tip.others} />
        ) : null}
        {picker ? (
          <PlacePicker
            state={picker}
            onClose={(chosen) => {
              // Focus goes back to the map before the list disappears, so it is never lost.
              mapRef.current?.getCanvas().focus();
              setPicker(null);
              if (chosen) useAtlas.getState().select(chosen);
            }}
          />
        ) : null}
        <Legend />
      </div>
      <MapContext.Provider value={ready ? mapRef.current : null}>
        <MapOverlaysContext.Provider value={overlays}>{children}</MapOverlaysContext.Provider>
      </MapContext.Provider>
    </>
  );
}

/**
 * Reveal `at` (revealPoint) once the report panel is there to be kept clear of. The panel opens
 * with the selection, or only once the incident's details chunk has arrived: the map moves when
 * the panel is there (or after 5 s without), a frame later, so that the panel is painted first
 * (in its new place, after a change of direction) rather than with the map's first frame of
 * motion (a slow one without a GPU), and judges where the map comes to rest: while it moves (the
 * previous selection's move, a drag), a point passing through the free part is not in view.
 * Returns what cancels it.
 */
function revealOncePanelIsPainted(map: maplibregl.Map, at: [number, number]): () => void {
  let frame = 0;
  let frames = 0;
  const settled = () => revealPoint(map, at);
  const reveal = () => {
    if (document.querySelector('.panel') || ++frames > 300)
      frame = requestAnimationFrame(() => {
        if (map.isMoving()) map.once('moveend', settled);
        else settled();
      });
    else frame = requestAnimationFrame(reveal);
  };
  reveal();
  return () => {
    cancelAnimationFrame(frame);
    map.off('moveend', settled);
  };
}

/**
 * Ease the map so that a point is in the part of the map that the report panel and the legend
 * leave visible (app/map/reveal.ts); nothing when it is there already.
 */
function revealPoint(map: maplibregl.Map, lngLat: [number, number]): void {
  const rect = map.getContainer().getBoundingClientRect();
  const covers = coversOf(rect);
  const inset = coveredInsets({ left: 0, top: 0, right: rect.width, bottom: rect.height }, covers);
  const offset = revealOffset(map.project(lngLat), rect, inset);
  if (!offset) return;
  // An offset, not padding: padding would stick to the map and shift every later move.
  map.easeTo({ center: lngLat, offset, duration: reducedMotion() ? 0 : 600 });
}

/**
 * The open incident's point while it is in the part of the map the report panel and the legend
 * leave visible: the zoom buttons zoom around it, so it stays where the reader sees it.
 */
function openIncidentInView(
  map: maplibregl.Map,
  byId: ReadonlyMap<string, IncidentFeature>,
): [number, number] | undefined {
  const s = useAtlas.getState();
  if (!s.selectedId || s.data.status !== 'ready') return undefined;
  const at = incidentPoint(s.selectedId, byId, s.data.data.columns?.columns);
  if (!at) return undefined;
  const rect = map.getContainer().getBoundingClientRect();
  const p = map.project(at);
  if (p.x < 0 || p.y < 0 || p.x > rect.width || p.y > rect.height) return undefined;
  const under = coversOf(rect).some(
    (b) => p.x >= b.left && p.x <= b.right && p.y >= b.top && p.y <= b.bottom,
  );
  return under ? undefined : at;
}

/**
 * Where incident `id` is drawn: from its feature, or, for a dataset painted from the compact
 * columns whose details are not loaded (above 250k incidents), from the columns.
 */
function incidentPoint(
  id: string,
  byId: ReadonlyMap<string, IncidentFeature>,
  columns: CompactColumns | undefined,
): [number, number] | undefined {
  const f = byId.get(id);
  if (f) return f.geometry.coordinates as [number, number];
  const at = columns ? columns.positionOf(id) : -1;
  if (!columns || at < 0) return undefined;
  return [columns.lon[at]! / COORD_SCALE, columns.lat[at]! / COORD_SCALE];
}

/** Memoised: it reads the store itself, so the page's re-render on every filter change skips it. */
export const MapView = memo(MapViewView);
