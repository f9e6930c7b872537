import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { detailChunkPath } from '../app/ingest/detailChunks';
import type { Article, IncidentCollection } from '../app/model';
import { parseCsv } from './fixtures/research/support';
import { within } from './support/boxes';
import { synthAppData } from './support/synthData';

/**
 * A dataset written with details chunks (as every dataset above 250k incidents is): 30,000
 * synthetic incidents in chunks of 1,000. The app lists and opens incidents without ever loading
 * the full files, which at 1M incidents are more than a browser can read.
 */
const DIR = join('.synth', 'e2e-chunks-30k');
const N = 30_000;
/** Incidents per details chunk. */
const CHUNK = 1000;

/** The details chunk file that holds incident `f`. */
const chunkOf = (f: IncidentCollection['features'][number]) =>
  detailChunkPath(Math.floor(features.indexOf(f) / CHUNK));

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let features: IncidentCollection['features'] = [];
let articles = new Map<string, Article>();

test.beforeAll(() => {
  features = synthAppData(DIR, N, CHUNK);
  articles = new Map(
    (JSON.parse(readFileSync(join(DIR, 'articles.json'), 'utf8')) as Article[]).map((a) => [
      a.id,
      a,
    ]),
  );
  expect(readdirSync(join(DIR, 'details'))).toHaveLength(30);
});

/**
 * Serve the dataset for data/… (details/ too), and record which data files the page asked for.
 * `tamper` may rewrite a details chunk on its way (a broken entry, as a damaged file would hold).
 */
async function open(
  page: Page,
  lang: 'en' | 'ar',
  tamper?: (chunk: Record<string, unknown[]>) => void,
  query = '',
): Promise<string[]> {
  const asked: string[] = [];
  await page.addInitScript((l) => localStorage.setItem('incident-atlas.lang', l), lang);
  await page.route('**/data/**', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^.*\/data\//, '');
    asked.push(path);
    if (tamper && path.startsWith('details/')) {
      const chunk = JSON.parse(readFileSync(join(DIR, path), 'utf8'));
      tamper(chunk);
      return route.fulfill({ body: JSON.stringify(chunk), contentType: 'application/json' });
    }
    return route.fulfill({ path: join(DIR, path) });
  });
  await page.goto(`./${query}`);
  await page.waitForFunction(
    () => (window.__atlasMarkers?.layer.firstDrawAt ?? null) !== null,
    null,
    { timeout: 60_000 },
  );
  return asked;
}

/** Click the marker of the first incident (in file order) that is drawn well inside the map. */
async function clickAnIncident(page: Page): Promise<string> {
  const at = await page.evaluate(
    (coords) => {
      const map = window.__atlasMap!;
      const { width, height } = map.getCanvas().getBoundingClientRect();
      for (const c of coords) {
        const q = map.project(c as [number, number]);
        // Whole pixels, as the mouse clicks: a place's kinds are fanned out around it, and a
        // fraction of a pixel decides which of them is nearest.
        const p = { x: Math.round(q.x), y: Math.round(q.y) };
        if (p.x < 300 || p.y < 150 || p.x > width - 300 || p.y > height - 100) continue;
        const id = window.__atlasMarkers!.pick(p.x, p.y);
        if (id) return { x: p.x, y: p.y, id };
      }
      return null;
    },
    features.slice(0, 3000).map((f) => f.geometry.coordinates),
  );
  expect(at).not.toBeNull();
  const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + at!.x, box.y + at!.y);
  // A place holding several incidents lists them; the one under the pointer is chosen there.
  const picker = page.getByTestId('place-picker');
  await expect(page.getByTestId('article-panel').or(picker)).toBeVisible({ timeout: 30_000 });
  // The one under the pointer, or, should the click have landed a fraction of a pixel nearer
  // another kind of the same place, the first the picker lists (any incident serves here).
  if (await picker.isVisible()) {
    const under = picker.locator(`button.pick[data-incident-id="${at!.id}"]`);
    await ((await under.count()) ? under : picker.locator('button.pick').first()).click();
  }
  await expect(page.getByTestId('article-panel')).toBeVisible({ timeout: 30_000 });
  return (await page.getByTestId('article-panel').getAttribute('data-incident-id'))!;
}

