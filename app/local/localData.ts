/**
 * What the app shows of the reports a reader opened in this browser (app/local/openLocal.ts):
 * first their columns, as the published data's are loaded first, then their details.
 */
import { attachDetails, indexFromColumns } from '../derive/filters';
import { decodeCompact } from '../ingest/compact';
import type { AtlasData } from '../load/loadData';
import type { Article, IncidentFeature } from '../model';
import type { LocalColumns } from './protocol';

/**
 * The columns the reading worker sent, as the app's data read from `files` local files: enough
 * to draw, count and filter; the incidents and reports come after (`withLocalDetails`).
 *
 * @example localColumns(reply, 3).columns.details // 'loading'
 */
export function localColumns(reply: LocalColumns, files: number): AtlasData {
  const columns = decodeCompact(reply.buffer);
  return {
    incidents: [],
    articles: new Map(),
    areas: reply.areas,
    report: reply.report,
    local: { files },
    columns: { columns, index: indexFromColumns(columns, reply.areas), details: 'loading' },
  };
}

/**
 * `data` with its incidents (in the order of its columns) and reports.
 *
 * @example withLocalDetails(localColumns(reply, 3), features, articles).columns.details // 'ready'
 */
export function withLocalDetails(
  data: AtlasData,
  incidents: IncidentFeature[],
  articles: readonly Article[],
): AtlasData {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const columnar = data.columns!;
  attachDetails(columnar.index, incidents, byId);
  return { ...data, incidents, articles: byId, columns: { ...columnar, details: 'ready' } };
}
