import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { synthAppData } from './support/synthData';

/**
 * 260,000 synthetic incidents: above the 250k a browser loads whole, so the details come in
 * chunks of 1,000 and an export may read at most 50 of them. A selection wider than that is not
 * exported, and the export buttons say why and what to do.
 */
const DIR = join('.synth', 'e2e-260k');
const N = 260_000;

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(() => {
  synthAppData(DIR, N, undefined, { read: false });
  expect(readdirSync(join(DIR, 'details'))).toHaveLength(N / 1000);
});

/** Open the dataset; returns the data files the page asks for as it goes. */
async function open(page: Page, lang: 'en' | 'ar', query = ''): Promise<string[]> {
  const asked: string[] = [];
  await page.addInitScript((l) => localStorage.setItem('incident-atlas.lang', l), lang);
  await page.route('**/data/**', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^.*\/data\//, '');
    asked.push(path);
    return route.fulfill({ path: join(DIR, path) });
  });
  await page.goto(`./${query}`);
  await drawn(page);
  return asked;
}

/** Wait until the markers of the loaded data are drawn (the filter result is known then). */
function drawn(page: Page) {
  return page.waitForFunction(
    () => (window.__atlasMarkers?.layer.firstDrawAt ?? null) !== null,
    null,
    { timeout: 120_000 },
  );
}

test('260k incidents: a selection over more than 50 details files is not exported; the buttons say how to narrow it', async ({
  page,
}) => {
  const asked = await open(page, 'en');
  const csv = page.getByTestId('export-csv');
  const reason =
    'The selection spans 260 detail files; an export reads at most 50. Narrow the filters (dates, area, type) to export it.';
  // Not disabled outright: a disabled button would show no reason. It says it is unavailable.
  await expect(csv).toHaveAttribute('aria-disabled', 'true');
  await expect(csv).toHaveAttribute('title', reason);
  await expect(page.getByTestId('export-geojson')).toHaveAttribute('aria-disabled', 'true');
  // Pressed from the keyboard (Playwright will not click what says it is disabled; a browser
  // does): the status line gives the reason.
  await csv.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('export-status')).toContainText(reason);
  // Nothing was fetched for it: no details chunk, never the whole details.
  expect(asked.filter((p) => p.startsWith('details/'))).toEqual([]);
  expect(asked).not.toContain('incidents.geojson');

  // A week is few enough files: the export becomes available.
  await page.goto('./?from=2021-07-20&to=2021-07-26');
  await drawn(page);
  await expect(page.getByTestId('incident-count')).not.toHaveText(/^260,000 of/);
  await expect(csv).toHaveAttribute('aria-disabled', 'false');
  await expect(csv).not.toHaveAttribute('title', /.+/);
});

test('260k incidents: in Arabic the reason is given in Arabic', async ({ page }) => {
  await open(page, 'ar');
  await expect(page.getByTestId('export-csv')).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByTestId('export-csv')).toHaveAttribute('title', /٢٦٠/);
  await page.screenshot({ path: `e2e/screenshots/${basename(DIR)}-export-blocked-ar.png` });
});
