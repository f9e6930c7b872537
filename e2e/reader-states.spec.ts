import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { FIXTURE_DIR, openApp, serveData, serveFixture, shot } from './support/reader';

const fixture = (name: string) => readFileSync(`${FIXTURE_DIR}/${name}`, 'utf8');

const RETRY = { en: 'Try again', ar: 'إعادة المحاولة' };

for (const lang of ['en', 'ar'] as const) {
  const T = { retry: RETRY[lang] };
  test.describe(`loading and empty states (${lang})`, () => {
    test('a spinner shows while the data loads', async ({ page }) => {
      let release!: () => void;
      const gate = new Promise<void>((r) => {
        release = r;
      });
      await serveData(
        page,
        {
          'incidents.geojson': fixture('incidents.geojson'),
          'articles.json': fixture('articles.json'),
          'areas.geojson': fixture('areas.geojson'),
        },
        { gate },
      );
      await openApp(page, lang, { waitForMap: false });
      const loading = page.getByTestId('loading');
      await expect(loading).toBeVisible();
      await expect(loading.locator('.spinner')).toBeVisible();
      await expect(loading).toHaveAttribute('role', 'status');
      await shot(page, `state-loading-${lang}`);
      release();
      await expect(loading).toBeHidden();
      await expect(page.locator('[role=option]')).toHaveCount(10);
    });

    test('missing data gives a clear message that names the file', async ({ page }) => {
      await serveData(page, {
        'articles.json': fixture('articles.json'),
        'areas.geojson': fixture('areas.geojson'),
      });
      await openApp(page, lang, { waitForMap: false });
      const error = page.getByTestId('load-error');
      await expect(error).toBeVisible();
      await expect(error).toHaveAttribute('role', 'alert');
      await expect(error).toContainText('incidents.geojson');
      await expect(error).toContainText('404');
      await expect(error).toContainText('npm run ingest');
      await expect(error.getByRole('button', { name: T.retry })).toBeVisible();
      await shot(page, `state-missing-${lang}`);
      // No published data, yet one's own reports open, from the message itself.
      await error
        .getByTestId('overlay-open-reports-input')
        .setInputFiles('data/reports/000_0cc85121fd04585f.txt');
      await expect(page.getByTestId('local-shown')).toBeVisible();
      await expect(error).toBeHidden();
      await expect(page.locator('[role=option]')).toHaveCount(9);
    });

    test('malformed data gives a clear message, not a blank page', async ({ page }) => {
      await serveData(page, {
        'incidents.geojson': fixture('incidents.geojson'),
        'articles.json': '[{"id": "x", "body": "نص"',
        'areas.geojson': fixture('areas.geojson'),
      });
      await openApp(page, lang, { waitForMap: false });
      await expect(page.getByTestId('load-error')).toContainText('articles.json');
      await expect(page.getByTestId('load-error')).toContainText('not valid JSON');

      await page.unrouteAll();
      await serveData(page, {
        'incidents.geojson': { type: 'FeatureCollection', features: [{ type: 'Feature' }] },
        'articles.json': fixture('articles.json'),
        'areas.geojson': fixture('areas.geojson'),
      });
      await page.getByTestId('load-error').getByRole('button', { name: T.retry }).click();
      await expect(page.getByTestId('load-error')).toContainText(
        'incidents.geojson: none of the 1 features is valid',
      );
    });

    test('data without incidents says so', async ({ page }) => {
      await serveData(page, {
        'incidents.geojson': { type: 'FeatureCollection', features: [] },
        'articles.json': [],
        'areas.geojson': { type: 'FeatureCollection', features: [] },
      });
      await openApp(page, lang);
      await expect(page.getByTestId('no-data')).toBeVisible();
      await expect(page.getByTestId('overlay-open-reports')).toBeVisible();
    });

    test('filters that leave nothing show an empty state on the map and in the list', async ({
      page,
    }) => {
      await serveFixture(page);
      await openApp(page, lang);
      await page.evaluate(() =>
        window.__atlasStore!.getState().setFilters({ dateFrom: '2030-01-01' }),
      );
      await expect(page.getByTestId('empty-filtered')).toBeVisible();
      await expect(page.getByTestId('list-empty')).toBeVisible();
      await expect(page.locator('[role=option]')).toHaveCount(0);
      await expect(page.getByTestId('incident-count')).toHaveText(
        lang === 'en' ? '0 of 10 incidents' : '٠ من ١٠ حوادث',
      );
      await shot(page, `state-empty-filtered-${lang}`);
      await page.evaluate(() => window.__atlasStore!.getState().resetFilters());
      await expect(page.locator('[role=option]')).toHaveCount(10);
    });
  });
}

test('the real sample data: every incident is listed and opens its report', async ({ page }) => {
  const incidents = JSON.parse(readFileSync('public/data/incidents.geojson', 'utf8'));
  const articles = JSON.parse(readFileSync('public/data/articles.json', 'utf8'));
  await openApp(page, 'ar');
  const n = incidents.features.length;
  await expect(page.getByTestId('incident-count')).toContainText(n.toLocaleString('ar-SY'));
  const listbox = page.getByTestId('incident-listbox');
  await listbox.focus();
  await page.keyboard.press('ArrowDown');
  const panel = page.getByTestId('article-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(articles[0].title);
  await expect(panel.locator('mark.sentence, mark.place').first()).toBeInViewport();
  await expect(panel.locator('.report-body .mention')).toHaveCount(articles[0].mentions.length);
  await shot(page, 'sample-ar');
});

// Keep the sample-data file lookups honest when served by the fixture helper too.
test('the fixture helper serves every reader fixture file', async ({ page }) => {
  await serveFixture(page);
  await openApp(page, 'en');
  await expect(page.locator('[role=option]')).toHaveCount(10);
});
