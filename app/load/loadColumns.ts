/**
 * Loading in two steps, so the first paint does not wait for the big files:
 *
 * 1. `incidents.columns.bin` (the compact columns, ~11 B/incident gzipped) and `areas.geojson`:
 *    enough for the map, the timeline, the counts and every filter but text search. The store
 *    gets a ready `AtlasData` with `incidents: []`, `articles` empty and `columns` set.
 * 2. The details, `incidents.geojson` and `articles.json`, fetched at once and parsed once the
 *    first markers are drawn (`painted.ts`); or, above DETAILS_AUTOLOAD_MAX incidents or with details chunks, on
 *    first need: a text search, an export, an opened incident (which then needs only its chunk,
 *    app/load/loadChunk.ts). The
 *    store's `AtlasData` is then replaced by one with the features and reports, in the same order
 *    as the columns, so `incidents[i]` is the incident at position i of the columns.
 *
 * At or below MARKERS_THRESHOLD incidents the full files load (and are checked) before the store
 * becomes ready: the GeoJSON layers need the features, and they load fast. When the compact file is missing (an older `public/data`), the loader falls back to the full
 * files and builds the columns in memory.
 */

import { attachDetails, type FilterIndex, indexFromColumns } from '../derive/filters';
import { buildCompact, COMPACT_FILE, type CompactColumns, decodeCompact } from '../ingest/compact';
import { tooLargeToLoadWhole } from '../ingest/detailChunks';
import { MARKERS_THRESHOLD } from '../map/markers/threshold';
import type { Article, IncidentCollection, IncidentFeature } from '../model';
import { useAtlas } from '../store/store';
import type { PartialDetails } from './loadChunk';
import { type AtlasData, fetchJson, loadData } from './loadData';
import { nextIncidentsPaint } from './painted';
import { validateAreas, withLinkOnlyIfSafe } from './validate';

/** Where the details of a columnar dataset stand. */
export type DetailsState = 'loading' | 'ready' | 'deferred' | 'error';

/** The columnar part of `AtlasData`. */
export interface ColumnarData {
  columns: CompactColumns;
  index: FilterIndex;
  details: DetailsState;
  /** What came chunk by chunk while `details` is 'deferred' (datasets with details chunks). */
  partial?: PartialDetails;
}

/**
 * `full` with its compact columns built in memory from its features, so that the columns and
 * the features agree (`incidents[i]` is position i): for data that came without columns (a small
 * dataset, an older `public/data`).
 */
export function withColumns(full: AtlasData): AtlasData {
  const c = decodeCompact(
    buildCompact(full.incidents, full.articles.values()).buffer as ArrayBuffer,
  );
  const index = indexFromColumns(c, full.areas);
  attachDetails(index, full.incidents, full.articles);
  return { ...full, columns: { columns: c, index, details: 'ready' } };
}

/** Step 1: the columns and the areas. Falls back to the full files when there are no columns. */
export async function loadColumns(base = 'data'): Promise<AtlasData> {
  // Asked for beside the columns, not after them: both paths need the areas, and over a real
  // network two requests in turn cost a round trip more. A failure is reported where it is read.
  const areasJson = fetchJson(`${base}/areas.geojson`);
  areasJson.catch(() => undefined);
  let columns: CompactColumns | null = null;
  try {
    const res = await fetch(`${base}/${COMPACT_FILE}`);
    if (res.ok) columns = decodeCompact(await res.arrayBuffer());
  } catch {
    columns = null;
  }
  if (!columns || columns.count <= MARKERS_THRESHOLD) {
    // No compact file, or a small dataset: load the full files now, checked entry by entry
    // (app/load/validate.ts), and build the columns from what is valid, so that the columns
    // and the features always agree.
    return withColumns(await loadData(base, areasJson));
  }
  const checked = validateAreas(await areasJson);
  if (checked.fatal) throw new Error(`${base}/${checked.fatal}`);
  const areas: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: checked.items };
  const index = indexFromColumns(columns, areas);
  return {
    incidents: [],
    articles: new Map(),
    areas,
    columns: {
      columns,
      index,
      // With chunks, an opened incident loads only its own chunk (app/load/loadChunk.ts).
      details:
        columns.detailChunk > 0 || tooLargeToLoadWhole(columns.count) ? 'deferred' : 'loading',
    },
  };
}

