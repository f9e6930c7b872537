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
  // Real reports: nothing says "synthetic".
  await expect(page.getByTestId('incident-count')).toBeVisible();
  await expect(page.getByTestId('synthetic-badge')).toHaveCount(0);

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

test('two passages of one report are told apart, and each is scrolled into view when chosen', async ({
  page,
}) => {
  // The sample's incident read from two sentences of its one report.
  const twice = incidents.features.find(
    (f) =>
      f.properties.evidence.length === 2 &&
      f.properties.evidence[0]!.articleId === f.properties.evidence[1]!.articleId,
  )!;
  expect(twice).toBeDefined();
  await page.setViewportSize({ width: 1280, height: 640 });
  await page.goto(`./?sel=${twice.properties.id}&lang=en`);
  const panel = page.getByTestId('article-panel');
  const sources = panel.getByTestId('evidence-switch').getByRole('button');
  await expect(sources).toHaveCount(2);
  await expect(sources.first()).toContainText('passage 1');
  await expect(sources.nth(1)).toContainText('passage 2');
  const article = articles.find((a) => a.id === twice.properties.evidence[1]!.articleId)!;
  const second = twice.properties.evidence[1]!;
  await sources.nth(1).click();
  await expect(sources.nth(1)).toHaveAttribute('aria-pressed', 'true');
  const marks = panel.locator('.report-body mark');
  const mark = marks.first();
  await expect
    .poll(async () => (await marks.allTextContents()).join(''))
    .toBe(article.body.slice(second.start, second.end));
  // The chosen passage is brought into the panel's view, not left below its fold.
  const scroller = panel.locator('.panel-scroll');
  await expect
    .poll(async () => {
      const m = (await mark.boundingBox())!;
      const s = (await scroller.boundingBox())!;
      return m.y >= s.y - 1 && m.y < s.y + s.height;
    })
    .toBe(true);
});

for (const lang of ['en', 'ar'] as const) {
  test(`a date the report does not state is shown as the report's, in the card and the citation (${lang})`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const undated = incidents.features.find((f) => f.properties.dateFromReport)!;
    const dated = incidents.features.find((f) => !f.properties.dateFromReport)!;
    const note =
      lang === 'en'
        ? 'the report’s date (the text states none)'
        : 'تاريخ التقرير (لا يذكر النص تاريخاً)';
    await page.goto(`./?lang=${lang}&sel=${undated.properties.id}`);
    const date = page.getByTestId('incident-card').locator('[data-field=date]');
    await expect(date).toContainText(note);
    await page.screenshot({ path: `e2e/screenshots/skeleton-report-date-${lang}.png` });
    await page
      .getByTestId('article-panel')
      .getByRole('button', { name: lang === 'en' ? 'Copy citation' : 'نسخ الاستشهاد' })
      .click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(note);
    await page.goto(`./?lang=${lang}&sel=${dated.properties.id}`);
    await expect(date).toBeVisible();
    await expect(date).not.toContainText(note);
  });
}

for (const lang of ['en', 'ar'] as const) {
  test(`an incident whose type would mislead is named by what happened, in the list and the card (${lang})`, async ({
    page,
  }) => {
    // The sample's Turkish points redistributed in Jabal al-Zawiya: a deployment, but no
    // reinforcements.
    const moved = incidents.features.find((f) => f.properties.event === 'redeployment')!;
    expect(moved.properties.type).toBe('deployment');
    const name = lang === 'en' ? 'Redeployment' : 'إعادة انتشار';
    const typeName = lang === 'en' ? 'Deployment' : 'انتشار عسكري';
    await page.goto(`./?lang=${lang}&sel=${moved.properties.id}`);
    const row = page.locator(`.list-row[data-incident-id="${moved.properties.id}"]`);
    await expect(row.locator('.row-main strong')).toHaveText(name);
    // The card names the type it falls in too: the chip that filters it.
    await expect(page.getByTestId('incident-card').locator('[data-field=type]')).toHaveText(
      `${name} (${typeName})`,
    );
    // The other deployments of the sample are reinforcements, and keep the type's name.
    const other = incidents.features.find(
      (f) => f.properties.type === 'deployment' && !f.properties.event,
    )!;
    await expect(
      page.locator(`.list-row[data-incident-id="${other.properties.id}"] .row-main strong`),
    ).toHaveText(typeName);
    // «What happened» narrows to that event alone: the reinforcements go, and the link says so.
    const menu = page.getByTestId('filter-events');
    await menu.locator('summary').click();
    await menu.getByRole('checkbox', { name }).check();
    await expect(page.locator('.list-row')).toHaveCount(1);
    await expect(row).toBeVisible();
    await expect(page.getByTestId('incident-count')).toContainText(
      lang === 'en' ? `1 of ${incidents.features.length}` : '١ من',
    );
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('redeployment');
    await expect(menu.locator('summary')).toHaveAttribute(
      'title',
      lang === 'en' ? /drone strikes in Airstrike/ : /في «غارة جوية»/,
    );
    await page.screenshot({ path: `e2e/screenshots/skeleton-event-filter-${lang}.png` });
    await menu.getByRole('checkbox', { name }).uncheck();
    await expect(page.locator('.list-row')).toHaveCount(incidents.features.length);
  });
}
