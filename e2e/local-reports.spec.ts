import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { loadGazetteer } from '../app/cli/gazetteerFiles';
import { createGeocoder } from '../app/ingest/geocode';
import { writeHostileCorpus } from '../app/ingest/hostile.testing';
import { ingest } from '../app/ingest/pipeline';
import type { IngestReport } from '../app/model';
import { parseCsv } from './fixtures/research/support';
import { drawnIncidentCount, renderedIncidents } from './support/atlas';
import { openApp, readFixture, serveFixture, settle, shot } from './support/reader';

/** The published data the app starts with (the reader fixture). */
const published = readFixture().incidents.features.length;

const SEED = readFileSync('data/reports/000_0cc85121fd04585f.txt');
/** A report WRITTEN FOR THIS TEST: two incidents, at Sarmin and Kafr Nabl. */
const MINE = Buffer.from(
  'عنوان مكتوب للاختبار\n12.05.2023\nوكالة محلية\n' +
    'شن الطيران الحربي الروسي ثلاث غارات على مدينة سرمين صباح اليوم ما أدى إلى مقتل مدنيين اثنين.\n' +
    'وقصفت قوات النظام بلدة كفرنبل بالمدفعية الثقيلة.\n',
);
const FILES = [
  { name: 'seed.txt', mimeType: 'text/plain', buffer: SEED },
  { name: 'mine.txt', mimeType: 'text/plain', buffer: MINE },
  { name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# notes') },
  // A picture renamed .txt: not a report, and said so.
  { name: 'broken.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]) },
];

/** What `npm run ingest` makes of the same files: the browser must make the same. */
async function cliIngest(files: { name: string; buffer: Buffer }[]) {
  const geocoder = createGeocoder(await loadGazetteer('data/gazetteer'));
  return ingest(
    files.map((f) => ({ file: f.name, bytes: new Uint8Array(f.buffer) })),
    geocoder,
  );
}

/** Ids of the incidents the app holds now. */
const shownIds = (page: Page) =>
  page.evaluate(() => {
    const d = window.__atlasStore!.getState().data;
    return d.status === 'ready' ? d.data.incidents.map((f) => f.properties.id) : [];
  });

test('a reader opens their own report files: read in the browser as the ingest reads them, shown in place of the published data, and back', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await serveFixture(page);
  await openApp(page, 'en');
  await expect(page.getByTestId('incident-count')).toHaveText(
    `${published} of ${published} incidents`,
  );
  const expected = await cliIngest(FILES);
  const n = expected.incidents.features.length;
  expect(n).toBeGreaterThan(5);

  await page.getByTestId('open-reports-input').setInputFiles(FILES);
  await expect(page.getByTestId('local-shown')).toContainText(
    `Your own reports: ${n} incidents from 4 files, read in this browser (nothing was uploaded).`,
  );
  // Two of the four files are no reports: the bar says so, and why for the first.
  await expect(page.getByTestId('local-unread')).toContainText(
    '2 of the 4 files could not be read (About the data lists them all); the first:',
  );
  await expect(page.getByTestId('local-unread')).toContainText(/broken\.txt|notes\.md/);
  await expect(page.getByTestId('incident-count')).toHaveText(`${n} of ${n} incidents`);
  // The very incidents the command-line ingest finds in the same files.
  expect((await shownIds(page)).sort()).toEqual(
    expected.incidents.features.map((f) => f.properties.id).sort(),
  );
  await settle(page);
  await shot(page, 'local-reports-en');

  // The report of one's own incident opens with its sentence and place marked.
  await page.getByRole('option', { name: /Airstrike.*Sarmin/ }).click();
  const body = page.getByTestId('article-panel').locator('.report-body');
  expect((await body.locator('mark').allTextContents()).join('')).toContain(
    'ثلاث غارات على مدينة سرمين',
  );
  await expect(body.locator('mark.place')).toHaveText('سرمين');
  const sentence = body.locator('mark.sentence').first();

  // What could not be read is named, with the reason.
  await page.getByTestId('about-data').click();
  const about = page.getByTestId('about-dialog');
  await expect(about.getByTestId('about-local')).toHaveText(
    'Read in this browser from 4 files on this computer; not published.',
  );
  await expect(about.getByTestId('about-problems')).toContainText('broken.txt');
  await expect(about.getByTestId('about-problems')).toContainText(
    'notes.md skipped: unsupported extension ".md"',
  );
  await page.keyboard.press('Escape');
  await expect(about).toBeHidden();
  // Escape closed the dialog, not the report behind it.
  await expect(sentence).toBeVisible();

  // No link can open files on this computer: the button says so instead of copying one.
  const copy = page.getByTestId('copy-view-link');
  await expect(copy).toHaveAttribute('aria-disabled', 'true');
  await copy.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('copy-link-why')).toHaveText(
    'No link can open files read in this browser: they are not published.',
  );

  // The export says which of one's files each incident was read from.
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-csv').click(),
  ]);
  const rows = parseCsv(readFileSync((await csvDownload.path())!, 'utf8').slice(1));
  const fileCol = rows[0]!.indexOf('article_file');
  expect(fileCol).toBeGreaterThan(0);
  expect(rows).toHaveLength(n + 1);
  const files = new Set(rows.slice(1).map((r) => r[fileCol]));
  expect(files).toEqual(new Set(['seed.txt', 'mine.txt']));

  await page.getByTestId('back-to-published').click();
  await expect(page.getByTestId('incident-count')).toHaveText(
    `${published} of ${published} incidents`,
  );
  await expect(page.getByTestId('local-shown')).toHaveCount(0);
  await expect(copy).not.toHaveAttribute('aria-disabled', 'true');
  expect(errors).toEqual([]);
});