/** Step 2: the features and reports of a dataset whose columns are loaded. */
export async function loadDetails(
  data: AtlasData,
  base = 'data',
  parseAfter?: Promise<void>,
): Promise<{ incidents: IncidentFeature[]; articles: Map<string, Article> }> {
  const [incidents, articles] = await Promise.all([
    fetchJson(`${base}/incidents.geojson`, parseAfter) as Promise<IncidentCollection>,
    fetchJson(`${base}/articles.json`, parseAfter) as Promise<Article[]>,
  ]);
  if (!Array.isArray(incidents?.features))
    throw new Error(`${base}/incidents.geojson: no features`);
  if (!Array.isArray(articles)) throw new Error(`${base}/articles.json: not an array`);
  const n = data.columns?.columns.count ?? incidents.features.length;
  if (incidents.features.length !== n)
    throw new Error(
      `${base}/incidents.geojson: ${incidents.features.length} features, columns have ${n}`,
    );
  // Checked only lightly here (this path is for large data), but a link the panel would hide
  // is dropped as the full checks drop it, so no citation or export can carry it.
  return {
    incidents: incidents.features,
    articles: new Map(articles.map((a) => [a.id, withLinkOnlyIfSafe(a)])),
  };
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

let detailsStarted = false;

/**
 * Put `patch` and the state of the details into the data shown, if they are still the dataset
 * whose filter index is `index`: the reader may have opened other data while the details came.
 */
export function setDetailsOf(
  index: FilterIndex,
  patch: Partial<AtlasData>,
  details: DetailsState,
): void {
  const now = useAtlas.getState().data;
  if (now.status !== 'ready' || now.data.columns?.index !== index) return;
  useAtlas.getState().setData({
    status: 'ready',
    data: { ...now.data, ...patch, columns: { ...now.data.columns, details } },
  });
}

/**
 * Load the details now if they are not loaded or loading (a search or a click needs them);
 * `parseAfter`: fetch now, parse when it settles.
 */
export function ensureDetails(base = 'data', parseAfter?: Promise<void>): void {
  const state = useAtlas.getState().data;
  if (state.status !== 'ready' || !state.data.columns) return;
  // A reader's own reports: their details come from the worker that read them (app/local).
  if (state.data.local) return;
  if (detailsStarted || state.data.columns.details === 'ready') return;
  detailsStarted = true;
  const index = state.data.columns.index;
  setDetailsOf(index, {}, 'loading');
  loadDetails(state.data, base, parseAfter).then(
    ({ incidents, articles }) => {
      attachDetails(index, incidents, articles);
      setDetailsOf(index, { incidents, articles }, 'ready');
    },
    (e: Error) => {
      console.error(e);
      detailsStarted = false;
      setDetailsOf(index, {}, 'error');
    },
  );
}

/** Longest the details wait for the first markers (a map that cannot draw never signals). */
const PAINT_WAIT_MS = 5000;

/** Bumped by each load, and when other data are shown: a load overtaken shows nothing. */
let generation = 0;

/** Whatever load is under way is not shown when it ends (the reader opened other data). */
export function supersedeLoading(): void {
  generation++;
}

/** Show the published data (`data/`) afresh: at start, on "retry", and back from a reader's own files. */
export function loadPublished(): void {
  useAtlas.getState().setData({ status: 'loading' });
  void startLoading();
}

/**
 * The app's loader: columns first (the store becomes ready and the map paints), then the
 * details, parsed once the first markers are drawn, unless the dataset is too large to load
 * them unasked.
 */
export async function startLoading(base = 'data'): Promise<void> {
  detailsStarted = false;
  const mine = ++generation;
  let data: AtlasData;
  try {
    data = await loadColumns(base);
  } catch (e) {
    if (mine === generation)
      useAtlas.getState().setData({ status: 'error', message: (e as Error).message });
    return;
  }
  if (mine !== generation) return;
  const loadDetailsNow = data.columns?.details === 'loading';
  // Listening before the store is ready: the markers can draw as soon as it is.
  const painted = loadDetailsNow ? nextIncidentsPaint(PAINT_WAIT_MS) : null;
  useAtlas.getState().setData({ status: 'ready', data });
  if (!painted) return;
  // Fetched now, parsed a frame after the first markers.
  ensureDetails(
    base,
    painted.then(() => nextFrame()),
  );
}
