/** Messages between the reading worker and its helpers (localHelper.worker.ts). */
import type { OnWire } from '../ingest/areaWire';
import type { AreaFeature } from '../ingest/geocode';
import type { ReportBlob } from '../ingest/ingestBlobs';
import type { FileResult } from '../ingest/pipeline';

/** Reading worker → helper: a batch of files to read and process. */
export interface HelperRequest {
  id: number;
  batch: readonly ReportBlob[];
  today: string | undefined;
}

/** Helper → reading worker. */
export type HelperReply =
  /** Its geocoder is built: it takes batches. */
  | { kind: 'ready' }
  /** Its geocoder could not be built: it takes no batch. */
  | { kind: 'unable'; message: string }
  /** It failed on a batch (out of memory): it takes no more. */
  | { kind: 'failed'; message: string }
  /** A batch's results, their areas named by id; `areas` holds the outlines not sent before. */
  | { kind: 'results'; id: number; results: OnWire<FileResult>[]; areas: AreaFeature[] };
