import type { MapPosition } from '../url/viewCodec';
import type { Slice } from './slice';

export type Region = GeoJSON.Feature<
  GeoJSON.Polygon | GeoJSON.MultiPolygon,
  { id: string; nameEn: string; nameAr: string }
>;

export interface ViewSlice {
  /** Where the map looks; null until the map reports it or a link sets it. */
  mapView: MapPosition | null;
  /** Set by a link or history navigation: the map should move here (then it is cleared). */
  mapTarget: MapPosition | null;
  setMapView(view: MapPosition | null): void;
  flyMap(target: MapPosition | null): void;
  /** Set when new data are shown: the map should frame these bounds `[w, s, e, n]` (then it is cleared). */
  fitTarget: readonly [number, number, number, number] | null;
  fitMap(bounds: readonly [number, number, number, number] | null): void;
  /**
   * The timeline's zoomed or panned view `[first day, last day]`, with the dataset's extent it
   * was set for (`extent`: `first-last`); null while the reader has not moved it. Kept here, not
   * in the timeline, so that folding the timeline away (on a phone) does not lose it.
   */
  timelineView: { extent: string; view: [number, number] } | null;
  setTimelineView(view: { extent: string; view: [number, number] } | null): void;
  /** Named regions an area filter can refer to (governorates), by id. */
  regions: ReadonlyMap<string, Region>;
  setRegions(regions: ReadonlyMap<string, Region>): void;
}

export const viewSlice: Slice<ViewSlice> = (set) => ({
  mapView: null,
  mapTarget: null,
  setMapView: (mapView) => set({ mapView }),
  flyMap: (mapTarget) => set({ mapTarget }),
  fitTarget: null,
  fitMap: (fitTarget) => set({ fitTarget }),
  timelineView: null,
  setTimelineView: (timelineView) => set({ timelineView }),
  regions: new Map(),
  setRegions: (regions) => set({ regions }),
});
