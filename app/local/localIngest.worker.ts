/**
 * The ingest, in a worker of the page: reads the reports a reader opened, with the gazetteer
 * that ships with the app, so the page stays responsive and nothing leaves the browser. The
 * gazetteer and the ingest code load with this worker only, never with the page; on a machine
 * with more cores, helper workers (readingHelpers.ts) take batches of the files too.
 */
import { buildCompact } from '../ingest/compact';
import { ingestBlobs } from '../ingest/ingestBlobs';
import type { IngestOutput } from '../ingest/pipeline';
import { incidentBounds } from './incidentBounds';
import type { LocalReply, LocalRequest } from './protocol';
import { startHelpers } from './readingHelpers';
import { bytesToRead } from './readLimit';
import { workerGeocoder } from './workerGeocoder';

/** Progress is posted at most this often (a thousand small files would post a thousand times). */
const PROGRESS_MS = 100;

/**
 * Incidents and reports a message: each message is a task of its own for the page to take in
 * (about 60 ms for 10,000 incidents here), so it can draw between them.
 */
const INCIDENTS_PART = 10_000;
const ARTICLES_PART = 5_000;

/**
 * Reports shared with the helpers only above this many bytes: a helper's first batches run
 * before its code is compiled hot (about 0.4 s of ramp), which a small opening does not repay.
 * Measured on 2 cores: 2.6 MB read 0.1–0.4 s slower with a helper than without, 12.9 MB 1.11×
 * faster.
 */
const HELP_FROM_BYTES = 4 * 1024 * 1024;

/**
 * Built as the worker starts, not on the first files: the page starts the worker as soon as a
 * reader heads for "Open reports" or drags files over it, so the files find it (and its
 * helpers) ready.
 */
const geocoder = workerGeocoder();
const helpers = geocoder instanceof Error ? [] : startHelpers();

function post(reply: LocalReply, transfer: Transferable[] = []): void {
  (self as unknown as Worker).postMessage(reply, transfer);
}

/**
 * What was read, in parts: the compact columns first (built here, and handed over without a
 * copy), then the incidents and the reports.
 */
function postOutput({ incidents: { features }, articles, areas, report }: IngestOutput): void {
  const compact = buildCompact(features, articles);
  const buffer =
    compact.byteOffset === 0 && compact.byteLength === compact.buffer.byteLength
      ? (compact.buffer as ArrayBuffer)
      : (compact.slice().buffer as ArrayBuffer);
  post({ kind: 'columns', buffer, areas, report, bounds: incidentBounds(features) }, [buffer]);
  for (let i = 0; i < features.length; i += INCIDENTS_PART)
    post({ kind: 'incidents', features: features.slice(i, i + INCIDENTS_PART) });
  for (let i = 0; i < articles.length; i += ARTICLES_PART)
    post({ kind: 'articles', articles: articles.slice(i, i + ARTICLES_PART) });
  post({ kind: 'done' });
}

self.onmessage = async ({ data }: MessageEvent<LocalRequest>) => {
  try {
    if (geocoder instanceof Error) throw geocoder;
    // Checked on the page before the files came (readLimit.ts).
    const bytes = bytesToRead(data.files);
    let last = 0;
    const output = await ingestBlobs(data.files, geocoder, {
      today: data.today,
      helpers: bytes > HELP_FROM_BYTES ? helpers : [],
      onProgress: (done, total) => {
        const now = performance.now();
        if (now - last < PROGRESS_MS && done < total) return;
        last = now;
        post({ kind: 'progress', done, total });
      },
    });
    postOutput(output);
  } catch (e) {
    // ingestBlobs accounts for every bad file itself; this is the worker failing (out of memory).
    post({ kind: 'failed', message: (e as Error).message || String(e) });
  }
};
