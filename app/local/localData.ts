/** What the app shows of the reports a reader opened in this browser (app/local/openLocal.ts). */
import { bbox } from '@turf/turf';
import type { ReportBlob } from '../ingest/ingestBlobs';
import type { IngestOutput } from '../ingest/pipeline';
import { isReportFile, sizeProblem } from '../ingest/reports/readInput';
import { withColumns } from '../load/loadColumns';
import type { AtlasData } from '../load/loadData';

/**
 * The ingest's output as the app's data, marked as read from `files` local files, with its
 * columns built as for published data without them (so a large set draws on the markers canvas
 * and filters over the same typed arrays).
 *
 * @example localAtlasData(output, 3).local // { files: 3 }
 */
export function localAtlasData(output: IngestOutput, files: number): AtlasData {
  return withColumns({
    incidents: output.incidents.features,
    articles: new Map(output.articles.map((a) => [a.id, a])),
    areas: output.areas,
    report: output.report,
    local: { files },
  });
}

/**
 * The bounds `[w, s, e, n]` of the incidents' points, or null when there are none.
 *
 * @example incidentBounds(data) // [36.35, 35.6, 36.9, 36.2]
 */
export function incidentBounds(
  data: Pick<AtlasData, 'incidents'>,
): [number, number, number, number] | null {
  if (data.incidents.length === 0) return null;
  const [w, s, e, n] = bbox({ type: 'FeatureCollection', features: data.incidents });
  return [w, s, e, n];
}

/**
 * Most bytes of reports read in the browser at once: about 150,000 incidents of real reports,
 * which the page holds whole (reports, incidents and their columns) well inside a tab's memory.
 * More is for `npm run ingest`, which streams.
 */
export const MAX_LOCAL_BYTES = 64 * 1024 * 1024;

/**
 * The bytes the ingest would read of `files`: report files not refused for their size.
 *
 * @example bytesToRead([{ path: 'a.txt', blob: new Blob(['abc']) }, { path: 'b.md', blob }]) // 3
 */
export function bytesToRead(files: readonly ReportBlob[]): number {
  let bytes = 0;
  for (const { path, blob } of files)
    if (isReportFile(path) && !sizeProblem(path, blob.size)) bytes += blob.size;
  return bytes;
}
