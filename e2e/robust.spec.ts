/**
 * Untrusted report text, tampered URLs and broken data files: nothing runs, nothing is blank.
 * Data is served from e2e/fixtures/robust via page.route; screenshots go to e2e/screenshots/.
 */
import { expect, type Page, test } from '@playwright/test';
import {
  BIDI,
  collection,
  hostileArticle,
  IMG,
  incidents,
  SCRIPT,
  serveRobust,
} from './fixtures/robust/data';
import { renderedIncidents, waitForMapIdle } from './support/atlas';

declare global {
  interface Window {
    __pwned?: number;
  }
}

const pageErrors = new WeakMap<Page, string[]>();

test.beforeEach(({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // An alert() from injected markup would open a dialog: record it and fail.
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  pageErrors.set(page, errors);
});

test.afterEach(({ page }) => {
  expect(pageErrors.get(page)).toEqual([]);
});

async function expectNothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('[onerror]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  // The only scripts are the built bundle's own files.
  const inline = await page.locator('script:not([src])').count();
  expect(inline).toBe(0);
}

const shown = (page: Page) => page.getByTestId('incident-count');

test('a report whose text is hostile markup is shown as literal text and runs nothing', async ({
  page,
}) => {
  await serveRobust(page);
  await page.goto('./?lang=en');
  await waitForMapIdle(page);
  await expect(shown(page)).toHaveText(/\b3\b.*\b3\b/);

  const dot = (await renderedIncidents(page)).find((d) => d.id === incidents[0]!.properties.id)!;
  expect(dot).toBeDefined();
  const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + dot.x, box.y + dot.y);
  const panel = page.getByTestId('article-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toHaveAttribute('data-incident-id', incidents[0]!.properties.id);

  // Literal text, exactly as in the data: markup characters and bidi controls included.
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(hostileArticle.title);
  const bodyText = await panel.locator('.report-body').textContent();
  expect(bodyText).toBe(hostileArticle.body);
  expect(bodyText).toContain(SCRIPT);
  expect(bodyText).toContain(IMG);
  expect(bodyText).toContain(BIDI);
  await expect(panel.locator('.report-meta')).toContainText(IMG);
  await expect(panel.locator('.incident-summary')).toHaveText(incidents[0]!.properties.summaryEn);
  await expect(panel.locator('mark.place')).toHaveText('أريحا');
  // No element came from the data: the panel holds only the app's own elements.
  await expect(panel.locator('script, img, iframe, object, embed')).toHaveCount(0);
  await expectNothingRan(page);
  await page.screenshot({ path: 'e2e/screenshots/robust-hostile-report.png' });
});

test('the built app has a strict CSP that blocks an injected inline script', async ({ page }) => {
  await serveRobust(page);
  await page.goto('./?lang=en');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toBeTruthy();
  expect(csp).not.toMatch(/unsafe-eval/);
  const directives = new Map(
    csp!.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);

  const violation = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), {
          once: true,
        });
        const s = document.createElement('script');
        s.textContent = 'window.__pwned = 2';
        document.body.append(s);
      }),
  );
  expect(violation).toMatch(/^script-src/);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});

