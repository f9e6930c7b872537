/**
 * `npm run screenshots`: the README's pictures (docs/screenshot-*.png), taken from the built app
 * (`dist/`) with the reader test fixture, in English, Arabic and on a phone, and the sample
 * report opened as a reader's own file. Run it when the interface changes, and look at them
 * before committing.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/support/chromium';
import { serveStatic } from '../bench/staticServer';

const server = await serveStatic(4466, { '/data/': 'e2e/fixtures/reader', '/': 'dist' });
const browser = await chromium.launch({
  executablePath: await chromiumPath(),
  args: CHROMIUM_ARGS,
});
const shots: [string, string, { width: number; height: number }, string][] = [
  ['en', 'fx-3', { width: 1280, height: 800 }, 'docs/screenshot-en.png'],
  ['ar', 'fx-3', { width: 1280, height: 800 }, 'docs/screenshot-ar.png'],
  ['ar', 'fx-8', { width: 360, height: 740 }, 'docs/screenshot-phone.png'],
];
for (const [lang, id, viewport, path] of shots) {
  const page = await browser.newPage({ viewport });
  await page.addInitScript((l) => localStorage.setItem('incident-atlas.lang', l), lang);
  await page.goto('http://127.0.0.1:4466/index.html');
  await page.locator(`[role=option][data-incident-id="${id}"]`).click();
  await page.waitForTimeout(2500);
  await page.screenshot({ path });
  await page.close();
}
// The sample report opened as one's own file (app/local), an airstrike's report open.
{
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => localStorage.setItem('incident-atlas.lang', 'en'));
  await page.goto('http://127.0.0.1:4466/index.html');
  await page
    .getByTestId('open-reports-input')
    .setInputFiles('data/reports/000_0cc85121fd04585f.txt');
  await page.getByTestId('local-shown').waitFor();
  await page
    .getByRole('option', { name: /^Airstrike/ })
    .first()
    .click();
  await page.waitForTimeout(2500);
  await page.screenshot({ path: 'docs/screenshot-local.png' });
  await page.close();
}
await browser.close();
server.close();
