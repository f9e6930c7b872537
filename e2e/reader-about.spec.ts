import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { IngestReport } from '../app/model';
import { openApp, PHONE, readFixture, serveData, shot } from './support/reader';

const { incidents, articles, areas } = readFixture();
const HOSTILE = 'evil<img src=x onerror=alert(1)>.txt';
/** An ingest that met trouble: files it could not read, names it did not know. */
const report: IngestReport = {
  files: 5,
  articles: 2,
  incidents: incidents.features.length,
  filesWithErrors: 3,
  errors: [
    { file: 'reports/2021/bad-date.txt', line: 3, message: 'empty report: no text' },
    { file: HOSTILE, message: 'unreadable: EACCES' },
    {
      file: 'corpus.jsonl#4',
      line: 4,
      message: 'field "date" is not a valid date: "2021-6-3"',
    },
  ],
  unresolved: [
    { name: 'عين شيب', count: 2 },
    { name: 'كفرعويد', count: 1 },
  ],
  warnings: [{ file: 'reports/x.txt', message: 'no outlet line' }],
  duplicates: [{ articleId: 'fx-article-a', files: ['a.txt', 'a-copy.txt'] }],
};

const byPrecision = (p: number) =>
  incidents.features.filter((f) => f.properties.geoPrecision === p).length;

const TEXT = {
  en: {
    counts: `${incidents.features.length} incidents, read from 2 reports in 5 files.`,
    failed: 'Not read: 3 inputs in 3 files (a whole file, or one record of a corpus file):',
    problem: 'empty report: no text',
    noReport: /No ingest report came with this data/,
    n: (x: number) => String(x),
  },
  ar: {
    counts: `الحوادث: ${incidents.features.length.toLocaleString('ar-SY')} | التقارير: ٢ | الملفات: ٥.`,
    failed: 'مدخلات لم تُقرأ: ٣، في ملفات عددها ٣ (ملف كامل أو سجل واحد من ملف سجلات):',
    // The ingest writes its messages in English; the Arabic interface says them in Arabic.
    problem: 'تقرير فارغ: لا نص فيه',
    noReport: /لم يرافق هذه البيانات تقرير المعالجة/,
    n: (x: number) => x.toLocaleString('ar-SY'),
  },
};

for (const lang of ['en', 'ar'] as const) {
  const T = TEXT[lang];
  test(`about the data (${lang}): size, dates, place precision and what the ingest could not read`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => errors.push(`a script ran: ${d.message()}`));
    await serveData(page, {
      'incidents.geojson': incidents,
      'articles.json': articles,
      'areas.geojson': areas,
      'ingest-report.json': report,
    });
    await openApp(page, lang);
    const button = page.getByTestId('about-data');
    await button.click();
    const dialog = page.getByTestId('about-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { level: 2 })).toBeVisible();
    await expect(page.getByTestId('about-counts')).toContainText(T.counts);
    // Place precision adds up to every incident.
    for (const p of [1, 2, 3])
      await expect(
        page.getByTestId('about-precision').locator(`[data-precision="${p}"] strong`),
      ).toHaveText(T.n(byPrecision(p)));
    const problems = page.getByTestId('about-problems');
    await expect(problems).toContainText(T.failed);
    await expect(problems).toContainText('reports/2021/bad-date.txt:3');
    await expect(problems).toContainText(T.problem);
    // A file name is text, never markup.
    await expect(problems).toContainText(HOSTILE);
    // A quoted value keeps its own direction inside a message of the other (never `3-6-2021`).
    await expect(problems.locator('bdi bdi', { hasText: '"2021-6-3"' })).toHaveText('"2021-6-3"');
    // What was worked around is named too, with its file, not only counted.
    await expect(page.getByTestId('about-warnings')).toContainText('reports/x.txt');
    expect(await dialog.locator('img').count()).toBe(0);
    await expect(page.getByTestId('about-unresolved').getByRole('listitem')).toHaveText([
      `عين شيب ×${T.n(2)}`,
      `كفرعويد ×${T.n(1)}`,
    ]);
    const axe = await new AxeBuilder({ page }).include('[data-testid="about-dialog"]').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
      [],
    );
    await shot(page, `about-data-${lang}`);
    // Escape closes it, and focus goes back to the button.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
    expect(errors).toEqual([]);
  });

  test(`about the data (${lang}): without an ingest report it says what is not known, also on a phone`, async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await serveData(page, {
      'incidents.geojson': incidents,
      'articles.json': articles,
      'areas.geojson': areas,
    });
    await openApp(page, lang);
    await page.getByTestId('about-data').click();
    await expect(page.getByTestId('about-no-report')).toHaveText(T.noReport);
    await expect(page.getByTestId('about-counts')).toBeVisible();
    const box = (await page.getByTestId('about-dialog').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    await shot(page, `about-data-phone-${lang}`);
  });
}
