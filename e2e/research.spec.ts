import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { booleanPointInPolygon, polygon } from '@turf/turf';
import { isCasualtyToll } from '../app/model';
import {
  articleById,
  fixture,
  fold,
  inSelection,
  overlaps,
  parseCsv,
  ready,
  serveFixture,
  shownCount,
} from './fixtures/research/support';
import { drawnIncidentIds } from './support/atlas';

const total = fixture.incidents.length;

async function open(page: Page, query = 'lang=en') {
  await serveFixture(page);
  await page.goto(`./?${query}`);
  await ready(page);
}

/** Days since 1970-01-01 of an ISO date, and back. */
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

function param(page: Page, key: string): string | null {
  return new URL(page.url()).searchParams.get(key);
}

const pageErrors = new WeakMap<Page, string[]>();

test.beforeEach(({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  pageErrors.set(page, errors);
});

test.afterEach(({ page }) => {
  expect(pageErrors.get(page)).toEqual([]);
});

test('brushing a range on the timeline shows exactly the incidents in it', async ({ page }) => {
  await open(page);
  await expect.poll(() => shownCount(page)).toBe(total);
  const chart = page.getByTestId('timeline-chart');
  const box = (await chart.boundingBox())!;
  const y = box.y + 40;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.4, y, { steps: 4 });
  await page.mouse.move(box.x + box.width * 0.48, y, { steps: 4 });
  await page.mouse.up();

  const from = await page.getByTestId('date-from').inputValue();
  const to = await page.getByTestId('date-to').inputValue();
  expect(from).toMatch(/^2021-\d\d-\d\d$/);
  expect(to > from).toBe(true);
  const expected = fixture.incidents.filter((f) => overlaps(f, from, to)).length;
  expect(expected).toBeGreaterThan(0);
  expect(expected).toBeLessThan(total);
  await expect.poll(() => shownCount(page)).toBe(expected);
  expect(param(page, 'from')).toBe(from);
  expect(param(page, 'to')).toBe(to);

  // Drag the range later by grabbing its middle: same width, new count.
  const brush = (await page.getByTestId('brush').boundingBox())!;
  await page.mouse.move(brush.x + brush.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(brush.x + brush.width / 2 + box.width * 0.2, y, { steps: 5 });
  await page.mouse.up();
  const from2 = await page.getByTestId('date-from').inputValue();
  const to2 = await page.getByTestId('date-to').inputValue();
  expect(from2 > from).toBe(true);
  const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
  expect(days(from2, to2)).toBe(days(from, to));
  await expect
    .poll(() => shownCount(page))
    .toBe(fixture.incidents.filter((f) => overlaps(f, from2, to2)).length);

  // Exact bounds from the date inputs.
  await page.getByTestId('date-from').fill('2021-07-01');
  await page.getByTestId('date-to').fill('2021-07-31');
  await expect
    .poll(() => shownCount(page))
    .toBe(fixture.incidents.filter((f) => overlaps(f, '2021-07-01', '2021-07-31')).length);

  // Zoom in with the wheel: the axis view narrows and bins get finer.
  const before = await chart.getAttribute('data-view-from');
  await page.mouse.move(box.x + box.width / 2, y);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -100);
  await expect(chart).not.toHaveAttribute('data-view-from', before!);
  await expect(page.getByTestId('bin-interval')).toHaveText('per day');
  await page.screenshot({ path: 'e2e/screenshots/research-brush-zoomed.png' });

  // A click outside the range clears it.
  await page.getByTestId('zoom-reset').click();
  await page.mouse.click(box.x + 5, y);
  await expect.poll(() => shownCount(page)).toBe(total);
});

