import { type ChildProcess, spawn } from 'node:child_process';
import { basename, join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { readingThreads } from '../local/readingHelpers';

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
      // Large datasets: the markers canvas records the time of its first frame with markers.
      const gpu = () => {
        const at = window.__atlasMarkers?.layer.firstDrawAt;
        if (at != null) {
          map.off('idle', onIdle);
          resolve(at);
        } else setTimeout(gpu, 5);
      };
      const onIdle = () => {
        const at = performance.now();
        if (!map.getLayer('incidents')) return;
        if (map.getLayoutProperty('incidents', 'visibility') === 'none') return;
        const p = map.project(ref);
        const box: [[number, number], [number, number]] = [
          [p.x - 4, p.y - 4],
          [p.x + 4, p.y + 4],
        ];
        // Below the markers threshold incidents are drawn singly or in clusters (with counts):
        // either is a painted incident.
        const single = map.queryRenderedFeatures(box, { layers: ['incidents'] }).length > 0;
        const clustered =
          !!map.getLayer('incident-clusters') &&
          map.queryRenderedFeatures({ layers: ['incident-clusters'] }).length > 0;
        if (single || clustered) {
          map.off('idle', onIdle);
          resolve(at);
        }
      };
      map.on('idle', onIdle);
      gpu();
    };
    attach();
  });
}

/**
 * In the page: for each window, change the filter, wait for the map's next `idle` (or, for the
 * app's markers canvas, its next draw) and then the next animation frame (the frame that shows
 * it), and record the time.
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
        // Large datasets: the points are redrawn on their own canvas and the map itself does not
        // repaint, so the frame to wait for is the points layer's next draw, not a map idle.
        const points = mapGlobal === '__atlasMap' ? window.__atlasMarkers?.layer : undefined;
        const framesBefore = points?.frames ?? 0;
        const idle = new Promise<void>((resolve, reject) => {
          if (points) {
            const check = () =>
              points.frames > framesBefore ? resolve() : requestAnimationFrame(check);
            requestAnimationFrame(check);
          } else map.once('idle', () => resolve());
          setTimeout(() => reject(new Error('no idle after a filter change')), timeout);
        });
        const countEl = document.querySelector('[data-testid="incident-count"]');
        const countBefore = countEl?.textContent;
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
        // The frame must also show the new count (the list, counts and timeline render with it).
        if (countEl && countEl.textContent === countBefore)
          throw new Error(`count did not change after a filter change (${countBefore})`);
      }
      return times;
    },
    { mapGlobal, windows, timeout: STEP_TIMEOUT_MS },
  );
}

/** What the app measured at one data size. */
export interface AppMeasurement {
  firstPaintMs: number;
  /** Navigation start → details (features, reports) loaded; null when deferred (large data). */
  detailsMs: number | null;
  filterMs: number[];
  /** Select an incident → its report shown in the panel (with deferred details: its chunk loaded). */
  openMs: number;
  /** Timeline play: filter changes per second and marker frames per second, over `playSeconds`. */
  play?: { filterChangesPerS: number; markerFramesPerS: number; repaintPerS: number };
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
  options: { playSeconds?: number } = {},
): Promise<AppMeasurement> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.route('**/data/*', (route) =>
      route.fulfill({ path: join(dataDir, basename(new URL(route.request().url()).pathname)) }),
    );
    await page.route('**/data/details/*', (route) =>
      route.fulfill({
        path: join(dataDir, 'details', basename(new URL(route.request().url()).pathname)),
      }),
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
    // Filter changes are timed once the details have loaded (or are deferred), so that the
    // one-off parse of incidents.geojson does not land in a measured frame.
    const detailsMs = await page.evaluate(
      (timeout) =>
        new Promise<number | null>((resolve, reject) => {
          const check = () => {
            const d = window.__atlasStore!.getState().data;
            const details = d.status === 'ready' ? (d.data.columns?.details ?? 'ready') : 'loading';
            if (details === 'ready') resolve(performance.now());
            else if (details === 'deferred') resolve(null);
            else if (details === 'error') reject(new Error('details failed to load'));
            else setTimeout(check, 10);
          };
          check();
          setTimeout(() => reject(new Error('details did not load')), timeout);
        }),
      STEP_TIMEOUT_MS,
    );
    const filterMs = (await timeFilterChanges(page, '__atlasMap', windows)).slice(1);
    const openMs = await timeOpenIncident(page);
    // Closed again, so that play is measured as before, without the panel.
    await page.evaluate(() => window.__atlasStore!.getState().select(null));
    const play = options.playSeconds ? await measurePlay(page, options.playSeconds) : undefined;
    return { firstPaintMs, detailsMs, filterMs, openMs, ...(play ? { play } : {}) };
  } finally {
    await page.close();
  }
}

/**
 * Select the incident in the middle of the columns (as a click on its marker does) and time until
 * the panel shows its report: with deferred details, that is the fetch of its details chunk.
 */
async function timeOpenIncident(page: Page): Promise<number> {
  return page.evaluate(
    (timeout) =>
      new Promise<number>((resolve, reject) => {
        const store = window.__atlasStore!;
        const d = store.getState().data;
        if (d.status !== 'ready') return reject(new Error('no data'));
        const ids = d.data.columns
          ? d.data.columns.columns.ids()
          : d.data.incidents.map((f) => f.properties.id);
        const id = ids[Math.floor(ids.length / 2)]!;
        const started = performance.now();
        store.getState().select(id);
        const check = () => {
          const panel = document.querySelector(
            `[data-testid="article-panel"][data-incident-id="${id}"] .report-body mark`,
          );
          if (panel) requestAnimationFrame(() => resolve(performance.now() - started));
          else setTimeout(check, 5);
        };
        check();
        setTimeout(() => reject(new Error('the panel did not open')), timeout);
      }),
    STEP_TIMEOUT_MS,
  );
}