test('reports dropped on the page (Arabic): the page says what a drop does, and the map frames what was read', async ({
  page,
}) => {
  await serveFixture(page);
  await openApp(page, 'ar');
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'mine.txt', { type: 'text/plain' }));
    return dt;
  }, MINE.toString('utf8'));
  await page.dispatchEvent('.map', 'dragenter', { dataTransfer: transfer });
  await expect(page.getByTestId('drop-reports')).toContainText(
    'أفلت ملفات التقارير أو مجلداتها لوضعها على الخريطة',
  );
  await shot(page, 'local-reports-drop-ar');
  await page.dispatchEvent('.map', 'drop', { dataTransfer: transfer });
  await expect(page.getByTestId('drop-reports')).toHaveCount(0);
  await expect(page.getByTestId('local-shown')).toContainText(
    'تقاريرك أنت | الحوادث: ٢ | الملفات: ١',
  );
  await expect(page.getByTestId('incident-listbox').getByRole('option')).toHaveText([
    /غارة جوية.*سرمين/,
    /قصف.*كفرنبل/,
  ]);
  // Both incidents are in view, drawn apart (the map zoomed in to them).
  await settle(page);
  expect(await drawnIncidentCount(page)).toBe(2);
  await shot(page, 'local-reports-ar');
});

/** A report WRITTEN FOR THIS TEST: places from the Latakia hills to Saraqib, so the frame is wide. */
const WIDE = Buffer.from(
  'عنوان مكتوب للاختبار\n12.05.2023\nوكالة محلية\n' +
    'قصفت الفصائل نحو 10 مناطق، وهي: كبانة وسلمى بريف اللاذقية، وسراقب بريف إدلب الشرقي.\n',
);

