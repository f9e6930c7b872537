/**
 * `npm run bench [-- --quick] [--reports N] [--memory-reports N] [--sizes 10000,100000] [--samples N] [--no-build]
 *   [--skip-ingest] [--skip-app]`:
 * measure the ingest and the app in one run and print one table, headed with the date and the
 * machine. Everything synthetic goes under .synth/bench/ (gitignored).
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Browser, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/support/chromium';
import {
  type DateWindow,
  measureApp,
  measureLocalReading,
  measurePage,
  startPreview,
} from '../bench/appBench';
import { gzipBytes, initialJs } from '../bench/bundleSize';
import {
  corpusSize,
  gazetteerNames,
  type IngestRun,
  runIngest,
  timeGrep,
} from '../bench/ingestBench';
import { headingForThisMachine } from '../bench/machine';
import { serveStatic } from '../bench/staticServer';
import { percentile, rate, ratio } from '../bench/stats';
import { type BenchRow, fmt, fmtBytes, formatTable } from '../bench/table';
import { COMPACT_FILE, COORD_SCALE, type CompactColumns, decodeCompact } from '../ingest/compact';
import { MARKERS_THRESHOLD } from '../map/markers/threshold';
import { INITIAL_BOUNDS } from '../map/region';
import { dayFromIso, isoFromDay } from '../synth/arabic';
import { createRng } from '../synth/prng';
import { loadGazetteer } from './gazetteerFiles';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORK = join(ROOT, '.synth', 'bench');
const APP_PORT = 4303;
const BASELINE_PORT = 4304;
const SEED = 1;
/** Reports a reader opens in the browser in the benchmark (about 2.6 and 12.9 MB). */
const LOCAL_REPORTS = [2000, 10_000];

const rows: BenchRow[] = [];
const row = (group: string, metric: string, value: string, note?: string) => {
  rows.push({ group, metric, value, ...(note ? { note } : {}) });
  console.error(`  ${group} · ${metric}: ${value}${note ? ` (${note})` : ''}`);
};

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
}

const synth = (args: string[]) => run('npm', ['run', '-s', 'synth', '--', ...args]);
const ms = (x: number) => `${fmt(x)} ms`;

async function benchIngest(reports: number, memoryReports: number): Promise<void> {
  const corpus = join(WORK, `corpus-${reports}`);
  const tiny = join(WORK, 'corpus-1');
  synth(['--reports', String(reports), '--out', corpus, '--seed', String(SEED)]);
  synth(['--reports', '1', '--out', tiny, '--seed', String(SEED)]);
  const size = await corpusSize(corpus);
  row(
    'ingest',
    'corpus',
    `${fmt(size.files)} reports`,
    `${fmtBytes(size.bytes)} of .txt, synthetic`,
  );

  // The fastest of three: start-up is short, so one slow disk read would skew every "net" figure.
  const startup = await fastest(3, () => runIngest(ROOT, tiny, join(WORK, 'ingest-out-tiny'), 1));
  row(
    'ingest',
    'start-up (1 report)',
    `${fmt(startup.seconds, 2)} s`,
    `npm + bundled CLI + gazetteer load; fastest of 3; ${fmt(startup.cpuSeconds, 2)} CPU-s`,
  );

  const cores = cpus().length;
  // `--jobs N` runs N threads: the main thread and N-1 workers.
  const runs = [{ label: '1 job', workers: 1 }];
  if (cores > 1) runs.push({ label: `${cores} jobs`, workers: cores });
  const nets: { label: string; net: number }[] = [];
  for (const { label, workers } of runs) {
    const r = await fastest(RUNS, () =>
      runIngest(ROOT, corpus, join(WORK, `ingest-out-${workers}`), workers),
    );
    // Too small a corpus to tell apart from start-up: say so rather than print a negative rate.
    const net = r.seconds > startup.seconds ? r.seconds - startup.seconds : Number.NaN;
    nets.push({ label, net });
    const how = `--jobs ${workers}; fastest of ${RUNS}; load ${loadavg()[0]!.toFixed(1)}`;
    row('ingest', `time, ${label}`, `${fmt(r.seconds, 2)} s`, how);
    // CPU time is what a shared machine's load disturbs least: text per CPU-second is the
    // per-core rate (net: less the start-up run's CPU time).
    const cpuNet = r.cpuSeconds - startup.cpuSeconds;
    row(
      'ingest',
      `CPU time, ${label}`,
      `${fmt(r.cpuSeconds, 2)} s`,
      `all threads; ${fmt(rate(size.bytes / 1e6, cpuNet), 2)} MB per CPU-second net of start-up`,
    );
    row(
      'ingest',
      `reports/s, ${label}`,
      fmt(rate(size.files, r.seconds)),
      `${fmt(rate(size.files, net))}/s net of start-up`,
    );
    row(
      'ingest',
      `MB/s of text, ${label}`,
      fmt(rate(size.bytes / 1e6, r.seconds), 2),
      `${fmt(rate(size.bytes / 1e6, net), 2)} net`,
    );
    row(
      'ingest',
      `peak RSS, ${label}`,
      fmtBytes(r.maxRssBytes),
      'largest maxRSS of the Node processes',
    );
  }

  if (nets.length === 2)
    row(
      'ingest',
      `speed-up, ${nets[1]!.label} over 1`,
      `${fmt(ratio(nets[0]!.net, nets[1]!.net), 2)}×`,
      'net of start-up',
    );
  if (cores > 1) await benchScalingCeiling(reports, cores);
  if (memoryReports > 0) await benchIngestMemory(memoryReports, cores);

  const names = gazetteerNames((await loadGazetteer(join(ROOT, 'data/gazetteer'))).places);
  // The floor is grep's best: the fastest of three, as for the start-up.
  let grep = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 3; k++)
    grep = Math.min(grep, await timeGrep(join(WORK, 'names.txt'), names, corpus));
  row(
    'ingest',
    'grep -F -o -f names.txt -r',
    `${fmt(grep, 3)} s`,
    `${names.length} gazetteer names; every match, output read; fastest of 3`,
  );
  for (const { label, net } of nets) {
    row(
      'ingest',
      `ingest / grep (${label})`,
      `${fmt(ratio(net, grep), 1)}×`,
      'ingest net of start-up; grep (one process) is the floor',
    );
  }
}

