import { expect, type Page, test } from '@playwright/test';
import { openApp, PHONE, serveFixture, shot } from './support/reader';

/** The app with the fixture on a phone, its filters unfolded. */
async function onPhoneWithFilters(page: Page, lang: 'en' | 'ar'): Promise<void> {
  await page.setViewportSize(PHONE);
  await serveFixture(page);
  await openApp(page, lang);
  await page.getByTestId('filters-fold-toggle').click();
}

for (const lang of ['en', 'ar'] as const) {
  test(`on a phone the filters fold away and say how many are active (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await serveFixture(page);
    await openApp(page, lang);
    const toggle = page.getByTestId('filters-fold-toggle');
    const count = page.getByTestId('incident-count');
    const before = await count.textContent();
    // Folded at first: the map keeps its room.
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByTestId('filter-bar')).toBeHidden();

    await toggle.click();
    await expect(page.getByTestId('filter-bar')).toBeVisible();
    // The counts row is wider than a phone: its hidden end fades, until it is scrolled there.
    const summary = page.getByTestId('summary');
    await expect(summary).toHaveAttribute('data-more-end', 'true');
    await expect(summary).toHaveAttribute('data-more-start', 'false');
    await summary.evaluate((el) => {
      el.scrollLeft = (getComputedStyle(el).direction === 'rtl' ? -1 : 1) * el.scrollWidth;
    });
    await expect(summary).toHaveAttribute('data-more-end', 'false');
    await expect(summary).toHaveAttribute('data-more-start', 'true');
    await page.locator('[data-testid=filter-types] input[value=airstrike]').check();
    await expect(count).not.toHaveText(before!);
    await toggle.click();
    await expect(page.getByTestId('filter-bar')).toBeHidden();
    await expect(toggle).toContainText(lang === 'en' ? '1 active' : '١ مفعّل');
    await shot(page, `phone-filters-folded-${lang}`);
  });
}

for (const lang of ['en', 'ar'] as const) {
  test(`on a phone the counts row's fade follows what a filter leaves in it (${lang})`, async ({
    page,
  }) => {
    await onPhoneWithFilters(page, lang);
    const summary = page.getByTestId('summary');
    await expect(summary).toHaveAttribute('data-more-end', 'true');
    // A search that matches nothing leaves a short row: no fade, nothing hidden.
    await page.getByTestId('filter-text').fill('zzzz');
    await expect(page.getByTestId('incident-count')).toContainText(lang === 'en' ? '0' : '٠');
    await expect(summary).toHaveAttribute('data-more-end', 'false');
    await expect(summary).toHaveAttribute('data-fade', '');
    await page.getByTestId('filter-text').fill('');
    await expect(summary).toHaveAttribute('data-more-end', 'true');
  });
}

for (const lang of ['en', 'ar'] as const) {
  test(`on a phone, folding the timeline away keeps its zoom (${lang})`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await serveFixture(page);
    await openApp(page, lang);
    const toggle = page.getByTestId('timeline-fold-toggle');
    await toggle.click();
    const timeline = page.getByTestId('timeline');
    const axis = timeline.locator('.rt-axis');
    await expect(axis).not.toBeEmpty();
    const whole = await axis.textContent();
    const zoomIn = timeline.getByRole('button', {
      name: lang === 'en' ? 'Zoom in on time' : 'تكبير الزمن',
    });
    for (let k = 0; k < 3; k++) await zoomIn.click();
    await expect(axis).not.toHaveText(whole!);
    const zoomed = await axis.textContent();
    // Folded for the map, then opened again: the same stretch of time, not the whole period.
    await toggle.click();
    await expect(timeline).toBeHidden();
    await toggle.click();
    await expect(axis).toHaveText(zoomed!);
  });
}

test('on a phone the filters and the timeline unfold one at a time, so the map keeps its room', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await serveFixture(page);
  await openApp(page, 'ar');
  await page.getByTestId('filters-fold-toggle').click();
  await expect(page.getByTestId('filter-bar')).toBeVisible();
  await page.getByTestId('timeline-fold-toggle').click();
  await expect(page.getByTestId('timeline')).toBeVisible();
  await expect(page.getByTestId('filter-bar')).toBeHidden();
  await expect(page.getByTestId('filters-fold-toggle')).toHaveAttribute('aria-expanded', 'false');
  const map = (await page.getByTestId('map').boundingBox())!;
  expect(map.height).toBeGreaterThan(150);
  await shot(page, 'phone-timeline-open-ar');
});

for (const lang of ['en', 'ar'] as const) {
  test(`on a phone a filter menu opens in place, whole, inside the filters (${lang})`, async ({
    page,
  }) => {
    await onPhoneWithFilters(page, lang);
    const area = page.getByTestId('filter-area');
    await area.locator('summary').click();
    // Its last control is on screen and takes a press (a floating menu was cut off at the
    // fold's end, over the buttons below it).
    const governorate = page.getByTestId('filter-region');
    await expect(governorate).toBeInViewport();
    const menu = (await area.locator('.rt-menu').boundingBox())!;
    const fold = (await page.getByTestId('filter-bar').locator('xpath=..').boundingBox())!;
    expect(menu.y + menu.height).toBeLessThanOrEqual(fold.y + fold.height + 1);
    await governorate.selectOption({ index: 1 });
    await expect(page.getByTestId('incident-count')).toBeVisible();
    // The buttons that followed the menu are still there below it.
    await page.getByTestId('filter-bar').evaluate((el) => {
      el.parentElement!.scrollTop = el.parentElement!.scrollHeight;
    });
    await expect(
      page.getByRole('button', { name: lang === 'en' ? 'Copy link' : 'نسخ الرابط' }),
    ).toBeInViewport();
    await shot(page, `phone-area-menu-${lang}`);
  });
}