test('the reports read are framed where the legend leaves the map visible: no incident hides under it', async ({
  page,
}) => {
  await serveFixture(page);
  await openApp(page, 'en');
  await page
    .getByTestId('open-reports-input')
    .setInputFiles([{ name: 'wide.txt', mimeType: 'text/plain', buffer: WIDE }]);
  await expect(page.getByTestId('local-shown')).toContainText('3 incidents from 1 file');
  await settle(page);
  expect(await drawnIncidentCount(page)).toBe(3);
  // Marker positions are in the map's pixels; the legend's box in the page's.
  const map = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
  const legend = (await page.locator('.legend').boundingBox())!;
  const under = (await renderedIncidents(page)).filter(
    ({ x, y }) =>
      map.x + x >= legend.x - 8 &&
      map.x + x <= legend.x + legend.width + 8 &&
      map.y + y >= legend.y - 8 &&
      map.y + y <= legend.y + legend.height + 8,
  );
  expect(under).toEqual([]);
});

test('a reading can be cancelled or replaced: the published data stay until the newest opening is read', async ({
  page,
}) => {
  await serveFixture(page);
  // The reading worker's script is held back until released: the reading is then surely under
  // way when Cancel is pressed, however fast this machine reads.
  let release = () => {};
  const held = new Promise<void>((r) => {
    release = r;
  });
  let workerRequests = 0;
  await page.route(/localIngest\.worker-[^/]*\.js$/, async (route) => {
    workerRequests++;
    await held;
    await route.continue();
  });
  await openApp(page, 'en');
  const many = Array.from({ length: 300 }, (_, i) => ({
    name: `seed-${String(i).padStart(3, '0')}.txt`,
    mimeType: 'text/plain',
    buffer: SEED,
  }));
  const input = page.getByTestId('open-reports-input');
  await input.setInputFiles(many);
  const reading = page.getByTestId('local-reading');
  await expect(reading).toContainText('Reading your reports: 0 of 300 files');
  await reading.getByRole('button', { name: 'Cancel' }).click();
  await expect(reading).toHaveCount(0);
  expect(workerRequests).toBe(1);
  const count = page.getByTestId('incident-count');
  await expect(count).toHaveText(`${published} of ${published} incidents`);

  // Files opened while others are read replace them: the new ones are what is shown.
  await input.setInputFiles(many);
  await expect(reading).toContainText('of 300 files');
  await input.setInputFiles([FILES[1]!]);
  await expect(reading).toContainText('0 of 1 file');
  release();
  await expect(count).toHaveText('2 of 2 incidents');
  await expect(page.getByTestId('local-shown')).toContainText('2 incidents from 1 file');
  await expect(reading).toHaveCount(0);
  expect(await shownIds(page)).toEqual(
    (await cliIngest([FILES[1]!])).incidents.features.map((f) => f.properties.id),
  );
});

test('more reports than a browser reads at once are refused before anything is read, and said why', async ({
  page,
}) => {
  await serveFixture(page);
  await openApp(page, 'en');
  // Two corpora of 33 MB, from files (Playwright hands over at most 50 MB as buffers).
  const paths = ['a.csv', 'b.csv'].map((name) => {
    const path = test.info().outputPath(name);
    writeFileSync(path, Buffer.alloc(33 * 2 ** 20, 32));
    return path;
  });
  await page.getByTestId('open-reports-input').setInputFiles(paths);
  await expect(page.getByTestId('local-failed')).toContainText(
    'These files hold 66 MB of reports: more than this browser reads at once (64 MB).',
  );
  await expect(page.getByTestId('incident-count')).toHaveText(
    `${published} of ${published} incidents`,
  );
  await page.getByTestId('local-failed').getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByTestId('local-failed')).toHaveCount(0);
});

/**
 * Open `buffer` as the only report, once the CLI's ingest of it is known to make one incident;
 * gives that incident's id, which the page must show.
 */
async function openOneReport(page: Page, lang: 'en' | 'ar', name: string, buffer: Buffer) {
  await serveFixture(page);
  await openApp(page, lang);
  const expected = await cliIngest([{ name, buffer }]);
  expect(expected.incidents.features).toHaveLength(1);
  await page
    .getByTestId('open-reports-input')
    .setInputFiles([{ name, mimeType: 'text/plain', buffer }]);
  return expected.incidents.features[0]!.properties.id;
}

