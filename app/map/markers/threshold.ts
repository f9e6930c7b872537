/**
 * Datasets with more incidents than this are drawn by the markers canvas (app/map/markers) instead of the
 * GeoJSON layers, and paint from the compact columns before their details load. At or below it,
 * the app loads everything before the first paint: the files are small, and the GeoJSON layers
 * give clusters, a shape per type and area outlines.
 *
 * Why 5,000: the GeoJSON layers re-cluster and re-tile on every filter change. Measured with
 * `npm run bench` on the 2-core machine (load 1.3), that took 625 ms per filter change at 10k
 * incidents against 83 ms for a plain setFilter page, while the (then WebGL) marker layer filtered 100k in ~55 ms.
 */
export const MARKERS_THRESHOLD = 5_000;
