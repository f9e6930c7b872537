/**
 * The cross-report merge of `mergeResults`, for corpora too large to hold in memory. Each file's
 * articles and incidents are written out (spooled) as canonical JSON as soon as they are made;
 * what stays in memory is a slim record per article and per incident: what merging, ordering,
 * the article's incident list and the compact columns need. Only incidents that share a merge
 * key with another are read back whole. The plan this returns, written out, is byte for byte
 * what `mergeResults` gives (the CLI's tests check that).
 *
 * Pure: where records live is the caller's business, behind `SpoolRef` and `load`.
 */
import type { Article, Evidence, IncidentFeature } from '../model';
import type { CompactIncident } from './compact';
import { mergeIncidents, mergeKey, sortIncidents } from './extract/merge';
import {
  articleOrder,
  type FileResult,
  type IngestOutput,
  incidentIdsByArticle,
  keepArticles,
  reportAndAreas,
  uniqueIds,
} from './pipeline';

/** Where one record's bytes are: spool number, byte offset and byte length. */
export interface SpoolRef {
  spool: number;
  offset: number;
  length: number;
}

/** An incident as the merge holds it: the compact fields, and where the whole feature is. */
export interface SlimIncident extends CompactIncident {
  /** The spooled feature; absent when `full` holds it (made by a merge, or renamed). */
  ref?: SpoolRef;
  full?: IncidentFeature;
}

/** An article as the merge holds it: identity, outlet and where its JSON is. */
export interface SlimArticle {
  article: Pick<Article, 'id' | 'file' | 'outlet'>;
  /** The article's canonical JSON with an empty place where its `incidentIds` array goes. */
  ref: SpoolRef;
  /** Bytes from the record's start to where the `incidentIds` array goes. */
  idsAt: number;
  incidents: SlimIncident[];
}

/** A file's result with its articles spooled. */
export type SpooledResult = Omit<FileResult, 'articles'> & { articles: SlimArticle[] };

/** What to write: articles and incidents in output order, and the small files whole. */
export interface StreamPlan {
  articles: { entry: SlimArticle; incidentIds: string[] }[];
  incidents: SlimIncident[];
  areas: IngestOutput['areas'];
  report: IngestOutput['report'];
}

/**
 * The slim record of an incident feature (the strings and arrays are shared, not copied).
 *
 * @example slimIncident(feature, { spool: 0, offset: 0, length: 812 }).properties.placeId
 */
export function slimIncident(f: IncidentFeature, ref?: SpoolRef): SlimIncident {
  const p = f.properties;
  const evidence: Pick<Evidence, 'articleId'>[] = p.evidence.map((e) => ({
    articleId: e.articleId,
  }));
  const slim: SlimIncident = {
    geometry: { coordinates: f.geometry.coordinates },
    properties: {
      id: p.id,
      type: p.type,
      actors: p.actors,
      date: p.date,
      dateEnd: p.dateEnd,
      geoPrecision: p.geoPrecision,
      timePrecision: p.timePrecision,
      fatalities: p.fatalities,
      injuries: p.injuries,
      sources: p.sources,
      areaId: p.areaId,
      placeId: p.placeId,
      placeAr: p.placeAr,
      placeEn: p.placeEn,
      evidence,
    },
  };
  if (ref) slim.ref = ref;
  else slim.full = f;
  return slim;
}

/**
 * Merge spooled results as `mergeResults` merges full ones. `load` reads a spooled incident
 * back; it is called only for incidents that share a merge key with another, or whose id clashes.
 *
 * @example mergeSpooled(parts, (ref) => JSON.parse(readRecord(ref))).incidents.length
 */
export function mergeSpooled(
  parts: SpooledResult[],
  load: (ref: SpoolRef) => IncidentFeature,
): StreamPlan {
  const keep = keepArticles(parts);
  const entries = articleOrder(keep.kept);
  const outlets = new Map(entries.map((e) => [e.article.id, e.article.outlet]));
  const whole = (s: SlimIncident) => s.full ?? load(s.ref!);
  // Same input order as mergeResults (kept articles in first-seen order, each one's incidents
  // in order): mergeIncidents sorts stably, so each group then merges as it would there.
  const groups = new Map<string, SlimIncident[]>();
  for (const entry of keep.kept.values()) {
    for (const s of entry.incidents) {
      const key = mergeKey(s.properties);
      const list = groups.get(key);
      if (list) list.push(s);
      else groups.set(key, [s]);
    }
  }
  const incidents: SlimIncident[] = [];
  for (const list of groups.values()) {
    if (list.length === 1) {
      incidents.push(list[0]!);
      continue;
    }
    const full = list.map(whole);
    for (const f of mergeIncidents(full, (id) => outlets.get(id) ?? '', true)) {
      // An incident no other joined comes back as the very object given: keep its spooled bytes.
      const at = full.indexOf(f);
      incidents.push(at >= 0 ? list[at]! : slimIncident(f));
    }
  }
  sortIncidents(incidents);
  uniqueIds(incidents, (s, id) => {
    const f = whole(s);
    return slimIncident({ ...f, properties: { ...f.properties, id } });
  });
  const byArticle = incidentIdsByArticle(incidents);
  const { report, areas } = reportAndAreas(keep, {
    articles: entries.length,
    incidents: incidents.length,
  });
  return {
    articles: entries.map((entry) => ({
      entry,
      incidentIds: byArticle.get(entry.article.id) ?? [],
    })),
    incidents,
    areas,
    report,
  };
}