/** A report WRITTEN FOR THIS TEST, in English: an air strike on Kafr Nabl, with its toll. */
const ENGLISH = Buffer.from(
  'Russian jets strike Kafr Nabl\n12.05.2023\nWire\n' +
    'Russian warplanes carried out three airstrikes on the town of Kafr Nabl in southern Idlib on Friday, killing two civilians, the civil defence said.\n',
);

test('a report in English, opened in the Arabic interface: its incident on the map, its text left to right with the sentence and place marked, the card in Arabic', async ({
  page,
}) => {
  const id = await openOneReport(page, 'ar', 'en.txt', ENGLISH);
  await expect(page.getByTestId('incident-count')).toHaveText('١ من حادثة واحدة');
  expect(await shownIds(page)).toEqual([id]);
  await page.getByRole('option', { name: /غارة جوية.*كفرنبل/ }).click();
  const report = page.getByTestId('article-panel').locator('article.report');
  await expect(report).toHaveAttribute('lang', 'en');
  await expect(report.locator('.report-body')).toHaveAttribute('dir', 'auto');
  const body = report.locator('.report-body');
  await expect(body.locator('mark.place')).toHaveText('Kafr Nabl');
  expect((await body.locator('mark').allTextContents()).join('')).toContain(
    'three airstrikes on the town of Kafr Nabl',
  );
  // Friday before the report's Friday 12 May 2023 is that day; the card tells it in Arabic.
  const card = page.getByTestId('incident-card');
  await expect(card).toContainText('كفرنبل');
  await expect(card).toContainText('روسيا');
  await settle(page);
  await shot(page, 'local-english-report-ar');
});

/** A report WRITTEN FOR THIS TEST: one patrol from Sarmin to Ariha. */
const PATROL = Buffer.from(
  'دورية مكتوبة للاختبار\n12.05.2023\nوكالة محلية\n' +
    'سيّرت القوات الروسية والتركية دورية مشتركة من بلدة سرمين إلى مدينة أريحا صباح اليوم.\n',
);

test("a patrol's route is one incident at its start, and its card names the end too, in both languages", async ({
  page,
}) => {
  const id = await openOneReport(page, 'en', 'patrol.txt', PATROL);
  await expect(page.getByTestId('incident-count')).toHaveText('1 of 1 incident');
  expect(await shownIds(page)).toEqual([id]);
  await page.getByRole('option', { name: /Patrol.*Sarmin/ }).click();
  const card = page.getByTestId('incident-card');
  await expect(card.locator('.incident-summary')).toHaveText(
    'Russian and Turkish patrol in Sarmin and Ariha',
  );
  await expect(card.locator('[data-field=place]')).toContainText('Sarmin');
  await expect(card.locator('[data-field=also-places]')).toHaveText(' · also Ariha');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(card.locator('[data-field=also-places]')).toHaveText(' | وأيضاً أريحا');
  await settle(page);
  await shot(page, 'local-patrol-route-ar');
});

test('files that give no incident say so, and why is in About the data', async ({ page }) => {
  await serveFixture(page);
  await openApp(page, 'en');
  await page.getByTestId('open-reports-input').setInputFiles([FILES[2]!]);
  await expect(page.getByTestId('no-data')).toContainText('None of these files gave an incident.');
  await expect(page.getByTestId('no-data')).toContainText('“About the data” lists the files');
  // The list blames no filter, and the bar says which file could not be read.
  await expect(page.getByTestId('list-empty')).toHaveText('None of these files gave an incident.');
  await expect(page.getByTestId('local-unread')).toContainText(
    '1 file could not be read: notes.md',
  );
  await page.getByTestId('about-data').click();
  await expect(page.getByTestId('about-problems')).toContainText('notes.md');
});

