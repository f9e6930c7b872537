import type { Article, IncidentFeature, IngestReport } from '../model';
import type { ColumnarData } from './loadColumns';
import { type LoadIssue, validateAreas, validateArticles, validateIncidents } from './validate';

/** Everything the app reads from `public/data/`, indexed for lookup. */
export interface AtlasData {
  incidents: IncidentFeature[];
  articles: Map<string, Article>;
  areas: GeoJSON.FeatureCollection;
  /** Files of which some entries were invalid and skipped (absent when all were valid). */
  loadIssues?: LoadIssue[];
  /** The ingest's account of its run, when the file is there (it is optional for the app). */
  report?: IngestReport;
  /**
   * The compact columns and their filter index. When set, `incidents` and `articles` may be
   * empty until `columns.details` is 'ready' (see app/load/loadColumns.ts).
   */
  columns?: ColumnarData;
  /**
   * Set when the data were read in this browser from the reader's own files (app/local), not
   * loaded from the published `data/`: nothing of them is online, so no link can open them.
   */
  local?: { files: number };
}

const RUN_INGEST = 'run `npm run ingest`';

/**
 * Fetch and parse a data file; the Error names the file and what is wrong (shared by the
 * loaders). With `parseAfter`, the text is fetched at once but parsed only when that settles
 * (a big parse holds the main thread: it waits for the first markers, see painted.ts).
 */
export async function fetchJson(url: string, parseAfter?: Promise<void>): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new Error(`${url}: could not be fetched (${(e as Error).message})`);
  }
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} — ${RUN_INGEST}`);
  const text = await res.text();
  if (parseAfter) await parseAfter;
  if (!text.trim()) {
    // A file larger than the longest string a browser makes reads as "" (1M incidents: 620 MB).
    const size = Number(res.headers.get('content-length'));
    if (size > 0)
      throw new Error(`${url}: ${Math.round(size / 1e6)} MB, too large for this browser to read`);
    throw new Error(`${url}: empty file — ${RUN_INGEST}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    // A dev server answers unknown paths with the app's own page: say so rather than "bad JSON".
    if (text.trimStart().startsWith('<')) throw new Error(`${url}: is an HTML page, not JSON`);
    throw new Error(`${url}: not valid JSON (truncated?)`);
  }
}

/**
 * Load the ingest output once and check it (app/load/validate.ts). Throws an Error whose message
 * names the file and what is wrong when a file is unusable; entries that are invalid are skipped
 * and counted in `loadIssues`.
 */
export async function loadData(
  base = 'data',
  /** `areas.geojson` already asked for (app/load/loadColumns.ts). */
  areasFetched?: Promise<unknown>,
): Promise<AtlasData> {
  const [incidentsJson, articlesJson, areasJson, report] = await Promise.all([
    fetchJson(`${base}/incidents.geojson`),
    fetchJson(`${base}/articles.json`),
    areasFetched ?? fetchJson(`${base}/areas.geojson`),
    // Optional: without the ingest report the app still works.
    fetchJson(`${base}/ingest-report.json`).then(
      (r) => (r && typeof r === 'object' && !Array.isArray(r) ? (r as IngestReport) : undefined),
      () => undefined,
    ),
  ]);
  const articles = validateArticles(articlesJson);
  const byId = new Map(articles.items.map((a) => [a.id, a]));
  const incidents = validateIncidents(incidentsJson, byId);
  const areas = validateAreas(areasJson);
  const checked = [
    ['incidents.geojson', incidents],
    ['articles.json', articles],
    ['areas.geojson', areas],
  ] as const;
  for (const [, v] of checked) if (v.fatal) throw new Error(`${base}/${v.fatal}`);
  const loadIssues = checked
    .filter(([, v]) => v.skipped > 0)
    .map(([file, v]) => ({ file, kept: v.items.length, skipped: v.skipped, problems: v.problems }));
  return {
    incidents: incidents.items,
    articles: byId,
    areas: { type: 'FeatureCollection', features: areas.items },
    ...(loadIssues.length ? { loadIssues } : {}),
    ...(report ? { report } : {}),
  };
}
