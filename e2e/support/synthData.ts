import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from '@playwright/test';
import { detailChunkPath } from '../../app/ingest/detailChunks';
import type { IncidentCollection } from '../../app/model';

/**
 * Synthetic app data of `incidents` incidents in `dir` (written by `npm run synth -- --app-data`
 * unless already there), with details chunks of `chunk` incidents when asked; returns its
 * incidents in file order (none with `read: false`, for a dataset too large to parse here).
 */
export function synthAppData(
  dir: string,
  incidents: number,
  chunk?: number,
  { read = true } = {},
): IncidentCollection['features'] {
  const last = chunk ? detailChunkPath(Math.ceil(incidents / chunk) - 1) : 'incidents.columns.bin';
  if (!existsSync(join(dir, last)))
    execFileSync(
      'node',
      [
        'app/cli/run.mjs',
        'app/cli/synth.ts',
        '--incidents',
        String(incidents),
        '--app-data',
        ...(chunk ? ['--detail-chunks', String(chunk)] : []),
        '--out',
        dir,
      ],
      { stdio: 'ignore' },
    );
  if (!read) return [];
  return (JSON.parse(readFileSync(join(dir, 'incidents.geojson'), 'utf8')) as IncidentCollection)
    .features;
}

/**
 * Open the app on the app data in `dir` (served in place of `data/`), in `lang`, and wait until
 * the markers canvas has drawn its first frame.
 */
export async function openSynthetic(page: Page, dir: string, lang: 'en' | 'ar' = 'en') {
  await page.addInitScript((l) => localStorage.setItem('incident-atlas.lang', l), lang);
  await page.route('**/data/*', (route) =>
    route.fulfill({ path: join(dir, basename(new URL(route.request().url()).pathname)) }),
  );
  await page.goto('./');
  await page.waitForFunction(
    () => (window.__atlasMarkers?.layer.firstDrawAt ?? null) !== null,
    null,
    { timeout: 60_000 },
  );
}
