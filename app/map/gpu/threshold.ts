/**
 * Datasets with more incidents than this are drawn by the GPU layer (app/map/gpu) instead of the
 * GeoJSON layers, and paint from the compact columns before their details load. At or below it,
 * the app loads everything before the first paint, as it always did: the files are small.
 */
export const GPU_THRESHOLD = 20_000;
