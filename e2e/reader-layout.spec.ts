import { expect, type Locator, test } from '@playwright/test';
import { DESKTOP, openApp, PHONE, serveFixture, settle, shot } from './support/reader';

type Box = { x: number; y: number; width: number; height: number };

function overlap(a: Box, b: Box): boolean {
  const eps = 0.5;
  return (
    a.x + eps < b.x + b.width &&
    b.x + eps < a.x + a.width &&
    a.y + eps < b.y + b.height &&
    b.y + eps < a.y + a.height
  );
}

async function box(l: Locator): Promise<Box> {
  const b = await l.boundingBox();
  expect(b, 'element has a box').not.toBeNull();
  return b!;
}

function inside(a: Box, vp: { width: number; height: number }) {
  expect(a.x).toBeGreaterThanOrEqual(-0.5);
  expect(a.y).toBeGreaterThanOrEqual(-0.5);
  expect(a.x + a.width).toBeLessThanOrEqual(vp.width + 0.5);
  expect(a.y + a.height).toBeLessThanOrEqual(vp.height + 0.5);
}

async function expectApart(names: Record<string, Locator>) {
  const boxes = Object.fromEntries(
    await Promise.all(Object.entries(names).map(async ([k, l]) => [k, await box(l)] as const)),
  );
  const keys = Object.keys(boxes);
  for (let i = 0; i < keys.length; i++)
    for (let j = i + 1; j < keys.length; j++)
      expect(overlap(boxes[keys[i]!]!, boxes[keys[j]!]!), `${keys[i]} overlaps ${keys[j]}`).toBe(
        false,
      );
  return boxes;
}

for (const lang of ['en', 'ar'] as const) {
  test(`desktop layout: map, list and panel side by side (${lang})`, async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await serveFixture(page);
    await openApp(page, lang);
    await page.locator('[role=option][data-incident-id="fx-2"]').click();
    await settle(page);
    const topbar = page.locator('.topbar');
    const list = page.getByTestId('incident-list');
    const panel = page.getByTestId('article-panel');
    await expectApart({ topbar, list, panel });
    await expectApart({
      title: page.locator('.topbar h1'),
      count: page.getByTestId('incident-count'),
      about: page.getByTestId('about-data'),
      lang: page.getByTestId('language-switch'),
    });
    // The scale bar, the attribution and the legend each have their own room.
    await expectApart({
      scale: page.getByTestId('scale-bar'),
      attribution: page.locator('.maplibregl-ctrl-attrib'),
      legend: page.getByTestId('legend'),
    });
    // The open legend shows all of itself: nothing hidden below a scroll edge. (It starts
    // folded on this screen, whose map is too short to give it a third.)
    const legend = page.getByTestId('legend');
    await expect(legend.locator('.legend-toggle')).toHaveAttribute('aria-expanded', 'false');
    await legend.locator('.legend-toggle').click();
    expect(await legend.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
    // The panel lies over the map, not over its zoom buttons, the legend or the list.
    await expectApart({
      panel,
      zoom: page.locator('.maplibregl-ctrl-group:not(.save-map-image)'),
      saveImage: page.getByTestId('save-map-image'),
      legend: page.getByTestId('legend'),
    });
    // Reading order: in Arabic the list is on the left, in English on the right.
    const map = await box(page.getByTestId('map'));
    const l = await box(list);
    expect(lang === 'ar' ? l.x < map.x : l.x > map.x).toBe(true);
    await shot(page, `layout-desktop-${lang}`);
  });

  test(`phone layout: the panel is a bottom sheet and nothing overlaps (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await serveFixture(page);
    await openApp(page, lang);
    const topbar = page.locator('.topbar');
    const map = page.getByTestId('map');
    const list = page.getByTestId('incident-list');
    const boxes = await expectApart({ topbar, map, list });
    for (const b of Object.values(boxes)) inside(b, PHONE);
    await expectApart({
      title: page.locator('.topbar h1'),
      count: page.getByTestId('incident-count'),
      lang: page.getByTestId('language-switch'),
    });
    await expectApart({
      zoom: page.locator('.maplibregl-ctrl-group:not(.save-map-image)'),
      saveImage: page.getByTestId('save-map-image'),
      legend: page.getByTestId('legend'),
    });
    // The legend starts folded on a phone.
    await expect(page.getByTestId('legend').locator('.legend-toggle')).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await shot(page, `layout-phone-${lang}`);

    await page.locator('[role=option]').first().click();
    const panel = page.getByTestId('article-panel');
    await expect(panel).toBeVisible();
    await settle(page);
    const open = await expectApart({ topbar, map, panel });
    for (const b of Object.values(open)) inside(b, PHONE);
    // A bottom sheet: full width, at the bottom of the screen, under the map.
    expect(open.panel!.width).toBeGreaterThan(PHONE.width - 2);
    expect(open.panel!.y + open.panel!.height).toBeGreaterThan(PHONE.height - 2);
    expect(open.panel!.y).toBeGreaterThanOrEqual(open.map!.y + open.map!.height - 0.5);
    expect(open.map!.height).toBeGreaterThan(150);
    // Its controls are within the screen and reachable.
    for (const b of ['prev-incident', 'next-incident'])
      inside(await box(page.getByTestId(b)), PHONE);
    await shot(page, `layout-phone-panel-${lang}`);

    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(list).toBeVisible();
  });
}
