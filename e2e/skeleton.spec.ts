import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Article, IncidentCollection } from '../app/model';
import { drawnIncidentCount, renderedIncidents, waitForMapIdle } from './support/atlas';

const incidents: IncidentCollection = JSON.parse(
  readFileSync('public/data/incidents.geojson', 'utf8'),
);
const articles: Article[] = JSON.parse(readFileSync('public/data/articles.json', 'utf8'));

test('the sample report’s incidents are on the map and open the report they came from', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  await waitForMapIdle(page);

  // Incidents at one place are clustered: count the single markers and the clusters' contents.
  expect(await drawnIncidentCount(page)).toBe(incidents.features.length);
  const drawn = await renderedIncidents(page);
  expect(drawn.length).toBeGreaterThan(0);

  // Click the incident the map drew on top at its position, and check the panel shows its report.
  const target = drawn[0]!;
  const canvas = page.locator('canvas.maplibregl-canvas');
  const box = (await canvas.boundingBox())!;
  await page.mouse.click(box.x + target.x, box.y + target.y);
  const panel = page.getByTestId('article-panel');
  await expect(panel).toBeVisible();

  const selectedId = await page.evaluate(() =>
    document.querySelector('[data-incident-id]')?.getAttribute('data-incident-id'),
  );
  const incident = incidents.features.find((f) => f.properties.id === selectedId)!;
  expect(incident).toBeDefined();
  const evidence = incident.properties.evidence[0]!;
  const article = articles.find((a) => a.id === evidence.articleId)!;
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(article.title);
  const sentence = article.body.slice(evidence.start, evidence.end);
  await expect(panel.locator('mark.sentence, mark.place').first()).toBeVisible();
  expect((await panel.locator('.report-body mark').allTextContents()).join('')).toBe(sentence);
  await expect(panel.locator('.report-body')).toHaveAttribute('dir', 'rtl');

  await page.screenshot({ path: 'e2e/screenshots/skeleton-map-panel.png' });
  expect(errors).toEqual([]);
});