/** Runs of each 10k-report ingest figure: the fastest is kept (a busy moment only slows a run). */
const RUNS = 2;

/** The fastest of `n` ingest runs; throws with the output of the first that failed. */
async function fastest(n: number, run: () => Promise<IngestRun>): Promise<IngestRun> {
  let best: IngestRun | undefined;
  for (let k = 0; k < n; k++) {
    const r = await run();
    if (!r.ok) throw new Error(`ingest failed:\n${r.output}`);
    if (!best || r.seconds < best.seconds) best = r;
  }
  return best!;
}

/**
 * What this machine's cores give this kind of work, whatever the ingest does with them:
 * `cores` separate one-job ingests, each of 1/cores of the corpus, run at once, against one of
 * them alone. Perfect cores give `cores`×; shared caches, memory bandwidth or a hypervisor's
 * sibling threads give less. The ingest's own speed-up over threads is read against this.
 */
async function benchScalingCeiling(reports: number, cores: number): Promise<void> {
  const part = Math.max(1, Math.round(reports / cores));
  const corpus = join(WORK, `corpus-${part}`);
  synth(['--reports', String(part), '--out', corpus, '--seed', String(SEED)]);
  const out = (k: number) => join(WORK, `ingest-out-ceiling-${k}`);
  const alone = await fastest(RUNS, () => runIngest(ROOT, corpus, out(0), 1));
  // All of them together, timed by the last to finish.
  const together = await fastest(RUNS, async () => {
    const all = await Promise.all(
      Array.from({ length: cores }, (_, k) => runIngest(ROOT, corpus, out(k), 1)),
    );
    return all.find((r) => !r.ok) ?? all.reduce((a, b) => (b.seconds > a.seconds ? b : a));
  });
  row(
    'ingest',
    `machine ceiling, ${cores} processes`,
    `${fmt(ratio(cores * alone.seconds, together.seconds), 2)}×`,
    `${cores} one-job ingests of ${fmt(part)} reports at once: ${fmt(together.seconds, 2)} s; one alone ${fmt(alone.seconds, 2)} s; fastest of ${RUNS}`,
  );
}

/**
 * The ingest over a corpus ten times larger, on one core and on all: whether memory stays
 * bounded as the corpus grows (text is streamed and output spooled; what is held is an index),
 * and how it scales with cores once start-up and JIT warm-up no longer dominate.
 */
