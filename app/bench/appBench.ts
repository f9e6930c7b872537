import { type ChildProcess, spawn } from 'node:child_process';
import { basename, join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { Map as MaplibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    __baselineMap?: MaplibreMap;
    __benchFirstPaint?: Promise<number>;
  }
}

/** A date window `[from, to]`, inclusive `YYYY-MM-DD`. */
export type DateWindow = [string, string];

/**
 * tsx compiles this file with esbuild's keepNames, which wraps functions in a `__name(...)`
 * helper; functions sent to the page carry that call, so the page needs a no-op of that name.
 */
const NAME_SHIM = 'globalThis.__name = (f) => f;';

/** Longest a single measured step may take before the bench gives up on it. */
const STEP_TIMEOUT_MS = 180_000;

/**
 * Serve the production build with `vite preview` on a port of the bench's own (never reusing a
 * server someone else started), and wait until it answers.
 */
export async function startPreview(
  root: string,
  port: number,
): Promise<{ url: string; stop(): void }> {
  const child: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { cwd: root, stdio: 'ignore', detached: true },
  );
  const url = `http://127.0.0.1:${port}/`;
  const stop = () => {
    // The preview runs under npx: end its whole process group, which the bench itself created.
    if (child.pid) {
      try {
        process.kill(-child.pid);
      } catch {}
    }
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`vite preview exited (${child.exitCode}): is port ${port} free?`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url}`);
}

/**
 * Installed before the app's own scripts: resolves `window.__benchFirstPaint` with the time
 * (ms since navigation start) of the first map `idle` at which an incident near `ref` is drawn.
 * The time is taken when the event fires, before the (costly) check, so the check is not counted.
 */
function firstPaintProbe(ref: [number, number]): void {
  window.__benchFirstPaint = new Promise<number>((resolve) => {
    const attach = () => {
      const map = window.__atlasMap;
      if (!map) {
        setTimeout(attach, 5);
        return;
      }
      const onIdle = () => {
        const at = performance.now();
        if (!map.getLayer('incidents')) return;
        const p = map.project(ref);
        const box: [[number, number], [number, number]] = [
          [p.x - 4, p.y - 4],
          [p.x + 4, p.y + 4],
        ];
        if (map.queryRenderedFeatures(box, { layers: ['incidents'] }).length > 0) {
          map.off('idle', onIdle);
          resolve(at);
        }
      };
      map.on('idle', onIdle);
    };
    attach();
  });
}

/**
 * In the page: for each window, change the filter (through `change`), wait for the map's next
 * `idle` and then the next animation frame (the frame that shows it), and record the time.
 */
async function timeFilterChanges(
  page: Page,
  mapGlobal: '__atlasMap' | '__baselineMap' | '__gpuMap',
  windows: DateWindow[],
): Promise<number[]> {
  return page.evaluate(
    async ({ mapGlobal, windows, timeout }) => {
      const map = window[mapGlobal]!;
      const times: number[] = [];
      for (const [from, to] of windows) {
        const started = performance.now();
        const idle = new Promise<void>((resolve, reject) => {
          map.once('idle', () => resolve());
          setTimeout(() => reject(new Error('no idle after a filter change')), timeout);
        });
        if (mapGlobal === '__atlasMap') {
          window.__atlasStore!.getState().setFilters({ dateFrom: from, dateTo: to });
        } else if (mapGlobal === '__gpuMap') {
          const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
          window.__gpuLayer!.setWindow(day(from), day(to));
        } else {
          map.setFilter('incidents', [
            'all',
            ['>=', ['get', 'date'], from],
            ['<=', ['get', 'date'], to],
          ]);
        }
        await idle;
        await new Promise((r) => requestAnimationFrame(r));
        times.push(performance.now() - started);
      }
      return times;
    },
    { mapGlobal, windows, timeout: STEP_TIMEOUT_MS },
  );
}

/** What the app measured at one data size. */
export interface AppMeasurement {
  firstPaintMs: number;
  filterMs: number[];
}

/**
 * Open the app with the synthetic data in `dataDir` (served by intercepting `data/*`), time the
 * first paint of incidents, then time filter changes. The first window is a warm-up, not kept.
 */
export async function measureApp(
  browser: Browser,
  appUrl: string,
  dataDir: string,
  ref: [number, number],
  windows: DateWindow[],
): Promise<AppMeasurement> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.route('**/data/*', (route) =>
      route.fulfill({ path: join(dataDir, basename(new URL(route.request().url()).pathname)) }),
    );
    await page.addInitScript(NAME_SHIM);
    await page.addInitScript(firstPaintProbe, ref);
    await page.goto(appUrl, { waitUntil: 'load', timeout: STEP_TIMEOUT_MS });
    const firstPaintMs = await page.evaluate(
      (timeout) =>
        Promise.race([
          window.__benchFirstPaint!,
          new Promise<number>((_, reject) =>
            setTimeout(() => reject(new Error('no incidents painted')), timeout),
          ),
        ]),
      STEP_TIMEOUT_MS,
    );
    const filterMs = (await timeFilterChanges(page, '__atlasMap', windows)).slice(1);
    return { firstPaintMs, filterMs };
  } finally {
    await page.close();
  }
}

/**
 * The same filter changes on a page that is not the app: the plain maplibre baseline
 * (`__baselineMap`, setFilter) or the GPU prototype (`__gpuMap`, a uniform). Returns the
 * latencies (warm-up dropped) and the load time until the page's map was ready.
 */
export async function measurePage(
  browser: Browser,
  url: string,
  mapGlobal: '__baselineMap' | '__gpuMap',
  windows: DateWindow[],
): Promise<{ readyMs: number; filterMs: number[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.addInitScript(NAME_SHIM);
    await page.goto(url, { waitUntil: 'load', timeout: STEP_TIMEOUT_MS });
    await page.waitForFunction((g) => !!window[g], mapGlobal, { timeout: STEP_TIMEOUT_MS });
    const readyMs = await page.evaluate(() => performance.now());
    return { readyMs, filterMs: (await timeFilterChanges(page, mapGlobal, windows)).slice(1) };
  } finally {
    await page.close();
  }
}
