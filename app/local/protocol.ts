/** Messages between the app and the worker that reads a reader's own reports (localIngest.worker.ts). */
import type { ReportBlob } from '../ingest/ingestBlobs';
import type { IngestOutput } from '../ingest/pipeline';

/** App → worker: the files to read, and the day it is (report dates after it are reported). */
export interface LocalRequest {
  files: ReportBlob[];
  today: string;
}

/** Worker → app. */
export type LocalReply =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; output: IngestOutput }
  | { kind: 'failed'; message: string };