for (const lang of ['en', 'ar'] as const) {
  test(`chunked details (${lang}): the list comes from the columns, an opened incident loads only its chunk`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const asked = await open(page, lang);

    // The list is there before any detail: newest first, rows from the columns.
    const rows = page.getByTestId('incident-listbox').getByRole('option');
    await expect(rows.first()).toBeVisible();
    const newest = [...features].sort((a, b) =>
      a.properties.date === b.properties.date ? 0 : a.properties.date < b.properties.date ? 1 : -1,
    )[0]!.properties;
    await expect(rows.first()).toContainText(lang === 'ar' ? newest.placeAr : newest.placeEn);
    await expect(page.getByTestId('no-data')).toHaveCount(0);

    const id = await clickAnIncident(page);
    const f = features.find((x) => x.properties.id === id)!;
    const report = articles.get(f.properties.evidence[0]!.articleId)!;
    const ev = f.properties.evidence[0]!;
    // The incident's sentence is marked in its report, as with fully loaded data.
    const body = page.locator('[data-testid="article-panel"] .report-body');
    await expect(body.locator('mark.place')).toHaveText(
      report.body.slice(ev.placeStart, ev.placeEnd),
    );
    expect((await body.locator('mark').allTextContents()).join('')).toBe(
      report.body.slice(ev.start, ev.end),
    );
    const chunk = chunkOf(f);
    expect(asked).toContain(chunk);
    expect(asked.filter((p) => p.startsWith('details/'))).toEqual([chunk]);
    expect(asked).not.toContain('incidents.geojson');
    expect(asked).not.toContain('articles.json');
    // The selected incident's row is the highlighted one.
    await expect(
      page.locator(`[data-testid="incident-listbox"] [data-incident-id="${id}"]`),
    ).toHaveAttribute('aria-selected', 'true');

    // Choosing the newest incident in the list brings the map to it, though its feature was
    // never loaded (the point comes from the columns): it ends up in view, clear of the panel
    // and the legend.
    const newestId = (await rows.first().getAttribute('data-incident-id'))!;
    await rows.first().click();
    await expect(page.getByTestId('article-panel')).toHaveAttribute('data-incident-id', newestId);
    const where = features.find((x) => x.properties.id === newestId)!.geometry.coordinates;
    /** Where the incident is drawn, once the map has come to rest. */
    const drawnAt = () =>
      page.evaluate((c) => {
        const map = window.__atlasMap!;
        if (map.isMoving()) return null;
        const q = map.project(c as [number, number]);
        const r = map.getCanvas().getBoundingClientRect();
        return { x: r.left + q.x, y: r.top + q.y };
      }, where);
    const clear = async () => {
      const p = await drawnAt();
      if (!p) return 'moving';
      const map = (await page.getByTestId('map').boundingBox())!;
      if (!within(p, map)) return 'off the map';
      for (const id of ['article-panel', 'legend']) {
        if (within(p, (await page.getByTestId(id).boundingBox())!)) return `under the ${id}`;
      }
      return 'clear';
    };
    await expect.poll(clear, { timeout: 15_000 }).toBe('clear');

    await page.waitForTimeout(300); // let the panel's scroll settle for the picture
    await page.screenshot({ path: `e2e/screenshots/scale-chunks-${lang}.png` });
    expect(errors).toEqual([]);
  });
}

for (const lang of ['en', 'ar'] as const) {
  test(`chunked details (${lang}): a broken entry in a chunk is named in the load notice, the rest opens`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await open(page, lang, (chunk) => {
      chunk.related!.push({ type: 'Feature', properties: { id: 'i-tampered' } });
    });
    // Nothing is wrong until a chunk is read: no notice at first.
    await expect(page.getByTestId('load-notice')).toHaveCount(0);
    const id = await clickAnIncident(page);
    const f = features.find((x) => x.properties.id === id)!;
    const chunk = chunkOf(f);
    const notice = page.getByTestId('load-notice');
    await expect(notice).toContainText(chunk);
    await expect(notice).toContainText(lang === 'ar' ? 'تُخطّي من الحوادث' : '1 incident');
    await expect(notice).toContainText('geometry is not a Point');
    // The incident itself still opens with its report.
    await expect(page.locator('[data-testid="article-panel"] .report-body mark.place')).toHaveCount(
      1,
    );
    await page.screenshot({ path: `e2e/screenshots/scale-chunks-notice-${lang}.png` });
    expect(errors).toEqual([]);
  });
}

test('about the data: synthetic data says so, with the size and precision read from the columns', async ({
  page,
}) => {
  await open(page, 'en');
  // Said beside the count too, where every view of the data shows it.
  await expect(page.getByTestId('synthetic-badge')).toHaveText('Synthetic data');
  await page.getByTestId('about-data').click();
  await expect(page.getByTestId('about-synthetic')).toContainText('Synthetic test data');
  await expect(page.getByTestId('about-counts')).toContainText(
    `${N.toLocaleString('en')} incidents`,
  );
  const byPrecision = (p: number) =>
    features.filter((f) => f.properties.geoPrecision === p).length.toLocaleString('en');
  for (const p of [1, 2, 3])
    await expect(
      page.getByTestId('about-precision').locator(`[data-precision="${p}"] strong`),
    ).toHaveText(byPrecision(p));
});

test('chunked details: a narrow selection exports with its sentences, from its chunks only', async ({
  page,
}) => {
  const from = '2021-07-20';
  const to = '2021-07-26';
  const asked = await open(page, 'en', undefined, `?from=${from}&to=${to}&type=airstrike,shelling`);
  const expected = features.filter(
    (f) =>
      ['airstrike', 'shelling'].includes(f.properties.type) &&
      (f.properties.dateEnd ?? f.properties.date) >= from &&
      f.properties.date <= to,
  );
  expect(expected.length).toBeGreaterThan(5);
  await expect(page.getByTestId('export-csv')).toBeEnabled();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-csv').click(),
  ]);
  const rows = parseCsv(readFileSync((await download.path())!, 'utf8').slice(1));
  const header = rows[0]!;
  const col = (name: string) => header.indexOf(name);
  const body = rows.slice(1);
  expect(new Set(body.map((r) => r[col('id')]))).toEqual(
    new Set(expected.map((f) => f.properties.id)),
  );
  for (const r of body) {
    const f = expected.find((x) => x.properties.id === r[col('id')])!;
    const ev = f.properties.evidence[0]!;
    const a = articles.get(ev.articleId)!;
    expect(r[col('evidence_sentence')]).toBe(a.body.slice(ev.start, ev.end));
    expect(r[col('place_mention')]).toBe(a.body.slice(ev.placeStart, ev.placeEnd));
  }
  // Only the chunks holding the selection were read, never the full details.
  const needed = new Set(expected.map(chunkOf));
  expect(new Set(asked.filter((p) => p.startsWith('details/')))).toEqual(needed);
  expect(asked).not.toContain('incidents.geojson');
  expect(asked).not.toContain('articles.json');
  await expect(page.getByTestId('export-status')).toHaveCount(0);
});
