import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { IncidentCollection } from '../app/model';
import { parseCsv } from './fixtures/research/support';
import { saveImage } from './support/mapImage';
import { openSynthetic, synthAppData } from './support/synthData';

/**
 * 30,000 synthetic incidents (above the markers threshold), served in place of public/data by
 * intercepting data/*: the app paints them on the markers canvas from the compact columns.
 */
const DIR = join('.synth', 'e2e-scale-30k');
const N = 30_000;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let features: IncidentCollection['features'] = [];

test.beforeAll(() => {
  features = synthAppData(DIR, N);
});

/** Numbers as the English interface writes them (30,000). */
const en = (n: number) => n.toLocaleString('en');

test('30k incidents: the markers are drawn over the map, a filter gives the exact count, a marker opens its report', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => localStorage.setItem('incident-atlas.lang', 'en'));
  await page.route('**/data/*', (route) =>
    route.fulfill({ path: join(DIR, basename(new URL(route.request().url()).pathname)) }),
  );
  await page.goto('./');
  const count = page.getByTestId('incident-count');
  await expect(count).toHaveText(`${en(N)} of ${en(N)} incidents`, { timeout: 60_000 });

  // The markers' canvas has drawn a frame; the map's own GeoJSON incident layer is hidden.
  await page.waitForFunction(
    () => (window.__atlasMarkers?.layer.firstDrawAt ?? null) !== null,
    null,
    {
      timeout: 60_000,
    },
  );
  expect(
    await page.evaluate(() => window.__atlasMap!.getLayoutProperty('incidents', 'visibility')),
  ).toBe('none');

  // A date window: the count is exactly the incidents whose span overlaps it.
  const from = '2021-01-01';
  const to = '2021-06-30';
  const expected = features.filter((f) => {
    const p = f.properties;
    return p.date <= to && (p.dateEnd ?? p.date) >= from;
  }).length;
  expect(expected).toBeGreaterThan(0);
  expect(expected).toBeLessThan(N);
  await page.evaluate(
    ([dateFrom, dateTo]) => window.__atlasStore!.getState().setFilters({ dateFrom, dateTo }),
    [from, to],
  );
  await expect(count).toHaveText(`${en(expected)} of ${en(N)} incidents`);

  // Pick a visible incident at its screen position, click there: its report opens.
  const target = features.find((f) => {
    const p = f.properties;
    return p.date >= from && p.date <= to;
  })!;
  const at = await page.evaluate(([lon, lat]) => {
    const p = window.__atlasMap!.project([lon!, lat!]);
    return { x: p.x, y: p.y, id: window.__atlasMarkers!.pick(p.x, p.y) };
  }, target.geometry.coordinates);
  expect(at.id).not.toBeNull();

  // Clicking needs the details (features and reports) for the panel: wait until they are in.
  await page.waitForFunction(() => {
    const d = window.__atlasStore!.getState().data;
    return d.status === 'ready' && d.data.columns?.details === 'ready';
  });
  const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + at.x, box.y + at.y);
  // A place holding several incidents lists them; the one under the pointer is chosen there.
  const picker = page.getByTestId('place-picker');
  await expect(page.getByTestId('article-panel').or(picker)).toBeVisible();
  if (await picker.isVisible())
    await picker.locator(`button.pick[data-incident-id="${at.id}"]`).click();
  await expect(page.getByTestId('article-panel')).toBeVisible();
  expect(await page.evaluate(() => window.__atlasStore!.getState().selectedId)).toBe(at.id);
  const picked = features.find((f) => f.properties.id === at.id)!;
  expect(picked.properties.date >= from && picked.properties.date <= to).toBe(true);
  // The markers are drawn where the map puts the incidents, also after the map moves; a place
  // whose incidents are all filtered out is left empty.
  const drawnAt = ([lon, lat]: number[]) =>
    page.evaluate(
      ([lon, lat]) => {
        const p = window.__atlasMap!.project([lon!, lat!]);
        return window.__atlasMarkers!.layer.pixelAt(p.x, p.y)?.[3] ?? 0;
      },
      [lon!, lat!],
    );
  const [weekFrom, weekTo] = ['2021-03-01', '2021-03-07'];
  const inWindow = (f: (typeof features)[number]) =>
    f.properties.date <= weekTo && (f.properties.dateEnd ?? f.properties.date) >= weekFrom;
  await page.evaluate(
    ([dateFrom, dateTo]) => window.__atlasStore!.getState().setFilters({ dateFrom, dateTo }),
    [weekFrom, weekTo],
  );
  await expect(count).toHaveText(`${en(features.filter(inWindow).length)} of ${en(N)} incidents`);
  const spots = await page.evaluate(
    ({ shown, others }) => {
      const map = window.__atlasMap!;
      const seen = shown.map((c) => map.project(c as [number, number]));
      const { width, height } = map.getCanvas().getBoundingClientRect();
      const inView = (p: { x: number; y: number }) =>
        p.x > 40 && p.y > 40 && p.x < width - 160 && p.y < height - 100;
      const shownAt = shown.find((_, i) => inView(seen[i]!)) ?? null;
      // A hidden place far enough from every shown marker (the largest is 25 px across here).
      const hiddenAt =
        others.find((c) => {
          const p = map.project(c as [number, number]);
          return inView(p) && seen.every((q) => Math.hypot(q.x - p.x, q.y - p.y) > 30);
        }) ?? null;
      return { shownAt, hiddenAt };
    },
    {
      shown: features.filter(inWindow).map((f) => f.geometry.coordinates),
      others: features.filter((f) => !inWindow(f)).map((f) => f.geometry.coordinates),
    },
  );
  expect(spots.shownAt).not.toBeNull();
  expect(spots.hiddenAt).not.toBeNull();
  expect(await drawnAt(spots.shownAt!)).toBeGreaterThan(0);
  expect(await drawnAt(spots.hiddenAt!)).toBe(0);
  // Anywhere a marker is drawn picks it: the last drawn pixel right of its centre too.
  const edge = await page.evaluate(([lon, lat]) => {
    const p = window.__atlasMap!.project([lon!, lat!]);
    const markers = window.__atlasMarkers!;
    let dx = 0;
    while ((markers.layer.pixelAt(p.x + dx + 1, p.y)?.[3] ?? 0) > 0 && dx < 60) dx++;
    return { dx, picked: markers.pick(p.x + dx, p.y) };
  }, spots.shownAt!);
  expect(edge.dx).toBeGreaterThan(3);
  expect(edge.picked).not.toBeNull();
  await page.evaluate(() => window.__atlasMap!.panBy([120, -60], { duration: 0 }));
  await page.waitForFunction(() => window.__atlasMap!.loaded());
  expect(await drawnAt(spots.shownAt!)).toBeGreaterThan(0);
  await page.evaluate(() => window.__atlasMap!.panBy([-120, 60], { duration: 0 }));
  expect(errors).toEqual([]);
});

