/**
 * Open a reader's own report files: the ingest runs on them in a worker of this page
 * (localIngest.worker.ts), and what it makes replaces the published data on the map, the list
 * and the timeline, with the filters and selection cleared and the map framing the new
 * incidents. Nothing is uploaded; "back" loads the published data again.
 */
import type { ReportBlob } from '../ingest/ingestBlobs';
import { loadPublished, setDetailsOf, supersedeLoading } from '../load/loadColumns';
import type { AtlasData } from '../load/loadData';
import { MARKERS_THRESHOLD } from '../map/markers/threshold';
import { INITIAL_BOUNDS } from '../map/region';
import type { Article, IncidentFeature } from '../model';
import { useAtlas } from '../store/store';
import { localColumns, withLocalDetails } from './localData';
import type { LocalReply, LocalRequest } from './protocol';
import { bytesToReadInSlices, MAX_LOCAL_BYTES } from './readLimit';

/** The worker, kept between openings (its gazetteer is built once); null when none runs. */
let worker: Worker | null = null;
/** The opening under way; an older one's replies are ignored. */
let current = 0;
/** The last size check started (openLocalReports); an older one stops. */
let checks = 0;
/** Whether the worker is still reading for an opening (the next one then starts a fresh worker). */
let busy = false;
/**
 * Whether the worker has read the files and the incidents are on the map, their details still
 * coming: the next opening then leaves it to finish, in a worker of its own.
 */
let delivering = false;

/** What an opening's worker has sent so far, once it has read the files. */
interface Received {
  data: AtlasData;
  bounds: [number, number, number, number] | null;
  incidents: IncidentFeature[];
  articles: Article[];
  shown: boolean;
}

/**
 * Start the reading worker ahead of the files (it loads the ingest's 410 kB, builds its
 * geocoder and starts its helpers): when a reader points at "Open reports" or drags files over
 * the page.
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

/** Show `data` in place of whatever is shown. */
function show(data: AtlasData, bounds: [number, number, number, number] | null): void {
  // A load of the published data still under way must not replace these when it ends.
  supersedeLoading();
  freshView(bounds);
  const s = useAtlas.getState();
  s.setData({ status: 'ready', data });
  s.setLocalRun(null);
}

/** Add their incidents and reports to data shown from their columns, if still shown. */
function addDetails(got: Received): void {
  const { incidents, articles } = withLocalDetails(got.data, got.incidents, got.articles);
  setDetailsOf(got.data.columns!.index, { incidents, articles }, 'ready');
}

/**
 * Open `files`: their size is checked first, on the page in slices (it shows as "checking" when
 * that takes a while), and more than `MAX_LOCAL_BYTES` of reports is refused before anything is
 * read or handed to the worker, leaving whatever is shown or read meanwhile as it is. Then they
 * are read (`readLocalReports`).
 */
export async function openLocalReports(files: ReportBlob[]): Promise<void> {
  if (files.length === 0) return;
  const s = useAtlas.getState();
  const mine = ++checks;
  const bytes = await bytesToReadInSlices(files, {
    onChecked: (done) =>
      s.setLocalRun({ status: 'reading', done, total: files.length, checking: true }),
    // Another opening, or a cancel, came meanwhile.
    stop: () => mine !== checks,
  });
  if (bytes === null) return;
  if (bytes > MAX_LOCAL_BYTES) {
    // Refused whole, before anything is read: a tab that ran out of memory would lose the page.
    s.setLocalRun({ status: 'tooMuch', bytes, max: MAX_LOCAL_BYTES });
    return;
  }
  readLocalReports(files);
}

/**
 * Read `files` and show their incidents (replacing the data shown once they are read; the data
 * shown stay until then, and stay if the reading fails or is cancelled). Many incidents are
 * shown from their columns as soon as those come, as published data are; their details follow.
 */
function readLocalReports(files: ReportBlob[]): void {
  const s = useAtlas.getState();
  const run = ++current;
  // Files opened while others are read replace them: the worker reading those is stopped, or
  // its replies would come in under the new opening. One that only has details left to send
  // is left to send them.
  if (delivering) {
    worker = null;
    busy = delivering = false;
  } else if (busy) stopWorker();
  busy = true;
  const w = startWorker();
  let got: Received | null = null;
  s.setLocalRun({ status: 'reading', done: 0, total: files.length });
  w.onmessage = ({ data: reply }: MessageEvent<LocalReply>) => {
    // The details of an opening go where its columns went, whatever was opened since.
    if (reply.kind === 'incidents' && got) for (const f of reply.features) got.incidents.push(f);
    else if (reply.kind === 'articles' && got) for (const a of reply.articles) got.articles.push(a);
    else if (reply.kind === 'done' && got) {
      if (got.shown) addDetails(got);
      else if (run === current)
        show(withLocalDetails(got.data, got.incidents, got.articles), got.bounds);
      if (w === worker) busy = delivering = false;
      else w.terminate();
    }
    if (run !== current) return;
    if (reply.kind === 'progress') {
      // While newer files' sizes are checked, the bar says so, not how this reading goes.
      const shown = useAtlas.getState().localRun;
      if (!(shown?.status === 'reading' && shown.checking))
        s.setLocalRun({ status: 'reading', done: reply.done, total: reply.total });
    } else if (reply.kind === 'columns') {
      got = {
        data: localColumns(reply, files.length),
        bounds: reply.bounds,
        incidents: [],
        articles: [],
        shown: false,
      };
      // Drawn on the markers canvas: shown now, as published data are before their details.
      if (got.data.columns!.columns.count > MARKERS_THRESHOLD) {
        show(got.data, got.bounds);
        got.shown = delivering = true;
      }
    } else if (reply.kind === 'failed') {
      busy = delivering = false;
      if (got?.shown) setDetailsOf(got.data.columns!.index, {}, 'error');
      s.setLocalRun({ status: 'failed', message: reply.message });
    }
  };
  w.onerror = (e) => {
    e.preventDefault();
    if (w !== worker) return w.terminate();
    stopWorker();
    if (got?.shown) setDetailsOf(got.data.columns!.index, {}, 'error');
    if (run === current)
      s.setLocalRun({ status: 'failed', message: e.message || 'the reading stopped' });
  };
  const request: LocalRequest = { files, today: new Date().toISOString().slice(0, 10) };
  w.postMessage(request);
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
  busy = delivering = false;
}

/** Stop a reading (or the check before it) under way; the data shown stay as they are. */
export function cancelLocalReports(): void {
  current++;
  checks++;
  stopWorker();
  useAtlas.getState().setLocalRun(null);
}

/** Leave the reader's own files for the published data. */
export function backToPublished(): void {
  cancelLocalReports();
  freshView(INITIAL_BOUNDS);
  loadPublished();
}
