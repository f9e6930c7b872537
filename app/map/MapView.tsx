import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import './maplibreWorker';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import type { IncidentFeature } from '../model';
import { useAtlas } from '../store/store';
import { basemapStyle, nameExpression } from './basemapStyle';
import { INCIDENT_SOURCE, incidentLayers } from './incidentLayers';
import { MapContext } from './mapContext';
import { INITIAL_BOUNDS } from './region';

interface Props {
  incidents: IncidentFeature[];
  /** Features that add their own layers or handlers; they get the map through useMap(). */
  children?: ReactNode;
  /** scale: hide the GeoJSON incident layers (a child such as GpuIncidentLayer draws them). */
  hideIncidents?: boolean;
}

/** Exposed for the end-to-end tests and the benchmark, which need the map's own answers. */
declare global {
  interface Window {
    __atlasMap?: maplibregl.Map;
  }
}

/**
 * The map. It owns the maplibre instance; React passes data and selection in and hears clicks
 * back, and never re-creates the map for a change of data.
 */
export function MapView({ incidents, children, hideIncidents = false }: Props) {
  const container = useRef<HTMLElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const [ready, setReady] = useState(false);
  const lang = useAtlas((s) => s.lang);
  const selectedId = useAtlas((s) => s.selectedId);
  const t = useT();

  // Create the map once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is created once; language changes restyle it below.
  useEffect(() => {
    const map = new maplibregl.Map({
      container: container.current!,
      style: basemapStyle(lang),
      bounds: INITIAL_BOUNDS,
      attributionControl: { compact: true, customAttribution: 'Natural Earth · GeoNames' },
    });
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.on('load', () => {
      map.addSource(INCIDENT_SOURCE, { type: 'geojson', data: emptyCollection() });
      for (const layer of incidentLayers) map.addLayer(layer);
      mapRef.current = map;
      setReady(true);
    });
    map.on('click', 'incidents', (e: maplibregl.MapLayerMouseEvent) => {
      const id = e.features?.[0]?.properties?.id;
      if (typeof id === 'string') useAtlas.getState().select(id);
    });
    map.on('mouseenter', 'incidents', () => {
      map.getCanvas().style.cursor = 'pointer';
    });
    map.on('mouseleave', 'incidents', () => {
      map.getCanvas().style.cursor = '';
    });
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
  }, [ready, incidents]);

  useEffect(() => {
    if (!ready) return;
    mapRef.current?.setFilter('incident-selected', ['==', ['get', 'id'], selectedId ?? '']);
  }, [ready, selectedId]);

  // scale: the GPU layer replaces the GeoJSON incident layers for large datasets.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    for (const { id } of incidentLayers)
      map.setLayoutProperty(id, 'visibility', hideIncidents ? 'none' : 'visible');
  }, [ready, hideIncidents]);

  // Labels follow the interface language without rebuilding the style.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    for (const id of LABEL_LAYERS) map.setLayoutProperty(id, 'text-field', nameExpression(lang));
  }, [ready, lang]);

  return (
    <>
      <section ref={container} className="map" aria-label={t.map} data-testid="map" />
      <MapContext.Provider value={ready ? mapRef.current : null}>{children}</MapContext.Provider>
    </>
  );
}

const LABEL_LAYERS = ['governorate-names', 'country-names', 'town-labels'];

function emptyCollection(): GeoJSON.FeatureCollection {
  return { type: 'FeatureCollection', features: [] };
}