test('a drawn polygon keeps exactly the incidents turf says are inside', async ({ page }) => {
  await open(page, 'lang=en&map=8.4/35.85/36.65');
  const area = page.getByTestId('filter-area');
  await area.locator('summary').click();
  await page.getByTestId('filter-include-overlapping').uncheck();
  const mapBefore = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
  await page.getByTestId('draw-polygon').click();
  // The menu closes as drawing starts; the hint lies over the map, which does not move.
  await expect(page.locator('details.rt-dropdown[open]')).toHaveCount(0);
  await expect(page.getByTestId('draw-hint')).toBeVisible();
  expect(await page.locator('canvas.maplibregl-canvas').boundingBox()).toEqual(mapBefore);

  const canvas = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
  const pts: [number, number][] = [
    [0.3, 0.3],
    [0.7, 0.25],
    [0.75, 0.7],
    [0.45, 0.8],
  ];
  for (const [fx, fy] of pts)
    await page.mouse.click(canvas.x + canvas.width * fx, canvas.y + canvas.height * fy);
  // Click the first corner again to close the polygon.
  await page.mouse.click(canvas.x + canvas.width * 0.3, canvas.y + canvas.height * 0.3);
  await expect(page.getByTestId('draw-hint')).toBeHidden();

  const raw = param(page, 'area')!;
  expect(raw).toMatch(/^poly:/);
  const ring = raw
    .slice(5)
    .split(';')
    .map((p) => p.split(',').map(Number) as [number, number]);
  expect(ring).toHaveLength(4);
  const poly = polygon([[...ring, ring[0]!]]);
  const inside = fixture.incidents.filter((f) => inSelection(f, poly, false));
  expect(inside.length).toBeGreaterThan(5);
  // An approximate incident whose point is inside but whose area reaches out is left out.
  expect(
    fixture.incidents.filter((f) => booleanPointInPolygon(f.geometry, poly)).length,
  ).toBeGreaterThan(inside.length);
  await expect.poll(() => shownCount(page)).toBe(inside.length);
  // The count updates in the same frame as the list; the map's source may take a frame longer.
  await expect
    .poll(() => drawnIncidentIds(page))
    .toEqual(inside.map((f) => f.properties.id).sort());
  expect((await page.evaluate(() => window.location.search)).includes('sel=')).toBe(false);

  // Imprecise incidents whose area overlaps the polygon come in when the box is ticked.
  const withOverlap = fixture.incidents.filter((f) => inSelection(f, poly, true));
  expect(withOverlap.length).toBeGreaterThan(inside.length);
  await area.locator('summary').click();
  await page.getByTestId('filter-include-overlapping').check();
  await area.locator('summary').click();
  await expect.poll(() => shownCount(page)).toBe(withOverlap.length);
  await page.screenshot({ path: 'e2e/screenshots/research-polygon.png' });
});

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a finger draws a rectangle, told how by the hint, and keeps what it holds', async ({
    page,
  }) => {
    await open(page, 'lang=en&map=8.4/35.85/36.65');
    await page.getByTestId('filters-fold-toggle').tap();
    await page.getByTestId('filter-area').locator('summary').tap();
    await page.getByTestId('filter-include-overlapping').uncheck();
    await page.getByTestId('draw-rectangle').tap();
    // The filters fold away for room; the hint stays over the map, in a finger's words.
    await page.getByTestId('filters-fold-toggle').tap();
    await expect(page.getByTestId('draw-hint')).toContainText(
      'Drag a finger across the map to draw a rectangle.',
    );
    // The map grows into the room the filters left; maplibre resizes its canvas a frame or more
    // later, and a drag measured on the old canvas would start on the map's buttons.
    const canvas = page.locator('canvas.maplibregl-canvas');
    const mapHeight = async () => (await page.locator('.maplibregl-map').boundingBox())!.height;
    const fullHeight = await mapHeight();
    await expect
      .poll(async () => Math.abs((await canvas.boundingBox())!.height - fullHeight))
      .toBeLessThan(1);
    const box = (await canvas.boundingBox())!;
    const at = (fx: number, fy: number) => ({
      x: Math.round(box.x + box.width * fx),
      y: Math.round(box.y + box.height * fy),
    });
    // Playwright's touchscreen only taps: the drag is sent as touch events through CDP.
    const cdp = await page.context().newCDPSession(page);
    const touch = (
      type: 'touchStart' | 'touchMove' | 'touchEnd',
      points: { x: number; y: number }[],
    ) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
    await touch('touchStart', [at(0.2, 0.25)]);
    for (const f of [0.3, 0.45, 0.6, 0.75]) await touch('touchMove', [at(f, f)]);
    await touch('touchEnd', []);
    await expect(page.getByTestId('draw-hint')).toBeHidden();
    const raw = param(page, 'area')!;
    expect(raw).toMatch(/^bbox:/);
    const [w, s, e, n] = raw.slice(5).split(',').map(Number) as [number, number, number, number];
    expect(e - w).toBeGreaterThan(0.1);
    const rect = polygon([
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ]);
    const inside = fixture.incidents.filter((f) => inSelection(f, rect, false));
    await expect.poll(() => shownCount(page)).toBe(inside.length);
  });
});

/** The fixture filtered by the same rules as the URL below, written independently. */
const SHARED =
  'from=2021-02-01&to=2021-11-30&type=airstrike,shelling,clash,attack,explosion' +
  '&actor=regime,russia,turkey,hts&cas=1&kmin=1&prec=1,2&outlet=' +
  encodeURIComponent('عنب بلدي') +
  '&outlet=' +
  encodeURIComponent('المرصد السوري') +
  '&outlet=Smart+News&area=bbox:36.1,35.3,37.2,36.4&overlap=0&q=' +
  encodeURIComponent('مقتل') +
  '&map=8.2/35.9/36.7&lang=en';

function sharedExpected() {
  const [w, s, e, n] = [36.1, 35.3, 37.2, 36.4];
  const box = polygon([
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ]);
  return fixture.incidents.filter((f) => {
    const p = f.properties;
    const a = articleById.get(p.evidence[0]!.articleId)!;
    return (
      overlaps(f, '2021-02-01', '2021-11-30') &&
      ['airstrike', 'shelling', 'clash', 'attack', 'explosion'].includes(p.type) &&
      p.actors.some((x) => ['regime', 'russia', 'turkey', 'hts'].includes(x)) &&
      (p.fatalities ?? 0) >= 1 &&
      [1, 2].includes(p.geoPrecision) &&
      ['عنب بلدي', 'المرصد السوري', 'Smart News'].includes(a.outlet) &&
      inSelection(f, box, false) &&
      fold(`${a.title} ${a.body} ${p.placeAr} ${p.placeEn}`).includes(fold('مقتل'))
    );
  });
}

