import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { IncidentCollection } from '../app/model';

/**
 * 30,000 synthetic incidents (above the GPU threshold), served in place of public/data by
 * intercepting data/*: the app paints them with the GPU layer from the compact columns.
 */
const DIR = join('.synth', 'e2e-scale-30k');
const N = 30_000;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let features: IncidentCollection['features'] = [];

test.beforeAll(() => {
  if (!existsSync(join(DIR, 'incidents.columns.bin')))
    execFileSync(
      'npx',
      ['tsx', 'app/cli/synth.ts', '--incidents', String(N), '--app-data', '--out', DIR],
      { stdio: 'ignore' },
    );
  features = (
    JSON.parse(readFileSync(join(DIR, 'incidents.geojson'), 'utf8')) as IncidentCollection
  ).features;
});

/** Numbers as the English interface writes them (30,000). */
const en = (n: number) => n.toLocaleString('en');

test('30k incidents: the GPU layer draws, a filter gives the exact count, a dot opens its report', async ({
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

  // The GPU layer is on the map and has drawn a frame with points; the GeoJSON layer is hidden.
  await page.waitForFunction(() => (window.__atlasGpu?.layer.firstDrawAt ?? null) !== null, null, {
    timeout: 60_000,
  });
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
    return { x: p.x, y: p.y, id: window.__atlasGpu!.pick(p.x, p.y) };
  }, target.geometry.coordinates);
  expect(at.id).not.toBeNull();
  // Clicking needs the details (features and reports) for the panel: wait until they are in.
  await page.waitForFunction(() => {
    const d = window.__atlasStore!.getState().data;
    return d.status === 'ready' && d.data.columns?.details === 'ready';
  });
  const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + at.x, box.y + at.y);
  await expect(page.getByTestId('article-panel')).toBeVisible();
  expect(await page.evaluate(() => window.__atlasStore!.getState().selectedId)).toBe(at.id);
  const picked = features.find((f) => f.properties.id === at.id)!;
  expect(picked.properties.date >= from && picked.properties.date <= to).toBe(true);
  expect(errors).toEqual([]);
});
