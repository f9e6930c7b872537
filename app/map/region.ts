/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/**
 * What the basemap covers: all of Syria (reports name Damascus or Deir ez-Zor too) with its
 * neighbours' edges, so that zooming out never meets the land's cut edge; the offline map cannot
 * be panned past it (MapView's maxBounds).
 */
export const BASEMAP_BBOX: BBox = [33.4, 31.6, 43.6, 38.6];

/** The view the app opens on: Idlib, western Aleppo, northern Hama and northern Latakia. */
export const INITIAL_BOUNDS: BBox = [35.75, 35.2, 37.35, 36.85];