test('a shared URL reproduces every filter, the count and the map, also after reload', async ({
  page,
}) => {
  const expected = sharedExpected();
  expect(expected.length).toBeGreaterThan(0);
  const sel = expected[0]!.properties.id;
  await open(page, `${SHARED}&sel=${sel}`);

  const check = async () => {
    await expect.poll(() => shownCount(page)).toBe(expected.length);
    await expect(page.getByTestId('date-from')).toHaveValue('2021-02-01');
    await expect(page.getByTestId('date-to')).toHaveValue('2021-11-30');
    for (const t of ['airstrike', 'shelling', 'clash', 'attack', 'explosion'])
      await expect(page.locator(`[data-testid=filter-types] input[value=${t}]`)).toBeChecked();
    for (const t of ['deployment', 'agreement', 'other'])
      await expect(page.locator(`[data-testid=filter-types] input[value=${t}]`)).not.toBeChecked();
    for (const a of ['regime', 'russia', 'turkey', 'hts'])
      await expect(page.locator(`[data-testid=filter-actors] input[value=${a}]`)).toBeChecked();
    await expect(page.locator('[data-testid=filter-actors] input[value=iran]')).not.toBeChecked();
    await expect(page.getByTestId('filter-has-casualties')).toBeChecked();
    await expect(page.getByTestId('filter-min-killed')).toHaveValue('1');
    await expect(page.locator('[data-testid=filter-precision] input[value="1"]')).toBeChecked();
    await expect(page.locator('[data-testid=filter-precision] input[value="3"]')).not.toBeChecked();
    await expect(page.locator('[data-testid=filter-outlets] input:checked')).toHaveCount(3);
    await expect(page.getByTestId('filter-include-overlapping')).not.toBeChecked();
    await expect(page.getByTestId('filter-text')).toHaveValue('مقتل');
    await expect(page.getByTestId('article-panel')).toHaveAttribute('data-incident-id', sel);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const view = await page.evaluate(() => {
      const m = window.__atlasMap!;
      return { zoom: m.getZoom(), ...m.getCenter() };
    });
    expect(view.zoom).toBeCloseTo(8.2, 1);
    expect(view.lat).toBeCloseTo(35.9, 2);
    expect(view.lng).toBeCloseTo(36.7, 2);
    const killed = expected.reduce((s, f) => s + (f.properties.fatalities ?? 0), 0);
    await expect(page.getByTestId('summary-killed')).toContainText(String(killed));
  };
  await check();
  const url = page.url();
  await page.reload();
  await ready(page);
  await check();
  // Polled: the address follows the map's last move within a quarter second (coalesced writes).
  await expect.poll(() => page.url()).toBe(url);
});

test('Copy link puts this exact view on the clipboard; the link opens it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, 'lang=ar&from=2021-04-01&to=2021-06-30&type=airstrike,shelling&order=killed');
  const count = await shownCount(page);
  const button = page.getByTestId('copy-view-link');
  await expect(button).toHaveText('نسخ الرابط');
  await button.click();
  await expect(button).toHaveText('نُسخ الرابط');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  const other = await context.newPage();
  await serveFixture(other);
  await other.goto(link);
  await ready(other);
  await expect.poll(() => shownCount(other)).toBe(count);
  await expect(other.getByTestId('list-order')).toHaveValue('killed');
  await expect(other.getByTestId('date-from')).toHaveValue('٠١/٠٤/٢٠٢١');
  await other.close();
});

for (const lang of ['en', 'ar'] as const) {
  test(`a narrow filter's bars get a scale of their own on the timeline, and it says so (${lang})`, async ({
    page,
  }) => {
    await open(page, `lang=${lang}`);
    const chart = page.getByTestId('timeline').locator('canvas');
    const note = page.getByTestId('timeline-own-scale');
    // Every incident shown: one scale, no note.
    await expect(chart).toHaveAttribute('data-scale', 'all');
    await expect(note).toHaveCount(0);
    // One place's incidents: a few pixels on the scale of all; on their own, readable bars.
    await page.getByTestId('filter-text').fill('Al-Bab');
    await expect.poll(() => shownCount(page)).toBeLessThan(20);
    await expect(chart).toHaveAttribute('data-scale', 'shown');
    await expect(note).toHaveText(
      lang === 'en'
        ? 'Bars scaled to the incidents shown (too few on the scale of all)'
        : 'الأعمدة بمقياس الحوادث المعروضة (أقلّ من أن تُرى بمقياس الكل)',
    );
    await page
      .getByTestId('timeline')
      .screenshot({ path: `e2e/screenshots/timeline-own-scale-${lang}.png` });
  });
}

