import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { DESKTOP, openApp, PHONE, serveFixture, settle, shot } from './support/reader';

/** Every violation but the minor ones: moderate ones include a skipped heading level. */
async function notableViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact !== 'minor')
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

test('the interface switches language at any time, and remembers it', async ({ page }) => {
  await serveFixture(page);
  await openApp(page, 'ar');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(html).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('أطلس الحوادث');
  await page.locator('[role=option][data-incident-id="fx-1"]').click();
  const card = page.getByTestId('incident-card');
  await expect(card.locator('[data-field=place]')).toContainText('كفرنبل');
  await expect(card.locator('[data-field=killed]')).toHaveText('٣');

  // Switch with the panel open: everything follows, the selection stays.
  await page.getByTestId('language-switch').click();
  await expect(html).toHaveAttribute('dir', 'ltr');
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Incident Atlas');
  await expect(page.getByTestId('article-panel')).toHaveAttribute('data-incident-id', 'fx-1');
  await expect(card.locator('[data-field=place]')).toContainText('Kafr Nabl');
  await expect(card.locator('[data-field=killed]')).toHaveText('3');
  await expect(page.getByTestId('incident-count')).toHaveText('10 of 10 incidents');
  // The report stays Arabic and right to left.
  await expect(page.locator('article.report')).toHaveAttribute('dir', 'rtl');
  // Map labels follow: town names in English.
  await settle(page);
  const field = await page.evaluate(() =>
    JSON.stringify(window.__atlasMap!.getLayoutProperty('town-labels', 'text-field')),
  );
  expect(field).toContain('"nameEn"');
  expect(field.indexOf('nameEn')).toBeLessThan(field.indexOf('nameAr'));

  // Remembered across a reload.
  await page.reload();
  await expect(html).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Incident Atlas');
  await page.getByTestId('language-switch').click();
  await page.reload();
  await expect(html).toHaveAttribute('lang', 'ar');
});

test('the language switch and every control work from the keyboard', async ({ page }) => {
  await serveFixture(page);
  await openApp(page, 'en');
  await page.getByTestId('language-switch').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  // Tab reaches the map, the legend and the list.
  const reached = new Set<string>();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    reached.add(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.dataset.testid ?? el?.className ?? '';
      }),
    );
  }
  expect([...reached].join(' ')).toContain('incident-listbox');
  expect([...reached].join(' ')).toContain('legend-toggle');
  expect([...reached].join(' ')).toContain('maplibregl-canvas');
});

for (const lang of ['en', 'ar'] as const) {
  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    test(`axe: no violations (critical, serious or moderate) (${lang}, ${size})`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await serveFixture(page);
      await openApp(page, lang);
      expect(await notableViolations(page)).toEqual([]);
      await page.locator('[role=option][data-incident-id="fx-2"]').click();
      await expect(page.getByTestId('article-panel')).toBeVisible();
      await page.getByTestId('evidence-switch').getByRole('button').first().focus();
      expect(await notableViolations(page)).toEqual([]);
      await shot(page, `axe-${lang}-${size}`);
    });
  }
}