/**
 * Press the timeline's play button and count, for `seconds`, the filter changes it makes (one per
 * animation frame at most) and the frames the markers canvas draws; then pause.
 */
async function measurePlay(
  page: Page,
  seconds: number,
): Promise<{ filterChangesPerS: number; markerFramesPerS: number; repaintPerS: number }> {
  await page.evaluate(() =>
    window.__atlasStore!.getState().setFilters({ dateFrom: null, dateTo: null }),
  );
  await page.getByTestId('play-speed').selectOption('90');
  await page.getByTestId('play').click();
  await page.waitForTimeout(500);
  const r = await page.evaluate(async (ms) => {
    let changes = 0;
    const unsubscribe = window.__atlasStore!.subscribe((s, prev) => {
      if (s.filters !== prev.filters) changes++;
    });
    const frames0 = window.__atlasMarkers?.layer.frames ?? 0;
    const t0 = performance.now();
    await new Promise((r) => setTimeout(r, ms));
    const dt = (performance.now() - t0) / 1000;
    unsubscribe();
    return {
      changes: changes / dt,
      frames: ((window.__atlasMarkers?.layer.frames ?? 0) - frames0) / dt,
    };
  }, seconds * 1000);
  await page.getByTestId('play').click();
  // For comparison, measured after play (and a pause): frames per second of the map repainting
  // every frame with nothing changing, which is what play would get if each change repainted the
  // map. Software WebGL keeps a backlog for a few seconds after such a loop, so it goes last.
  await page.waitForTimeout(1000);
  const repaintPerS = await page.evaluate(async () => {
    const map = window.__atlasMap!;
    let n = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < 2000) {
      const rendered = new Promise<void>((r) => map.once('render', () => r()));
      map.triggerRepaint();
      await rendered;
      n++;
    }
    return n / ((performance.now() - t0) / 1000);
  });
  return { filterChangesPerS: r.changes, markerFramesPerS: r.frames, repaintPerS };
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

/** A reader's own reports read in the browser (app/local): how long, and what came of them. */
export interface LocalReading {
  /** The files picked → the incidents in the store and two frames drawn. */
  ms: number;
  /** The files picked → their details (incidents and reports) in the store too. */
  detailsMs: number;
  incidents: number;
  /** Workers reading them: one per core the page sees, up to four (app/local/readingHelpers.ts). */
  threads: number;
  /**
   * The page's longest task from the pick until the details are in, the app's handling of the
   * pick included (tasks under 50 ms are not reported: 0 is none over 50 ms, or the handling).
   */
  longestTaskMs: number;
}

/**
 * Open the app (its own data), point at "Open a folder" as a reader heading for it does (the
 * reading worker starts then), and pick the folder `dir`: the time from the folder input's change
 * to the incidents in the store and two frames after, measured in the page.
 */
export async function measureLocalReading(
  browser: Browser,
  appUrl: string,
  dir: string,
): Promise<LocalReading> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.addInitScript(NAME_SHIM);
    await page.addInitScript(() => localStorage.setItem('incident-atlas.lang', 'en'));
    await page.goto(appUrl, { timeout: STEP_TIMEOUT_MS });
    await page.getByTestId('incident-count').waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.getByTestId('open-folder').hover();
    // A reader takes longer than this to pick files; the worker is then ready.
    await page.waitForTimeout(1500);
    await page.evaluate(() => {
      const w = window as unknown as { __localTiming: Record<string, number> };
      w.__localTiming = {};
      const t = w.__localTiming;
      document.querySelector('[data-testid=open-folder-input]')!.addEventListener('change', () => {
        t.start = performance.now();
      });
      // The app's own handling of the pick (React's listener at the root runs before this one).
      window.addEventListener('change', () => {
        t.handled = performance.now() - t.start!;
      });
      // The page's longest task after the pick (the browser reports tasks over 50 ms only). The
      // task the pick itself arrives in is left out: the browser (here, Playwright) makes the
      // folder's File objects in it before any of the app's code runs.
      t.longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          if (t.start !== undefined && e.startTime >= t.start)
            t.longest = Math.max(t.longest!, e.duration);
      }).observe({ type: 'longtask' });
      const store = window.__atlasStore!;
      const stop = store.subscribe((s) => {
        if (s.data.status !== 'ready' || !s.data.data.local) return;
        const d = s.data.data;
        if (t.incidents === undefined) {
          // Many incidents are shown from their columns, before their details come.
          t.incidents = d.columns?.columns.count ?? d.incidents.length;
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              t.shown = performance.now();
            }),
          );
        }
        if ((d.columns?.details ?? 'ready') !== 'ready') return;
        stop();
        t.details = performance.now();
      });
    });
    await page.getByTestId('open-folder-input').setInputFiles(dir);
    const t = await page.waitForFunction(
      () => {
        const t = (window as unknown as { __localTiming: Record<string, number> }).__localTiming;
        return t.shown && t.details ? t : null;
      },
      null,
      { timeout: STEP_TIMEOUT_MS * 4 },
    );
    await t.dispose();
    // Long tasks are reported after they end: a moment for the last ones.
    await page.waitForTimeout(300);
    const timing = await page.evaluate(
      () => (window as unknown as { __localTiming: Record<string, number> }).__localTiming,
    );
    const cores = await page.evaluate(() => navigator.hardwareConcurrency || 1);
    return {
      ms: timing.shown! - timing.start!,
      detailsMs: timing.details! - timing.start!,
      incidents: timing.incidents!,
      threads: readingThreads(cores),
      longestTaskMs: Math.max(timing.longest!, timing.handled!),
    };
  } finally {
    await page.close();
  }
}
