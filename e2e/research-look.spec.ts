import { expect, test } from '@playwright/test';
import { fixture, ready, serveFixture, shownCount } from './fixtures/research/support';

for (const lang of ['en', 'ar'] as const) {
  test(`the research tools in ${lang}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await serveFixture(page);
    await page.goto(`./?lang=${lang}&from=2021-03-01&to=2021-05-31&type=airstrike,shelling,clash`);
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    const expected = fixture.incidents.filter((f) => {
      const p = f.properties;
      return (
        ['airstrike', 'shelling', 'clash'].includes(p.type) &&
        (p.dateEnd ?? p.date) >= '2021-03-01' &&
        p.date <= '2021-05-31'
      );
    }).length;
    await expect.poll(() => shownCount(page)).toBe(expected);
    await page.screenshot({ path: `e2e/screenshots/research-${lang}.png` });
    await page.getByTestId('filter-area').locator('summary').click();
    await page.screenshot({ path: `e2e/screenshots/research-${lang}-area-menu.png` });
    expect(errors).toEqual([]);
  });
}
