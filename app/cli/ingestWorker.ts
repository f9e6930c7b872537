/**
 * Worker thread of `npm run ingest`: builds its own geocoder, then reads and processes the
 * batches of files it is sent, answering each batch with one message (see `WorkerReply`).
 * Articles and incidents go to the worker's own spool file; the message holds slim records.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AreaSender } from '../ingest/areaWire';
import { createGeocoder } from '../ingest/geocode';
import { failedFile, processFile } from '../ingest/pipeline';
import type { SpooledResult } from '../ingest/streamMerge';
import { loadGazetteer } from './gazetteerFiles';
import { readInputFile } from './ingestFiles';
import type { WorkerReply } from './ingestWire';
import { SpoolWriter, spoolResult } from './spool';

interface Setup {
  inDir: string;
  /** Inputs found unreadable while listing (`listInputs`): not opened. */
  problems: ReadonlyMap<string, string>;
  gazetteerDir: string;
  today?: string;
  /** This worker's spool file and its number. */
  spoolPath: string;
  spool: number;
}

const setup = workerData as Setup;
const geocoder = createGeocoder(await loadGazetteer(setup.gazetteerDir));
const spool = new SpoolWriter(setup.spoolPath, setup.spool);
/** Each outline crosses the thread boundary once. */
const sender = new AreaSender();

function handle(files: string[]): void {
  const results: SpooledResult[] = [];
  for (const file of files) {
    try {
      const input = readInputFile(setup.inDir, file, setup.problems);
      results.push(
        spoolResult(
          'bytes' in input ? processFile(input, geocoder, { today: setup.today }) : input,
          spool,
        ),
      );
    } catch (e) {
      results.push({ ...failedFile(file, `unreadable: ${(e as Error).message}`), articles: [] });
    }
  }
  // The main thread may read any record it has been told of.
  spool.flush();
  parentPort!.postMessage(sender.send(results) satisfies WorkerReply);
}

// `handle` is synchronous, so batches never interleave: an outline is always sent before, or
// with, the first result that names it.
parentPort!.on('message', handle);
parentPort!.postMessage({ ready: true } satisfies WorkerReply);
