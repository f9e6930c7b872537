/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/** What the basemap covers: northwest Syria with enough of its neighbours for context. */
export const BASEMAP_BBOX: BBox = [34.6, 34.2, 39.2, 37.6];

/** The view the app opens on: Idlib, western Aleppo, northern Hama and northern Latakia. */
export const INITIAL_BOUNDS: BBox = [35.75, 35.2, 37.35, 36.85];
