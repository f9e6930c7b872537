import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { fixture, ready, serveFixture } from './fixtures/research/support';
import { waitForMapIdle } from './support/atlas';
import { imageRatio, saveImage } from './support/mapImage';

test.beforeEach(async ({ page }) => {
  await serveFixture(page);
});

test('the map saves as a PNG: the map as drawn, with a caption and legend under it', async ({
  page,
}) => {
  // A day with one airstrike, at a named place: one marker on the map, not a cluster.
  const airstrikes = fixture.incidents.filter((f) => f.properties.type === 'airstrike');
  const day = airstrikes.find(
    (f) =>
      f.properties.geoPrecision === 1 &&
      !f.properties.dateEnd &&
      airstrikes.filter((g) => g.properties.date === f.properties.date).length === 1,
  )!.properties.date;
  await page.goto(`./?lang=en&type=airstrike&from=${day}&to=${day}`);
  await ready(page);
  await expect(page.getByTestId('incident-count')).toContainText('1 of');
  await waitForMapIdle(page);
  const map = await page.evaluate(() => ({
    width: window.__atlasMap!.getCanvas().clientWidth,
    height: window.__atlasMap!.getCanvas().clientHeight,
    devicePixels: window.__atlasMap!.getCanvas().width,
  }));
  const ratio = await imageRatio(page);
  expect(ratio).toBe(2);
  // One day: too short a period for a time strip.
  const { name, facts, png } = await saveImage(page, { strip: false });
  writeFileSync('test-results/map-image-en.png', png);
  // A real PNG, named after the dates it covers.
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(name).toBe(`incident-atlas-map_${day}_${day}.png`);
  // The map at print density (twice the screen's here), with the caption added under it.
  expect(facts.width).toBe(map.width * 2);
  expect(facts.height).toBeGreaterThan((map.height + 80) * 2);
  // The map on screen is back at the screen's own density.
  expect(await page.evaluate(() => window.__atlasMap!.getCanvas().width)).toBe(map.devicePixels);
  expect(await page.evaluate(() => window.__atlasMap!.getPixelRatio())).toBe(1);
  // The map is there (not a blank or black frame) with the airstrike's marker, and the legend too.
  expect(facts.mapColours).toBeGreaterThan(200);
  expect(facts.airstrikeOnMap).toBeGreaterThan(20);
  expect(facts.airstrikeInCaption).toBeGreaterThan(10);
  // Real reports: no synthetic-data warning.
  expect(facts.warningInCaption).toBe(0);
  // One day makes no time strip: no bars under the map, only the caption's black title.
  expect(facts.markerColourInStrip).toBe(0);
  // English reads from the left: the title starts at the left margin.
  // (The caption's margin is 14 CSS pixels.)
  expect(facts.titleLeft).toBeLessThan(20 * ratio);
  expect(facts.titleRight).toBeLessThan(facts.width - 30 * ratio);
  await expect(page.getByTestId('save-map-image-error')).toHaveCount(0);
});

test('without a date filter, the image is dated by the incidents it shows, not the whole dataset', async ({
  page,
}) => {
  const shown = fixture.incidents.filter((f) => f.properties.type === 'agreement');
  const first = shown.map((f) => f.properties.date).sort()[0]!;
  const last = shown
    .map((f) => f.properties.dateEnd ?? f.properties.date)
    .sort()
    .at(-1)!;
  const all = fixture.incidents.map((f) => f.properties.date).sort();
  // The fixture's agreements span less than its whole period: the test tells the two apart.
  expect(`${first}_${last}`).not.toBe(`${all[0]}_${all.at(-1)}`);
  await page.goto('./?lang=en&type=agreement');
  await ready(page);
  await waitForMapIdle(page);
  const { name } = await saveImage(page);
  expect(name).toBe(`incident-atlas-map_${first}_${last}.png`);
});

test('in Arabic the caption reads from the right', async ({ page }) => {
  await page.goto('./?lang=ar');
  await ready(page);
  await waitForMapIdle(page);
  await expect(page.getByTestId('save-map-image')).toHaveAttribute(
    'aria-label',
    /حفظ الخريطة صورةً/,
  );
  const { name, facts, png } = await saveImage(page);
  writeFileSync('test-results/map-image-ar.png', png);
  expect(name).toMatch(/^incident-atlas-map_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.png$/);
  expect(facts.mapColours).toBeGreaterThan(200);
  // The whole dataset's period: a strip of bars shows when the incidents happened.
  expect(facts.markerColourInStrip).toBeGreaterThan(500);
  const ratio = await imageRatio(page);
  expect(facts.titleRight).toBeGreaterThan(facts.width - 20 * ratio);
  expect(facts.titleLeft).toBeGreaterThan(30 * ratio);
});
