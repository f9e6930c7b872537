import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { MESSAGES } from '../app/i18n/messages';
import type { IncidentCollection } from '../app/model';
import { jumpTo, pagePoint } from './support/reader';
import { openSynthetic, synthAppData } from './support/synthData';

/**
 * 10,000 synthetic incidents (above the markers threshold): the markers canvas answers hover and
 * click as the map's own incident layer does below it. A place of many incidents gives the
 * tooltip with how many more are there and the place picker with every one of them; a lone
 * incident opens directly; a list row's hover rings its marker.
 */
const DIR = join('.synth', 'e2e-stacks-10k');
const N = 10_000;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let features: IncidentCollection['features'] = [];
/**
 * The place with the most incidents; and a day on which one place holds a single incident and no
 * other place near it holds any (every place of the dataset holds several: a date filter leaves
 * one).
 */
let crowded: { at: [number, number]; ids: string[] };
let lone: { at: [number, number]; id: string; day: string };

test.beforeAll(() => {
  features = synthAppData(DIR, N);
  const byPlace = new Map<string, { at: [number, number]; ids: string[] }>();
  for (const f of features) {
    const at = f.geometry.coordinates as [number, number];
    const key = at.join(',');
    const place = byPlace.get(key) ?? { at, ids: [] };
    place.ids.push(f.properties.id);
    byPlace.set(key, place);
  }
  crowded = [...byPlace.values()].reduce((a, b) => (b.ids.length > a.ids.length ? b : a));
  const on = (day: string) =>
    features.filter(
      (f) => f.properties.date <= day && (f.properties.dateEnd ?? f.properties.date) >= day,
    );
  const near = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!) < 0.05;
  for (const f of features) {
    const day = f.properties.date;
    const at = f.geometry.coordinates;
    if (on(day).every((g) => g === f || !near(g.geometry.coordinates, at))) {
      lone = { at: at as [number, number], id: f.properties.id, day };
      break;
    }
  }
});

async function open(page: Page, lang: 'en' | 'ar', errors: string[]): Promise<void> {
  page.on('pageerror', (e) => errors.push(e.message));
  await openSynthetic(page, DIR, lang);
}

for (const lang of ['en', 'ar'] as const) {
  test(`10k incidents (${lang}): hovering a place of many shows the tooltip and how many more, clicking lists them all`, async ({
    page,
  }) => {
    const t = MESSAGES[lang];
    const errors: string[] = [];
    await open(page, lang, errors);
    const n = crowded.ids.length;
    expect(n).toBeGreaterThan(20);

    await jumpTo(page, ...crowded.at, 12);
    const p = await pagePoint(page, ...crowded.at);
    await page.mouse.move(p.x, p.y);
    const tip = page.getByTestId('map-tooltip');
    await expect(tip).toBeVisible();
    await expect(page.getByTestId('tooltip-more')).toHaveText(t.othersHere(n - 1));
    const hovered = await page.evaluate(() => window.__atlasStore!.getState().hoveredId);
    expect(crowded.ids).toContain(hovered);

    await page.mouse.click(p.x, p.y);
    const picker = page.getByTestId('place-picker');
    await expect(picker).toBeVisible();
    await expect(picker).toContainText(t.atPlace(n));
    const picks = picker.locator('button.pick');
    await expect(picks).toHaveCount(n);
    const listed = await picks.evaluateAll((bs) =>
      bs.map((b) => b.getAttribute('data-incident-id')),
    );
    expect(new Set(listed)).toEqual(new Set(crowded.ids));
    expect(await page.evaluate(() => window.__atlasStore!.getState().selectedId)).toBeNull();
    await expect(picks.first()).toBeFocused();

    // One of them chosen from the list opens it.
    await page.keyboard.press('ArrowDown');
    const chosen = await page.evaluate(() =>
      document.activeElement?.getAttribute('data-incident-id'),
    );
    await page.keyboard.press('Enter');
    await expect(picker).toBeHidden();
    expect(await page.evaluate(() => window.__atlasStore!.getState().selectedId)).toBe(chosen);
    expect(errors).toEqual([]);
  });
}

test('10k incidents: a lone incident opens directly, and a list row hovered rings its marker', async ({
  page,
}) => {
  const errors: string[] = [];
  await open(page, 'en', errors);
  expect(lone).toBeDefined();
  await page.evaluate(
    (day) => window.__atlasStore!.getState().setFilters({ dateFrom: day, dateTo: day }),
    lone.day,
  );
  await jumpTo(page, ...lone.at, 12);
  const p = await pagePoint(page, ...lone.at);
  await page.mouse.move(p.x, p.y);
  await expect(page.getByTestId('map-tooltip')).toBeVisible();
  await expect(page.getByTestId('tooltip-more')).toHaveCount(0);
  await page.mouse.click(p.x, p.y);
  await expect
    .poll(() => page.evaluate(() => window.__atlasStore!.getState().selectedId))
    .toBe(lone.id);
  await expect(page.getByTestId('place-picker')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.mouse.move(1, 1);
  await expect(page.getByTestId('map-tooltip')).toHaveCount(0);

  // The first list row's incident, in view: hovering the row changes the pixels around its
  // marker (the ring), leaving the row changes them back.
  const row = page.locator('[role=option]').first();
  const rowId = (await row.getAttribute('data-incident-id'))!;
  const at = features.find((f) => f.properties.id === rowId)!.geometry.coordinates as [
    number,
    number,
  ];
  await jumpTo(page, ...at, 11);
  const around = () =>
    page.evaluate((ll) => {
      const c = window.__atlasMap!.project(ll);
      const out: number[] = [];
      for (let dy = -20; dy <= 20; dy += 2)
        for (let dx = -20; dx <= 20; dx += 2)
          out.push(window.__atlasMarkers!.layer.pixelAt(c.x + dx, c.y + dy)?.[3] ?? 0);
      return out.join(',');
    }, at);
  const before = await around();
  await row.hover();
  await expect
    .poll(() => page.evaluate(() => window.__atlasStore!.getState().hoveredId))
    .toBe(rowId);
  await expect.poll(around).not.toBe(before);
  await page.mouse.move(1, 1);
  await expect.poll(around).toBe(before);
  expect(errors).toEqual([]);
});
