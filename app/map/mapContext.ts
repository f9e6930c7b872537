import type { Map as MaplibreMap } from 'maplibre-gl';
import { createContext, useContext } from 'react';

/**
 * The maplibre instance, once its style has loaded, for components that add their own sources,
 * layers or handlers as children of <MapView> (drawing an area, a legend that reads the map).
 */
export const MapContext = createContext<MaplibreMap | null>(null);

/** The ready map, or null before it has loaded. */
export function useMap(): MaplibreMap | null {
  return useContext(MapContext);
}
