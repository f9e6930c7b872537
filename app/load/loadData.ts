import type { Article, IncidentCollection, IncidentFeature } from '../model';
// scale: columnar data (app/load/loadColumns.ts)
import type { ColumnarData } from './loadColumns';

/** Everything the app reads from `public/data/`, indexed for lookup. */
export interface AtlasData {
  incidents: IncidentFeature[];
  articles: Map<string, Article>;
  areas: GeoJSON.FeatureCollection;
  /**
   * scale: the compact columns and their filter index. When set, `incidents` and `articles` may
   * be empty until `columns.details` is 'ready' (see app/load/loadColumns.ts).
   */
  columns?: ColumnarData;
}

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  try {
    return (await res.json()) as T;
  } catch {
    throw new Error(`${url}: not valid JSON`);
  }
}

/** Load the ingest output once. Throws an Error whose message names the file that failed. */
export async function loadData(base = 'data'): Promise<AtlasData> {
  const [incidents, articles, areas] = await Promise.all([
    fetchJson<IncidentCollection>(`${base}/incidents.geojson`),
    fetchJson<Article[]>(`${base}/articles.json`),
    fetchJson<GeoJSON.FeatureCollection>(`${base}/areas.geojson`),
  ]);
  if (!Array.isArray(incidents?.features))
    throw new Error(`${base}/incidents.geojson: no features`);
  if (!Array.isArray(articles)) throw new Error(`${base}/articles.json: not an array`);
  return {
    incidents: incidents.features,
    articles: new Map(articles.map((a) => [a.id, a])),
    areas,
  };
}
