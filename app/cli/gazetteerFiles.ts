import { readFile } from 'node:fs/promises';
import type { GazetteerData } from '../ingest/geocode';

/** A JSON file's value, or undefined when it is not there (or not JSON). */
function optionalJson(path: string): Promise<unknown> {
  return readFile(path, 'utf8').then(
    (t) => JSON.parse(t),
    () => undefined,
  );
}

/**
 * Read the gazetteer (and governorate polygons and the shapes made from them, when built) from
 * `data/gazetteer/`.
 */
export async function loadGazetteer(dir = 'data/gazetteer'): Promise<GazetteerData> {
  const { places } = JSON.parse(await readFile(`${dir}/gazetteer.json`, 'utf8'));
  const admin1 = (await optionalJson(`${dir}/admin1.geojson`)) as GazetteerData['admin1'];
  // Made by `npm run gazetteer` (derivedShapes.ts); a missing or stale file only costs time.
  const shapes = (await optionalJson(`${dir}/shapes.json`)) as GazetteerData['shapes'];
  return { places, admin1, ...(shapes ? { shapes } : {}) };
}
