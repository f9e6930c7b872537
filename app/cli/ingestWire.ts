/**
 * What crosses between `npm run ingest` and its worker threads: slim records (articles and
 * incidents do not cross at all: the worker spools them, spool.ts), with their areas named by
 * id and each outline sent once (app/ingest/areaWire.ts).
 */

import type { OnWire } from '../ingest/areaWire';
import type { AreaFeature } from '../ingest/geocode';
import type { SpooledResult } from '../ingest/streamMerge';

export interface WorkerReply {
  ready?: boolean;
  results?: OnWire<SpooledResult>[];
  /** Outlines this worker had not sent before. */
  areas?: AreaFeature[];
}
