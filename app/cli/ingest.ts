/**
 * `npm run ingest -- --in DIR --out DIR [--jobs N]`: the Node shell around the pure pipeline in
 * app/ingest. Reads every file under --in (.txt/.json/.jsonl/.csv; others are reported as
 * skipped), writes incidents.geojson, articles.json, areas.geojson and ingest-report.json to --out,
 * and details/ chunks above 250k incidents or with --detail-chunks N (app/ingest/detailChunks.ts).
 * Large inputs run on all cores in worker threads; files are read in bounded batches (this
 * thread's a batch ahead, on a thread of their own: readAhead.ts).
 */
import { rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { AreaStore } from '../ingest/areaWire';
import { COMPACT_FILE } from '../ingest/compact';
import { DETAIL_CHUNK_DIR } from '../ingest/detailChunks';
import { createGeocoder, type Geocoder } from '../ingest/geocode';
import { type FileResult, type InputFile, processFile } from '../ingest/pipeline';
import {
  IncidentIndex,
  type IndexedResult,
  mergeIndexed,
  type SpooledResult,
} from '../ingest/streamMerge';
import type { IngestReport } from '../model';
import { bundled } from './bundle.mjs';
import { incidentJson } from './canonicalRecords';
import { loadGazetteer } from './gazetteerFiles';
import {
  isInside,
  type Listing,
  listInputs,
  makeFolder,
  readInputFile,
  writeJson,
} from './ingestFiles';
import type { WorkerReply } from './ingestWire';
import { applyIngestJitBudget } from './jitBudget';
import { PhaseTimes } from './phaseTimes';
import { ReadAhead } from './readAhead';
import { SpoolReader, SpoolWriter, spoolResult, writeSpooledOutputs } from './spool';

/**
 * How many files it takes before the work is spread over worker threads, by cores. Each worker
 * pays its own start (its gazetteer and geocoder) and its own JIT warm-up, about 0.9 s here; on
 * this 2-vCPU machine, whose two cores give 1.2× together, two jobs gain only from some 15–20k
 * short reports (5k: 2.95 against 2.10 s for one job; 10k: 3.6 against 3.2 s, and 3.3 against
 * 3.1 s since the JIT budget of jitBudget.ts; 30k: 6.4 against 7.5 s). With more cores they gain
 * sooner. `--jobs N` overrides it.
 *
 * @example parallelFrom(2) // 20000; parallelFrom(8) // 2858
 */
function parallelFrom(cores: number): number {
  return cores > 1 ? Math.ceil(20_000 / (cores - 1)) : Number.POSITIVE_INFINITY;
}
const USAGE =
  'usage: npm run ingest -- [--in DIR] [--out DIR] [--gazetteer DIR] [--jobs N] [--detail-chunks N] [--timings]';

function fail(message: string): never {
  console.error(`ingest: ${message}\n${USAGE}`);
  process.exit(2);
}

function progress(done: number, total: number): void {
  if (process.stderr.isTTY) process.stderr.write(`\ringest: ${done}/${total} files`);
}

/** Where one run's spool files go (inside the output folder, removed when the run ends). */
interface Spools {
  dir: string;
  path(spool: number): string;
}

/**
 * One file processed and spooled on this thread, from what reading it gave (a file that cannot
 * be read is its own result).
 */
function processOne(
  input: InputFile | FileResult,
  geocoder: Geocoder,
  today: string,
  spool: SpoolWriter,
  times: PhaseTimes,
): SpooledResult {
  const result = times.time('this thread: extract', () =>
    'bytes' in input ? processFile(input, geocoder, { today }) : input,
  );
  return times.time('this thread: spool', () => spoolResult(result, spool));
}

/**
 * Fewer files than this are read on the main thread itself: a thread to start costs more. (The
 * hostile corpus of the CLI's tests, 33 files, goes through the thread.)
 */
const READ_AHEAD_FROM = 16;

/** Files per message to a worker: fewer round trips than one file each, small enough to balance. */
const WORKER_BATCH = 16;

/**
 * Hands out batches of files to whichever thread asks, and collects the results. Each worker's
 * first batch is set aside for it: the main thread, which needs no start-up, would otherwise
 * take a small input whole before any worker is ready, and the worker path would go untested.
 */
class FileQueue {
  private next = 0;
  private done = 0;
  private readonly batch: number;
  private readonly reserved: string[][] = [];
  readonly results: IndexedResult[] = [];

  constructor(
    private readonly files: string[],
    workers: number,
    private readonly index: IncidentIndex,
    private readonly times: PhaseTimes,
  ) {
    this.batch = Math.max(1, Math.min(WORKER_BATCH, Math.ceil(files.length / (2 * (workers + 1)))));
    for (let w = 0; w < workers; w++) this.reserved.push(this.take());
  }

  /** A worker's first batch (set aside when the queue was made), or the next one. */
  first(): string[] {
    return this.reserved.shift() ?? this.take();
  }

  take(): string[] {
    const batch = this.files.slice(this.next, this.next + this.batch);
    this.next += batch.length;
    return batch;
  }

  add(results: SpooledResult[]): void {
    this.times.time('this thread: index', () => {
      for (const r of results) this.results.push(this.index.addResult(r));
    });
    this.done += results.length;
    progress(this.done, this.files.length);
  }
}

const WORKER_ENTRY = new URL('./ingestWorker.ts', import.meta.url);

/**
 * One worker thread, fed batches from `queue` until it is empty. Each worker reads its own files,
 * so bytes never pile up here; two batches are in flight, so it never waits for this thread.
 */
function runWorker(
  queue: FileQueue,
  setup: {
    inDir: string;
    problems: Listing['problems'];
    gazetteerDir: string;
    today: string;
    spoolPath: string;
    spool: number;
  },
  bundle: URL | undefined,
) {
  const worker = bundle
    ? new Worker(bundle, { workerData: setup })
    : // The CLI runs under tsx; a worker does not inherit its loader (and Node 20 ignores
      // `--import` in worker execArgv), so a tiny bootstrap loads the worker through tsx's API.
      new Worker(
        `import('tsx/esm/api').then((api) => api.tsImport(${JSON.stringify(WORKER_ENTRY.href)}, ${JSON.stringify(import.meta.url)}))`,
        { eval: true, workerData: setup },
      );
  const areas = new AreaStore();
  let inFlight = 0;
  return new Promise<void>((resolve, reject) => {
    const feed = (batch = queue.take()) => {
      if (batch.length === 0) return;
      worker.postMessage(batch);
      inFlight++;
    };
    worker.on('message', (msg: WorkerReply) => {
      if (msg.ready) {
        feed(queue.first());
        feed();
      } else {
        inFlight--;
        queue.add(areas.receive<SpooledResult>(msg.results ?? [], msg.areas));
        feed();
      }
      if (inFlight === 0) void worker.terminate().then(() => resolve());
    });
    worker.on('error', reject);
  });
}

/**
 * `jobs` threads: `jobs - 1` workers and this one (alone for one job). This thread works too,
 * between handling the workers' replies: it needs no start-up of its own (a worker pays Node and
 * the gazetteer again), so two jobs beat one even on a few hundred files.
 */
async function runThreads(
  inDir: string,
  { files, problems }: Listing,
  gazetteerDir: string,
  today: string,
  jobs: number,
  spools: Spools,
  index: IncidentIndex,
  times: PhaseTimes,
): Promise<IndexedResult[]> {
  const queue = new FileQueue(files, jobs - 1, index, times);
  // The worker's bundle (bundle.mjs: without tsx, and only the parts of @turf/turf it uses) is
  // made or read from its cache while this thread loads its geocoder; the workers start as soon
  // as it is there, or through tsx when there is none. One job needs neither.
  const bundle = jobs > 1 ? bundled(fileURLToPath(WORKER_ENTRY)) : Promise.resolve(undefined);
  const workers = bundle.then((file) =>
    Promise.all(
      Array.from({ length: jobs - 1 }, (_, w) =>
        runWorker(
          queue,
          { inDir, problems, gazetteerDir, today, spoolPath: spools.path(w + 1), spool: w + 1 },
          file === undefined ? undefined : pathToFileURL(file),
        ),
      ),
    ),
  );
  // One job: a thread of its own reads this thread's files ahead (started before the gazetteer
  // loads, so the first batch is read meanwhile). With workers, this thread reads its own files
  // between their replies, as they do: the cores are busy, and a reading thread waited for
  // them stalled this one (two jobs on 100k reports: 1.43× one job without it, 1.06× with it).
  const reader =
    jobs === 1 && files.length >= READ_AHEAD_FROM ? new ReadAhead(inDir, problems) : undefined;
  try {
    // The first batch is asked for before the gazetteer loads: read meanwhile.
    let ahead = reader?.read(queue.take());
    const geocoder = createGeocoder(await loadGazetteer(gazetteerDir));
    const spool = new SpoolWriter(spools.path(0), 0);
    const processBatch = (inputs: (InputFile | FileResult)[]) =>
      queue.add(inputs.map((input) => processOne(input, geocoder, today, spool, times)));
    try {
      if (reader && ahead) {
        // The next batch is read while this one is processed.
        for (let batch = await ahead; batch.length > 0; batch = await ahead) {
          ahead = reader.read(queue.take());
          processBatch(batch);
        }
      } else {
        for (let batch = queue.take(); batch.length > 0; batch = queue.take()) {
          processBatch(batch.map((f) => readInputFile(inDir, f, problems)));
          // Let the workers' replies in, so they are fed while this thread works.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
    } finally {
      spool.close();
    }
  } finally {
    await reader?.close();
  }
  await workers;
  return queue.results;
}

/**
 * Process every file into spools, merge the slim records, and write the outputs: the spooled
 * records copied in output order, then the compact columns, the areas and the report.
 */
async function ingestThrough(
  spools: Spools,
  inDir: string,
  outDir: string,
  listing: Listing,
  gazetteerDir: string,
  today: string,
  jobs: number,
  detailChunk: number | undefined,
  times: PhaseTimes,
): Promise<IngestReport> {
  const index = new IncidentIndex();
  // `jobs` is already no more than the files (main), so it is the threads that run.
  const threadsStarted = performance.now();
  const results = await runThreads(inDir, listing, gazetteerDir, today, jobs, spools, index, times);
  times.add('threads (all files)', performance.now() - threadsStarted);
  if (process.stderr.isTTY) process.stderr.write('\n');
  const reader = new SpoolReader(spools.path);
  // What the merge makes is spooled too, after the threads' spools.
  const spill = new SpoolWriter(spools.path(jobs), jobs);
  try {
    const plan = times.time('merge', () =>
      mergeIndexed(
        results,
        index,
        (ref) => reader.feature(ref),
        {
          put: (f) => spill.append(incidentJson(f)),
          flush: () => spill.flush(),
        },
        detailChunk,
      ),
    );
    // Chunks of an earlier, larger run would no longer match: they go whether or not new ones come.
    rmSync(join(outDir, DETAIL_CHUNK_DIR), { recursive: true, force: true });
    times.time('write incidents, articles, details', () =>
      writeSpooledOutputs(
        {
          incidents: join(outDir, 'incidents.geojson'),
          articles: join(outDir, 'articles.json'),
          detailDir: outDir,
        },
        plan,
        reader,
      ),
    );
    const restStarted = performance.now();
    // scale: the compact columns the map and timeline paint from (app/ingest/compact.ts)
    await writeFile(join(outDir, COMPACT_FILE), plan.compact);
    await writeJson(outDir, 'areas.geojson', plan.areas);
    await writeJson(outDir, 'ingest-report.json', plan.report);
    times.add('write columns, areas, report', performance.now() - restStarted);
    return plan.report;
  } finally {
    reader.close();
    spill.close();
  }
}

async function main(): Promise<void> {
  applyIngestJitBudget();
  let values: {
    in?: string;
    out?: string;
    gazetteer?: string;
    jobs?: string;
    'detail-chunks'?: string;
    timings?: boolean;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      strict: true,
      options: {
        in: { type: 'string', default: 'data/reports' },
        out: { type: 'string', default: 'public/data' },
        gazetteer: { type: 'string', default: 'data/gazetteer' },
        jobs: { type: 'string' },
        'detail-chunks': { type: 'string' },
        timings: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    fail((e as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const inDir = values.in!;
  const outDir = values.out!;
  if (!inDir || !outDir) fail('--in and --out need a folder');
  const jobsArg = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobsArg !== undefined && (!Number.isInteger(jobsArg) || jobsArg < 1 || jobsArg > 256)) {
    fail(`--jobs must be a whole number from 1 to 256, got "${values.jobs}"`);
  }
  const chunkRaw = values['detail-chunks'];
  const chunkArg = chunkRaw === undefined ? undefined : Number(chunkRaw);
  if (chunkArg !== undefined && (!Number.isInteger(chunkArg) || chunkArg < 0)) {
    fail(
      `--detail-chunks must be a whole number of incidents per chunk (0: none), got "${chunkRaw}"`,
    );
  }
  if (isInside(inDir, outDir))
    fail(
      `--out ${outDir} is inside --in ${inDir}: the outputs would overwrite reports there and be read as reports next time; choose an output folder outside the input folder`,
    );
  let listing: Listing;
  try {
    listing = await listInputs(inDir);
  } catch (e) {
    fail(`cannot read input folder ${inDir}: ${(e as Error).message}`);
  }
  const today = new Date().toISOString().slice(0, 10);
  const files = listing.files;
  const cores = availableParallelism();
  // No more threads than files: the summary then says how many really ran.
  const jobs = Math.max(
    1,
    Math.min(jobsArg ?? (files.length >= parallelFrom(cores) ? cores : 1), files.length),
  );
  const started = performance.now();
  try {
    makeFolder(outDir);
  } catch (e) {
    fail(`cannot write to output folder ${outDir}: ${(e as Error).message}`);
  }
  const spools: Spools = {
    dir: join(outDir, `.ingest-spool-${process.pid}`),
    path: (n) => join(spools.dir, `${n}.jsonl`),
  };
  // The spool folder goes however the run ends: done, failed, or stopped by Ctrl-C.
  const removeSpools = () => rmSync(spools.dir, { recursive: true, force: true });
  const stopped = (signal: NodeJS.Signals) => {
    removeSpools();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', stopped);
  process.once('SIGTERM', stopped);
  let report: IngestReport;
  const times = new PhaseTimes();
  try {
    makeFolder(spools.dir);
    report = await ingestThrough(
      spools,
      inDir,
      outDir,
      listing,
      values.gazetteer!,
      today,
      jobs,
      chunkArg,
      times,
    );
  } catch (e) {
    removeSpools();
    // File system errors name their path (a full disk, a folder not writable).
    fail(`ingest failed: ${(e as Error).message}`);
  } finally {
    removeSpools();
  }
  const r = report;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `ingest: ${r.files} files → ${r.articles} articles, ${r.incidents} incidents, ${r.filesWithErrors} files with errors, ${r.duplicates?.length ?? 0} duplicated texts (${jobs} job${jobs > 1 ? 's' : ''}, ${seconds}s) → ${outDir}`,
  );
  for (const e of r.errors.slice(0, 50))
    console.warn(`  ${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`);
  if (r.errors.length > 50)
    console.warn(`  … and ${r.errors.length - 50} more in ingest-report.json`);
  // Warnings are many on a large corpus (a missing outlet line per file): counted, not listed.
  const warned = r.warnings?.length ?? 0;
  if (warned)
    console.warn(
      `  ${warned} warning${warned > 1 ? 's' : ''} (a report read with a fallback, villages not placed …) in ingest-report.json`,
    );
  // On stderr, after the summary: the outputs and the summary line stay as they were.
  if (values.timings) console.error(['ingest: wall time by phase', ...times.lines()].join('\n'));
}

await main();