test('the selected range’s edges move from the keyboard, as sliders, a step of the history each', async ({
  page,
}) => {
  await open(page);
  await page.getByTestId('date-from').fill('2021-07-01');
  await page.getByTestId('date-to').fill('2021-07-31');
  await page.getByTestId('date-to').press('Enter');
  const inRange = (from: string, to: string) =>
    fixture.incidents.filter((f) => overlaps(f, from, to)).length;
  await expect.poll(() => shownCount(page)).toBe(inRange('2021-07-01', '2021-07-31'));
  const start = page.getByTestId('brush-from');
  const end = page.getByTestId('brush-to');
  await expect(start).toHaveAttribute('role', 'slider');
  await expect(start).toHaveAttribute('aria-valuetext', '1 July 2021');
  // Tab reaches the handles; a week back and three days on from the start, a week on at the end.
  await start.focus();
  await expect(start).toBeFocused();
  await page.keyboard.press('PageDown');
  for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await expect(end).toBeFocused();
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('date-from')).toHaveValue('2021-06-27');
  await expect(page.getByTestId('date-to')).toHaveValue('2021-08-07');
  await expect(end).toHaveAttribute('aria-valuetext', '7 August 2021');
  await expect.poll(() => shownCount(page)).toBe(inRange('2021-06-27', '2021-08-07'));
  expect(param(page, 'from')).toBe('2021-06-27');
  // End goes to the data's last day; the start never passes the end.
  await page.keyboard.press('End');
  const last = fixture.incidents
    .map((f) => f.properties.dateEnd ?? f.properties.date)
    .sort()
    .at(-1)!;
  await expect(page.getByTestId('date-to')).toHaveValue(last);
  await start.focus();
  for (let k = 0; k < 3; k++) await page.keyboard.press('End');
  await expect(page.getByTestId('date-from')).toHaveValue(last);
  // Each handle's keys, until the focus left it, were one step of the history.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  const steps = [
    ['2021-06-27', last],
    ['2021-06-27', '2021-07-31'],
    ['2021-07-01', '2021-07-31'],
  ];
  for (const [from, to] of steps) {
    await page.goBack();
    await expect(page.getByTestId('date-from')).toHaveValue(from!);
    await expect(page.getByTestId('date-to')).toHaveValue(to!);
  }
});

test('browsing the list with the keys is one step back, not one per row', async ({ page }) => {
  await open(page);
  const types = page.getByTestId('filter-types');
  await types.locator('input[value=airstrike]').check();
  const airstrikes = fixture.incidents.filter((f) => f.properties.type === 'airstrike').length;
  await expect.poll(() => shownCount(page)).toBe(airstrikes);
  const listbox = page.getByTestId('incident-listbox');
  await listbox.focus();
  for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowDown');
  const panel = page.getByTestId('article-panel');
  await expect(panel).toBeVisible();
  await expect.poll(() => param(page, 'sel')).not.toBeNull();
  // One Back closes the browsing; the next undoes the filter.
  await page.goBack();
  await expect(panel).toBeHidden();
  await expect.poll(() => shownCount(page)).toBe(airstrikes);
  await page.goBack();
  await expect.poll(() => shownCount(page)).toBe(total);
});

test('Back and Forward step through filter changes', async ({ page }) => {
  await open(page);
  const types = page.getByTestId('filter-types');
  const airstrikes = fixture.incidents.filter((f) => f.properties.type === 'airstrike').length;
  const both = fixture.incidents.filter((f) =>
    ['airstrike', 'shelling'].includes(f.properties.type),
  ).length;
  await types.locator('input[value=airstrike]').check();
  await expect.poll(() => shownCount(page)).toBe(airstrikes);
  await types.locator('input[value=shelling]').check();
  await expect.poll(() => shownCount(page)).toBe(both);

  await page.goBack();
  await expect.poll(() => shownCount(page)).toBe(airstrikes);
  await expect(types.locator('input[value=shelling]')).not.toBeChecked();
  await expect(types.locator('input[value=airstrike]')).toBeChecked();
  await page.goBack();
  await expect.poll(() => shownCount(page)).toBe(total);
  await expect(types.locator('input[value=airstrike]')).not.toBeChecked();
  await page.goForward();
  await expect.poll(() => shownCount(page)).toBe(airstrikes);
  await page.goForward();
  await expect.poll(() => shownCount(page)).toBe(both);
  expect(param(page, 'type')).toBe('airstrike,shelling');
});

test('a malformed, injected or huge URL loads the defaults without breaking', async ({ page }) => {
  const bad = [
    'from=2021-13-45&to=yesterday&type=%3Cscript%3Ealert(1)%3C/script%3E&kmin=NaN&prec=9' +
      '&area=poly:1e999,2;3&map=abc/def&lang=xx&sel=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E' +
      '&q=%00%01&unknown=1&__proto__=1&constructor=x',
    `q=${'x'.repeat(9_000)}&type=airstrike`,
    '%%%&&&==;;',
  ];
  for (const q of bad) {
    await open(page, q);
    await expect.poll(() => shownCount(page)).toBe(total);
    await expect(page.getByTestId('date-from')).toHaveValue('');
    await expect(page.getByTestId('filter-text')).toHaveValue('');
    await expect(page.locator('[data-testid=filter-types] input:checked')).toHaveCount(0);
    await expect(page.getByTestId('article-panel')).toHaveCount(0);
    expect(await page.locator('img[src=x]').count()).toBe(0);
  }
});

