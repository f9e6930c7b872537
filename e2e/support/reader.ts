import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Article, IncidentCollection } from '../../app/model';
import { waitForMapIdle } from './atlas';

export const FIXTURE_DIR = 'e2e/fixtures/reader';
export const DATA_FILES = [
  'incidents.geojson',
  'articles.json',
  'areas.geojson',
  'ingest-report.json',
] as const;
type DataFile = (typeof DATA_FILES)[number];

/** The fixture's data, for the tests' expectations. */
export function readFixture(dir = FIXTURE_DIR): {
  incidents: IncidentCollection;
  articles: Article[];
  areas: GeoJSON.FeatureCollection;
} {
  const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
  return {
    incidents: read('incidents.geojson'),
    articles: read('articles.json'),
    areas: read('areas.geojson'),
  };
}

/** Requests for the app's data files: `…/data/<name>.json|geojson`. */
const DATA_URL = /\/data\/([^/?#]+\.(?:json|geojson))(?:[?#].*)?$/;

/**
 * Serve the app's data from the tests: every request for `data/*.json|geojson` is answered from
 * `files` (a body string or a value to serialise); a file not given gets a 404. The app itself
 * has no switch to load other data, so nothing but the tests can point it elsewhere.
 */
export async function serveData(
  page: Page,
  files: Partial<Record<DataFile, string | object>>,
  options: { delayMs?: number; gate?: Promise<void> } = {},
): Promise<void> {
  await page.route(DATA_URL, async (route) => {
    const name = DATA_URL.exec(new URL(route.request().url()).pathname)?.[1] as DataFile;
    if (options.gate) await options.gate;
    const body = files[name];
    if (body === undefined) return route.fulfill({ status: 404, body: 'Not found' });
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  });
}

/** Serve a fixture folder (default: the reader fixture) as the app's data. */
export async function serveFixture(page: Page, dir = FIXTURE_DIR): Promise<void> {
  const files: Partial<Record<DataFile, string>> = {};
  for (const name of DATA_FILES) {
    try {
      files[name] = readFileSync(join(dir, name), 'utf8');
    } catch {
      // Missing in the fixture: the app gets a 404, as from a server.
    }
  }
  await serveData(page, files);
}

/** Open the app in a language (set before the app starts, as if remembered) and wait for the map. */
export async function openApp(
  page: Page,
  lang: 'ar' | 'en',
  options: { waitForMap?: boolean } = {},
): Promise<void> {
  await page.addInitScript((l) => {
    if (!sessionStorage.getItem('reader-test-started')) {
      localStorage.setItem('incident-atlas.lang', l);
      sessionStorage.setItem('reader-test-started', '1');
    }
  }, lang);
  await page.goto('./');
  if (options.waitForMap !== false) await waitForMapIdle(page);
}

/** Wait for the map to finish moving and drawing. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.__atlasMap?.isMoving());
  await waitForMapIdle(page);
}

/** Page coordinates of a point on the map. */
export async function pagePoint(
  page: Page,
  lon: number,
  lat: number,
): Promise<{ x: number; y: number }> {
  const local = await page.evaluate(
    ([ln, lt]) => window.__atlasMap!.project([ln!, lt!]),
    [lon, lat],
  );
  const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
  return { x: box.x + local.x, y: box.y + local.y };
}

/** Jump the map to a centre and zoom, without animation, and wait until it has drawn. */
export async function jumpTo(page: Page, lon: number, lat: number, zoom: number): Promise<void> {
  await page.evaluate(
    ([ln, lt, z]) => window.__atlasMap!.jumpTo({ center: [ln!, lt!], zoom: z! }),
    [lon, lat, zoom],
  );
  await settle(page);
}

/** Features the map has drawn in some layers, with their properties. */
export async function rendered(page: Page, layers: string[]): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (ls) =>
      window.__atlasMap!.queryRenderedFeatures({ layers: ls }).map((f) => ({ ...f.properties })),
    layers,
  );
}

/** Save a screenshot under e2e/screenshots/ (gitignored). */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `e2e/screenshots/${name}.png` });
}

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };
