import { expect, type Page, test } from '@playwright/test';
import type { Article, IncidentFeature } from '../app/model';
import { within } from './support/boxes';
import {
  jumpTo,
  openApp,
  pagePoint,
  readFixture,
  serveData,
  serveFixture,
  settle,
  shot,
} from './support/reader';

const { incidents } = readFixture();
const coords = (id: string) =>
  incidents.features.find((f) => f.properties.id === id)!.geometry.coordinates as [number, number];

const selectedRow = (page: Page) => page.locator('[role=option][aria-selected=true]');

async function isOnMap(page: Page, lonLat: [number, number]): Promise<boolean> {
  return page.evaluate(([lon, lat]) => {
    const map = window.__atlasMap!;
    const p = map.project([lon!, lat!]);
    const c = map.getCanvas();
    return p.x >= 0 && p.y >= 0 && p.x <= c.clientWidth && p.y <= c.clientHeight;
  }, lonLat);
}

for (const lang of ['en', 'ar'] as const) {
  test.describe(`incident list (${lang})`, () => {
    test.beforeEach(async ({ page }) => {
      await serveFixture(page);
      await openApp(page, lang);
    });

    test('lists the visible incidents, newest first, with the count', async ({ page }) => {
      const rows = page.locator('[role=option]');
      await expect(rows).toHaveCount(incidents.features.length);
      const dates = await rows.evaluateAll((els) =>
        els.map((e) => e.querySelector('time, bdi')?.textContent ?? ''),
      );
      expect(dates.length).toBe(incidents.features.length);
      await expect(page.getByTestId('incident-count')).toHaveText(
        lang === 'en' ? '10 of 10 incidents' : '١٠ من ١٠ حوادث',
      );
      // Newest first: the oldest (February, month precision) is last.
      await expect(rows.last()).toHaveAttribute('data-incident-id', 'fx-10');
      await expect(page.getByTestId('incident-listbox')).toHaveAttribute('aria-label', /.+/);
    });

    test('selecting in the list selects on the map, and the other way round', async ({ page }) => {
      await page.locator('[role=option][data-incident-id="fx-7"]').click();
      await expect(page.getByTestId('article-panel')).toHaveAttribute('data-incident-id', 'fx-7');
      await settle(page);
      const focus = await page.evaluate(() =>
        window.__atlasMap!.queryRenderedFeatures({ layers: ['incident-focus-ring'] }).map((f) => ({
          id: f.properties.id,
          role: f.properties.role,
        })),
      );
      expect(focus).toContainEqual({ id: 'fx-7', role: 'selected' });

      // Click a marker: the list follows.
      const target = coords('fx-1');
      await jumpTo(page, target[0], target[1], 13);
      const p = await pagePoint(page, ...target);
      await page.mouse.click(p.x, p.y);
      await expect(selectedRow(page)).toHaveAttribute('data-incident-id', 'fx-1');
      await expect(selectedRow(page)).toBeInViewport();
    });

    test('a selection off-screen brings the map to it', async ({ page }) => {
      const sarmada = coords('fx-4');
      await jumpTo(page, sarmada[0], sarmada[1], 13);
      expect(await isOnMap(page, coords('fx-10'))).toBe(false);
      await page.locator('[role=option][data-incident-id="fx-10"]').click();
      await page.waitForFunction(() => !window.__atlasMap!.isMoving());
      await settle(page);
      expect(await isOnMap(page, coords('fx-10'))).toBe(true);
      // …and not under the panel, nor under the legend.
      const p = await pagePoint(page, ...coords('fx-10'));
      for (const cover of [page.getByTestId('article-panel'), page.getByTestId('legend')])
        expect(within(p, (await cover.boundingBox())!)).toBe(false);
    });

    test('arrow keys, Home and End move through the list; focus stays in the list', async ({
      page,
    }) => {
      const listbox = page.getByTestId('incident-listbox');
      await listbox.focus();
      await page.keyboard.press('ArrowDown');
      const first = await page.locator('[role=option]').first().getAttribute('data-incident-id');
      await expect(selectedRow(page)).toHaveAttribute('data-incident-id', first!);
      await expect(listbox).toHaveAttribute('aria-activedescendant', `incident-row-${first}`);
      await page.keyboard.press('ArrowDown');
      const second = await page.locator('[role=option]').nth(1).getAttribute('data-incident-id');
      await expect(page.getByTestId('article-panel')).toHaveAttribute('data-incident-id', second!);
      await page.keyboard.press('End');
      await expect(selectedRow(page)).toHaveAttribute('data-incident-id', 'fx-10');
      await page.keyboard.press('ArrowUp');
      await expect(selectedRow(page)).not.toHaveAttribute('data-incident-id', 'fx-10');
      await page.keyboard.press('Home');
      await expect(selectedRow(page)).toHaveAttribute('data-incident-id', first!);
      await expect(listbox).toBeFocused();
      await shot(page, `list-keyboard-${lang}`);
    });

    test('Enter on the open incident goes into its report; Escape comes back to the list', async ({
      page,
    }) => {
      const listbox = page.getByTestId('incident-listbox');
      await listbox.focus();
      await page.keyboard.press('ArrowDown');
      const panel = page.getByTestId('article-panel');
      await expect(panel).toBeVisible();
      await page.keyboard.press('Enter');
      const close = panel.getByRole('button', {
        name: lang === 'en' ? 'Close report' : 'إغلاق التقرير',
      });
      await expect(close).toBeFocused();
      // Tab goes on inside the report, not to the timeline.
      await page.keyboard.press('Tab');
      expect(await panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      await expect(listbox).toBeFocused();
    });
  });
}

/** 100,000 incidents spread over the region, all from one short article. */
function bigData(n: number): { incidents: object; articles: Article[] } {
  const body = 'قصف على بلدة في ريف إدلب.';
  const features: IncidentFeature[] = [];
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
    features.push({
      type: 'Feature',
      geometry: {
        type: 'Point',
        coordinates: [36 + ((i * 7919) % 13000) / 10000, 35.3 + ((i * 104729) % 15000) / 10000],
      },
      properties: {
        id: `big-${i}`,
        type: (['airstrike', 'shelling', 'clash', 'attack', 'explosion', 'other'] as const)[i % 6]!,
        actors: [],
        date: `${2015 + (i % 9)}-${month}-${day}`,
        timePrecision: 1,
        placeId: 'p',
        placeAr: 'بلدة',
        placeEn: 'Town',
        geoPrecision: ((i % 3) + 1) as 1 | 2 | 3,
        admin1: 'Idlib',
        strikes: null,
        fatalities: i % 5,
        injuries: null,
        sources: 1,
        confidence: 1,
        summaryEn: `Incident ${i}`,
        summaryAr: `حادثة ${i}`,
        evidence: [{ articleId: 'big', start: 0, end: body.length, placeStart: 8, placeEnd: 12 }],
      },
    });
  }
  return {
    incidents: { type: 'FeatureCollection', features },
    articles: [
      {
        id: 'big',
        file: 'big',
        title: 'تقرير',
        date: '2020-01-01',
        outlet: 'x',
        body,
        incidentIds: [],
        mentions: [],
      },
    ],
  };
}