test('exported CSV and GeoJSON hold exactly the filtered incidents, with provenance', async ({
  page,
}) => {
  // A search written without the shadda finds the report that has it.
  await open(page, `lang=en&q=${encodeURIComponent('معرة النعمان')}&type=airstrike,shelling,clash`);
  const expected = fixture.incidents.filter((f) => {
    const p = f.properties;
    const a = articleById.get(p.evidence[0]!.articleId)!;
    return (
      ['airstrike', 'shelling', 'clash'].includes(p.type) &&
      fold(`${a.title}\n${a.body} ${p.placeAr}`).includes(fold('معرة النعمان'))
    );
  });
  const viaShadda = expected.filter(
    (f) =>
      f.properties.placeAr !== 'معرة النعمان' &&
      articleById.get(f.properties.evidence[0]!.articleId)!.body.includes('معرّة النعمان'),
  );
  expect(viaShadda.length).toBeGreaterThan(0);
  await expect.poll(() => shownCount(page)).toBe(expected.length);

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-csv').click(),
  ]);
  const csv = readFileSync((await csvDownload.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = parseCsv(csv.slice(1));
  const header = rows[0]!;
  const col = (name: string) => header.indexOf(name);
  for (const c of [
    'article_id',
    'article_title',
    'article_outlet',
    'article_date',
    'article_url',
    'article_file',
    'evidence_sentence',
    'place_mention',
  ])
    expect(col(c)).toBeGreaterThanOrEqual(0);
  const body = rows.slice(1);
  // In the list's order (newest first by default; same-day incidents in data order), so an
  // export reads as the list the reader sorted.
  const listed = [...expected].sort((x, y) => y.properties.date.localeCompare(x.properties.date));
  expect(body.map((r) => r[col('id')])).toEqual(listed.map((f) => f.properties.id));
  for (const r of body) {
    const f = expected.find((x) => x.properties.id === r[col('id')])!;
    const ev = f.properties.evidence[0]!;
    const a = articleById.get(ev.articleId)!;
    expect(r[col('article_outlet')]).toBe(a.outlet);
    expect(r[col('article_file')]).toBe(a.file);
    expect(r[col('evidence_sentence')]).toBe(a.body.slice(ev.start, ev.end));
    expect(r[col('place_mention')]).toBe(a.body.slice(ev.placeStart, ev.placeEnd));
    const title = r[col('article_title')]!;
    expect(title).toBe(/^[=+\-@]/.test(a.title) ? `'${a.title}` : a.title);
  }

  const [geoDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-geojson').click(),
  ]);
  const geo = JSON.parse(readFileSync((await geoDownload.path())!, 'utf8'));
  expect(geo.features.map((f: { properties: { id: string } }) => f.properties.id)).toEqual(
    listed.map((f) => f.properties.id),
  );
  expect(geo.features[0].properties.provenance.article_id).toBe(
    listed[0]!.properties.evidence[0]!.articleId,
  );
  // Sorted by most killed, the export follows.
  await page.getByRole('combobox', { name: 'Order of the list' }).selectOption('killed');
  const [killedDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-csv').click(),
  ]);
  const byKilled = parseCsv(readFileSync((await killedDownload.path())!, 'utf8').slice(1));
  const deaths = byKilled
    .slice(1)
    .map((r) => r[col('fatalities')])
    .filter((k) => k !== '')
    .map(Number);
  expect(deaths).toEqual([...deaths].sort((x, y) => y - x));
});

test('formula-like titles are defused in the CSV', async ({ page }) => {
  // Article 7 of the fixture has the title =HYPERLINK(…), article 8 starts with "-".
  await open(page, 'lang=ar&q=HYPERLINK');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-csv').click(),
  ]);
  const rows = parseCsv(readFileSync((await download.path())!, 'utf8').slice(1));
  const t = rows[0]!.indexOf('article_title');
  expect(rows.length).toBeGreaterThan(1);
  for (const r of rows.slice(1)) expect(r[t]!.startsWith("'=HYPERLINK")).toBe(true);
});

test('both languages: controls and timeline in Arabic (RTL) and English', async ({ page }) => {
  await open(page, 'lang=ar&from=2021-04-01&to=2021-06-30');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('timeline-chart')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByTestId('play')).toContainText('تشغيل');
  // Time runs left to right in Arabic too: the range sits where it does in English.
  const arBrush = (await page.getByTestId('brush').boundingBox())!;
  await page.screenshot({ path: 'e2e/screenshots/research-timeline-ar.png' });
  await page.getByTestId('language-switch').click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByTestId('play')).toContainText('Play');
  expect(param(page, 'lang')).toBe('en');
  const enBrush = (await page.getByTestId('brush').boundingBox())!;
  expect(Math.abs(enBrush.x - arBrush.x)).toBeLessThan(2);
  await page.screenshot({ path: 'e2e/screenshots/research-timeline-en.png' });
  await page.goBack();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('the casualty sums say how much of them casualty tolls give, in both languages', async ({
  page,
}) => {
  // A toll (type Other: a report's casualties totalled, often over a period) may count again
  // the dead of incidents listed on their own: a sum cited without saying so would overstate.
  const sum = (fs: typeof fixture.incidents, key: 'fatalities' | 'injuries', locale = 'en-GB') =>
    fs.reduce((s, f) => s + (f.properties[key] ?? 0), 0).toLocaleString(locale);
  const tolls = fixture.incidents.filter((f) => f.properties.type === 'other');
  await open(page);
  const killed = page.getByTestId('summary-killed');
  await expect(killed).toContainText(`Killed: ${sum(fixture.incidents, 'fatalities')}`);
  await expect(killed.getByTestId('summary-toll-share')).toHaveText(
    `(${sum(tolls, 'fatalities')} in tolls)`,
  );
  await expect(page.getByTestId('summary-injured').getByTestId('summary-toll-share')).toHaveText(
    `(${sum(tolls, 'injuries')} in tolls)`,
  );
  await expect(killed.getByTestId('summary-toll-share')).toHaveAttribute('title', /type “Other”/);
  // Incidents only, in one press: the sums lose the tolls, and say nothing of them. Events of
  // type Other (an arrest, a protest) are incidents and stay; no type filter is touched.
  const others = fixture.incidents.filter((f) => !isCasualtyToll(f.properties));
  const leave = page.getByTestId('leave-tolls-out');
  await leave.click();
  await expect(killed).toContainText(`Killed: ${sum(others, 'fatalities')}`);
  await expect(page.getByTestId('summary-toll-share')).toHaveCount(0);
  await expect.poll(() => shownCount(page)).toBe(others.length);
  await expect(page.locator('[data-testid=filter-types] input:checked')).toHaveCount(0);
  await expect.poll(() => param(page, 'tolls')).toBe('out');
  // The button stays, pressed: the way the tolls come back. The Casualties menu says so too.
  await expect(leave).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('filter-casualties').locator('summary').click();
  await expect(page.getByTestId('filter-no-tolls')).toBeChecked();
  await page.keyboard.press('Escape');
  await leave.click();
  await expect(leave).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('filter-no-tolls')).not.toBeChecked();
  await expect(killed).toContainText(`Killed: ${sum(fixture.incidents, 'fatalities')}`);
  await expect.poll(() => param(page, 'tolls')).toBe(null);
  // A toll is called one where it is listed and opened, not "Other".
  const toll = tolls.find((f) => f.properties.fatalities != null)!;
  await open(page, `lang=en&sel=${toll.properties.id}`);
  await expect(page.locator(`.list-row[data-incident-id="${toll.properties.id}"]`)).toContainText(
    'Casualty toll',
  );
  await expect(page.getByTestId('article-panel')).toContainText('Casualty toll');
  await open(page, `lang=ar&sel=${toll.properties.id}`);
  await expect(killed.getByTestId('summary-toll-share')).toHaveText(
    `(منها ${sum(tolls, 'fatalities', 'ar-SY')} في حصائل)`,
  );
  await expect(page.getByTestId('article-panel')).toContainText('حصيلة ضحايا');
});

