/**
 * Open a reader's own report files: the ingest runs on them in a worker of this page
 * (localIngest.worker.ts), and what it makes replaces the published data on the map, the list
 * and the timeline, with the filters and selection cleared and the map framing the new
 * incidents. Nothing is uploaded; "back" loads the published data again.
 */
import type { ReportBlob } from '../ingest/ingestBlobs';
import { loadPublished, supersedeLoading } from '../load/loadColumns';
import { INITIAL_BOUNDS } from '../map/region';
import { useAtlas } from '../store/store';
import { bytesToRead, incidentBounds, localAtlasData, MAX_LOCAL_BYTES } from './localData';
import type { LocalReply, LocalRequest } from './protocol';

/** The worker, kept between openings (its gazetteer is built once); null when none runs. */
let worker: Worker | null = null;
/** The opening under way; an older one's replies are ignored. */
let current = 0;
/**
 * Whether the worker is still reading for an opening (the next one then starts a fresh worker).
 * Not the store's `localRun`: a refused opening shows its reason there while a reading goes on.
 */
let busy = false;

/**
 * Start the reading worker ahead of the files (it loads the ingest's 410 kB and builds its
 * geocoder): when a reader points at "Open reports" or drags files over the page.
 */
export function prepareLocalReading(): void {
  startWorker();
}

function startWorker(): Worker {
  worker ??= new Worker(new URL('./localIngest.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

/** Other data come: no selection, no filters, and the map framing `bounds` (when given). */
function freshView(bounds: readonly [number, number, number, number] | null): void {
  const s = useAtlas.getState();
  s.select(null);
  s.resetFilters();
  if (bounds) s.fitMap(bounds);
}

/** Show the data read from `files` in place of whatever is shown. */
function show(reply: Extract<LocalReply, { kind: 'done' }>, files: number): void {
  const data = localAtlasData(reply.output, files);
  // A load of the published data still under way must not replace these when it ends.
  supersedeLoading();
  freshView(incidentBounds(data));
  const s = useAtlas.getState();
  s.setData({ status: 'ready', data });
  s.setLocalRun(null);
}

/**
 * Read `files` and show their incidents (replacing the data shown once they are read; the data
 * shown stay until then, and stay if the reading fails or is cancelled).
 */
export function openLocalReports(files: ReportBlob[]): void {
  if (files.length === 0) return;
  const s = useAtlas.getState();
  const bytes = bytesToRead(files);
  if (bytes > MAX_LOCAL_BYTES) {
    // Refused whole, before anything is read: a tab that ran out of memory would lose the page.
    s.setLocalRun({ status: 'tooMuch', bytes, max: MAX_LOCAL_BYTES });
    return;
  }
  const run = ++current;
  // Files opened while others are read replace them: the worker reading those is stopped, or
  // its replies would come in under the new opening.
  if (busy) stopWorker();
  busy = true;
  const w = startWorker();
  s.setLocalRun({ status: 'reading', done: 0, total: files.length });
  w.onmessage = ({ data: reply }: MessageEvent<LocalReply>) => {
    if (run !== current) return;
    if (reply.kind === 'progress') {
      s.setLocalRun({ status: 'reading', done: reply.done, total: reply.total });
      return;
    }
    busy = false;
    if (reply.kind === 'done') show(reply, files.length);
    else s.setLocalRun({ status: 'failed', message: reply.message });
  };
  w.onerror = (e) => {
    if (run !== current) return;
    e.preventDefault();
    stopWorker();
    s.setLocalRun({ status: 'failed', message: e.message || 'the reading stopped' });
  };
  const request: LocalRequest = { files, today: new Date().toISOString().slice(0, 10) };
  w.postMessage(request);
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
  busy = false;
}

/** Stop a reading under way; the data shown stay as they are. */
export function cancelLocalReports(): void {
  current++;
  stopWorker();
  useAtlas.getState().setLocalRun(null);
}

/** Leave the reader's own files for the published data. */
export function backToPublished(): void {
  cancelLocalReports();
  freshView(INITIAL_BOUNDS);
  loadPublished();
}
