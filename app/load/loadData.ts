import type { Article, IncidentFeature, IngestReport } from '../model';

/** Everything the app reads from `public/data/`, indexed for lookup. */
export interface AtlasData {
  incidents: IncidentFeature[];
  articles: Map<string, Article>;
  /** Polygons of imprecise places; every feature has `properties.id` (an incident's `areaId`). */
  areas: GeoJSON.FeatureCollection;
  /** The ingest's account of its run, when the file is there (it is optional for the app). */
  report?: IngestReport;
}

/** A data file that could not be used, with the file's name and what is wrong with it. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'DataError';
  }
}

async function fetchJson(base: string, name: string): Promise<unknown> {
  const url = `${base}/${name}`;
  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    throw new DataError(name, 'could not be fetched (is the server running?)');
  }
  if (res.status === 404) throw new DataError(name, 'is missing (HTTP 404)');
  if (!res.ok) throw new DataError(name, `could not be fetched (HTTP ${res.status})`);
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new DataError(
      name,
      text.trim().startsWith('<') ? 'is an HTML page, not JSON' : 'is not valid JSON',
    );
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function checkIncidents(json: unknown): IncidentFeature[] {
  const file = 'incidents.geojson';
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features))
    throw new DataError(file, 'is not a GeoJSON FeatureCollection');
  json.features.forEach((f: unknown, i: number) => {
    const where = `feature ${i + 1}`;
    if (!isObject(f) || !isObject(f.properties) || !isObject(f.geometry))
      throw new DataError(file, `${where} has no properties or geometry`);
    const p = f.properties;
    const g = f.geometry;
    const c = g.coordinates;
    if (g.type !== 'Point' || !Array.isArray(c) || !Number.isFinite(c[0]) || !Number.isFinite(c[1]))
      throw new DataError(file, `${where} is not a point with coordinates`);
    if (typeof p.id !== 'string' || !p.id) throw new DataError(file, `${where} has no id`);
    if (typeof p.type !== 'string') throw new DataError(file, `${where} (${p.id}) has no type`);
    if (typeof p.date !== 'string') throw new DataError(file, `${where} (${p.id}) has no date`);
    if (!Array.isArray(p.evidence))
      throw new DataError(file, `${where} (${p.id}) has no evidence list`);
    if (!Array.isArray(p.actors)) p.actors = [];
  });
  return json.features as IncidentFeature[];
}

function checkArticles(json: unknown): Article[] {
  const file = 'articles.json';
  if (!Array.isArray(json)) throw new DataError(file, 'is not a list of articles');
  json.forEach((a: unknown, i: number) => {
    if (!isObject(a) || typeof a.id !== 'string' || typeof a.body !== 'string')
      throw new DataError(file, `article ${i + 1} has no id or body`);
    if (!Array.isArray(a.mentions)) a.mentions = [];
    if (!Array.isArray(a.incidentIds)) a.incidentIds = [];
  });
  return json as Article[];
}

function checkAreas(json: unknown): GeoJSON.FeatureCollection {
  const file = 'areas.geojson';
  if (!isObject(json) || !Array.isArray(json.features))
    throw new DataError(file, 'is not a GeoJSON FeatureCollection');
  const features = (json.features as GeoJSON.Feature[])
    .filter((f) => isObject(f) && isObject(f.geometry))
    .map((f) => {
      const props = (f.properties ?? {}) as Record<string, unknown>;
      const id = props.id ?? props.areaId ?? f.id;
      return { ...f, properties: { ...props, id: id == null ? '' : String(id) } };
    });
  return { type: 'FeatureCollection', features };
}

/**
 * Load the ingest output once. Throws a DataError that names the file that failed and why.
 * `ingest-report.json` is optional: without it the app still works.
 */
export async function loadData(base = 'data'): Promise<AtlasData> {
  const [incidents, articles, areas, report] = await Promise.all([
    fetchJson(base, 'incidents.geojson').then(checkIncidents),
    fetchJson(base, 'articles.json').then(checkArticles),
    fetchJson(base, 'areas.geojson').then(checkAreas),
    fetchJson(base, 'ingest-report.json').then(
      (r) => (isObject(r) ? (r as unknown as IngestReport) : undefined),
      () => undefined,
    ),
  ]);
  return {
    incidents,
    articles: new Map(articles.map((a) => [a.id, a])),
    areas,
    ...(report ? { report } : {}),
  };
}