async function benchIngestMemory(reports: number, cores: number): Promise<void> {
  const corpus = join(WORK, `corpus-${reports}`);
  synth(['--reports', String(reports), '--out', corpus, '--seed', String(SEED)]);
  const size = await corpusSize(corpus);
  const label = `${fmt(size.files)} reports`;
  row('ingest', 'corpus (memory run)', label, `${fmtBytes(size.bytes)} of .txt, synthetic`);
  const times: number[] = [];
  for (const jobs of cores > 1 ? [1, cores] : [1]) {
    // One run each: at 100k a run is long enough that a busy moment weighs little.
    const r = await fastest(1, () =>
      runIngest(ROOT, corpus, join(WORK, `ingest-out-${reports}`), jobs),
    );
    times.push(r.seconds);
    const how = `${jobs} job${jobs > 1 ? 's' : ''}`;
    row(
      'ingest',
      `time, ${label}, ${how}`,
      `${fmt(r.seconds, 1)} s`,
      `${fmt(rate(size.bytes / 1e6, r.seconds), 2)} MB/s; load ${loadavg()[0]!.toFixed(1)}`,
    );
    row(
      'ingest',
      `peak RSS, ${label}, ${how}`,
      fmtBytes(r.maxRssBytes),
      'largest maxRSS of the Node processes',
    );
  }
  if (times.length === 2)
    row(
      'ingest',
      `speed-up, ${cores} jobs over 1, ${label}`,
      `${fmt(ratio(times[0]!, times[1]!), 2)}×`,
    );
}

/** One-year windows at seeded random starts in 2019–2024: every change shows a different set. */
function dateWindows(count: number): DateWindow[] {
  const rng = createRng(SEED);
  const first = dayFromIso('2019-01-01');
  const last = dayFromIso('2024-01-01');
  return Array.from({ length: count }, () => {
    const start = rng.int(first, last);
    return [isoFromDay(start), isoFromDay(start + 364)] as DateWindow;
  });
}

/** An incident inside the opening view, for the first-paint probe to look for. */
function referencePoint(c: CompactColumns): [number, number] {
  const [w, s, e, n] = INITIAL_BOUNDS;
  for (let i = 0; i < c.count; i++) {
    const x = c.lon[i]! / COORD_SCALE;
    const y = c.lat[i]! / COORD_SCALE;
    if (x > w + 0.1 && x < e - 0.1 && y > s + 0.1 && y < n - 0.1) return [x, y];
  }
  throw new Error('no synthetic incident inside the opening view');
}

/** Sizes above this get no baseline page and no geojson gzip (620 MB at 1M): "usable" figures. */
const FULL_MAX = 250_000;

/** A reader's own synthetic reports, picked as a folder in the browser and read there (app/local). */
async function benchLocalReading(browser: Browser, appUrl: string, reports: number): Promise<void> {
  const corpus = join(WORK, `corpus-${reports}`);
  synth(['--reports', String(reports), '--out', corpus, '--seed', String(SEED)]);
  const { files, bytes } = await corpusSize(corpus);
  const load = `load ${loadavg()[0]!.toFixed(1)}`;
  const local = await measureLocalReading(browser, appUrl, corpus);
  row(
    'app',
    `own reports read in the browser (${fmt(files)})`,
    ms(local.ms),
    `${fmtBytes(bytes)}, ${fmt(local.incidents)} incidents: picked → on the map; ${fmt(bytes / 1e6 / (local.ms / 1000), 2)} MB/s; details ${ms(local.detailsMs)}; longest task of the page ${ms(local.longestTaskMs)}; ${local.threads} reading thread(s); ${load}`,
  );
}

