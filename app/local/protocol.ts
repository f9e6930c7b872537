/** Messages between the app and the worker that reads a reader's own reports (localIngest.worker.ts). */
import type { ReportBlob } from '../ingest/ingestBlobs';
import type { IngestOutput } from '../ingest/pipeline';
import type { Article, IncidentFeature, IngestReport } from '../model';

/** App → worker: the files to read, and the day it is (report dates after it are reported). */
export interface LocalRequest {
  files: ReportBlob[];
  today: string;
}

/**
 * Worker → app. What was read comes in several messages, so the page never spends one long
 * task taking it in: first the compact columns (enough to draw, count and filter), then the
 * incidents and the reports in parts, then `done`.
 */
export type LocalReply =
  | { kind: 'progress'; done: number; total: number }
  | LocalColumns
  | { kind: 'incidents'; features: IncidentFeature[] }
  | { kind: 'articles'; articles: Article[] }
  | { kind: 'done' }
  | { kind: 'failed'; message: string };

/** The incidents' compact columns (app/ingest/compact.ts, transferred), with what goes with them. */
export interface LocalColumns {
  kind: 'columns';
  buffer: ArrayBuffer;
  areas: IngestOutput['areas'];
  report: IngestReport;
  /** `[w, s, e, n]` of the incidents, null when there are none. */
  bounds: [number, number, number, number] | null;
}
