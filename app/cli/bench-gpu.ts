/**
 * `npx tsx app/cli/bench-gpu.ts [--size 100000] [--samples 10]`: the GPU point-layer prototype
 * (app/map/markers, not part of the app) against maplibre's setFilter on a GeoJSON circle layer,
 * over the same synthetic incidents, in headless Chromium. Prints one table.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/support/chromium';
import { type DateWindow, measurePage } from '../bench/appBench';
import { headingForThisMachine } from '../bench/machine';
import { serveStatic } from '../bench/staticServer';
import { percentile, ratio } from '../bench/stats';
import { type BenchRow, fmt, formatTable } from '../bench/table';
import { INITIAL_BOUNDS } from '../map/region';
import { dayFromIso, isoFromDay } from '../synth/arabic';
import { createRng } from '../synth/prng';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORK = join(ROOT, '.synth', 'bench');
const PORT = 4305;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '100000' },
      samples: { type: 'string', default: '10' },
    },
  });
  const size = Number(values.size);
  const samples = Number(values.samples);
  const dataDir = join(WORK, `app-${size}`);
  const synth = spawnSync(
    'npm',
    ['run', '-s', 'synth', '--', '--incidents', String(size), '--app-data', '--out', dataDir],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (synth.status !== 0) throw new Error('synth failed');
  // The page's TypeScript, bundled with maplibre left to the page's import map.
  await build({
    entryPoints: [join(ROOT, 'app/map/markers/benchPage.ts')],
    bundle: true,
    format: 'esm',
    external: ['maplibre-gl'],
    outdir: join(WORK, 'gpu-build'),
    logLevel: 'warning',
  });
  const server = await serveStatic(PORT, {
    '/': join(ROOT, 'bench/gpu'),
    '/baseline/': join(ROOT, 'bench/baseline'),
    '/build/': join(WORK, 'gpu-build'),
    '/maplibre/': join(ROOT, 'node_modules/maplibre-gl/dist'),
    '/data/': dataDir,
  });
  const rng = createRng(1);
  const windows: DateWindow[] = Array.from({ length: samples + 1 }, () => {
    const start = rng.int(dayFromIso('2019-01-01'), dayFromIso('2024-01-01'));
    return [isoFromDay(start), isoFromDay(start + 364)];
  });
  const query = `?data=/data/incidents.geojson&bounds=${encodeURIComponent(JSON.stringify(INITIAL_BOUNDS))}`;
  const browser = await chromium.launch({
    executablePath: await chromiumPath(),
    args: CHROMIUM_ARGS,
  });
  const rows: BenchRow[] = [];
  const label = `${fmt(size / 1000)}k`;
  try {
    const base = await measurePage(
      browser,
      `http://127.0.0.1:${PORT}/baseline/index.html${query}`,
      '__baselineMap',
      windows,
    );
    const gpu = await measurePage(
      browser,
      `http://127.0.0.1:${PORT}/index.html${query}`,
      '__gpuMap',
      windows,
    );
    rows.push(
      {
        group: 'baseline',
        metric: `ready (${label})`,
        value: `${fmt(base.readyMs)} ms`,
        note: 'navigation → points drawn',
      },
      {
        group: 'baseline',
        metric: `setFilter → frame p50 (${label})`,
        value: `${fmt(percentile(base.filterMs, 50))} ms`,
      },
      {
        group: 'baseline',
        metric: `setFilter → frame p95 (${label})`,
        value: `${fmt(percentile(base.filterMs, 95))} ms`,
      },
      {
        group: 'gpu',
        metric: `ready (${label})`,
        value: `${fmt(gpu.readyMs)} ms`,
        note: 'navigation → points drawn',
      },
      {
        group: 'gpu',
        metric: `window → frame p50 (${label})`,
        value: `${fmt(percentile(gpu.filterMs, 50), 1)} ms`,
        note: 'one uniform, one repaint',
      },
      {
        group: 'gpu',
        metric: `window → frame p95 (${label})`,
        value: `${fmt(percentile(gpu.filterMs, 95), 1)} ms`,
      },
      {
        group: 'gpu/baseline',
        metric: `filter p50 ratio (${label})`,
        value: `${fmt(ratio(percentile(gpu.filterMs, 50), percentile(base.filterMs, 50)), 3)}×`,
        note: 'lower is better',
      },
    );
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
  const heading = headingForThisMachine();
  console.log(`${formatTable(`${heading} — GPU prototype`, rows)}\n`);
}

await main();