test('tampered URLs fall back to defaults, render the page and run nothing', async ({ page }) => {
  await serveRobust(page);
  const bad = [
    'q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lang=en',
    'sel=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E&lang=en',
    'sel=javascript:window.__pwned=1&lang=en',
    'lang=en#%3Cimg%20src=x%20onerror=alert(1)%3E',
    'lang=en#<script>window.__pwned=1</script>',
    'q=%E0%A4%A&type=%FF%FE&from=%C0%AF&lang=en',
    'q=%&sel=%%%&map=%E0%A4%A/1/2&lang=en',
    // Long, but under the preview server's 16 kB header limit (beyond it the server, not the app, answers 431).
    `lang=en&${'x'.repeat(8_000)}=${'%3C'.repeat(1_000)}`,
    'lang=en&type=airstrike&type=%3Csvg%20onload%3Dalert(1)%3E&kmin=-1e999&prec=0',
  ];
  for (const [i, q] of bad.entries()) {
    await page.goto(`./?${q}`);
    // The page renders with all the data loaded (a text filter may match none of it).
    await expect(shown(page), `URL ${i + 1}: ${q.slice(0, 80)}`).toHaveText(/ of 3 incidents/);
    await expect(page.getByTestId('article-panel')).toHaveCount(0);
    await expectNothingRan(page);
  }
  // Markup in the text filter is only text to search for: shown literally in the box.
  await page.goto('./?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lang=en');
  await expect(page.getByTestId('filter-text')).toHaveValue('<img src=x onerror=alert(1)>');
  await expect(shown(page)).toHaveText('0 of 3 incidents');
  await expectNothingRan(page);
  await page.screenshot({ path: 'e2e/screenshots/robust-tampered-url.png' });
});

for (const lang of ['en', 'ar'] as const) {
  test(`a link to an incident the data do not hold says so, with its id (${lang})`, async ({
    page,
  }) => {
    await serveRobust(page);
    await page.goto(`./?sel=i-0000deadbeef0000&lang=${lang}`);
    const notice = page.getByTestId('missing-incident');
    await expect(notice).toContainText(
      lang === 'en'
        ? 'The incident this link opens is not in the data shown'
        : 'الحادثة التي يفتحها هذا الرابط ليست في البيانات المعروضة',
    );
    await expect(notice).toContainText('i-0000deadbeef0000');
    await expect(page.getByTestId('article-panel')).toHaveCount(0);
    await page.screenshot({ path: `e2e/screenshots/robust-missing-incident-${lang}.png` });
    // Dismissed: the link no longer names it.
    await notice.getByRole('button').click();
    await expect(notice).toHaveCount(0);
    expect(new URL(page.url()).searchParams.has('sel')).toBe(false);
    // Markup in a link is not an id: dropped, never shown back, not even as text.
    await page.goto(`./?sel=${encodeURIComponent('<b>visit evil.example</b>')}&lang=${lang}`);
    await expect(shown(page)).toBeVisible();
    await expect(notice).toHaveCount(0);
    // An incident the data hold opens as before, with no notice.
    await page.goto(`./?sel=${incidents[0]!.properties.id}&lang=${lang}`);
    await expect(page.getByTestId('article-panel')).toBeVisible();
    await expect(notice).toHaveCount(0);
  });

  test(`a link filtering by an outlet or a governorate the data do not hold says so (${lang})`, async ({
    page,
  }) => {
    await serveRobust(page);
    await page.goto(`./?outlet=No+Such+Outlet&area=region:adm1-XX&lang=${lang}`);
    const notice = page.getByTestId('unknown-in-link');
    await expect(notice).toContainText(
      lang === 'en'
        ? 'This link filters by what the data shown do not hold'
        : 'يصفّي هذا الرابط بما لا تحويه البيانات المعروضة',
    );
    await expect(notice).toContainText('No Such Outlet');
    await expect(notice).toContainText('adm1-XX');
    await expect(shown(page)).toHaveText(lang === 'en' ? '0 of 3 incidents' : '٠ من ٣ حوادث');
    await page.screenshot({ path: `e2e/screenshots/robust-unknown-in-link-${lang}.png` });
    // One press takes them out: every incident is back, and the link no longer names them.
    await notice.getByRole('button').click();
    await expect(notice).toHaveCount(0);
    await expect(shown(page)).toHaveText(lang === 'en' ? '3 of 3 incidents' : '٣ من ٣ حوادث');
    const params = new URL(page.url()).searchParams;
    expect(params.has('outlet') || params.has('area')).toBe(false);
  });

  test(`a link with values it cannot read keeps what it can, and says what it left out (${lang})`, async ({
    page,
  }) => {
    await serveRobust(page);
    const markup = encodeURIComponent('<b>visit evil.example</b>');
    await page.goto(`./?type=shelling,heatwave&kmin=-3&sel=${markup}&lang=${lang}`);
    const notice = page.getByTestId('unread-in-link');
    await expect(notice).toContainText(
      lang === 'en'
        ? 'Parts of this link could not be read and were left out:'
        : 'تعذّرت قراءة أجزاء من هذا الرابط فتُركت:',
    );
    await expect(notice).toContainText(
      lang === 'en' ? 'event type «heatwave»' : 'نوع الحدث «heatwave»',
    );
    await expect(notice).toContainText(
      lang === 'en' ? 'minimum killed «-3»' : 'أدنى عدد للقتلى «-3»',
    );
    await expect(notice).toContainText(lang === 'en' ? 'incident' : 'الحادثة');
    // Markup is named by its key only: a link cannot put words of its own on the page.
    await expect(notice).not.toContainText('visit');
    // The type it knows still filters (all three fixtures are shellings), and stays in the link.
    await expect(shown(page)).toHaveText(lang === 'en' ? '3 of 3 incidents' : '٣ من ٣ حوادث');
    expect(new URL(page.url()).searchParams.get('type')).toBe('shelling');
    await page.screenshot({ path: `e2e/screenshots/robust-unread-in-link-${lang}.png` });
    await notice.getByRole('button').click();
    await expect(notice).toHaveCount(0);
    await expectNothingRan(page);
  });
}

