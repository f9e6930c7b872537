/**
 * Worker thread of `npm run ingest`: builds its own geocoder, then reads and processes the
 * batches of files it is sent, answering each batch with one message (see `WorkerReply`).
 * Articles and incidents go to the worker's own spool file; the message holds slim records.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type AreaFeature, createGeocoder } from '../ingest/geocode';
import { processFile } from '../ingest/pipeline';
import { loadGazetteer } from './gazetteerFiles';
import { readInputFile } from './ingestFiles';
import type { WireResult, WorkerReply } from './ingestWire';
import { SpoolWriter, spoolResult } from './spool';

interface Setup {
  inDir: string;
  gazetteerDir: string;
  today?: string;
  /** This worker's spool file and its number. */
  spoolPath: string;
  spool: number;
}

const setup = workerData as Setup;
const geocoder = createGeocoder(await loadGazetteer(setup.gazetteerDir));
const spool = new SpoolWriter(setup.spoolPath, setup.spool);
/** Area ids whose outline this worker has already sent: each crosses the thread boundary once. */
const sent = new Set<string>();

function handle(files: string[]): void {
  const results: WireResult[] = [];
  const areas: AreaFeature[] = [];
  for (const file of files) {
    try {
      const input = readInputFile(setup.inDir, file);
      const { areas: own, ...rest } = spoolResult(
        'bytes' in input ? processFile(input, geocoder, { today: setup.today }) : input,
        spool,
      );
      for (const a of own) {
        if (sent.has(a.properties.id)) continue;
        sent.add(a.properties.id);
        areas.push(a);
      }
      results.push({ ...rest, areaIds: own.map((a) => a.properties.id) });
    } catch (e) {
      results.push({
        file,
        articles: [],
        errors: [{ file, message: `unreadable: ${(e as Error).message}` }],
        warnings: [],
        unresolved: {},
        areaIds: [],
      });
    }
  }
  // The main thread may read any record it has been told of.
  spool.flush();
  parentPort!.postMessage({ results, areas } satisfies WorkerReply);
}

// `handle` is synchronous, so batches never interleave: an outline is always sent before, or
// with, the first result that names it.
parentPort!.on('message', handle);
parentPort!.postMessage({ ready: true } satisfies WorkerReply);
