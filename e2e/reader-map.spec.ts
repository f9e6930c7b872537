import { expect, type Page, test } from '@playwright/test';
import { INCIDENT_TYPES } from '../app/model';
import { drawnIncidentCount } from './support/atlas';
import {
  jumpTo,
  openApp,
  pagePoint,
  readFixture,
  rendered,
  serveFixture,
  settle,
  shot,
} from './support/reader';

const { incidents } = readFixture();
const byId = (id: string) => incidents.features.find((f) => f.properties.id === id)!;
const SARMADA = byId('fx-4').geometry.coordinates as [number, number];
const ARIHA = byId('fx-2').geometry.coordinates as [number, number];

const TEXT = {
  en: {
    airstrike: 'Airstrike',
    place: 'outskirts of Ariha',
    date: '10 March 2024',
    killed: '12 killed',
    legend: 'Legend',
    typeHead: 'Incident type',
    other: 'Other (tolls)',
  },
  ar: {
    airstrike: 'غارة جوية',
    place: 'أريحا',
    date: '١٠ آذار ٢٠٢٤',
    killed: '١٢ قتيلاً',
    legend: 'دليل الخريطة',
    typeHead: 'نوع الحادثة',
    other: 'أخرى (حصائل)',
  },
};

async function selectedRowId(page: Page) {
  return page
    .locator('[role=option][aria-selected=true]')
    .getAttribute('data-incident-id', { timeout: 5000 });
}