const broken: [string, string | number, RegExp][] = [
  ['404', 404, /data\/incidents\.geojson: HTTP 404 — run `npm run ingest`/],
  ['empty', '', /data\/incidents\.geojson: empty file — run `npm run ingest`/],
  [
    'truncated',
    collection(incidents).slice(0, 200),
    /data\/incidents\.geojson: not valid JSON \(truncated\?\)/,
  ],
  [
    'features-not-a-list',
    '{"type":"FeatureCollection","features":"x"}',
    /data\/incidents\.geojson: "features" is string, not a list/,
  ],
];

for (const [name, body, message] of broken) {
  test(`incidents.geojson ${name}: a visible alert says what is wrong`, async ({ page }) => {
    await serveRobust(page, body);
    await page.goto('./?lang=en');
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('The incident data could not be loaded');
    await expect(alert).toContainText(message);
    // The rest of the page is there, not blank.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.screenshot({ path: `e2e/screenshots/robust-data-${name}.png` });
  });
}

test('a partly invalid incidents file shows the valid incidents and counts the skipped', async ({
  page,
}) => {
  const bad = [
    { ...incidents[1]!, geometry: { type: 'Point', coordinates: [999, 0] } },
    { ...incidents[2]!, properties: { ...incidents[2]!.properties, type: 'bogus' } },
  ];
  const more = incidents.map((f, i) =>
    i ? { ...f, properties: { ...f.properties, id: `${f.properties.id}-ok` } } : f,
  );
  await serveRobust(page, collection([...more, ...bad]));
  await page.goto('./?lang=en');
  await waitForMapIdle(page);
  await expect(shown(page)).toHaveText(/\b3\b.*\b3\b/);
  expect((await renderedIncidents(page)).length).toBe(3);
  await expect(page.getByRole('alert')).toHaveCount(0);
  const issues = await page.evaluate(() => {
    const d = window.__atlasStore!.getState().data;
    return d.status === 'ready' ? d.data.loadIssues : undefined;
  });
  expect(issues).toEqual([
    {
      file: 'incidents.geojson',
      kept: 3,
      skipped: 2,
      problems: [
        'feature 4 ("i-00000000000000bb"): coordinates [999,0] are outside the globe',
        'feature 5 ("i-00000000000000cc"): unknown type "bogus"',
      ],
    },
  ]);
  // Once the shell renders <LoadNotice />, it says so in words.
  const notice = page.getByTestId('load-notice');
  if (await notice.count()) await expect(notice).toContainText('2 incidents skipped: feature 4');
  await page.screenshot({ path: 'e2e/screenshots/robust-data-partial.png' });
});