test('the date fields read and write dates in the interface language, and say what is wrong', async ({
  page,
}) => {
  const inJune = fixture.incidents.filter((f) => overlaps(f, '2021-06-01', '2021-06-30')).length;
  expect(inJune).toBeGreaterThan(0);
  // Arabic: day/month/year in Arabic digits, as Syrian dates are written; not the browser's mm/dd.
  await open(page, 'lang=ar&from=2021-04-01&to=2021-06-30');
  const from = page.getByTestId('date-from');
  const to = page.getByTestId('date-to');
  await expect(from).toHaveValue('٠١/٠٤/٢٠٢١');
  await expect(to).toHaveValue('٣٠/٠٦/٢٠٢١');
  // Typed in Arabic digits, day first: applied as soon as the date is whole.
  await from.fill('٠١/٠٦/٢٠٢١');
  await expect.poll(() => param(page, 'from')).toBe('2021-06-01');
  await expect.poll(() => shownCount(page)).toBe(inJune);
  // A day that does not exist is explained, and nothing changes.
  await from.fill('31/6/2021');
  await from.press('Enter');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toHaveText('لا يوجد يوم بهذا التاريخ');
  expect(param(page, 'from')).toBe('2021-06-01');
  await page.screenshot({ path: 'e2e/screenshots/research-dates-ar.png' });
  // Escape puts the applied day back.
  await from.press('Escape');
  await expect(from).toHaveValue('٠١/٠٦/٢٠٢١');
  await expect(from).not.toHaveAttribute('aria-invalid');
  // A start after the end is refused with a reason.
  await from.fill('٠١/٠٧/٢٠٢١');
  await from.press('Tab');
  await expect(page.getByRole('alert')).toHaveText('البداية بعد النهاية');
  expect(param(page, 'from')).toBe('2021-06-01');

  // English: ISO. A year-last date is ambiguous (4 January or April 1) and is refused.
  await page.getByTestId('language-switch').click();
  await expect(from).toHaveValue('2021-06-01');
  await expect(to).toHaveValue('2021-06-30');
  await to.fill('07/31/2021');
  await to.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Write the date as YYYY-MM-DD, e.g. 2021-06-26');
  expect(param(page, 'to')).toBe('2021-06-30');
  await page.screenshot({ path: 'e2e/screenshots/research-dates-en.png' });
  // A short date is applied when the field is left, then shown in full.
  await to.fill('2021-7-31');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await to.press('Tab');
  await expect(to).toHaveValue('2021-07-31');
  expect(param(page, 'to')).toBe('2021-07-31');
  // Emptied, the bound opens.
  await from.fill('');
  await from.press('Tab');
  await expect.poll(() => param(page, 'from')).toBeNull();
  await expect
    .poll(() => shownCount(page))
    .toBe(fixture.incidents.filter((f) => overlaps(f, '0000-01-01', '2021-07-31')).length);
  // A start refused for being after the end waits in its field; once the end moves past it,
  // both apply together and the alert goes (filled in natural order, the range is what it says).
  await open(page, 'lang=en&to=2021-03-31');
  await from.fill('2021-04-01');
  await from.press('Tab');
  await expect(page.getByRole('alert')).toHaveText('The start is after the end');
  await to.fill('2021-06-30');
  await to.press('Tab');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect.poll(() => param(page, 'from')).toBe('2021-04-01');
  expect(param(page, 'to')).toBe('2021-06-30');
  await expect
    .poll(() => shownCount(page))
    .toBe(fixture.incidents.filter((f) => overlaps(f, '2021-04-01', '2021-06-30')).length);
  // "All dates" clears both and leaves the keyboard in the From field, not nowhere.
  await page.getByRole('button', { name: /All dates/ }).click();
  await expect(from).toBeFocused();
  await expect.poll(() => param(page, 'from')).toBeNull();
  // The calendar button is named for what it does.
  await expect(page.getByTestId('date-from-pick')).toHaveAccessibleName(
    'Choose the start date on a calendar',
  );
});

