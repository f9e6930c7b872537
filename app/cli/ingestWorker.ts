/**
 * Worker thread of `npm run ingest`: builds its own geocoder, then reads and processes the
 * batches of files it is sent, answering each batch with one message (see `WorkerReply`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type AreaFeature, createGeocoder } from '../ingest/geocode';
import { processFile } from '../ingest/pipeline';
import { loadGazetteer } from './gazetteerFiles';
import { readInputFile } from './ingestFiles';
import type { WireResult, WorkerReply } from './ingestWire';

interface Setup {
  inDir: string;
  gazetteerDir: string;
  today?: string;
}

const setup = workerData as Setup;
const geocoder = createGeocoder(await loadGazetteer(setup.gazetteerDir));
/** Area ids whose outline this worker has already sent: each crosses the thread boundary once. */
const sent = new Set<string>();

function handle(files: string[]): void {
  const results: WireResult[] = [];
  const areas: AreaFeature[] = [];
  for (const file of files) {
    try {
      const input = readInputFile(setup.inDir, file);
      const { areas: own, ...rest } =
        'bytes' in input ? processFile(input, geocoder, { today: setup.today }) : input;
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
  parentPort!.postMessage({ results, areas } satisfies WorkerReply);
}

// `handle` is synchronous, so batches never interleave: an outline is always sent before, or
// with, the first result that names it.
parentPort!.on('message', handle);
parentPort!.postMessage({ ready: true } satisfies WorkerReply);