test('30k incidents: an export asked for before the details arrive waits for them, then downloads', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('incident-atlas.lang', 'en'));
  // The details (incidents.geojson) are held back until the export has been asked for.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/data/*', async (route) => {
    const name = basename(new URL(route.request().url()).pathname);
    if (name === 'incidents.geojson') await held;
    await route.fulfill({ path: join(DIR, name) });
  });
  await page.goto('./?from=2021-03-01&to=2021-03-31');
  const expected = features.filter((f) => {
    const p = f.properties;
    return p.date <= '2021-03-31' && (p.dateEnd ?? p.date) >= '2021-03-01';
  });
  await expect(page.getByTestId('incident-count')).toHaveText(
    `${en(expected.length)} of ${en(N)} incidents`,
    { timeout: 60_000 },
  );
  // Every status line the export shows, as it is shown (the writing one lasts a moment only).
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __statuses: string[] }).__statuses = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid=export-status]')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const downloaded = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  await expect(page.getByTestId('export-status')).toHaveText('Loading details…');
  release();
  const rows = parseCsv(readFileSync((await (await downloaded).path())!, 'utf8').slice(1));
  const ids = rows.slice(1).map((r) => r[rows[0]!.indexOf('id')]);
  expect(new Set(ids)).toEqual(new Set(expected.map((f) => f.properties.id)));
  await expect(page.getByTestId('export-status')).toHaveCount(0);
  // While the file was written the page said so, with its size.
  expect(
    await page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses),
  ).toEqual(['Loading details…', `Writing the CSV of ${en(expected.length)} incidents…`]);
});

test('30k incidents: the saved map image holds the markers canvas, and says the data is synthetic', async ({
  page,
}) => {
  await openSynthetic(page, DIR);
  const { facts, png } = await saveImage(page);
  writeFileSync('test-results/map-image-30k.png', png);
  // The map's own incident layer is hidden at this size: markers in the image come from the
  // markers canvas, copied over the map.
  expect(facts.markerColourOnMap).toBeGreaterThan(2000);
  expect(facts.warningInCaption).toBeGreaterThan(50);
});