test('the list can show the oldest or the most killed first, and a link keeps the order', async ({
  page,
}) => {
  const from = '2021-03-01';
  const to = '2021-05-31';
  const inRange = fixture.incidents
    .map((f, position) => ({ f, position }))
    .filter(({ f }) => overlaps(f, from, to));
  // Most killed first, no reported toll last; ties newest first, then in data order.
  const killed = [...inRange].sort(
    (a, b) =>
      (b.f.properties.fatalities ?? -1) - (a.f.properties.fatalities ?? -1) ||
      b.f.properties.date.localeCompare(a.f.properties.date) ||
      a.position - b.position,
  );
  const oldest = [...inRange].sort(
    (a, b) => a.f.properties.date.localeCompare(b.f.properties.date) || a.position - b.position,
  );
  const firstIds = async (n: number) =>
    page
      .getByTestId('incident-listbox')
      .getByRole('option')
      .evaluateAll((rows, k) => rows.slice(0, k).map((r) => r.getAttribute('data-incident-id')), n);
  const ids = (list: typeof inRange, n: number) => list.slice(0, n).map(({ f }) => f.properties.id);

  await open(page, `lang=en&from=${from}&to=${to}`);
  const order = page.getByTestId('list-order');
  await expect(order).toHaveValue('newest');
  await order.selectOption('killed');
  await expect.poll(() => firstIds(5)).toEqual(ids(killed, 5));
  expect(param(page, 'order')).toBe('killed');
  // The deadliest incident of the range is on top, with its toll.
  await expect(page.getByTestId('incident-listbox').getByRole('option').first()).toContainText(
    `${killed[0]!.f.properties.fatalities} killed`,
  );
  // A reload (a shared link) keeps the order; the count is the same in every order.
  await page.reload();
  await ready(page);
  await expect(order).toHaveValue('killed');
  await expect.poll(() => firstIds(5)).toEqual(ids(killed, 5));
  await expect.poll(() => shownCount(page)).toBe(inRange.length);

  await order.selectOption('oldest');
  await expect.poll(() => firstIds(5)).toEqual(ids(oldest, 5));
  // In Arabic the choices are Arabic, and the order holds.
  await page.getByTestId('language-switch').click();
  await expect(order.locator('option:checked')).toHaveText('الأقدم أولاً');
  await expect.poll(() => firstIds(5)).toEqual(ids(oldest, 5));
  await page.screenshot({ path: 'e2e/screenshots/research-list-order-ar.png' });
  // Back to newest first: the link loses its order parameter.
  await order.selectOption('newest');
  await expect.poll(() => param(page, 'order')).toBeNull();
});