test("a folder of 3,500 synthetic reports opened at once: read by the page's workers together, over 5,000 incidents, drawn on the markers canvas, play runs", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Written by `npm run synth` (labelled synthetic everywhere; .synth/ is not part of the repo).
  const dir = '.synth/e2e-local-3500';
  if (!existsSync(join(dir, 'README.md')))
    execFileSync(
      'node',
      ['app/cli/run.mjs', 'app/cli/synth.ts', '--reports', '3500', '--out', dir],
      {
        stdio: 'ignore',
      },
    );
  const paths = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => join(e.parentPath, e.name));
  expect(paths).toHaveLength(3500);
  // Over 4 MB: the reading worker's helpers take part (app/local/localIngest.worker.ts).
  expect(paths.reduce((sum, p) => sum + statSync(p).size, 0)).toBeGreaterThan(4 * 2 ** 20);
  const cli = (
    await cliIngest(paths.map((p) => ({ name: relative(dir, p), buffer: readFileSync(p) })))
  ).incidents.features;
  const expected = cli.length;
  expect(expected).toBeGreaterThan(5000);

  await serveFixture(page);
  // The reading worker's incidents and reports are held back until released, so the page is
  // surely between its columns and its details when the export is asked for.
  await page.addInitScript(() => {
    const held: (() => void)[] = [];
    let holding = true;
    (window as unknown as { __releaseDetails(): void }).__releaseDetails = () => {
      holding = false;
      for (const deliver of held.splice(0)) deliver();
    };
    const Native = window.Worker;
    window.Worker = class extends Native {
      override set onmessage(handler: ((e: MessageEvent) => void) | null) {
        super.onmessage = !handler
          ? null
          : (e: MessageEvent) => {
              const kind = (e.data as { kind?: string } | null)?.kind;
              const details = kind === 'incidents' || kind === 'articles' || kind === 'done';
              if (holding && details) held.push(() => handler.call(this, e));
              else handler.call(this, e);
            };
      }
      override get onmessage() {
        return super.onmessage;
      }
    };
  });
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await openApp(page, 'en');
  // The folder button: every file under the folder, its README (not a report) listed as skipped.
  await page.getByTestId('open-folder-input').setInputFiles(dir);
  const count = page.getByTestId('incident-count');
  const n = expected.toLocaleString('en');
  // Shown from their columns first (above 5,000 incidents, as published data are), counted,
  // framed and drawn, while their incidents and reports are still to come from the worker.
  await expect(count).toHaveText(`${n} of ${n} incidents`, { timeout: 60_000 });
  await expect(page.getByTestId('local-shown')).toContainText(`${n} incidents from 3,501 files`);
  await page.waitForFunction(() => (window.__atlasMarkers?.layer.firstDrawAt ?? null) !== null);
  expect(
    await page.evaluate(() => {
      const d = window.__atlasStore!.getState().data;
      return d.status === 'ready' ? [d.data.columns?.details, d.data.incidents.length] : null;
    }),
  ).toEqual(['loading', 0]);
  await shot(page, 'local-reports-3500-details-coming');
  // An export asked for now waits for them, and then holds every incident, with its file.
  const csvDownload = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  await page.evaluate(() => (window as unknown as { __releaseDetails(): void }).__releaseDetails());
  const rows = parseCsv(readFileSync((await (await csvDownload).path())!, 'utf8').slice(1));
  expect(rows).toHaveLength(expected + 1);
  expect(rows[1]![rows[0]!.indexOf('article_file')]).toMatch(/^e2e-local-3500\//);
  await page.waitForFunction(() => {
    const d = window.__atlasStore!.getState().data;
    return d.status === 'ready' && d.data.columns?.details === 'ready';
  });
  // Reports are named by their path in the folder.
  const files = await page.evaluate(() => {
    const d = window.__atlasStore!.getState().data;
    return d.status === 'ready' ? [...d.data.articles.values()].map((a) => a.file) : [];
  });
  expect(files[0]).toMatch(/^e2e-local-3500\/shard-\d{4}\/[^/]+\.txt$/);
  // The same incidents as the command line's, where and when it put them, though the page's
  // reading shared the files' batches between its workers (one per core, up to four).
  if ((await page.evaluate(() => navigator.hardwareConcurrency)) > 1)
    expect(workers.some((url) => /localHelper\.worker/.test(url))).toBe(true);
  const seen = await page.evaluate(() => {
    const d = window.__atlasStore!.getState().data;
    return d.status === 'ready'
      ? d.data.incidents.map((f) => [f.properties.id, f.geometry.coordinates, f.properties.date])
      : [];
  });
  expect(seen).toEqual(
    cli.map((f) => [f.properties.id, f.geometry.coordinates, f.properties.date]),
  );
  // Drawn as a large dataset is: on the markers canvas, the GeoJSON layer hidden.
  await page.waitForFunction(() => (window.__atlasMarkers?.layer.firstDrawAt ?? null) !== null);
  expect(
    await page.evaluate(() => window.__atlasMap!.getLayoutProperty('incidents', 'visibility')),
  ).toBe('none');
  // Play narrows the count to a moving window, then pausing keeps it.
  await page.getByTestId('play').click();
  await expect(count).not.toHaveText(`${n} of ${n} incidents`);
  await page.getByTestId('play').click();
  await expect(count).toHaveText(new RegExp(`^[\\d,]+ of ${n} incidents$`));
  await shot(page, 'local-reports-3500');
});