async function benchApp(
  sizes: number[],
  samples: number,
  build: boolean,
  localReports: number[],
): Promise<void> {
  if (build) run('npm', ['run', '-s', 'build']);
  const js = await initialJs(join(ROOT, 'dist'));
  row('app', 'initial JS, gzip', fmtBytes(js.gzip), `${js.files} file(s), ${fmtBytes(js.raw)} raw`);

  const preview = await startPreview(ROOT, APP_PORT);
  const browser = await chromium.launch({
    executablePath: await chromiumPath(),
    args: CHROMIUM_ARGS,
  });
  const windows = dateWindows(samples + 1);
  try {
    for (const reports of localReports) await benchLocalReading(browser, preview.url, reports);
    for (const size of sizes) {
      const dir = join(WORK, `app-${size}`);
      synth(['--incidents', String(size), '--app-data', '--out', dir, '--seed', String(SEED)]);
      const compact = await readFile(join(dir, COMPACT_FILE));
      const columns = decodeCompact(
        compact.buffer.slice(
          compact.byteOffset,
          compact.byteOffset + compact.byteLength,
        ) as ArrayBuffer,
      );
      const ref = referencePoint(columns);
      const label =
        size >= 1e6 ? `${fmt(size / 1e6)}M` : size >= 1000 ? `${fmt(size / 1000)}k` : String(size);
      row(
        'data',
        `${COMPACT_FILE} gzip / incident (${label})`,
        `${fmt(gzipBytes(compact) / size, 1)} B`,
        `${fmtBytes(compact.byteLength)} raw; what the first paint loads`,
      );
      if (size <= FULL_MAX) {
        const raw = await readFile(join(dir, 'incidents.geojson'));
        row(
          'data',
          `incidents.geojson gzip / incident (${label})`,
          `${fmt(gzipBytes(raw) / size)} B`,
          `${fmtBytes(raw.byteLength)} raw; details, loaded after first paint`,
        );
      }
      const load = `load ${loadavg()[0]!.toFixed(1)}`;
      const play = size > MARKERS_THRESHOLD && size <= FULL_MAX ? 4 : 0;
      const app = await measureApp(browser, preview.url, dir, ref, windows, { playSeconds: play });
      const how = size > MARKERS_THRESHOLD ? 'markers canvas' : 'GeoJSON layers';
      row(
        'app',
        `first incidents painted (${label})`,
        ms(app.firstPaintMs),
        `navigation start → incidents drawn (${how}); ${load}`,
      );
      row(
        'app',
        `details loaded (${label})`,
        app.detailsMs === null ? 'deferred' : ms(app.detailsMs),
        app.detailsMs === null
          ? 'above 250k: by chunk of 1,000 on a click; never whole'
          : 'incidents.geojson + articles.json, after first paint',
      );
      row(
        'app',
        `open an incident (${label})`,
        ms(app.openMs),
        app.detailsMs === null
          ? 'select → report in the panel, its details chunk fetched'
          : 'select → report in the panel',
      );
      row(
        'app',
        `filter → frame p50 (${label})`,
        ms(percentile(app.filterMs, 50)),
        `${app.filterMs.length} date windows via the store; markers redrawn (canvas) or map idle, + 1 frame, count changed`,
      );
      row('app', `filter → frame p95 (${label})`, ms(percentile(app.filterMs, 95)), load);
      if (app.play) {
        row(
          'app',
          `timeline play, filter changes/s (${label})`,
          fmt(app.play.filterChangesPerS, 1),
          `speed 90 days/s, ${play} s; ${load}`,
        );
        row(
          'app',
          `timeline play, marker frames/s (${label})`,
          fmt(app.play.markerFramesPerS, 1),
          'draws of the markers canvas',
        );
        row(
          'app',
          `bare map repaint loop, frames/s (${label})`,
          fmt(app.play.repaintPerS, 1),
          'triggerRepaint every frame: what play would get if each change repainted the map',
        );
      }
      if (size > FULL_MAX) continue;

      const server = await serveStatic(BASELINE_PORT, {
        '/': join(ROOT, 'bench/baseline'),
        '/maplibre/': join(ROOT, 'node_modules/maplibre-gl/dist'),
        '/data/': dir,
      });
      try {
        const query = `?data=/data/incidents.geojson&bounds=${encodeURIComponent(JSON.stringify(INITIAL_BOUNDS))}`;
        const url = `http://127.0.0.1:${BASELINE_PORT}/index.html${query}`;
        const base = (await measurePage(browser, url, '__baselineMap', windows)).filterMs;
        const p50 = percentile(base, 50);
        row(
          'baseline',
          `setFilter → frame p50 (${label})`,
          ms(p50),
          'plain maplibre page, same points',
        );
        row('baseline', `setFilter → frame p95 (${label})`, ms(percentile(base, 95)));
        row(
          'app/baseline',
          `filter p50 ratio (${label})`,
          `${fmt(ratio(percentile(app.filterMs, 50), p50), 3)}×`,
          `lower is better: ${fmt(ratio(p50, percentile(app.filterMs, 50)), 1)} times faster`,
        );
      } finally {
        await new Promise((r) => server.close(r));
      }
    }
  } finally {
    await browser.close();
    preview.stop();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      reports: { type: 'string' },
      'memory-reports': { type: 'string' },
      sizes: { type: 'string' },
      samples: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      'skip-ingest': { type: 'boolean', default: false },
      'skip-app': { type: 'boolean', default: false },
    },
  });
  const quick = values.quick!;
  const reports = Number(values.reports ?? (quick ? 100 : 10000));
  // 0 skips the memory run.
  const memoryReports = Number(values['memory-reports'] ?? (quick ? 0 : 100000));
  const sizes = (values.sizes ?? (quick ? '30000' : '10000,100000,1000000')).split(',').map(Number);
  const samples = Number(values.samples ?? (quick ? 3 : 10));
  const started = performance.now();
  const heading = headingForThisMachine();
  console.error(`${heading}\n`);
  if (!values['skip-ingest']) await benchIngest(reports, memoryReports);
  if (!values['skip-app'])
    await benchApp(sizes, samples, !values['no-build'], quick ? [200] : LOCAL_REPORTS);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `\n${formatTable(heading, rows)}\n\nMeasured in ${fmt(seconds)} s${quick ? ' (--quick)' : ''}.`,
  );
}

await main();