test('the open incident is marked on the timeline at its day or span', async ({ page }) => {
  await open(page, 'lang=en');
  const mark = page.getByTestId('timeline-selected');
  await expect(mark).toHaveCount(0);
  // A week- or month-precise incident covers its span; a day-precise one its day.
  const spanned = fixture.incidents.find((f) => f.properties.dateEnd)!;
  for (const f of [fixture.incidents[0]!, spanned]) {
    const p = f.properties;
    await page.evaluate((id) => window.__atlasStore!.getState().select(id), p.id);
    await expect(mark).toHaveAttribute('data-from', p.date);
    await expect(mark).toHaveAttribute('data-to', p.dateEnd ?? p.date);
    const chart = (await page.getByTestId('timeline-chart').boundingBox())!;
    const box = (await mark.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(chart.x - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(chart.x + chart.width + 1);
  }
  await page.screenshot({ path: 'e2e/screenshots/research-timeline-selected.png' });
  await page.evaluate(() => window.__atlasStore!.getState().select(null));
  await expect(mark).toHaveCount(0);
});

test('an open incident the filters leave out is said to be so, with the ways out', async ({
  page,
}) => {
  const hidden = fixture.incidents.find((f) => f.properties.type !== 'clash')!;
  await open(page, `lang=en&type=clash&sel=${hidden.properties.id}`);
  await expect(page.getByTestId('article-panel')).toBeVisible();
  const bar = page.getByTestId('hidden-incident');
  await expect(bar).toContainText('outside the current filters');
  await bar.getByRole('button', { name: 'Reset filters' }).click();
  await expect(bar).toHaveCount(0);
  await expect(page.getByTestId('incident-count')).toHaveText(`${total} of ${total} incidents`);
  await expect(page.getByTestId('article-panel')).toBeVisible();
  // Filtered out again, it is said again; closing it ends the line.
  await page.getByTestId('filter-types').getByText('Clash').click();
  await expect(bar).toBeVisible();
  await bar.getByRole('button', { name: 'Close it' }).click();
  await expect(bar).toHaveCount(0);
  await expect(page.getByTestId('article-panel')).toHaveCount(0);
});

test('a bar under the mouse reads out its day and how many incidents it holds', async ({
  page,
}) => {
  // Two weeks: a bar per day.
  await open(page, 'lang=en&from=2021-05-03&to=2021-05-16');
  const chart = page.getByTestId('timeline-chart');
  await page.getByTestId('zoom-in').click();
  await page.getByTestId('zoom-in').click();
  const from = dayNumber((await chart.getAttribute('data-view-from'))!);
  const to = dayNumber((await chart.getAttribute('data-view-to'))!);
  await expect(page.getByTestId('timeline')).toContainText('per day');
  // The day with the most incidents of those dated to one day.
  const byDay = new Map<string, number>();
  for (const f of fixture.incidents)
    if (
      !f.properties.dateEnd &&
      f.properties.date >= isoDay(from) &&
      f.properties.date <= isoDay(to)
    )
      byDay.set(f.properties.date, (byDay.get(f.properties.date) ?? 0) + 1);
  const [day] = [...byDay].sort((a, b) => b[1] - a[1])[0]!;
  // Incidents over several days add their share to each (as the bars are drawn).
  const expected = Math.round(
    fixture.incidents.reduce((n, f) => {
      const a = dayNumber(f.properties.date);
      const b = dayNumber(f.properties.dateEnd ?? f.properties.date);
      const d = dayNumber(day);
      return n + (d >= a && d <= b ? 1 / (b - a + 1) : 0);
    }, 0),
  );
  const box = (await chart.boundingBox())!;
  const x = box.x + ((dayNumber(day) - from + 0.5) / (to + 1 - from)) * box.width;
  await page.mouse.move(x, box.y + 40);
  const tip = page.getByTestId('timeline-bin');
  await expect(tip).toContainText(new Date(`${day}T00:00:00Z`).getUTCDate().toString());
  await expect(tip).toContainText(`${expected} incident${expected === 1 ? '' : 's'}`);
  await page.mouse.move(box.x + box.width / 2, box.y - 40);
  await expect(tip).toHaveCount(0);
});

test('play moves the date range forward and pauses', async ({ page }) => {
  await open(page, 'lang=en&from=2021-01-01&to=2021-01-14');
  await page.getByTestId('play-speed').selectOption('90');
  await page.getByTestId('play').click();
  await expect.poll(async () => page.getByTestId('date-from').inputValue()).not.toBe('2021-01-01');
  await page.getByTestId('play').click();
  const from = await page.getByTestId('date-from').inputValue();
  const to = await page.getByTestId('date-to').inputValue();
  // The moving window keeps its width.
  expect((Date.parse(to) - Date.parse(from)) / 86_400_000).toBe(13);
  const inWindow = fixture.incidents.filter((f) => overlaps(f, from, to));
  await expect.poll(() => shownCount(page)).toBe(inWindow.length);
  // The list, which follows at its own pace while playing, shows the paused range's incidents.
  expect(inWindow.length).toBeGreaterThan(0);
  const first = page.getByTestId('incident-listbox').getByRole('option').first();
  await expect(first).toHaveAttribute('aria-setsize', String(inWindow.length));
  expect(inWindow.map((f) => f.properties.id)).toContain(
    await first.getAttribute('data-incident-id'),
  );
  // Paused: the button says Play again, and the range is where it stopped.
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('date-from')).toHaveValue(from);
});

test('play on a zoomed-in timeline: the view follows the moving range', async ({ page }) => {
  await open(page, 'lang=en&from=2021-02-01&to=2021-02-10');
  for (let k = 0; k < 5; k++) await page.getByTestId('zoom-in').click();
  await page.getByTestId('play-speed').selectOption('30');
  await page.getByTestId('play').click();
  // Well past the zoomed view's first end (a few weeks), then paused.
  await expect
    .poll(async () => page.getByTestId('date-from').inputValue(), { timeout: 20_000 })
    .toMatch(/^2021-0[4-9]|^2021-1/);
  await page.getByTestId('play').click();
  // The range is still in sight: no chip pointing to where it went.
  await expect(page.getByTestId('brush-offscreen')).toHaveCount(0);
});

for (const lang of ['en', 'ar'] as const) {
  test(`filter menus (${lang}): one open at a time, inside the window, closed by Escape or a press outside`, async ({
    page,
  }) => {
    await open(page, `lang=${lang}`);
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    const menus = [
      'filter-actors',
      'filter-events',
      'filter-outlets',
      'filter-precision',
      'filter-casualties',
    ];
    for (const id of menus) {
      await page.getByTestId(id).locator('summary').click();
      // Opening one closes the others.
      await expect(page.locator('details.rt-dropdown[open]')).toHaveCount(1);
      // The menu is placed at the next frame after it opens: wait for that frame, not a time.
      const menu = page.getByTestId(id).locator('.rt-menu');
      await expect
        .poll(async () => {
          const box = (await menu.boundingBox())!;
          return box.x >= 0 && box.x + box.width <= width;
        }, `${id} lies inside the window`)
        .toBe(true);
    }
    // Nothing sticks out: the page does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
    await page.keyboard.press('Escape');
    await expect(page.locator('details.rt-dropdown[open]')).toHaveCount(0);
    await expect(page.getByTestId('filter-casualties').locator('summary')).toBeFocused();
    await page.getByTestId('filter-actors').locator('summary').click();
    await page.mouse.click(5, 400);
    await expect(page.locator('details.rt-dropdown[open]')).toHaveCount(0);
  });
}
