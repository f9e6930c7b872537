import { readFile } from 'node:fs/promises';
import type { GazetteerData } from '../ingest/geocode';

/**
 * Read the gazetteer (and governorate polygons and the shapes made from them, when built) from
 * `data/gazetteer/`.
 */
export async function loadGazetteer(dir = 'data/gazetteer'): Promise<GazetteerData> {
  const { places } = JSON.parse(await readFile(`${dir}/gazetteer.json`, 'utf8'));
  const admin1 = await readFile(`${dir}/admin1.geojson`, 'utf8').then(
    (t) => JSON.parse(t),
    () => undefined,
  );
  // Made by `npm run gazetteer` (derivedShapes.ts); a missing or stale file only costs time.
  const shapes = await readFile(`${dir}/shapes.json`, 'utf8').then(
    (t) => JSON.parse(t),
    () => undefined,
  );
  return { places, admin1, ...(shapes ? { shapes } : {}) };
}
