/**
 * The ingest, in a worker of the page: reads the reports a reader opened, with the gazetteer
 * that ships with the app, so the page stays responsive and nothing leaves the browser. The
 * gazetteer and the ingest code load with this worker only, never with the page; on a machine
 * with more cores, helper workers (readingHelpers.ts) take batches of the files too.
 */
import { ingestBlobs } from '../ingest/ingestBlobs';
import type { LocalReply, LocalRequest } from './protocol';
import { startHelpers } from './readingHelpers';
import { workerGeocoder } from './workerGeocoder';

/** Progress is posted at most this often (a thousand small files would post a thousand times). */
const PROGRESS_MS = 100;

/**
 * Built as the worker starts, not on the first files: the page starts the worker as soon as a
 * reader heads for "Open reports" or drags files over it, so the files find it (and its
 * helpers) ready.
 */
const geocoder = workerGeocoder();
const helpers = geocoder instanceof Error ? [] : startHelpers();

const post = (reply: LocalReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = async ({ data }: MessageEvent<LocalRequest>) => {
  try {
    if (geocoder instanceof Error) throw geocoder;
    let last = 0;
    const output = await ingestBlobs(data.files, geocoder, {
      today: data.today,
      helpers,
      onProgress: (done, total) => {
        const now = performance.now();
        if (now - last < PROGRESS_MS && done < total) return;
        last = now;
        post({ kind: 'progress', done, total });
      },
    });
    post({ kind: 'done', output });
  } catch (e) {
    // ingestBlobs accounts for every bad file itself; this is the worker failing (out of memory).
    post({ kind: 'failed', message: (e as Error).message || String(e) });
  }
};