test('100,000 incidents: the list keeps a small DOM and scrolls to the end', async ({ page }) => {
  const n = 100_000;
  const big = bigData(n);
  await serveData(page, {
    'incidents.geojson': big.incidents,
    'articles.json': big.articles,
    'areas.geojson': { type: 'FeatureCollection', features: [] },
  });
  await openApp(page, 'en', { waitForMap: false });
  await expect(page.getByTestId('incident-count')).toHaveText('100,000 of 100,000 incidents', {
    timeout: 60_000,
  });
  const rows = page.locator('[role=option]');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeLessThan(60);
  expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(2000);

  // Scroll to the very end with the keyboard and with the scroll bar.
  const listbox = page.getByTestId('incident-listbox');
  await listbox.focus();
  await page.keyboard.press('End');
  await expect(page.locator(`[role=option][data-index="${n - 1}"]`)).toBeInViewport();
  await expect(page.locator('[role=option][aria-selected=true]')).toHaveAttribute(
    'data-index',
    `${n - 1}`,
  );
  await listbox.evaluate((el) => el.scrollTo({ top: 0 }));
  await expect(page.locator('[role=option][data-index="0"]')).toBeVisible();
  await listbox.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(page.locator(`[role=option][data-index="${n - 1}"]`)).toBeVisible();
  expect(await rows.count()).toBeLessThan(60);
  await shot(page, 'list-100k');
});