for (const lang of ['en', 'ar'] as const) {
  test.describe(`map (${lang})`, () => {
    test.beforeEach(async ({ page }) => {
      await serveFixture(page);
      await openApp(page, lang);
    });

    test('every type has its own generated marker, filled or hollow, and all incidents are drawn', async ({
      page,
    }) => {
      const images = await page.evaluate(
        (types) => {
          const map = window.__atlasMap!;
          return types.flatMap((t) => [
            map.hasImage(`incident-${t}-exact`),
            map.hasImage(`incident-${t}-area`),
          ]);
        },
        [...INCIDENT_TYPES],
      );
      expect(images.every(Boolean)).toBe(true);
      expect(await drawnIncidentCount(page)).toBe(incidents.features.length);

      // Closer, markers take their shape from the type and their fill from the precision.
      await jumpTo(page, 36.65, 35.75, 10.5);
      const layout = await page.evaluate(() =>
        window.__atlasMap!.getLayoutProperty('incidents', 'icon-image'),
      );
      expect(JSON.stringify(layout)).toContain('geoPrecision');
      await shot(page, `map-markers-${lang}`);
    });

    test('clusters with counts at low zoom split as the map zooms in', async ({ page }) => {
      await jumpTo(page, 36.7, 35.95, 7);
      const clusters = await rendered(page, ['incident-clusters']);
      expect(clusters.length).toBeGreaterThan(0);
      const inClusters = clusters.reduce((n, c) => n + Number(c.point_count), 0);
      expect(inClusters).toBeGreaterThan(1);
      expect(await rendered(page, ['incident-cluster-count'])).not.toHaveLength(0);
      await shot(page, `map-clusters-${lang}`);

      // Clicking a cluster of different places zooms in; its incidents come apart.
      const zawiya = byId('fx-3').geometry.coordinates as [number, number];
      await jumpTo(page, zawiya[0], zawiya[1], 9);
      const before = await page.evaluate(() => window.__atlasMap!.getZoom());
      const cluster = await page.evaluate(() => {
        const map = window.__atlasMap!;
        const f = map.queryRenderedFeatures({ layers: ['incident-clusters'] })[0]!;
        const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
        return { lon, lat };
      });
      const p = await pagePoint(page, cluster.lon, cluster.lat);
      await page.mouse.click(p.x, p.y);
      await page.waitForFunction((z) => window.__atlasMap!.getZoom() > z + 0.5, before);
      await settle(page);
      const singles = await rendered(page, ['incidents']);
      expect(singles.length).toBeGreaterThan(1);
    });

    test('legend shows every type with its shape, the size and the precision meaning', async ({
      page,
    }) => {
      const legend = page.getByTestId('legend');
      const toggle = legend.getByRole('button', { name: TEXT[lang].legend });
      // Folded at first on a laptop's map (1280 × 800), which it would cover a third of.
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(legend.getByRole('heading', { name: TEXT[lang].typeHead })).toBeVisible();
      await expect(legend.locator('.legend-types li')).toHaveCount(INCIDENT_TYPES.length);
      await expect(legend.locator('.legend-types li svg path')).toHaveCount(INCIDENT_TYPES.length);
      // Other says what it holds: the tolls, whose figures the sizes show too.
      await expect(legend.locator('.legend-types li[data-type="other"]')).toHaveText(
        TEXT[lang].other,
      );
      await expect(legend.locator('.legend-sizes li')).toHaveCount(4);
      await expect(legend.locator('.legend-precision li')).toHaveCount(3);
      await legend.getByRole('button', { name: TEXT[lang].legend }).click();
      await expect(legend.locator('.legend-types')).toBeHidden();
      // The reader's choice is kept: opened, it opens again on the next visit.
      await toggle.click();
      await page.reload();
      await expect(page.getByTestId('legend').locator('.legend-toggle')).toHaveAttribute(
        'aria-expanded',
        'true',
      );
    });

    test('the scale bar measures the map, in the language of the interface', async ({ page }) => {
      await jumpTo(page, ARIHA[0], ARIHA[1], 10);
      const bar = page.getByTestId('scale-bar');
      await expect(bar).toHaveText(lang === 'ar' ? /^[٠-٩٬]+ (كم|م)$/ : /^[\d,]+ (km|m)$/);
      // The bar is as long on the screen as its distance on the map, at the map's middle.
      const { metres, measured } = await bar.evaluate((el) => {
        const map = window.__atlasMap!;
        const width = el.getBoundingClientRect().width;
        const c = map.getContainer();
        const y = c.clientHeight / 2;
        const x = c.clientWidth / 2;
        return {
          metres: Number((el as HTMLElement).dataset.metres),
          measured: map.unproject([x - width / 2, y]).distanceTo(map.unproject([x + width / 2, y])),
        };
      });
      expect(Math.abs(measured - metres) / metres).toBeLessThan(0.03);
      // Zooming out lengthens the distance.
      await jumpTo(page, ARIHA[0], ARIHA[1], 7);
      await expect
        .poll(async () => Number(await bar.getAttribute('data-metres')))
        .toBeGreaterThan(metres * 4);
    });

    test('hovering an imprecise incident shows a tooltip and its area; clicking selects it', async ({
      page,
    }) => {
      await jumpTo(page, ARIHA[0], ARIHA[1], 10);
      const p = await pagePoint(page, ...ARIHA);
      await page.mouse.move(p.x, p.y);
      const tip = page.getByTestId('map-tooltip');
      await expect(tip).toBeVisible();
      for (const text of [
        TEXT[lang].airstrike,
        TEXT[lang].place,
        TEXT[lang].date,
        TEXT[lang].killed,
      ])
        await expect(tip).toContainText(text);
      // No markup from data: the tooltip holds text and the decorative icon only.
      expect(await tip.evaluate((el) => el.querySelectorAll('script, img, a').length)).toBe(0);
      await settle(page);
      const areas = await rendered(page, ['incident-area-line']);
      expect(areas.map((a) => a.id)).toContain('area-ariha-outskirts');
      await shot(page, `map-hover-area-${lang}`);

      await page.mouse.click(p.x, p.y);
      await expect(page.getByTestId('article-panel')).toHaveAttribute('data-incident-id', 'fx-2');
      expect(await selectedRowId(page)).toBe('fx-2');
      // The area stays while the incident is selected, after the pointer leaves.
      await page.mouse.move(5, 400);
      await settle(page);
      expect((await rendered(page, ['incident-area-line'])).map((a) => a.id)).toContain(
        'area-ariha-outskirts',
      );
    });

    test('several incidents at one place stay reachable through a list', async ({ page }) => {
      // Zoomed out, the three Sarmada incidents are one cluster that never splits: a list opens.
      await jumpTo(page, SARMADA[0], SARMADA[1], 9);
      let p = await pagePoint(page, ...SARMADA);
      await page.mouse.click(p.x, p.y);
      const picker = page.getByTestId('place-picker');
      await expect(picker).toBeVisible();
      await expect(picker.locator('button.pick')).toHaveCount(3);
      await expect(picker.locator('button.pick').first()).toBeFocused();
      // Each entry says who and how many, where known: entries of one day are told apart.
      if (lang === 'en')
        expect((await picker.locator('button.pick').allTextContents()).sort()).toEqual([
          'Attack10 March 20241 killed',
          'Deployment11 March 2024Turkey',
          'Explosion10 March 20240 killed, 0 injured',
        ]);
      await shot(page, `map-picker-${lang}`);
      await page.keyboard.press('Escape');
      await expect(picker).toBeHidden();

      // Zoomed in past clustering, the stacked markers give the same list; hovering them says
      // that more than the one shown lie there.
      await jumpTo(page, SARMADA[0], SARMADA[1], 14);
      p = await pagePoint(page, ...SARMADA);
      await page.mouse.move(p.x, p.y);
      await expect(page.getByTestId('tooltip-more')).toHaveText(
        lang === 'en' ? 'and 2 more here: click to choose' : 'حوادث أخرى هنا: ٢، انقر للاختيار',
      );
      await page.mouse.click(p.x, p.y);
      await expect(picker.locator('button.pick')).toHaveCount(3);
      await page.keyboard.press('ArrowDown');
      const chosen = await page.evaluate(() =>
        document.activeElement?.getAttribute('data-incident-id'),
      );
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('article-panel')).toHaveAttribute('data-incident-id', chosen!);
      await expect(picker).toBeHidden();
    });
  });
}