test('a folder of hostile and broken files: read in the browser exactly as the command line reads it, and nothing in it runs', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // The ingest's hostile corpus (markup, bidi controls, broken JSON and CSV, wrong encodings, a
  // 50 MB report, …), and a file whose very name is markup.
  const root = test.info().outputPath('picked');
  const dir = join(root, 'hostile');
  mkdirSync(dir, { recursive: true });
  writeHostileCorpus(dir);
  writeFileSync(join(dir, 'evil<img src=x onerror=alert(1)>.txt'), '   \n');
  const out = test.info().outputPath('cli-out');
  execFileSync('node', ['app/cli/run.mjs', 'app/cli/ingest.ts', '--in', dir, '--out', out], {
    stdio: 'ignore',
  });
  const cli = JSON.parse(readFileSync(join(out, 'ingest-report.json'), 'utf8')) as IngestReport;

  await serveFixture(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openApp(page, 'en');
  await page.getByTestId('open-folder-input').setInputFiles(dir);
  await expect(page.getByTestId('local-shown')).toBeVisible({ timeout: 60_000 });
  const report = await page.evaluate(() => {
    const d = window.__atlasStore!.getState().data;
    return d.status === 'ready' ? d.data.report! : null;
  });
  // The browser names files by their path in the picked folder; the CLI by their path under --in.
  const inFolder = (file: string) => file.replace(/^hostile\//, '');
  const named = <T extends { file: string }>(list: T[] = []) =>
    list.map((e) => ({ ...e, file: inFolder(e.file) }));
  expect(report).not.toBeNull();
  expect(named(report!.errors)).toEqual(cli.errors);
  expect(named(report!.warnings)).toEqual(cli.warnings);
  expect(report!.duplicates?.map((d) => d.files.map(inFolder))).toEqual(
    cli.duplicates?.map((d) => d.files),
  );
  expect(report!.accounting).toEqual(cli.accounting);
  expect([report!.files, report!.articles, report!.incidents]).toEqual([
    cli.files,
    cli.articles,
    cli.incidents,
  ]);
  expect(cli.errors.length).toBeGreaterThan(10);

  // What could not be read is listed as text, the hostile name too; nothing ran.
  await page.getByTestId('about-data').click();
  const problems = page.getByTestId('about-problems');
  await expect(problems).toContainText('evil<img src=x onerror=alert(1)>.txt');
  await expect(problems).toContainText('huge-50mb.txt');
  await page.keyboard.press('Escape');
  const markup = page.getByRole('option', { name: /Ariha/ }).first();
  await markup.click();
  const panel = page.getByTestId('article-panel');
  await expect(panel.locator('.report-body')).toContainText('قصفت قوات النظام مدينة أريحا');
  await expect(panel.locator('script, img, iframe, object, embed')).toHaveCount(0);
  await expect(page.locator('img[src="x"], [onerror], a[href^="javascript:" i]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

/**
 * Reports WRITTEN FOR THIS TEST, one before the fall of Assad's government on 8 December 2024
 * and one after, when the state's names (`الجيش السوري`, `الأمن العام`) are the new government's.
 */
const BEFORE_FALL = Buffer.from(
  'قصف مكتوب للاختبار\n12.05.2021\nوكالة محلية\n' +
    'قصفت قوات النظام بلدة كفرنبل بالمدفعية الثقيلة صباح اليوم.\n',
);
const AFTER_FALL = Buffer.from(
  'حملة مكتوبة للاختبار\n07.03.2025\nوكالة محلية\n' +
    'اعتقلت قوى الأمن العام ثلاثة مطلوبين في مدينة سرمدا صباح اليوم. ' +
    'واندلعت اشتباكات بين الجيش السوري ومسلحين من فلول النظام في محيط مدينة جسر الشغور.\n',
);

test("since the fall of Assad's government the new state's forces are a side of their own, and his are his loyalists, in both languages", async ({
  page,
}) => {
  await serveFixture(page);
  await openApp(page, 'en');
  const files = [
    { name: 'before.txt', buffer: BEFORE_FALL },
    { name: 'after.txt', buffer: AFTER_FALL },
  ];
  const expected = await cliIngest(files);
  const actors = expected.incidents.features.map((f) => f.properties.actors.join('+')).sort();
  expect(actors).toEqual(['government', 'government+regime', 'regime']);
  await page
    .getByTestId('open-reports-input')
    .setInputFiles(files.map((f) => ({ ...f, mimeType: 'text/plain' })));
  await expect(page.getByTestId('incident-count')).toHaveText('3 of 3 incidents');
  // The Actor menu lists the new government's forces right after Assad's.
  const menu = page.getByTestId('filter-actors');
  await menu.locator('summary').click();
  const labels = await menu.locator('label').allInnerTexts();
  const assad = labels.findIndex((l) => l.includes('Assad government forces and loyalists'));
  expect(assad).toBeGreaterThanOrEqual(0);
  expect(labels[assad + 1]).toContain('Syrian government forces (since Dec 2024)');
  await menu.locator('input[value=government]').check();
  await expect(page.getByTestId('incident-count')).toHaveText('2 of 3 incidents');
  await page.keyboard.press('Escape');
  await page.getByRole('option', { name: /Clash.*Jisr/ }).click();
  const card = page.getByTestId('incident-card');
  await expect(card.locator('.incident-summary')).toHaveText(
    /^Syrian government and Assad loyalist clashes in .*Jisr/,
  );
  await expect(card.locator('[data-field=actors]')).toContainText(
    'Syrian government forces (since Dec 2024)',
  );
  await settle(page);
  await shot(page, 'local-after-fall-en');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(card.locator('.incident-summary')).toContainText(
    'اشتباكات من القوات الحكومية وفلول النظام',
  );
  await expect(card.locator('[data-field=actors]')).toContainText(
    'القوات الحكومية (منذ كانون الأول 2024)',
  );
  await expect(page.getByTestId('incident-count')).toHaveText('٢ من ٣ حوادث');
  await settle(page);
  await shot(page, 'local-after-fall-ar');
});
